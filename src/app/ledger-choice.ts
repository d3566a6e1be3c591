// Which ledger a read command works on, and a local folder holding all of it.
import { readConfigOrEmpty } from '../adapters/config.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';

export interface ChosenLedger {
  ledger: string;
  /** From the config rather than typed: a local folder that is gone is unreachable, not a typo. */
  configured: boolean;
}

/** The ledger a read command works on: --ledger, else the one the writer joined. */
export function chosenLedger(flag: string | undefined, ctx: Context): ChosenLedger {
  if (flag) return { ledger: flag, configured: false };
  const ledger = readConfigOrEmpty(ctx.paths).cohort?.ledger;
  if (!ledger) throw new WotnError('usage', 'no ledger: pass --ledger LEDGER (a git URL, a folder or github:OWNER/REPO), or join one with wotn cohort join');
  return { ledger, configured: true };
}

/** A local folder holding the whole ledger (refreshed when it can be), for reading. */
export async function readableCopy(chosen: ChosenLedger, ctx: Context): Promise<{ dir: string; label: string }> {
  const store = await ctx.ledger(chosen.ledger, chosen.configured);
  const { dir, stale } = await store.localCopy();
  if (stale) ctx.out.info(`warning: ${stale}; showing the ledger as last fetched`);
  return { dir, label: store.label };
}
