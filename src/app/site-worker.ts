// The member pages' thread (dist/lazy/site-worker.js): renders, encodes and writes the
// member pages of the chunks it claims, then says how many it wrote, or why it stopped.
import { parentPort, workerData } from 'node:worker_threads';
import { writeMemberPages, type PackedMembers } from './site-members.js';

const { root, packed } = workerData as { root: string; packed: PackedMembers };
try {
  parentPort!.postMessage({ written: writeMemberPages(root, packed) });
} catch (error) {
  parentPort!.postMessage({ failure: error instanceof Error ? error.message : String(error) });
}
