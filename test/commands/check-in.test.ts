// On a github: ledger members submit and the ledger's workflow records: publish, sync and
// cohort join post (or edit) the member's check-in comment; `wotn ledger ingest` writes the
// ledger in one commit; status and sync say "recorded" once it has. Real Octokit over HTTP
// against the fake GitHub; each member has a token of their own with comment rights only.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { day, eachGitHubCohort, LEDGER, REPO, type GitHubCohort } from '../helpers/github-cohort.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

let gh: FakeGitHub;
let c: GitHubCohort;
eachGitHubCohort((s) => ({ gh, c } = s));

const issues = () => gh.repoIssues(REPO).issues;
const comments = () => gh.repoIssues(REPO).comments;
const issueTitled = (title: string) => issues().filter((i) => i.title === title);

describe('a member checks in; the workflow records', () => {
  it('join and publish post comments on the introductions and the day\'s issue; ingest records both in one commit; sync and status say recorded', async () => {
    await c.member('minh', { join: false });
    const joined = await wotnJson(['cohort', 'join', LEDGER, '--intro', 'Hi, I write about @lan\'s garden'], c.as('minh', day(1, '08:00:00+07:00')));
    expect(joined.checkIns).toMatchObject({ card: 'submitted' });
    const [intro] = issueTitled('Introductions');
    expect(comments().filter((x) => x.issue === intro!.number).map((x) => x.user.login)).toEqual(['minh']);
    expect(comments()[0]!.body).toContain('@\u200blan'); // shown to people, mentioning no one

    const p = await c.publish('minh', day(3), 320, 'Day three');
    expect(p).toMatchObject({ synced: true, checkIn: { state: 'submitted' } });
    const [day3] = issueTitled('Day 3 · 2026-11-03');
    const mine = comments().filter((x) => x.issue === day3!.number);
    expect(mine).toHaveLength(1);
    expect(p.checkIn.url).toBe(mine[0]!.html_url);
    expect(mine[0]!.body).toContain('**Day 3 · 2026-11-03** · [Day three](<https://minh.dev/2026-11-03>) · 320 words');
    expect((await wotnJson(['status'], c.as('minh', day(3, '21:00:00+07:00')))).ledger).toBe('submitted');
    const before = c.commits().length;

    const run = await c.ingest(day(3, '20:01:00+07:00'));
    expect(run).toMatchObject({ recorded: 2, refused: 0, pushed: true, files: ['members/minh.json', 'progress/minh.json'] });
    expect(c.commits()).toHaveLength(before + 1);
    expect(c.ledgerFile('members/minh.json')).toMatchObject({ handle: 'minh', name: 'MINH', intro: 'Hi, I write about @lan\'s garden' });
    expect(c.ledgerFile('progress/minh.json').entries).toEqual([
      { date: '2026-11-03', title: 'Day three', url: 'https://minh.dev/2026-11-03', words: 320, publishedAt: '2026-11-03T20:00:00+07:00', comment: mine[0]!.id },
    ]);

    const sync = await wotn(['sync'], c.as('minh', day(3, '21:00:00+07:00')));
    expect(sync.stdout).toContain('Ledger: 1 day recorded in the ledger.');
    expect((await wotnJson(['status'], c.as('minh', day(3, '21:00:00+07:00')))).ledger).toBe('recorded');
    const status = await wotn(['status'], c.as('minh', day(3, '21:00:00+07:00')));
    expect(status.stdout).toContain('Ledger: recorded in the ledger');

    // Running ingest again changes nothing.
    expect(await c.ingest(day(3, '20:30:00+07:00'))).toMatchObject({ recorded: 0, commit: null, pushed: false });
    expect(c.commits()).toHaveLength(before + 1);
  }, 60_000);

  it('publishing the same day again edits the member\'s own comment; ingest updates the entry', async () => {
    await c.member('minh');
    const first = await c.publish('minh', day(3), 120);
    const again = await wotnJson(['publish', '--url', 'https://minh.dev/2026-11-03', '--words', '480', '--title', 'Post by minh'], c.as('minh', day(3, '22:00:00+07:00')));
    expect(again.checkIn.url).toBe(first.checkIn.url);
    const day3 = comments().filter((x) => x.body.includes('2026-11-03'));
    expect(day3).toHaveLength(1);
    expect(day3[0]!.body).toContain('480 words');
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1);
    await c.ingest(day(3, '22:01:00+07:00'));
    expect(c.ledgerFile('progress/minh.json').entries.map((e: { words: number }) => e.words)).toEqual([480]);
  }, 60_000);

  it('a day not yet recorded stays "checked in"; a sync while nothing changed sends nothing', async () => {
    await c.member('minh');
    await c.publish('minh', day(2));
    const sent = comments().length;
    const sync = await wotn(['sync'], c.as('minh', day(2, '21:00:00+07:00')));
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain('2 Nov 2026 waiting for the ledger\'s workflow');
    expect(comments()).toHaveLength(sent);
    expect((await wotn(['status'], c.as('minh', day(2, '21:00:00+07:00')))).stdout).toContain('Ledger: checked in, waiting for the ledger\'s workflow');
  }, 60_000);

  it('members need only comment rights: their token can neither push nor write a file, and check-ins still work', async () => {
    await c.member('minh');
    const token = c.as('minh').env!.GITHUB_TOKEN!;
    const put = await fetch(`${gh.url}/repos/${REPO}/contents/progress/minh.json`, {
      method: 'PUT', headers: { authorization: `token ${token}` }, body: JSON.stringify({ message: 'x', content: Buffer.from('{}').toString('base64') }),
    });
    expect(put.status).toBe(403);
    const push = await fetch(`${gh.url}/${REPO}.git/info/refs?service=git-receive-pack`, { headers: { authorization: `token ${token}` } });
    expect(push.status).toBe(403);
    expect((await c.publish('minh', day(2))).checkIn.state).toBe('submitted');
  }, 60_000);

  it('a token of another account is refused before anything is posted', async () => {
    await c.member('minh');
    const r = await wotn(['sync'], c.as('minh', day(2), { GITHUB_TOKEN: gh.token }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('your GitHub token belongs to @lan, not @minh');
  }, 60_000);

  it('sync joins a member whose card never reached the ledger (init --cohort, no join)', async () => {
    await c.member('an', { join: false });
    await wotn(['init', '--yes', '--cohort', LEDGER], c.as('an'));
    await c.publish('an', day(2), 250); // the cohort's rules are not known here yet: the writer's goal applies
    expect(comments().map((x) => x.body.includes('"kind":"join"'))).toEqual([true, false]);
    expect(await c.ingest(day(2, '20:05:00+07:00'))).toMatchObject({ recorded: 2, refused: 0 });
  }, 60_000);
});

describe('finding the day\'s check-in issue', () => {
  it('a member finds an unlabelled issue another member opened; the workflow labels it and opens tomorrow\'s ahead', async () => {
    await c.member('minh');
    await c.member('an');
    await c.publish('minh', day(4));
    const [opened] = issueTitled('Day 4 · 2026-11-04');
    expect(opened!.labels).toEqual([]); // GitHub drops labels for users without push access
    await c.publish('an', day(4, '21:00:00+07:00'));
    expect(issueTitled('Day 4 · 2026-11-04')).toHaveLength(1);
    expect(comments().filter((x) => x.issue === opened!.number).map((x) => x.user.login)).toEqual(['minh', 'an']);

    const run = await c.ingest(day(4, '21:05:00+07:00'));
    expect(run.issues.labelled).toContain(opened!.number);
    expect(opened!.labels).toEqual([{ name: 'wotn-check-in' }]);
    const [tomorrow] = issueTitled('Day 5 · 2026-11-05');
    expect(run.issues.opened).toContain(tomorrow!.number);
    expect(tomorrow!.labels).toEqual([{ name: 'wotn-check-in' }]);
    await c.publish('an', day(5));
    expect(issueTitled('Day 5 · 2026-11-05')).toHaveLength(1);
    expect(comments().at(-1)!.issue).toBe(tomorrow!.number);
  }, 60_000);

  it('two members opening the missing issue at the same moment both post on the lower number', async () => {
    await c.member('minh');
    await c.member('an');
    await Promise.all([c.publish('minh', day(6)), c.publish('an', day(6))]);
    const titled = issueTitled('Day 6 · 2026-11-06');
    const lowest = Math.min(...titled.map((i) => i.number));
    expect(comments().filter((x) => x.body.includes('2026-11-06')).map((x) => x.issue)).toEqual([lowest, lowest]);
  }, 60_000);
});
