import { runCohortInit } from '../../app/cohort-scaffold.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { CohortInitFlags } from './command.js';
import { t } from '../../i18n/index.js';
import { humanDate } from '../../render/writer.js';

export async function run(ctx: Context, target: string, flags: CohortInitFlags): Promise<void> {
  const r = await runCohortInit(target, flags, ctx);
  if (r.hookProblem) ctx.out.info(t('warning', { warning: r.hookProblem }));
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(t('cohort.created', { created: c.green(t('cohort.createdWord')), name: r.cohort.name, days: r.cohort.days, start: humanDate(r.cohort.start), timezone: r.cohort.timezone, minWords: r.cohort.minWords }));
  ctx.out.data(t('cohort.ledger', { ledger: r.ledger, pushed: r.pushed ? 'yes' : 'no' }));
  if (r.member) ctx.out.data(t('cohort.youWrite', { handle: r.member, pushed: r.pushed ? 'yes' : 'no' }));
  else if (!flags.notAMember) ctx.out.info(t('cohort.notAMember'));
  if (r.hook) ctx.out.data(t('cohort.hook', { hook: r.hook }));
  ctx.out.data(c.dim(t('cohort.joinWith', { ledger: r.pushed ? r.ledger : t('cohort.gitUrl') })));
}
