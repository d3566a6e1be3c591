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

/**
 * Writes files into a fresh folder: each a plain relative path, created (never opened
 * through a link or over an existing file), its folders made on first use. A string is
 * encoded and written in one call into node's C++ (open, write, close: the `utf8`
 * encoding selects it), so no Buffer is made on this heap. Both threads of `wotn site`
 * write through one of these.
 */
export function folderWriter(root: string) {
  const folders = new Set<string>();
  const written = { files: 0, bytes: 0 };
  return {
    written,
    write(f: SiteFileToWrite): void {
      if (!SAFE_PATH.test(f.path)) throw new Error(`refusing to write "${f.path}" into the site: not a plain relative path`);
      const slash = f.path.lastIndexOf('/');
      const folder = slash > 0 ? f.path.slice(0, slash) : '';
      if (folder && !folders.has(folder)) {
        mkdirSync(`${root}/${folder}`, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(`${root}/${f.path}`, f.content, { flag: 'wx', encoding: 'utf8' });
      written.files++;
      written.bytes += Buffer.byteLength(f.content);
    },
  };
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
    // This thread writes its files as they come (the kernel's time creating them is
    // small beside rendering; a thread to hand them to cost more than it saved).
    const mine = Promise.resolve().then(() => {
      const writer = folderWriter(fresh);
      for (const f of files) writer.write(f);
      return writer.written;
    }).catch(async (error: unknown) => {
      await other?.stop();
      throw error;
    });
    const [ours, theirs] = await Promise.allSettled([mine, other?.done ?? { files: 0, bytes: 0 }]);
    if (ours.status === 'rejected') throw ours.reason;
    if (theirs.status === 'rejected') throw theirs.reason;
    const written = { files: ours.value.files + theirs.value.files, bytes: ours.value.bytes + theirs.value.bytes };
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
