import { runPodsAssign } from '../../app/pods.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { humanDate } from '../../render/writer.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { PodsAssignFlags } from './command.js';

export async function assign(ctx: Context, flags: PodsAssignFlags): Promise<void> {
  const r = await runPodsAssign(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const state = r.changed ? c.green(t('pods.state.assigned')) : t('pods.state.already');
  ctx.out.data(t('pods.assigned', { state, count: r.round.pods.length, from: humanDate(r.round.from), to: humanDate(r.round.to), period: r.round.period, ledger: terminal(r.ledger) }));
  for (const [i, p] of r.round.pods.entries()) ctx.out.data(`  ${t('pods.pod', { n: i + 1 })}: ${p.members.map((h) => `@${h}`).join(', ')}${p.mentor ? c.dim(t('pods.mentor', { mentor: p.mentor })) : ''}`);
  if (r.repeats.length) ctx.out.info(t('pods.repeats', { pairs: r.repeats.map(([a, b]) => t('pods.pair', { a, b })).join(', ') }));
  if (r.unassigned.length) ctx.out.info(t('pods.unassigned', { handles: r.unassigned.map((h) => `@${h}`).join(', ') }));
}
