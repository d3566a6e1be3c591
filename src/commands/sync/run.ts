import { runSync } from '../../app/sync.js';
import { WotnError } from '../../errors.js';
import { style } from '../../render/style.js';
import { checkInLines, checkInWarnings } from '../../render/check-ins.js';
import type { Context } from '../../context.js';
import { t } from '../../i18n/index.js';

export async function run(ctx: Context): Promise<void> {
  const r = await runSync(ctx);
  for (const warning of r.ledger?.checkIns ? checkInWarnings(r.ledger.checkIns) : []) ctx.out.info(t('warning', { warning }));
  if (ctx.json) ctx.out.json(r);
  else {
    const c = await style(ctx.color);
    if (r.blog.pushed) ctx.out.data(t('sync.pushed', { pushed: c.green(t('sync.pushedWord')), count: r.blog.pending }));
    else if (!r.blog.error) ctx.out.data(t('sync.nothingToPush'));
    if (r.ledger?.checkIns) ctx.out.data(checkInLines(r.ledger.checkIns, r.ledger.ledger, c).join('\n'));
    else if (r.ledger && !r.ledger.error)
      ctx.out.data(r.ledger.changed ? t('sync.synced', { synced: c.green(t('sync.syncedWord')), count: r.ledger.entries, commit: r.ledger.commit ?? '' }) : t('sync.upToDate'));
    if (!r.ledger) ctx.out.data(c.dim(t('sync.noLedger')));
  }
  const failures = [r.blog.error && t('sync.blogFailed', { problem: r.blog.error }), r.ledger?.error && t('sync.ledgerFailed', { problem: r.ledger.error })].filter(Boolean);
  if (failures.length) throw new WotnError('network', failures.join('; '), t('sync.failedHint'));
}
