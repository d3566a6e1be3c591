import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { NudgeFlags } from './command.js';

export async function run(ctx: Context, flags: NudgeFlags): Promise<void> {
  const { runNudges } = await import('../../app/nudge-run.js');
  const r = await runNudges(flags, ctx);
  for (const warning of r.warnings) ctx.out.info(`warning: ${warning}`);
  if (ctx.json) return ctx.out.json(r);
  if (!r.due.length) return ctx.out.data('No nudges due now.');
  ctx.out.data(`Nudged ${plural(r.sent.length, 'member')}${r.sent.length < r.due.length ? ` of ${r.due.length} due` : ''}: ${r.sent.map((s) => `@${s.handle}`).join(' ')}`);
}
