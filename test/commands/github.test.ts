// GitHub for cohorts, with real Octokit over real HTTP against a local server that follows
// GitHub's documented behaviour (test/helpers/github-server.ts). Check-ins and ingest in
// detail: check-in.test.ts and ledger-ingest.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson, type RunOptions } from '../helpers/wotn.js';
import { day, githubCohort, LEDGER } from '../helpers/github-cohort.js';

let gh: FakeGitHub;
let root: string;
beforeEach(async () => {
  gh = await startGitHub();
  root = tempDir();
});
afterEach(() => gh.close());

const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: gh.token, GH_TOKEN: '', PATH: process.env.PATH });
const as = (handle: string, now?: string, extra: NodeJS.ProcessEnv = {}): RunOptions => ({ home: join(root, handle), env: { ...env(), ...extra }, ...(now ? { now } : {}) });

async function createCohort(flags: string[] = []) {
  return wotnJson(['cohort', 'create', 'wotn-vn/dec-2026', '--name', 'WOTN GitHub', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--min-words', '50', '--lead', 'lan', ...flags], as('lead', '2026-10-25T10:00:00+07:00'));
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
  it('creates the repository in an organisation, pushes the scaffold, turns on Pages and opens the introductions; members get no write access', async () => {
    const r = await createCohort(['--invite', 'minh,an']);
    expect(r).toEqual({
      repo: 'wotn-vn/dec-2026', ledger: 'github:wotn-vn/dec-2026', url: 'https://github.com/wotn-vn/dec-2026',
      pages: 'https://wotn-vn.github.io/dec-2026/', invited: ['minh', 'an'], collaborators: [], issues: [1],
    });
    expect(ledgerFile('wotn-cohort.json')).toMatchObject({ name: 'WOTN GitHub', start: '2026-11-01', roles: { lan: 'lead' }, invitationOnly: true, invited: ['minh', 'an'] });
    const files = gitSync(gh.bare('wotn-vn/dec-2026'), 'ls-tree', '-r', '--name-only', 'main').split('\n').filter(Boolean).sort();
    expect(files).toEqual(['.github/workflows/wotn.yml', 'README.md', 'members/.gitkeep', 'progress/.gitkeep', 'wotn-cohort.json']);
    expect(gh.pages.has('wotn-vn/dec-2026')).toBe(true);
    // A public ledger: anyone can comment, so nobody is added as a collaborator.
    expect(gh.invites.get('wotn-vn/dec-2026')).toBeUndefined();
    expect(gh.issues.get('wotn-vn/dec-2026')!.map((i) => [i.title, i.labels])).toEqual([['Introductions', [{ name: 'wotn-check-in' }]]]);
    const again = await wotn(['cohort', 'create', 'wotn-vn/dec-2026', '--name', 'X', '--start', '2026-11-01'], as('lead'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('GitHub answered 422');
  });

  it('a private ledger gives the invited read access (enough to see it and comment), never write', async () => {
    const r = await wotnJson(['cohort', 'create', 'wotn-vn/private-26', '--private', '--name', 'P', '--start', '2026-11-01', '--invite', 'minh'], as('lead'));
    expect(r.collaborators).toEqual(['minh']);
    expect(gh.invites.get('wotn-vn/private-26')).toEqual([{ login: 'minh', permission: 'pull' }]);
  });
});

describe('the github: ledger transport', () => {
  it('join, publish, ingest, then members, report, leaderboard and feed read what the workflow recorded', async () => {
    const c = await githubCohort(gh, root);
    await c.member('lan');
    await c.member('minh', { flags: ['--nudge'] });
    for (const n of [1, 2, 3]) await c.publish('lan', day(n));
    await c.publish('minh', day(1));
    await c.ingest(day(3, '20:05:00+07:00'));
    expect(c.ledgerFile('progress/lan.json').entries.map((e: { date: string }) => e.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(c.ledgerFile('members/minh.json')).toMatchObject({ handle: 'minh', nudge: true });

    const sync = await wotnJson(['sync'], c.as('lan', day(3, '21:00:00+07:00')));
    expect(sync.ledger.checkIns).toMatchObject({ sent: [], recorded: ['2026-11-01', '2026-11-02', '2026-11-03'], waiting: [] });

    const members = await wotnJson(['members'], c.as('lan'));
    expect(members.members.map((m: { handle: string }) => m.handle)).toEqual(['lan', 'minh']);
    const report = await wotnJson(['report', '--date', '2026-11-03'], c.as('lan'));
    expect(report.members.map((m: { handle: string; daysWritten: number; atRisk: boolean }) => [m.handle, m.daysWritten, m.atRisk])).toEqual([['lan', 3, false], ['minh', 1, true]]);
    // a whole report costs three requests (the rules, the archive and its redirect), not one per member
    const before = gh.requests.length;
    await wotnJson(['report', '--date', '2026-11-03'], c.as('lan'));
    const paths = gh.requests.slice(before).map((r) => r.path).sort();
    expect(paths).toHaveLength(3);
    expect(paths[0]).toMatch(/^\/_codeload\/wotn-vn\/dec-2026\//);
    expect(paths[1]).toBe('/repos/wotn-vn/dec-2026/contents/wotn-cohort.json');
    expect(paths[2]).toMatch(/^\/repos\/wotn-vn\/dec-2026\/tarball/);

    const out = join(root, 'site');
    expect((await wotn(['leaderboard', '--out', out, '--date', '2026-11-03'], c.as('lan'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8')).members[0]).toMatchObject({ rank: 1, handle: 'lan' });
    const feed = await wotnJson(['feed', '--days', '1'], c.as('lan', day(3, '23:00:00+07:00')));
    expect(feed.items.map((i: { handle: string }) => i.handle)).toEqual(['lan']);
  }, 60_000);

  it('an exhausted rate limit: publish queues and warns, sync exits 1 saying when it resets', async () => {
    const c = await githubCohort(gh, root);
    await c.member('lan');
    gh.exhaustedUntil = Math.floor(Date.now() / 1000) + 30 * 60;
    const p = await wotn(['publish', '--url', 'https://lan.dev/1', '--words', '80'], c.as('lan', day(1)));
    expect(p.code).toBe(0);
    expect(p.stderr).toContain('Not synced to the cohort ledger');
    const s = await wotn(['sync'], c.as('lan', day(1)));
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/rate limit is used up .*resets in (29|30) min/);
    gh.exhaustedUntil = undefined;
    expect((await wotnJson(['sync'], c.as('lan', day(1)))).ledger.checkIns).toMatchObject({ sent: [{ key: '2026-11-01' }], waiting: ['2026-11-01'] });
  }, 60_000);
});

describe('wotn report --notify', () => {
  it('posts the report on the day\'s check-in issue members post on, @mentioning only at-risk members who opted in', async () => {
    const c = await githubCohort(gh, root);
    await c.member('lan');
    await c.member('minh', { flags: ['--nudge'] });
    await c.member('an', { name: '@everyone from @lan', flags: ['--hide-streak'] });
    for (const n of [1, 2]) await c.publish('an', day(n));
    await c.publish('lan', day(2)); // a lead (push access) opens the Day 2 issue, labelled
    await c.ingest(day(2, '20:05:00+07:00'));
    const first = await wotn(['report', '--notify', '--date', '2026-11-02'], c.as('lan'));
    expect(first.code).toBe(0);
    const all = gh.issues.get('wotn-vn/dec-2026')!;
    const day2 = all.filter((i) => i.title === 'Day 2 · 2026-11-02');
    expect(day2).toHaveLength(1);
    expect(first.stderr).toContain(`Updated the check-in issue #${day2[0]!.number}`);
    const body = day2[0]!.body;
    expect(body).toContain('Check in here');
    expect(body.match(/(?<![\w\u200b])@(?!\u200b)[\w-]+/g)).toEqual(['@minh']); // the only real mention
    expect(body).toContain('@\u200beveryone from @\u200blan');
    expect(body).toMatch(/\| @\u200beveryone from @\u200blan \(@\u200ban\) \| 2 \| — \| — \|/); // an's streak stays hidden
    // …in every other format too
    const json = await wotnJson(['report', '--ledger', LEDGER, '--date', '2026-11-02'], c.as('lan'));
    expect(json.members.find((m: { handle: string }) => m.handle === 'an')).toMatchObject({ daysWritten: 2, streak: null, days: null });
    const sheet = (await wotn(['report', '--ledger', LEDGER, '--date', '2026-11-02', '--format', 'csv'], c.as('lan'))).stdout;
    expect(sheet.split('\r\n').find((l) => l.startsWith('an,'))).toMatch(/^an,"?'?@everyone from @lan"?,member,2,,,/);
    const table = (await wotn(['report', '--ledger', LEDGER, '--date', '2026-11-02'], c.as('lan'))).stdout;
    // The streak columns say —; at 80 columns this long a name leaves out Longest, never the dash.
    expect(table.split('\n').find((l) => l.includes('@an '))).toMatch(/@an\s+2\/2\s+—(\s+—)?\s/);

    await c.publish('minh', day(2, '21:00:00+07:00'));
    await c.ingest(day(2, '21:05:00+07:00'));
    const second = await wotn(['report', '--notify', '--date', '2026-11-02'], c.as('lan'));
    expect(second.stderr).toContain(`Updated the check-in issue #${day2[0]!.number}`);
    expect(gh.issues.get('wotn-vn/dec-2026')!.filter((i) => i.title === 'Day 2 · 2026-11-02')).toHaveLength(1);
    expect(day2[0]!.body).not.toContain('**Nothing yet today:**');
  }, 60_000);

  it('opens the day\'s issue when there is none, labels one a member opened, and refuses a day outside the challenge', async () => {
    const c = await githubCohort(gh, root);
    await c.member('minh');
    await c.publish('minh', day(4));
    const [opened] = gh.issues.get('wotn-vn/dec-2026')!.filter((i) => i.title === 'Day 4 · 2026-11-04');
    expect(opened!.labels).toEqual([]);
    expect((await wotn(['report', '--notify', '--ledger', LEDGER, '--date', '2026-11-04'], c.as('lan'))).code).toBe(0);
    expect(opened!.labels).toEqual([{ name: 'wotn-check-in' }]);
    const fresh = await wotn(['report', '--notify', '--ledger', LEDGER, '--date', '2026-11-05'], c.as('lan'));
    expect(fresh.stderr).toMatch(/Opened the check-in issue #\d+/);
    expect(gh.issues.get('wotn-vn/dec-2026')!.filter((i) => i.title === 'Day 5 · 2026-11-05')).toHaveLength(1);
    const before = await wotn(['report', '--notify', '--ledger', LEDGER, '--date', '2026-10-30'], c.as('lan'));
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('--notify: Fri 30 Oct 2026 is not a day of the challenge (Sun 1 Nov 2026, 30 days)');
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
