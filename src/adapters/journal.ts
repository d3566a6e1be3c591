// The journal file: read freely, changed only under a lock and written atomically, so two
// wotn processes at once never lose an entry.
import { emptyJournal, journalRefusal, type Journal } from '../domain/journal.js';
import { spoken } from '../i18n/index.js';
import { readJsonFile, writeFileAtomic } from './files.js';
import type { Paths } from './paths.js';
import { STALE_MS, withLock } from './lock.js';

export function readJournal(paths: Paths): Journal {
  return (readJsonFile(paths.journalFile, (v) => {
    const problem = journalRefusal(v);
    return problem && spoken(problem);
  }) as Journal | undefined) ?? emptyJournal();
}

export async function updateJournal(paths: Paths, change: (journal: Journal) => Journal): Promise<Journal> {
  // Held for milliseconds; the wait only ever covers a crashed holder's STALE_MS.
  return withLock(`${paths.journalFile}.lock`, 3 * STALE_MS, () => {
    const next = change(readJournal(paths));
    writeFileAtomic(paths.journalFile, JSON.stringify(next, null, 2) + '\n');
    return next;
  });
}
