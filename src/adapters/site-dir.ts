// Writes a generated site into a fresh folder, then swaps it in for the old one: a deploy
// never sees half a site or a stale page, and nothing is written through a link (every
// folder and file in the new tree is created here, files with O_EXCL).
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WotnError } from '../errors.js';
import { t } from '../i18n/index.js';

/** Marks a folder as a wotn site, which a later build may replace whole. */
export const SITE_MARKER = '.wotn-site';
/** What `wotn leaderboard --out` wrote before the site existed: such a folder is ours too. */
const LEGACY_FILES = new Set(['index.html', 'progress.json', 'LEADERBOARD.md']);
/** Plain relative paths: no leading slash, no empty, `.` or `..` parts, no odd characters. */
export const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export interface SiteFileToWrite {
  path: string;
  content: string;
}

/** Another writer filling the same fresh folder (the member pages' thread). */
export interface WriterBeside {
  done: Promise<{ files: number; bytes: number }>;
  /** Stops it and resolves once it writes no more: then the folder can be removed. */
  stop(): Promise<void>;
}

/** Whether `target` holds a site to replace; refuses links, files and folders wotn did not make. */
function existingSite(target: string, shown: string): boolean {
  let st;
  try {
    st = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (st.isSymbolicLink()) throw new WotnError('usage', t('site.symlink', { path: shown }));
  if (!st.isDirectory()) throw new WotnError('usage', t('site.notAFolder', { path: shown }));
  const names = readdirSync(target);
  if (names.includes(SITE_MARKER) || names.every((n) => LEGACY_FILES.has(n))) return true;
  throw new WotnError('usage', t('site.foreignFolder', { path: shown, count: names.length }));
}

/** Replaces `target` by `fresh`: two renames on one file system, the old tree removed after. */
function swapIn(fresh: string, target: string, replace: boolean): void {
  if (!replace) return renameSync(fresh, target);
  const old = `${fresh}.old`;
  renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

// The files are written by a worker thread while this one renders the next pages: creating
// 10,000 files is mostly time in the kernel, which then runs beside the rendering.
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const folders = new Set();
let failure;
parentPort.on('message', (batch) => {
  if (batch === 'end') return parentPort.postMessage({ done: true, failure });
  if (!failure) {
    try {
      for (const [path, bytes] of batch) {
        const slash = path.lastIndexOf('/');
        const folder = slash > 0 ? path.slice(0, slash) : '';
        if (folder && !folders.has(folder)) { mkdirSync(workerData.root + '/' + folder, { recursive: true }); folders.add(folder); }
        writeFileSync(workerData.root + '/' + path, bytes, { flag: 'wx' });
      }
    } catch (error) { failure = String(error && error.message || error); }
  }
  parentPort.postMessage({ written: batch.length });
});`;

const BATCH_BYTES = 1 << 20;
const IN_FLIGHT = 16;

async function writeFiles(root: string, files: Iterable<SiteFileToWrite>): Promise<{ files: number; bytes: number }> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(WRITER, { eval: true, workerData: { root } });
  const encoder = new TextEncoder();
  let pending = 0;
  let wake: (() => void) | undefined;
  let finished: ((failure: string | undefined) => void) | undefined;
  let crashed: Error | undefined;
  worker.on('message', (m: { written?: number; done?: boolean; failure?: string }) => {
    if (m.done) return finished?.(m.failure);
    pending--;
    wake?.();
  });
  worker.on('error', (error) => {
    crashed = error;
    wake?.();
    finished?.(error.message);
  });
  let count = 0;
  let bytes = 0;
  try {
    let batch: [string, Uint8Array][] = [];
    let size = 0;
    const send = async () => {
      if (crashed) throw crashed;
      worker.postMessage(batch, batch.map(([, b]) => b.buffer as ArrayBuffer));
      pending++;
      batch = [];
      size = 0;
      while (pending >= IN_FLIGHT && !crashed) await new Promise<void>((resolve) => (wake = resolve));
    };
    for (const f of files) {
      if (!SAFE_PATH.test(f.path)) throw new Error(`refusing to write "${f.path}" into the site: not a plain relative path`);
      const encoded = encoder.encode(f.content);
      batch.push([f.path, encoded]);
      size += encoded.length;
      bytes += encoded.length;
      count++;
      if (size >= BATCH_BYTES || batch.length >= 256) await send();
    }
    if (batch.length) await send();
    const failure = await new Promise<string | undefined>((resolve) => {
      finished = resolve;
      worker.postMessage('end');
    });
    if (failure) throw new Error(`writing the site: ${failure}`);
    return { files: count, bytes };
  } finally {
    await worker.terminate();
  }
}

/** `beside`, given the fresh folder, starts another writer that fills it at the same time. */
export async function writeSiteDir(out: string, files: Iterable<SiteFileToWrite>, beside?: (root: string) => WriterBeside): Promise<{ dir: string; files: number; bytes: number }> {
  const target = resolve(out);
  const replace = existingSite(target, out);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  // Beside the target, so the swap is a rename and not a copy across file systems.
  const fresh = mkdtempSync(join(parent, `.${basename(target)}.wotn-`));
  let other: WriterBeside | undefined;
  try {
    other = beside?.(fresh);
    // Both finish (or are stopped) before the folder is swapped in or removed: nothing writes into it after.
    const [mine, theirs] = await Promise.allSettled([
      writeFiles(fresh, files).catch(async (error: unknown) => {
        await other?.stop();
        throw error;
      }),
      other?.done ?? { files: 0, bytes: 0 },
    ]);
    if (mine.status === 'rejected') throw mine.reason;
    if (theirs.status === 'rejected') throw theirs.reason;
    const written = { files: mine.value.files + theirs.value.files, bytes: mine.value.bytes + theirs.value.bytes };
    writeFileSync(join(fresh, SITE_MARKER), 'Written by wotn site. This folder is replaced whole on every build; do not edit it by hand.\n', { flag: 'wx' });
    chmodSync(fresh, 0o755); // mkdtemp makes it private; a site is for everyone to read
    swapIn(fresh, target, replace);
    return { dir: target, ...written };
  } catch (error) {
    await other?.stop();
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
}
