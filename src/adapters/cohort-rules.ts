// The cohort's rules as last synced, kept on this machine so that status, today and
// publish know the cohort's start, length and minimum without touching the network.
import { checkCohort, type Cohort } from '../domain/ledger.js';
import { readJsonFile } from './files.js';
import type { Paths } from './paths.js';

export function rememberedRules(paths: Paths, ledger: string): Cohort | undefined {
  const saved = readJsonFile(paths.cohortRules, () => undefined) as { ledger?: string; cohort?: unknown } | undefined;
  if (!saved || saved.ledger !== ledger) return undefined;
  const checked = checkCohort(saved.cohort);
  return checked.ok ? checked.value : undefined;
}
