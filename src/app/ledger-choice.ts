// Which ledger a read command works on, and how to read it.
import { readConfigOrEmpty } from '../adapters/config.js';
import type { LedgerSource } from '../adapters/ledger-files.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';

export interface ChosenLedger {
  ledger: string;
  /** From the config rather than typed: a local folder that is gone is unreachable, not a typo. */
  configured: boolean;
}

/** The ledger a read command works on: --ledger, else the one the writer joined. */
export function chosenLedger(flag: string | undefined, ctx: Context): ChosenLedger {
  if (flag) return { ledger: flag, configured: false };
  const ledger = readConfigOrEmpty(ctx.paths).cohort?.ledger;
  if (!ledger) throw new WotnError('usage', t('error.noLedger'));
  return { ledger, configured: true };
}

/** The ledger to read (refreshed when it can be): a folder, a clone or a GitHub archive. */
export async function readableLedger(chosen: ChosenLedger, ctx: Context): Promise<LedgerSource> {
  const store = await ctx.ledger(chosen.ledger, chosen.configured);
  const { source, stale } = await store.open();
  if (stale) ctx.out.info(t('warning', { warning: t('ledger.stale', { problem: stale }) }));
  return source;
}
