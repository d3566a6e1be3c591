import { writeLeaderboard } from '../../app/leaderboard.js';
import { terminal } from '../../render/escape.js';
import type { Context } from '../../context.js';
import type { LeaderboardFlags } from './command.js';

export async function run(ctx: Context, flags: LeaderboardFlags): Promise<void> {
  const r = await writeLeaderboard(flags, ctx);
  for (const w of r.warnings) ctx.out.info(`warning: ${terminal(w)}`);
  if (ctx.json) return ctx.out.json({ out: r.out, files: r.files, members: r.members, date: r.date });
  ctx.out.data(`Wrote ${r.files.join(', ')} to ${flags.out} (${r.members} members, ${r.date}).`);
}
