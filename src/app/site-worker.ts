// The member pages' thread (dist/lazy/site-worker.js): renders, encodes and writes the
// member pages of the chunks it claims, then says how many it wrote, or why it stopped.
import { parentPort } from 'node:worker_threads';
import { writeMemberPages, type PackedMembers } from './site-members.js';
import { translator } from '../i18n/index.js';
import type { Lang } from '../domain/language.js';

// Started before the ledger is read; its work comes once the pages are packed.
parentPort!.once('message', ({ root, packed }: { root: string; packed: PackedMembers }) => {
  // The pages' words in the cohort's language: this thread loads its own catalog.
  translator(packed.frame.lang as Lang)
    .then((tr) => parentPort!.postMessage({ written: writeMemberPages(root, packed, tr) }))
    .catch((error: unknown) => parentPort!.postMessage({ failure: error instanceof Error ? error.message : String(error) }));
});
