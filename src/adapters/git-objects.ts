// Reading a repository's objects without a working tree: what a hook sees of a push, and
// what the write clone holds at the ledger's tip. Nothing here follows a symbolic link or
// reads a file on disk, and no blob larger than the cap is read at all.
import type { Git, GitOptions } from './git.js';

export interface Blobs {
  /** The size of every name that is a blob. */
  sizes: Map<string, number>;
  /** The text of every blob no larger than the cap. */
  texts: Map<string, string>;
}

/** Sizes, then the texts of the blobs no larger than `maxBytes`, in two git calls. Names: shas or REV:PATH. */
export async function readBlobs(git: Git, repo: string, names: string[], maxBytes: number, options: GitOptions = {}): Promise<Blobs> {
  const sizes = new Map<string, number>();
  const unique = [...new Set(names)];
  if (!unique.length) return { sizes, texts: new Map() };
  const checks = (await git.bytes(repo, ['cat-file', '--batch-check=%(objecttype) %(objectsize)'], unique.join('\n') + '\n', options)).toString().split('\n');
  const small: string[] = [];
  unique.forEach((name, i) => {
    const [type, size] = (checks[i] ?? '').split(' ');
    if (type !== 'blob') return;
    sizes.set(name, Number(size));
    if (Number(size) <= maxBytes) small.push(name);
  });
  return { sizes, texts: await readTexts(git, repo, small, options) };
}

/** The texts of blobs already known to be small: one `cat-file --batch`. */
export async function readTexts(git: Git, repo: string, names: string[], options: GitOptions = {}): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (!names.length) return texts;
  const out = await git.bytes(repo, ['cat-file', '--batch=%(objectsize)'], names.join('\n') + '\n', options);
  let at = 0;
  for (const name of names) {
    const eol = out.indexOf(10, at);
    const size = Number(out.subarray(at, eol).toString());
    texts.set(name, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}

export interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  /** Bytes, for a blob. */
  size?: number;
}

/** `git ls-tree -l -z REV -- PATHS`: the entry at each path that exists (a tree is not entered). */
export async function treeEntries(git: Git, repo: string, rev: string, paths: string[], options: GitOptions = {}): Promise<Map<string, TreeEntry>> {
  return parsedTree(await git.run(repo, ['ls-tree', '-l', '-z', '--full-tree', rev, '--', ...paths], options));
}

/** Every file under the `folders` at REV (`git ls-tree -r`), by path. */
export async function filesIn(git: Git, repo: string, rev: string, folders: readonly string[], options: GitOptions = {}): Promise<Map<string, TreeEntry>> {
  return parsedTree(await git.run(repo, ['ls-tree', '-r', '-l', '-z', '--full-tree', rev, '--', ...folders.map((f) => `${f}/`)], options));
}

function parsedTree(out: string): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', sha = '', size = '-'] = record.slice(0, tab).split(/ +/);
    entries.set(record.slice(tab + 1), { mode, type, sha, ...(size !== '-' ? { size: Number(size) } : {}) });
  }
  return entries;
}
