// The journal file: read freely, changed only under a lock and written atomically, so two
// wotn processes at once never lose an entry.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { emptyJournal, journalProblem, type Journal } from '../domain/journal.js';
import { readJsonFile, writeFileAtomic } from './files.js';
import type { Paths } from './paths.js';

export function readJournal(paths: Paths): Journal {
  return (readJsonFile(paths.journalFile, journalProblem) as Journal | undefined) ?? emptyJournal();
}

export async function updateJournal(paths: Paths, change: (journal: Journal) => Journal): Promise<Journal> {
  mkdirSync(dirname(paths.journalFile), { recursive: true });
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(paths.journalFile, {
    realpath: false,
    lockfilePath: `${paths.journalFile}.lock`,
    stale: 10_000,
    retries: { retries: 100, minTimeout: 10, maxTimeout: 200, randomize: true },
  });
  try {
    const next = change(readJournal(paths));
    writeFileAtomic(paths.journalFile, JSON.stringify(next, null, 2) + '\n');
    return next;
  } finally {
    await release();
  }
}
