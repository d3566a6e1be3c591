import { runVacation } from '../../app/vacation.js';
import { style } from '../../render/style.js';
import { humanDate } from '../../render/writer.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { VacationFlags } from './command.js';

const where = (ledger: 'none' | 'written' | 'submitted' | 'unchanged') =>
  ledger === 'written' ? t('vacation.where.written') : ledger === 'submitted' ? t('vacation.where.submitted') : '';

export async function run(ctx: Context, flags: VacationFlags): Promise<void> {
  const r = await runVacation(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const changed = r.changed ? where(r.ledger) : '';
  if (!r.vacations.length) return ctx.out.data(t('vacation.none', { where: changed }));
  ctx.out.data(t('vacation.head', { vacations: r.changed ? c.green(t('vacation.word')) : t('vacation.word'), where: changed }));
  for (const v of r.vacations) ctx.out.data(`  ${v.from === v.to ? humanDate(v.from) : t('vacation.range', { from: humanDate(v.from), to: humanDate(v.to) })}${v.to < r.today ? c.dim(t('vacation.past')) : ''}`);
  if (r.ahead) ctx.out.data(c.dim(t('vacation.ahead', { count: r.ahead })));
}
