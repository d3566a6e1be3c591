// The cohort's words together, as the last full read of the ledger counted them (report,
// partners, wisdom): status shows the shared goal from here without touching the network,
// saying as of when.
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from './files.js';
import type { Paths } from './paths.js';

export interface CohortTotals {
  ledger: string;
  /** The cohort's day the words were counted on. */
  date: string;
  words: number;
}

const fileOf = (paths: Paths) => join(paths.cache, 'cohort-totals.json');

const problem = (v: unknown) => {
  const t = v as Partial<CohortTotals> | null;
  return t && typeof t.ledger === 'string' && typeof t.date === 'string' && Number.isSafeInteger(t.words) ? undefined : 'is not a totals file';
};

export function rememberedTotals(paths: Paths, ledger: string): CohortTotals | undefined {
  try {
    const saved = readJsonFile(fileOf(paths), problem) as CohortTotals | undefined;
    return saved?.ledger === ledger ? saved : undefined;
  } catch {
    return undefined; // a cache: a broken one is forgotten
  }
}

export function rememberTotals(paths: Paths, totals: CohortTotals): void {
  writeFileAtomic(fileOf(paths), JSON.stringify(totals, null, 2) + '\n');
}
