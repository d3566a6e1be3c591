import { runJoin } from '../../app/cohort-join.js';
import { style } from '../../render/style.js';
import { checkInLines, checkInWarnings } from '../../render/check-ins.js';
import type { Context } from '../../context.js';
import type { JoinFlags } from './command.js';

export async function run(ctx: Context, ledger: string, flags: JoinFlags): Promise<void> {
  const r = await runJoin(ledger, flags, ctx);
  for (const warning of r.checkIns ? checkInWarnings(r.checkIns) : []) ctx.out.info(`warning: ${warning}`);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green('Joined')} "${r.cohort.name}" as @${r.card.handle}: ${r.cohort.days} days from ${r.cohort.start}.`);
  if (r.checkIns) ctx.out.data(checkInLines(r.checkIns, r.ledger, c).join('\n'));
  ctx.out.data(c.dim(r.checkIns
    ? 'wotn publish now posts each day as a check-in comment. wotn members lists who is writing with you.'
    : 'wotn publish now syncs your progress to the ledger. wotn members lists who is writing with you.'));
}
