import { runJoin } from '../../app/cohort-join.js';
import { style } from '../../render/style.js';
import { checkInLines, checkInWarnings } from '../../render/check-ins.js';
import type { Context } from '../../context.js';
import type { JoinFlags } from './command.js';
import { t } from '../../i18n/index.js';
import { humanDate } from '../../render/writer.js';

export async function run(ctx: Context, ledger: string, flags: JoinFlags): Promise<void> {
  const r = await runJoin(ledger, flags, ctx);
  for (const warning of r.checkIns ? checkInWarnings(r.checkIns) : []) ctx.out.info(t('warning', { warning }));
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(t('join.joined', { joined: c.green(t('join.joinedWord')), name: r.cohort.name, handle: r.card.handle, days: r.cohort.days, start: humanDate(r.cohort.start) }));
  if (r.checkIns) ctx.out.data(checkInLines(r.checkIns, r.ledger, c).join('\n'));
  ctx.out.data(c.dim(t(r.checkIns ? 'join.nextCheckIns' : 'join.nextSync')));
}
