// GitHub for cohorts, with real Octokit over real HTTP against a local server that follows
// GitHub's documented behaviour (test/helpers/github-server.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson, type RunOptions } from '../helpers/wotn.js';

let gh: FakeGitHub;
let root: string;
beforeEach(async () => {
  gh = await startGitHub();
  root = tempDir();
});
afterEach(() => gh.close());

const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: gh.token, GH_TOKEN: '', PATH: process.env.PATH });
const as = (handle: string, now?: string, extra: NodeJS.ProcessEnv = {}): RunOptions => ({ home: join(root, handle), env: { ...env(), ...extra }, ...(now ? { now } : {}) });
const day = (n: number, time = '20:00:00+07:00') => `2026-11-${String(n).padStart(2, '0')}T${time}`;

async function createCohort(flags: string[] = []) {
  return wotnJson(['cohort', 'create', 'wotn-vn/dec-2026', '--name', 'WOTN GitHub', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--min-words', '50', '--lead', 'lan', ...flags], as('lead'));
}

async function member(handle: string, extra: string[] = []) {
  expect((await wotn(['init', '--yes', '--name', handle.toUpperCase(), '--handle', handle, '--timezone', 'Asia/Ho_Chi_Minh'], as(handle))).code).toBe(0);
  await wotnJson(['cohort', 'join', 'github:wotn-vn/dec-2026', ...extra], as(handle));
}

const publish = (handle: string, now: string, words = 100) =>
  wotnJson(['publish', '--url', `https://${handle}.dev/${now}`, '--words', String(words), '--title', `Post by ${handle}`], as(handle, now));

function ledgerFile(path: string) {
  return JSON.parse(gitSync(gh.bare('wotn-vn/dec-2026'), 'show', `main:${path}`));
}

describe('auth', () => {
  it('fills the handle and name from the GitHub account', async () => {
    const r = await wotnJson(['init', '--yes', '--github', '--timezone', 'UTC'], as('me'));
    expect(r.profile).toMatchObject({ handle: 'lan', name: 'Lan Nguyễn' });
  });

  it('without a token: one line that says how to provide one, exit 2', async () => {
    const r = await wotn(['init', '--yes', '--github'], as('me', undefined, { GITHUB_TOKEN: '', GH_TOKEN: '', PATH: '/nonexistent' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no GitHub token found');
    expect(r.stderr).toContain('GITHUB_TOKEN or GH_TOKEN');
  });

  it('a rejected token is exit 2, and the token is never printed', async () => {
    const r = await wotn(['init', '--yes', '--github'], as('me', undefined, { GITHUB_TOKEN: 'ghp_wrong_secret' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('GitHub rejected the token (401 Bad credentials)');
    expect(r.stdout + r.stderr).not.toContain('ghp_wrong_secret');
  });
});

describe('errors from GitHub', () => {
  it('a ledger that does not exist is a 404 with a hint, exit 2', async () => {
    const r = await wotn(['members', '--ledger', 'github:wotn-vn/nope'], as('lan'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not found on GitHub (404) while downloading wotn-vn/nope');
  });

  it('an organisation the token cannot create in is a 404 too', async () => {
    const r = await wotn(['cohort', 'create', 'someone-else/x', '--name', 'X', '--start', '2026-11-01'], as('lan'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not found on GitHub (404) while creating someone-else/x');
  });
});

describe('wotn cohort create', () => {
  it('creates the repository in an organisation, pushes the scaffold, turns on Pages and invites members', async () => {
    const r = await createCohort(['--invite', 'minh,an']);
    expect(r).toEqual({
      repo: 'wotn-vn/dec-2026', ledger: 'github:wotn-vn/dec-2026', url: 'https://github.com/wotn-vn/dec-2026',
      pages: 'https://wotn-vn.github.io/dec-2026/', invited: ['minh', 'an'],
    });
    expect(ledgerFile('wotn-cohort.json')).toMatchObject({ name: 'WOTN GitHub', start: '2026-11-01', roles: { lan: 'lead' } });
    const files = gitSync(gh.bare('wotn-vn/dec-2026'), 'ls-tree', '-r', '--name-only', 'main').split('\n').filter(Boolean).sort();
    expect(files).toEqual(['.github/workflows/wotn.yml', 'README.md', 'members/.gitkeep', 'progress/.gitkeep', 'wotn-cohort.json']);
    expect(gh.pages.has('wotn-vn/dec-2026')).toBe(true);
    expect(gh.invites.get('wotn-vn/dec-2026')).toEqual(['minh', 'an']);
    const again = await wotn(['cohort', 'create', 'wotn-vn/dec-2026', '--name', 'X', '--start', '2026-11-01'], as('lead'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('GitHub answered 422');
  });
});

describe('the github: ledger transport', () => {
  it('join, sync, members, report, leaderboard and feed behave as on git', async () => {
    await createCohort();
    await member('lan');
    await member('minh', ['--nudge']);
    for (const n of [1, 2, 3]) await publish('lan', day(n));
    await publish('minh', day(1));
    expect(ledgerFile('progress/lan.json').entries.map((e: { date: string }) => e.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(ledgerFile('members/minh.json')).toMatchObject({ handle: 'minh', nudge: true });

    const sync = await wotnJson(['sync'], as('lan', day(3)));
    expect(sync.ledger).toMatchObject({ changed: false, entries: 3 });

    const members = await wotnJson(['members'], as('lan'));
    expect(members.members.map((m: { handle: string }) => m.handle)).toEqual(['lan', 'minh']);
    const report = await wotnJson(['report', '--date', '2026-11-03'], as('lan'));
    expect(report.members.map((m: { handle: string; daysWritten: number; atRisk: boolean }) => [m.handle, m.daysWritten, m.atRisk])).toEqual([['lan', 3, false], ['minh', 1, true]]);
    // a whole report costs three requests (the rules, the archive and its redirect), not one per member
    const before = gh.requests.length;
    await wotnJson(['report', '--date', '2026-11-03'], as('lan'));
    const paths = gh.requests.slice(before).map((r) => r.path).sort();
    expect(paths).toHaveLength(3);
    expect(paths[0]).toMatch(/^\/_codeload\/wotn-vn\/dec-2026\//);
    expect(paths[1]).toBe('/repos/wotn-vn/dec-2026/contents/wotn-cohort.json');
    expect(paths[2]).toMatch(/^\/repos\/wotn-vn\/dec-2026\/tarball/);

    const out = join(root, 'site');
    expect((await wotn(['leaderboard', '--out', out, '--date', '2026-11-03'], as('lan'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8')).members[0]).toMatchObject({ rank: 1, handle: 'lan' });
    const feed = await wotnJson(['feed', '--days', '1'], as('lan', day(3, '23:00:00+07:00')));
    expect(feed.items.map((i: { handle: string }) => i.handle)).toEqual(['lan']);
  }, 60_000);

  it('a stale sha (409) or a file that appeared (422) means re-read, re-merge, retry: nothing is lost', async () => {
    await createCohort();
    await member('lan');
    await publish('lan', day(1));
    // Another device of lan's adds day 2 between this sync's read and its write.
    let injected = false;
    gh.beforePut = (repo, path) => {
      if (injected || path !== 'progress/lan.json') return;
      injected = true;
      const current = JSON.parse(gitSync(gh.bare(repo), 'show', `main:${path}`));
      current.entries.push({ date: '2026-11-02', title: 'from my phone', words: 90, publishedAt: day(2, '08:00:00+07:00') });
      gh.putFile(repo, path, JSON.stringify(current, null, 2) + '\n');
    };
    const p = await publish('lan', day(3));
    expect(p.synced).toBe(true);
    expect(gh.requests.some((r) => r.method === 'PUT' && r.status === 409)).toBe(true);
    expect(ledgerFile('progress/lan.json').entries.map((e: { date: string }) => e.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);

    // A card that appears while joining: our PUT has no sha, GitHub says 422, we retry.
    gh.beforePut = (repo, path) => {
      if (path === 'members/minh.json' && !gh.requests.some((r) => r.status === 422)) gh.putFile(repo, path, '{"schema":1,"handle":"minh","name":"Old","joinedAt":"2026-10-01T00:00:00Z"}\n');
    };
    await member('minh');
    expect(gh.requests.some((r) => r.method === 'PUT' && r.status === 422)).toBe(true);
    expect(ledgerFile('members/minh.json')).toMatchObject({ name: 'MINH', joinedAt: '2026-10-01T00:00:00Z' });
  }, 60_000);

  it('an exhausted rate limit: publish queues and warns, sync exits 1 saying when it resets', async () => {
    await createCohort();
    await member('lan');
    gh.exhaustedUntil = Math.floor(Date.now() / 1000) + 30 * 60;
    const p = await wotn(['publish', '--url', 'https://lan.dev/1', '--words', '80'], as('lan', day(1)));
    expect(p.code).toBe(0);
    expect(p.stderr).toContain('Not synced to the cohort ledger');
    const s = await wotn(['sync'], as('lan', day(1)));
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/rate limit is used up .*resets in (29|30) min/);
    gh.exhaustedUntil = undefined;
    expect((await wotnJson(['sync'], as('lan', day(1)))).ledger).toMatchObject({ changed: true, entries: 1 });
  }, 60_000);
});

describe('wotn report --notify', () => {
  it('opens the day\'s check-in issue, @mentions at-risk members who opted in, and updates it on a second run', async () => {
    await createCohort();
    await member('lan');
    await member('minh', ['--nudge']);
    await member('an');
    await publish('lan', day(2));
    const first = await wotn(['report', '--notify', '--date', '2026-11-02'], as('lan'));
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Opened the check-in issue #1');
    const [issue] = gh.issues.get('wotn-vn/dec-2026')!;
    expect(issue!.title).toBe('Check-in 2026-11-02: WOTN GitHub, day 2');
    expect(issue!.labels).toEqual([{ name: 'wotn-check-in' }]);
    expect(issue!.body).toContain('@minh');
    expect(issue!.body).not.toContain('@an ');
    await publish('minh', day(2, '21:00:00+07:00'));
    const second = await wotn(['report', '--notify', '--date', '2026-11-02'], as('lan'));
    expect(second.stderr).toContain('Updated the check-in issue #1');
    expect(gh.issues.get('wotn-vn/dec-2026')).toHaveLength(1);
    expect(gh.issues.get('wotn-vn/dec-2026')![0]!.body).not.toContain('**Nothing yet today:**');
  }, 60_000);

  it('needs a github: ledger', async () => {
    const r = await wotn(['report', '--notify', '--ledger', tempDir()], as('lan'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--notify needs a github:OWNER/REPO ledger');
  });
});

describe('git over HTTPS with a token', () => {
  it('sends the token as an http.extraHeader from the environment, never into .git/config', async () => {
    await createCohort();
    const url = `${gh.url}/wotn-vn/dec-2026.git`;
    await wotnJson(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'UTC', '--cohort', url], as('lan'));
    const p = await publish('lan', day(1), 250);
    expect(p.synced).toBe(true);
    expect(ledgerFile('progress/lan.json').entries).toHaveLength(1);
    const cache = join(root, 'lan', 'cache', 'ledgers');
    for (const ledger of readdirSync(cache)) {
      for (const clone of readdirSync(join(cache, ledger))) {
        const config = join(cache, ledger, clone, '.git', 'config');
        if (existsSync(config)) expect(readFileSync(config, 'utf8')).not.toContain(gh.token);
      }
    }
    // Nothing in the clone remembers the token: without it the server turns git away.
    const noToken = await wotn(['sync'], as('lan', day(1), { GITHUB_TOKEN: '', GH_TOKEN: '', PATH: '/usr/bin:/bin' }));
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('could not sync the ledger: cannot reach the ledger');
  }, 60_000);
});
