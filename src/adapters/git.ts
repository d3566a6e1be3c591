// Every git call goes through here: the git binary, argument arrays (no shell), and never a
// prompt for credentials.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WotnError } from '../errors.js';

export class GitError extends WotnError {
  constructor(readonly args: string[], readonly stderr: string, readonly code: number | string | undefined, readonly stdout = '') {
    super(`git ${args[0]} failed: ${firstLine(stderr) || firstLine(stdout) || `exit ${code}`}`);
  }
}

function firstLine(text: string): string {
  return text.split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find(Boolean) ?? '';
}

export interface GitOptions {
  /** Extra environment, e.g. GIT_CONFIG_COUNT/KEY/VALUE for an auth header. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** How every git process runs: no prompts for credentials, a timeout, the caller's environment on top. */
function processOptions(cwd: string, options: GitOptions, maxBuffer: number) {
  return {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', ...options.env },
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer,
  };
}

export function git(cwd: string, args: string[], options: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, processOptions(cwd, options, 64 * 1024 * 1024), (error, stdout, stderr) => {
      if (error) reject(new GitError(args, String(stderr), error.code ?? error.signal ?? undefined, String(stdout)));
      else resolve(String(stdout));
    });
  });
}

/** git() with `input` on stdin and the output as bytes: for `cat-file --batch`, whose sizes count bytes. */
export function gitBytes(cwd: string, args: string[], input: string, options: GitOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { ...processOptions(cwd, options, 256 * 1024 * 1024), encoding: 'buffer' }, (error, stdout, stderr) => {
      if (error) reject(new GitError(args, String(stderr), error.code ?? error.signal ?? undefined));
      else resolve(stdout);
    });
    child.stdin?.on('error', () => {}); // git may exit before reading it all; its exit code says why
    child.stdin?.end(input);
  });
}

export function isRepo(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

/** Makes `dir` a git repository on `branch`, with a local identity if the user has none. */
export async function ensureRepo(dir: string, branch: string): Promise<boolean> {
  if (isRepo(dir)) return false;
  const inside = await git(dir, ['rev-parse', '--is-inside-work-tree']).catch(() => '');
  if (inside.trim() === 'true') return false;
  await git(dir, ['init', '--quiet', `--initial-branch=${branch}`]);
  await ensureIdentity(dir, 'wotn writer', 'writer@wotn.local');
  return true;
}

/** Gives a repository a local identity when the user has none (a fresh machine, CI). */
export async function ensureIdentity(dir: string, name: string, email: string): Promise<void> {
  if (process.env.GIT_AUTHOR_EMAIL || process.env.GIT_COMMITTER_EMAIL) return;
  const configured = await git(dir, ['config', 'user.email']).catch(() => '');
  if (configured.trim()) return;
  await git(dir, ['config', 'user.email', email]);
  await git(dir, ['config', 'user.name', name]);
}

/** Commits exactly one file (other staged changes are left alone); returns the short sha. */
export async function commitFile(dir: string, file: string, message: string): Promise<string> {
  await git(dir, ['add', '--', file]);
  try {
    return await commit(dir, ['--only', '-m', message, '--', file]);
  } catch (error) {
    // The same post published again unchanged: its last commit stands.
    if (!(error instanceof GitError && /nothing (added )?to commit/.test(error.stdout))) throw error;
    return (await git(dir, ['log', '-1', '--format=%h', '--', file])).trim();
  }
}

/** Runs `git commit ARGS` and returns the new commit's short sha (read from its output). */
export async function commit(dir: string, args: string[]): Promise<string> {
  const out = await git(dir, ['commit', ...args]);
  return /\[[^\]]*?([0-9a-f]{7,40})\]/.exec(out)?.[1] ?? (await git(dir, ['rev-parse', '--short', 'HEAD'])).trim();
}

export async function push(dir: string, remote: string, branch: string, options: GitOptions = {}): Promise<void> {
  await git(dir, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`], options);
}
