// Reading a ledger's files from a folder (a checkout or a cached clone). Malformed member
// files become warnings, never a crash; a handle is checked before it names a path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHandle } from '../domain/handle.js';
import { checkCard, checkCohort, checkProgress, COHORT_FILE, type Cohort } from '../domain/ledger.js';
import type { LedgerData, MemberFiles } from '../domain/report.js';
import { UsageError } from '../errors.js';

export function readCohortFile(dir: string, label = dir): Cohort {
  const file = join(dir, COHORT_FILE);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${label}: no ${COHORT_FILE} here; is this a wotn cohort ledger?` : `${label}/${COHORT_FILE}: is not valid JSON (${(error as Error).message})`,
    );
  }
  const checked = checkCohort(value);
  if (!checked.ok) throw new UsageError(`${label}/${COHORT_FILE}: ${checked.problem}`);
  return checked.value;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

export function readLedgerDir(dir: string, label = dir): LedgerData {
  const cohort = readCohortFile(dir, label);
  const warnings: string[] = [];
  const members = new Map<string, MemberFiles>();
  const member = (handle: string) => {
    let m = members.get(handle);
    if (!m) members.set(handle, (m = { handle }));
    return m;
  };
  for (const folder of ['members', 'progress'] as const) {
    for (const name of jsonFiles(join(dir, folder))) {
      const handle = name.slice(0, -'.json'.length);
      const rel = `${folder}/${name}`;
      if (!isHandle(handle)) {
        warnings.push(`${rel}: "${handle}" is not a valid handle; skipped`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(join(dir, folder, name), 'utf8'));
      } catch (error) {
        warnings.push(`${rel}: is not valid JSON (${(error as Error).message}); skipped`);
        continue;
      }
      const checked = folder === 'members' ? checkCard(value, handle) : checkProgress(value, handle);
      if (!checked.ok) {
        warnings.push(`${rel}: ${checked.problem}; skipped`);
        continue;
      }
      if (folder === 'members') member(handle).card = checked.value as MemberFiles['card'];
      else member(handle).progress = checked.value as MemberFiles['progress'];
    }
  }
  return { cohort, members: [...members.values()], warnings };
}
