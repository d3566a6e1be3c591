// The git transport for a cohort ledger. Reads: a shallow cached clone, refreshed on each
// use. Writes: a shallow, partial, sparse clone holding only the member's own files;
// commit only when something changed; push; on a push that lost a race, fetch and
// re-apply the change, with random exponential backoff, so concurrent writers all land.
// A push the server refuses (its pre-receive hook) is not retried: it says why.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionsPath } from '../domain/role-actions.js';
import { feedbackPath } from '../domain/feedback.js';
import { COHORT_FILE, ledgerJson, memberPath, progressPath, type Cohort } from '../domain/ledger.js';
import { MAX_LEDGER_FILE, modeSaid, REGULAR_FILE } from '../domain/push-check.js';
import { WotnError } from '../errors.js';
import { GitError, type Git } from './git.js';
import { backoffMs, DEFAULT_RETRY, sleep, type RetryPolicy } from './retry.js';
import { gitAuthEnv } from './github-auth.js';
import { filesIn, readTexts, treeEntries } from './git-objects.js';
import { cohortFromText, handleOfFile, noCohortFile } from './ledger-files.js';
import { addCommunityFile, noCommunity, type CommunityFiles } from './community-files.js';
import { spoken, t } from '../i18n/index.js';
import type { Said } from '../domain/said.js';

// Lets a local or file:// server honour --filter; a remote server decides for itself.
const ALLOW_FILTER = ['-c', 'uploadpack.allowFilter=true'];

function unreachable(url: string, error: unknown): WotnError {
  return new WotnError('network', t('error.cannotReachLedger', { url, problem: (error as Error).message.replace(/^git \w+ failed: /, '') }));
}

/** What the transport needs from the Context: the git runner and the environment for auth. */
export interface GitRemote {
  git: Git;
  env: NodeJS.ProcessEnv;
}

export interface OwnFiles {
  card?: unknown;
  progress?: unknown;
  /** The member's kudos (feedback/<handle>.json). */
  feedback?: unknown;
  /** What the member's role did (actions/<handle>.json). */
  actions?: unknown;
  /** The cohort's rules: a lead's to change (the server's hook refuses anyone else). */
  cohort?: unknown;
}

/** Gets what the ledger holds now; returns the member's new files (undefined: leave as is). */
export type OwnChange = (current: OwnFiles & { cohort: unknown }) => OwnFiles;

const ownPaths = (handle: string) =>
  ({ card: memberPath(handle), progress: progressPath(handle), feedback: feedbackPath(handle), actions: actionsPath(handle), cohort: COHORT_FILE }) as const;
const OWN_KEYS = ['card', 'progress', 'feedback', 'actions', 'cohort'] as const;

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

/** Folders every member's clone checks out beside their own files: what `wotn sync` shows of the others (kudos). */
const COMMUNITY_FOLDERS = ['feedback', 'actions'] as const;

/**
 * The member's own files and the community folders are all the write clone checks out
 * (their blobs come in the checkout's one batch). Without the setting below git stats
 * every other member's path on each command to see whether it appeared on disk: with
 * 10,000 members that doubled the cost of a sync.
 */
async function setSparse(r: GitRemote, dir: string, handle: string): Promise<void> {
  await r.git.run(dir, ['config', 'sparse.expectFilesOutsideOfPatterns', 'true']);
  await r.git.run(dir, ['sparse-checkout', 'set', '--no-cone', ...Object.values(ownPaths(handle)).map((p) => `/${p}`), ...COMMUNITY_FOLDERS.map((f) => `/${f}/`)]);
}

/** The member's write clone; `fresh`: just cloned, so already at the ledger's tip. */
async function ensureWriteClone(r: GitRemote, cacheDir: string, url: string, handle: string): Promise<{ dir: string; branch: string; fresh: boolean }> {
  const dir = join(cacheDir, `member-${handle}`);
  const branchFile = join(dir, '.git', 'wotn-branch');
  if (existsSync(branchFile)) {
    // A clone made before the community folders were checked out gets them now.
    const patterns = existsSync(join(dir, '.git', 'info', 'sparse-checkout')) ? readFileSync(join(dir, '.git', 'info', 'sparse-checkout'), 'utf8') : '';
    if (!patterns.split('\n').includes(`/${COMMUNITY_FOLDERS[0]}/`)) await setSparse(r, dir, handle);
    return { dir, branch: readFileSync(branchFile, 'utf8').trim(), fresh: false };
  }
  mkdirSync(cacheDir, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  try {
    // The tip only (no history) and no blobs but the few the sparse checkout asks for.
    await r.git.run(cacheDir, [...ALLOW_FILTER, 'clone', '--quiet', '--depth', '1', '--filter=blob:none', '--no-checkout', url, dir], auth(r, url));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw unreachable(url, error);
  }
  await r.git.ensureIdentity(dir, handle, `${handle}@users.noreply.github.com`);
  await setSparse(r, dir, handle);
  const head = await r.git.run(dir, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']).catch(() => 'origin/main');
  const branch = head.trim().replace(/^origin\//, '');
  writeFileSync(branchFile, branch);
  return { dir, branch, fresh: true };
}

/**
 * The ledger's files at the write clone's HEAD, read from git's objects, never from disk:
 * whatever a killed run left in the working tree is ignored, and a symbolic link is never
 * followed. A path that is not a regular file, or is too large, is refused by name.
 */
async function readAtHead(r: GitRemote, dir: string, paths: Record<string, string>): Promise<Record<string, string | undefined>> {
  const entries = await treeEntries(r.git, dir, 'HEAD', Object.values(paths));
  for (const [path, e] of entries) {
    if (e.mode !== REGULAR_FILE) throw new WotnError('corrupt', t('ledger.notRegular', { path, mode: spoken(modeSaid(e.mode)) }));
    if ((e.size ?? 0) > MAX_LEDGER_FILE) throw new WotnError('corrupt', t('ledger.tooLarge', { path, bytes: String(e.size), max: MAX_LEDGER_FILE }));
  }
  const texts = await readTexts(r.git, dir, [...entries.values()].map((e) => e.sha));
  return Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, texts.get(entries.get(path)?.sha ?? '')]));
}

/**
 * The rules and the community files (feedback/, actions/) at the member's write clone's
 * HEAD, as the member's last sync left it: read from git's objects, checked as a folder read
 * checks them (a non-regular file, an oversized one or a bad handle is refused by name).
 */
export async function readCommunityAtHead(r: GitRemote, cacheDir: string, url: string, handle: string): Promise<{ cohort: Cohort; community: CommunityFiles }> {
  const { dir } = await ensureWriteClone(r, cacheDir, url, handle);
  const cohortText = (await readAtHead(r, dir, { cohort: COHORT_FILE })).cohort;
  if (cohortText === undefined) throw noCohortFile(url);
  const cohort = cohortFromText(cohortText, url);
  const community = noCommunity();
  const warnings: Said[] = [];
  const files: { folder: (typeof COMMUNITY_FOLDERS)[number]; handle: string; sha: string }[] = [];
  for (const [path, e] of await filesIn(r.git, dir, 'HEAD', COMMUNITY_FOLDERS)) {
    const slash = path.indexOf('/');
    const folder = path.slice(0, slash) as (typeof COMMUNITY_FOLDERS)[number];
    const name = path.slice(slash + 1);
    if (name.includes('/') || !name.endsWith('.json')) continue;
    const who = handleOfFile(folder, name, warnings);
    if (who === undefined || e.mode !== REGULAR_FILE || (e.size ?? 0) > MAX_LEDGER_FILE) continue;
    files.push({ folder, handle: who, sha: e.sha });
  }
  const texts = await readTexts(r.git, dir, files.map((f) => f.sha));
  for (const f of files) addCommunityFile(community, f.folder, f.handle, texts.get(f.sha) ?? '', cohort, warnings);
  return { cohort, community };
}

function parsedJson(path: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new WotnError('corrupt', t('ledger.notJson', { path }));
  }
}

/**
 * A push the server refused, from `git push --porcelain`: "[remote rejected] (reason)".
 * Undefined when the push lost a race instead: "[rejected]" (someone pushed first), or a
 * server that passed the push and then found the branch moved under it ("failed to update
 * ref": two pushes checked by their hooks at once). Those are retried.
 */
export function refusal(error: GitError): WotnError | undefined {
  const status = /^!\t[^\t]*\t\[remote rejected\] \((.*)\)$/m.exec(error.stdout);
  if (!status || /failed to (update|lock)|cannot lock|incorrect old value/.test(status[1]!)) return undefined;
  const told = error.stderr.split('\n').map((l) => /^remote: (?:wotn: )?(.*\S)/.exec(l)?.[1]).filter((l): l is string => Boolean(l));
  return new WotnError('permission', t('ledger.refused', { reasons: told.length ? told.join('; ') : status[1]! }));
}

/**
 * Changes the member's own files. `change` gets what the ledger holds now and returns the
 * new files (undefined: leave as is); it runs again after every rejected push, on the
 * newest ledger, so a concurrent writer's work is never overwritten.
 *
 * Crash-safe: every attempt starts from the ledger's tip (fetched, then checked out over
 * whatever a killed run left: a stray file, a staged change, an unpushed commit) and
 * writes blobs into git's index, never files on disk. Each entry is keyed by its day, so
 * a re-run after a kill delivers what the killed run did not, exactly once.
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
  const { dir, branch, fresh } = await ensureWriteClone(r, cacheDir, url, handle);
  const paths = ownPaths(handle);
  for (let attempt = 1; ; attempt++) {
    if (!fresh || attempt > 1) await fetchOrFail(r, dir, url, ['--depth', '1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    await r.git.run(dir, ['checkout', '--quiet', '--force', '-B', branch, `origin/${branch}`], auth(r, url));
    const texts = await readAtHead(r, dir, paths);
    const next = change(Object.fromEntries(OWN_KEYS.map((key) => [key, parsedJson(paths[key], texts[key])])) as unknown as OwnFiles & { cohort: unknown });
    const staged: string[] = [];
    for (const key of OWN_KEYS) {
      if (next[key] === undefined) continue;
      const text = ledgerJson(next[key]);
      if (text === texts[key]) continue;
      const sha = (await r.git.bytes(dir, ['hash-object', '-w', '--stdin'], text)).toString().trim();
      staged.push('--cacheinfo', `${REGULAR_FILE},${sha},${paths[key]}`);
    }
    if (!staged.length) return { changed: false, attempts: attempt };
    await r.git.run(dir, ['update-index', '--add', ...staged]);
    const sha = await r.git.commit(dir, ['--no-verify', '-m', message]);
    try {
      await r.git.run(dir, ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`], auth(r, url));
      return { changed: true, commit: sha, attempts: attempt };
    } catch (error) {
      const refused = error instanceof GitError ? refusal(error) : undefined;
      if (refused) throw refused;
      if (attempt >= policy.attempts || !(error instanceof GitError))
        throw new WotnError('conflict', t('ledger.keptRejecting', { attempts: attempt, problem: (error as Error).message }));
      await sleep(backoffMs(attempt, policy));
    }
  }
}
