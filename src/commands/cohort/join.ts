import { runJoin } from '../../app/cohort-join.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { JoinFlags } from './command.js';

export async function run(ctx: Context, ledger: string, flags: JoinFlags): Promise<void> {
  const r = await runJoin(ledger, flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green('Joined')} "${r.cohort.name}" as @${r.card.handle}: ${r.cohort.days} days from ${r.cohort.start}.`);
  ctx.out.data(c.dim('wotn publish now syncs your progress to the ledger. wotn members lists who is writing with you.'));
}
