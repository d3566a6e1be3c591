// Reading a ledger's files from a folder (a checkout or a cached clone). Malformed member
// files become warnings, never a crash; a handle is checked before it names a path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHandle } from '../domain/handle.js';
import { checkCard, checkCohort, checkProgress, COHORT_FILE, type Cohort } from '../domain/ledger.js';
import type { LedgerData, MemberFiles } from '../domain/report.js';
import { WotnError } from '../errors.js';

export function readCohortFile(dir: string, label = dir): Cohort {
  const file = join(dir, COHORT_FILE);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WotnError('not-found', `${label}: no ${COHORT_FILE} here; is this a wotn cohort ledger?`);
    throw new WotnError('corrupt', `${label}/${COHORT_FILE}: is not valid JSON (${(error as Error).message})`);
  }
  const checked = checkCohort(value);
  if (!checked.ok) throw new WotnError('corrupt', `${label}/${COHORT_FILE}: ${checked.problem}`);
  return checked.value;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

function readMemberFile<T>(dir: string, rel: string, handle: string, check: (v: unknown, h: string) => { ok: true; value: T } | { ok: false; problem: string }, warnings: string[]): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(`${dir}/${rel}`, 'utf8')); // rel is folder/handle.json, checked
  } catch (error) {
    warnings.push(`${rel}: ${(error as NodeJS.ErrnoException).code ? 'cannot be read' : `is not valid JSON (${(error as Error).message})`}; skipped`);
    return undefined;
  }
  const checked = check(value, handle);
  if (checked.ok) return checked.value;
  warnings.push(`${rel}: ${checked.problem}; skipped`);
  return undefined;
}

/**
 * Visits each member of a ledger folder in turn (card and progress together), so a large
 * ledger is never held in memory whole. Malformed files become warnings.
 */
export function forEachMember(dir: string, warnings: string[], visit: (m: MemberFiles) => void): void {
  for (const [handle, has] of listMembers(dir, warnings)) {
    const m: MemberFiles = { handle };
    if (has.card) m.card = readMemberFile(dir, `members/${handle}.json`, handle, checkCard, warnings);
    if (has.progress) m.progress = readMemberFile(dir, `progress/${handle}.json`, handle, checkProgress, warnings);
    visit(m);
  }
}

/** Every handle with a card or a progress file; invalid file names become warnings. */
export function listMembers(dir: string, warnings: string[]): Map<string, { card: boolean; progress: boolean }> {
  const handles = new Map<string, { card: boolean; progress: boolean }>();
  for (const folder of ['members', 'progress'] as const) {
    for (const name of jsonFiles(join(dir, folder))) {
      const handle = name.slice(0, -'.json'.length);
      if (!isHandle(handle)) {
        warnings.push(`${folder}/${name}: "${handle}" is not a valid handle; skipped`);
        continue;
      }
      const seen = handles.get(handle) ?? { card: false, progress: false };
      seen[folder === 'members' ? 'card' : 'progress'] = true;
      handles.set(handle, seen);
    }
  }
  return handles;
}

export function readLedgerDir(dir: string, label = dir): LedgerData {
  const cohort = readCohortFile(dir, label);
  const warnings: string[] = [];
  const members: MemberFiles[] = [];
  forEachMember(dir, warnings, (m) => members.push(m));
  return { cohort, members, warnings };
}
