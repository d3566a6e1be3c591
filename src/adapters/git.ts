// Every git call goes through here: the git binary, argument arrays (no shell), and never a
// prompt for credentials. The Context builds one Git from its environment, so a command
// run in-process (a test) hands git exactly the environment it was given.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WotnError } from '../errors.js';
import { t } from '../i18n/index.js';
import { childProcess } from './child-process.js';


export class GitError extends WotnError {
  constructor(readonly args: string[], readonly stderr: string, readonly code: number | string | undefined, readonly stdout = '') {
    super('failed', t('git.failed', { command: String(args[0]), problem: firstLine(stderr) || firstLine(stdout) || `exit ${code}` }));
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

export interface Git {
  /** Runs `git ARGS` in `cwd` and resolves with its stdout. */
  run(cwd: string, args: string[], options?: GitOptions): Promise<string>;
  /** run() with `input` on stdin and the output as bytes: for `cat-file --batch`, whose sizes count bytes. */
  bytes(cwd: string, args: string[], input: string, options?: GitOptions): Promise<Buffer>;
  /** Makes `dir` a git repository on `branch`, with a local identity if the user has none. */
  ensureRepo(dir: string, branch: string): Promise<boolean>;
  /** Gives a repository a local identity when the user has none (a fresh machine, CI). */
  ensureIdentity(dir: string, name: string, email: string): Promise<void>;
  /**
   * Commits exactly one file (other staged changes are left alone); returns the short sha.
   * With no git identity on the machine, commits as `fallback` rather than failing; a
   * commit that fails anyway leaves nothing staged.
   */
  commitFile(dir: string, file: string, message: string, fallback?: Identity): Promise<string>;
  /** Runs `git [CONFIG] commit ARGS` and returns the new commit's short sha. */
  commit(dir: string, args: string[], config?: string[]): Promise<string>;
  push(dir: string, remote: string, branch: string, options?: GitOptions): Promise<void>;
}

export interface Identity {
  name: string;
  email: string;
}

const NO_IDENTITY = /Author identity unknown|Please tell me who you are|empty ident name/;

export function isRepo(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

export function createGit(env: NodeJS.ProcessEnv): Git {
  /** How every git process runs: no prompts for credentials, a timeout, the caller's environment on top. */
  const processOptions = (cwd: string, options: GitOptions, maxBuffer: number) => ({
    cwd,
    env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', ...options.env },
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer,
  });

  const run: Git['run'] = (cwd, args, options = {}) =>
    new Promise((resolve, reject) => {
      childProcess().execFile('git', args, processOptions(cwd, options, 64 * 1024 * 1024), (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr), error.code ?? error.signal ?? undefined, String(stdout)));
        else resolve(String(stdout));
      });
    });

  const bytes: Git['bytes'] = (cwd, args, input, options = {}) =>
    new Promise((resolve, reject) => {
      const child = childProcess().execFile('git', args, { ...processOptions(cwd, options, 256 * 1024 * 1024), encoding: 'buffer' }, (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr), error.code ?? error.signal ?? undefined));
        else resolve(stdout);
      });
      child.stdin?.on('error', () => {}); // git may exit before reading it all; its exit code says why
      child.stdin?.end(input);
    });

  const ensureIdentity: Git['ensureIdentity'] = async (dir, name, email) => {
    if (env.GIT_AUTHOR_EMAIL || env.GIT_COMMITTER_EMAIL) return;
    const configured = await run(dir, ['config', 'user.email']).catch(() => '');
    if (configured.trim()) return;
    await run(dir, ['config', 'user.email', email]);
    await run(dir, ['config', 'user.name', name]);
  };

  const commit: Git['commit'] = async (dir, args, config = []) => {
    const out = await run(dir, [...config, 'commit', ...args]);
    return /\[[^\]]*?([0-9a-f]{7,40})\]/.exec(out)?.[1] ?? (await run(dir, ['rev-parse', '--short', 'HEAD'])).trim();
  };

  return {
    run,
    bytes,
    ensureIdentity,
    commit,
    async ensureRepo(dir, branch) {
      if (isRepo(dir)) return false;
      const inside = await run(dir, ['rev-parse', '--is-inside-work-tree']).catch(() => '');
      if (inside.trim() === 'true') return false;
      await run(dir, ['init', '--quiet', `--initial-branch=${branch}`]);
      await ensureIdentity(dir, 'wotn writer', 'writer@wotn.local');
      return true;
    },
    async commitFile(dir, file, message, fallback) {
      await run(dir, ['add', '--', file]);
      const args = ['--only', '-m', message, '--', file];
      try {
        try {
          return await commit(dir, args);
        } catch (error) {
          if (!(fallback && error instanceof GitError && NO_IDENTITY.test(error.stderr))) throw error;
          return await commit(dir, args, ['-c', `user.name=${fallback.name}`, '-c', `user.email=${fallback.email}`]);
        }
      } catch (error) {
        // The same post published again unchanged: its last commit stands.
        if (error instanceof GitError && /nothing (added )?to commit/.test(error.stdout)) return (await run(dir, ['log', '-1', '--format=%h', '--', file])).trim();
        // Leave the index as it was: nothing of this post staged.
        await run(dir, ['reset', '--quiet', '--', file]).catch(() => run(dir, ['rm', '--cached', '--quiet', '--', file]).catch(() => ''));
        throw error;
      }
    },
    async push(dir, remote, branch, options = {}) {
      await run(dir, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`], options);
    },
  };
}
