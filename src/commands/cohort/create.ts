import { runCohortCreate } from '../../app/cohort-create.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { CohortCreateFlags } from './command.js';
import { t } from '../../i18n/index.js';

export async function run(ctx: Context, target: string, flags: CohortCreateFlags): Promise<void> {
  const r = await runCohortCreate(target, flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green(t('cohort.createdWord'))} ${r.url}`);
  ctx.out.data(t('cohort.leaderboard', { url: r.pages ?? '' }));
  if (r.invited.length) ctx.out.data(t('cohort.invited', { handles: r.invited.map((h) => `@${h}`).join(' '), read: r.collaborators.length ? 'yes' : 'no' }));
  ctx.out.data(c.dim(t('cohort.joinWith', { ledger: r.ledger })));
}
