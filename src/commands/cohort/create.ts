import { runCohortCreate } from '../../app/cohort-create.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { CohortCreateFlags } from './command.js';

export async function run(ctx: Context, target: string, flags: CohortCreateFlags): Promise<void> {
  const r = await runCohortCreate(target, flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green('Created')} ${r.url}`);
  ctx.out.data(`Leaderboard: ${r.pages}`);
  if (r.invited.length) ctx.out.data(`By invitation: ${r.invited.map((h) => `@${h}`).join(' ')}${r.collaborators.length ? ' (given read access)' : ''}`);
  ctx.out.data(c.dim(`Members join with: wotn cohort join ${r.ledger}`));
}
