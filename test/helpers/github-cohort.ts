// A cohort on the fake GitHub, as a lead, members and the ledger's workflow see it: each
// member has a token of their own (comment rights only), and `ingest` runs
// `wotn ledger ingest` in a fresh checkout with the workflow's token, as a workflow run does.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { startGitHub, type FakeGitHub } from './github-server.js';
import { tempDir } from './tmp.js';
import { gitEnv, gitSync } from './git.js';
import { wotn, wotnJson, type Run, type RunOptions } from './wotn.js';

export const REPO = 'wotn-vn/dec-2026';
export const LEDGER = `github:${REPO}`;

/** 20:00 in Hà Nội on day N of November 2026 (or another time). */
export const day = (n: number, time = '20:00:00+07:00') => `2026-11-${String(n).padStart(2, '0')}T${time}`;

export interface GitHubCohort {
  gh: FakeGitHub;
  /** Run options for a login: their own home and token; `now` also sets the fake's clock. */
  as(login: string, now?: string, extra?: NodeJS.ProcessEnv): RunOptions;
  /** A GitHub account of one's own (no push access), and its token. */
  account(login: string): string;
  /** A member: a GitHub account (no push access), wotn init, and (unless join is false) cohort join. */
  member(login: string, o?: { join?: boolean; flags?: string[]; now?: string; name?: string }): Promise<void>;
  publish(login: string, now: string, words?: number, title?: string): Promise<any>;
  /** `wotn ledger ingest` as the ledger's workflow runs it, at `now`. */
  ingest(now: string, extra?: string[]): Promise<any>;
  /** The same run as the workflow's log shows it: text, in the runner's locale (C.UTF-8). */
  ingestLog(now: string, command?: 'ingest' | 'nudge'): Promise<Run>;
  /** A fresh checkout of the ledger with the workflow's token (what actions/checkout gives). */
  checkout(): Promise<string>;
  workflowToken: string;
  ledgerFile(path: string): any;
  commits(): string[];
}

const run = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => promisify(execFile)('git', args, { cwd, env: { ...process.env, ...gitEnv, ...env } });

/** The members joined earlier: their cards in the ledger, put there by an earlier ingest (here a lead's push). */
export async function seedCards(gh: FakeGitHub, root: string, logins: readonly string[], rules: Record<string, unknown> = {}): Promise<void> {
  const dir = join(mkdtempSync(join(root, 'lead-')), 'ledger');
  const auth = tokenHeader(gh.url, gh.token);
  await run(root, ['clone', '--quiet', `${gh.url}/${REPO}.git`, dir], auth);
  mkdirSync(join(dir, 'members'), { recursive: true });
  for (const login of logins)
    writeFileSync(join(dir, 'members', `${login}.json`), JSON.stringify({ schema: 1, handle: login, name: login.toUpperCase(), timezone: 'Asia/Ho_Chi_Minh', dayStartsAt: '00:00', joinedAt: '2026-10-30T10:00:00+07:00' }, null, 2) + '\n');
  if (Object.keys(rules).length) {
    const path = join(dir, 'wotn-cohort.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), ...rules }, null, 2) + '\n');
  }
  await run(dir, ['add', '--all']);
  await run(dir, ['commit', '--quiet', '-m', `${logins.length} members joined`]);
  await run(dir, ['push', '--quiet', 'origin', 'HEAD:main'], auth);
}

/** git's environment that sends `token` to the fake, as actions/checkout's stored header does. */
export function tokenHeader(url: string, token: string): NodeJS.ProcessEnv {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${url}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
}

/**
 * A fake GitHub and a fresh cohort on it (`cohort create` with `flags`) for each test of the
 * file, closed after it: `set` receives them, e.g. `eachGitHubCohort((s) => ({ gh, c, root } = s))`.
 */
export function eachGitHubCohort(set: (s: { gh: FakeGitHub; c: GitHubCohort; root: string }) => void, flags: string[] = []): void {
  let gh: FakeGitHub | undefined;
  beforeEach(async () => {
    gh = await startGitHub();
    const root = tempDir();
    set({ gh, root, c: await githubCohort(gh, root, flags) });
  });
  afterEach(() => gh?.close());
}

export async function githubCohort(gh: FakeGitHub, root: string, flags: string[] = []): Promise<GitHubCohort> {
  const tokens = new Map<string, string>([['lan', gh.token]]);
  const workflowToken = gh.addUser('github-actions[bot]', { push: true, type: 'Bot' });
  const setClock = (now?: string) => {
    if (now) gh.clock = () => Date.parse(now);
  };
  const env = (token: string) => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: token, GH_TOKEN: '', PATH: process.env.PATH });
  const c: GitHubCohort = {
    gh,
    workflowToken,
    as: (login, now, extra = {}) => {
      setClock(now);
      return { home: join(root, 'homes', login), env: { ...env(tokens.get(login) ?? 'ghp_unknown'), ...extra }, ...(now ? { now } : {}) };
    },
    account: (login) => {
      if (!tokens.has(login)) tokens.set(login, gh.addUser(login));
      return tokens.get(login)!;
    },
    member: async (login, o = {}) => {
      c.account(login);
      const init = await wotn(['init', '--yes', '--name', o.name ?? login.toUpperCase(), '--handle', login, '--timezone', 'Asia/Ho_Chi_Minh'], c.as(login));
      expect(init.stderr).toBe('');
      if (o.join !== false) await wotnJson(['cohort', 'join', LEDGER, ...(o.flags ?? [])], c.as(login, o.now ?? day(1, '08:00:00+07:00')));
    },
    publish: (login, now, words = 120, title = `Post by ${login}`) =>
      wotnJson(['publish', '--url', `https://${login.toLowerCase()}.dev/${now.slice(0, 10)}`, '--words', String(words), '--title', title], c.as(login, now)),
    checkout: async () => {
      const dir = join(mkdtempSync(join(root, 'run-')), 'ledger');
      // The fake answers in this process: git must run asynchronously, or it waits forever.
      await promisify(execFile)('git', ['clone', '--quiet', '--depth', '1', `${gh.url}/${REPO}.git`, dir], { env: { ...process.env, ...gitEnv, ...tokenHeader(gh.url, workflowToken) } });
      return dir;
    },
    ingest: async (now, extra = []) => {
      const dir = await c.checkout();
      setClock(now);
      return wotnJson(['ledger', 'ingest', ...extra], { home: join(root, 'workflow'), cwd: dir, now, env: { ...env(workflowToken), GITHUB_REPOSITORY: REPO } });
    },
    ingestLog: async (now, command = 'ingest') => {
      const dir = await c.checkout();
      setClock(now);
      return wotn(['ledger', command], { home: join(root, 'workflow'), cwd: dir, now, env: { ...env(workflowToken), GITHUB_REPOSITORY: REPO, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    },
    ledgerFile: (path) => JSON.parse(gitSync(gh.bare(REPO), 'show', `main:${path}`)),
    commits: () => gitSync(gh.bare(REPO), 'log', '--format=%s', 'main').trim().split('\n'),
  };
  await wotnJson(['cohort', 'create', REPO, '--name', 'WOTN GitHub', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--min-words', '50', '--grace-hours', '6', '--lead', 'lan', ...flags], c.as('lan', '2026-10-31T09:00:00+07:00'));
  return c;
}
