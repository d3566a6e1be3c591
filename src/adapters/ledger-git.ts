// The git transport for a cohort ledger. Reads: a shallow cached clone, refreshed on each
// use. Writes: a partial, sparse clone holding only the member's own files; commit only
// when something changed; push; on a rejected push, fetch and re-apply the change, with
// random exponential backoff, so concurrent writers all land.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COHORT_FILE, ledgerJson, memberPath, progressPath } from '../domain/ledger.js';
import { WotnError } from '../errors.js';
import { GitError, type Git } from './git.js';
import { backoffMs, DEFAULT_RETRY, sleep, type RetryPolicy } from './retry.js';
import { gitAuthEnv } from './github-auth.js';

// Lets a local or file:// server honour --filter; a remote server decides for itself.
const ALLOW_FILTER = ['-c', 'uploadpack.allowFilter=true'];

function unreachable(url: string, error: unknown): WotnError {
  return new WotnError('network', `cannot reach the ledger ${url}: ${(error as Error).message.replace(/^git \w+ failed: /, '')}`);
}

/** What the transport needs from the Context: the git runner and the environment for auth. */
export interface GitRemote {
  git: Git;
  env: NodeJS.ProcessEnv;
}

export interface OwnFiles {
  card?: unknown;
  progress?: unknown;
}

/** Gets what the ledger holds now; returns the member's new files (undefined: leave as is). */
export type OwnChange = (current: OwnFiles & { cohort: unknown }) => OwnFiles;

export interface WriteResult {
  changed: boolean;
  commit?: string;
  attempts: number;
}

/** A token for the GitHub server travels in git's environment, never in argv or config. */
const auth = (r: GitRemote, url: string) => ({ env: gitAuthEnv(url, r.env) });

async function fetchOrFail(r: GitRemote, dir: string, url: string, args: string[]): Promise<void> {
  try {
    await r.git.run(dir, [...ALLOW_FILTER, 'fetch', '--quiet', ...args], auth(r, url));
  } catch (error) {
    throw unreachable(url, error);
  }
}

/** A shallow clone of the whole ledger for reading, brought up to date. Returns its folder. */
export async function refreshReadClone(r: GitRemote, cacheDir: string, url: string): Promise<{ dir: string; stale?: string }> {
  const dir = join(cacheDir, 'read');
  if (!existsSync(join(dir, '.git'))) {
    mkdirSync(cacheDir, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    try {
      await r.git.run(cacheDir, ['clone', '--quiet', '--depth', '1', url, dir], auth(r, url));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw unreachable(url, error);
    }
    return { dir };
  }
  try {
    await fetchOrFail(r, dir, url, ['--depth', '1', 'origin', 'HEAD']);
  } catch (error) {
    return { dir, stale: (error as Error).message };
  }
  await r.git.run(dir, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
  return { dir };
}

async function ensureWriteClone(r: GitRemote, cacheDir: string, url: string, handle: string): Promise<{ dir: string; branch: string }> {
  const dir = join(cacheDir, `member-${handle}`);
  const branchFile = join(dir, '.git', 'wotn-branch');
  if (!existsSync(branchFile)) {
    mkdirSync(cacheDir, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    try {
      await r.git.run(cacheDir, [...ALLOW_FILTER, 'clone', '--quiet', '--filter=blob:none', '--no-checkout', url, dir], auth(r, url));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw unreachable(url, error);
    }
    await r.git.ensureIdentity(dir, handle, `${handle}@users.noreply.github.com`);
    // The member's own files are all this clone checks out. Without this setting git
    // stats every other member's path on each command to see whether it appeared on disk:
    // with 10,000 members that doubled the cost of a sync.
    await r.git.run(dir, ['config', 'sparse.expectFilesOutsideOfPatterns', 'true']);
    await r.git.run(dir, ['sparse-checkout', 'set', '--no-cone', `/${COHORT_FILE}`, `/${memberPath(handle)}`, `/${progressPath(handle)}`]);
    const head = await r.git.run(dir, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']).catch(() => 'origin/main');
    writeFileSync(branchFile, head.trim().replace(/^origin\//, ''));
  }
  return { dir, branch: readFileSync(branchFile, 'utf8').trim() };
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new WotnError('corrupt', `${file.split('/').slice(-2).join('/')} in the ledger is not valid JSON; fix it there before syncing`);
  }
}

/**
 * Changes the member's own files. `change` gets what the ledger holds now and returns the
 * new files (undefined: leave as is); it runs again after every rejected push, on the
 * newest ledger, so a concurrent writer's work is never overwritten.
 */
export async function updateOwnFiles(
  r: GitRemote,
  cacheDir: string,
  url: string,
  handle: string,
  change: OwnChange,
  message: string,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<WriteResult> {
  const { dir, branch } = await ensureWriteClone(r, cacheDir, url, handle);
  const files = { card: join(dir, memberPath(handle)), progress: join(dir, progressPath(handle)) };
  for (let attempt = 1; ; attempt++) {
    await fetchOrFail(r, dir, url, ['origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    await r.git.run(dir, ['checkout', '--quiet', '--force', '-B', branch, `origin/${branch}`], auth(r, url));
    const current = { card: readJson(files.card), progress: readJson(files.progress), cohort: readJson(join(dir, COHORT_FILE)) };
    const next = change(current);
    const paths: string[] = [];
    for (const key of ['card', 'progress'] as const) {
      if (next[key] === undefined) continue;
      const text = ledgerJson(next[key]);
      if (existsSync(files[key]) && readFileSync(files[key], 'utf8') === text) continue;
      mkdirSync(dirname(files[key]), { recursive: true });
      writeFileSync(files[key], text);
      paths.push(key === 'card' ? memberPath(handle) : progressPath(handle));
    }
    if (!paths.length) return { changed: false, attempts: attempt };
    await r.git.run(dir, ['add', '--sparse', '--', ...paths]);
    const sha = await r.git.commit(dir, ['--no-verify', '-m', message]);
    try {
      await r.git.run(dir, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], auth(r, url));
      return { changed: true, commit: sha, attempts: attempt };
    } catch (error) {
      if (attempt >= policy.attempts || !(error instanceof GitError))
        throw new WotnError('conflict', `the ledger kept rejecting the push after ${attempt} attempts: ${(error as Error).message}`);
      await sleep(backoffMs(attempt, policy));
    }
  }
}
