// The second thread of wotn site (dist/lazy/site-worker.js): reads the members' files for
// the first as it parses them, then renders and writes the member pages of the chunks it
// claims, and says how many it wrote, or why it stopped.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { chunksFrom, writeMemberPages, type PackedMembers } from './site-members.js';
import { translator } from '../i18n/index.js';
import { readCapped } from '../adapters/ledger-files.js';
import type { Lang } from '../domain/language.js';

// Started before the ledger is read: first it reads the members' files for the other
// thread (which parses them as they come), then it writes the pages of the chunks it claims.
const READ_BATCH = 512;
parentPort!.on('message', (m: { read?: { dir: string; rels: string[] }; write?: { root: string; packed: PackedMembers; port: MessagePort } }) => {
  if (m.read) {
    const { dir, rels } = m.read;
    for (let i = 0; i < rels.length; i += READ_BATCH) {
      parentPort!.postMessage({ texts: rels.slice(i, i + READ_BATCH).map((rel) => readCapped(`${dir}/${rel}`)) });
    }
    parentPort!.postMessage({ textsDone: true });
  }
  if (m.write) {
    const { root, packed, port } = m.write;
    // The pages' words in the cohort's language: this thread loads its own catalog.
    translator(packed.frame.lang as Lang)
      .then((tr) => parentPort!.postMessage({ written: writeMemberPages(root, packed, tr, chunksFrom(port, packed)) }))
      .catch((error: unknown) => parentPort!.postMessage({ failure: error instanceof Error ? error.message : String(error) }));
  }
});
