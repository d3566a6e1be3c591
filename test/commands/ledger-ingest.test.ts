// `wotn ledger ingest` against what hostile members can post: comments written by hand to
// the fake GitHub with their own tokens, exactly as an attacker could, then the workflow's
// ingest. Each attack is refused with one reply, writes nothing, and loses nothing else.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from 'octokit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { day, githubCohort, REPO, seedCards, type GitHubCohort } from '../helpers/github-cohort.js';
import { gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn } from '../helpers/wotn.js';

let gh: FakeGitHub;
let c: GitHubCohort;
let root: string;
beforeEach(async () => {
  gh = await startGitHub();
  root = tempDir();
});
afterEach(() => gh.close());

const [owner, repo] = REPO.split('/') as [string, string];
const state = () => gh.repoIssues(REPO);
const repliesTo = (id: number) => state().comments.filter((x) => x.user.type === 'Bot' && x.body.includes(`#issuecomment-${id}`));
const files = () => gitSync(gh.bare(REPO), 'ls-tree', '-r', '--name-only', 'main').split('\n').filter((f) => /^(members|progress)\/[^.]/.test(f)).sort();

/** An attacker's own client: any body, posted with their own token. */
function client(login: string): Octokit {
  const token = c.as(login).env!.GITHUB_TOKEN!;
  return new Octokit({ auth: token, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } });
}

async function post(login: string, at: string, body: string, issue = 1) {
  gh.clock = () => Date.parse(at);
  return (await client(login).rest.issues.createComment({ owner, repo, issue_number: issue, body })).data;
}

const entry = (date: string, over: Record<string, unknown> = {}): string =>
  `**${date}**\n\n<!-- wotn:v1 ${JSON.stringify({ kind: 'entry', date, title: `Post ${date}`, url: `https://x.dev/${date}`, words: 300, ...over })} -->`;

describe('attacks on the intake, each refused with one reply and nothing written', () => {
  beforeEach(async () => {
    c = await githubCohort(gh, root);
    for (const login of ['minh', 'an']) c.account(login);
    await seedCards(gh, root, ['minh', 'an']); // joined earlier
  });

  it.each([
    ['a payload naming another member\'s handle and time', 'minh', entry('2026-11-03', { handle: 'an', publishedAt: '2026-11-01T10:00:00+07:00' }), day(3), 'recorded'],
    ['a day outside the challenge', 'minh', entry('2026-12-05'), '2026-12-05T20:00:00+07:00', /2026-12-05 is outside the challenge \(2026-11-01 to 2026-11-30\)/],
    ['a day that has not begun', 'minh', entry('2026-11-04'), day(3), /2026-11-04 has not begun yet/],
    ['words: 1e300', 'minh', `<!-- wotn:v1 {"kind":"entry","date":"2026-11-03","title":"Big","words":1e300} -->`, day(3), /words 1e\+300 is not a whole number/],
    ['100,000 words in a day', 'minh', entry('2026-11-03', { words: 100_000 }), day(3), /100000 words is over the cohort's cap of 20000 words a day/],
    ['two payloads in one comment', 'minh', `${entry('2026-11-03')}\n${entry('2026-11-02').split('\n').at(-1)}`, day(3), /carries 2 wotn payloads/],
    ['a check-in from someone who never joined', 'eve', entry('2026-11-03'), day(3), /eve has not joined this cohort/],
  ] as const)('%s', async (_, login, body, at, expected) => {
    c.account(login);
    const before = files();
    const comment = await post(login, at, body);
    const run = await c.ingest(at.replace(/T20:00/, 'T20:05'));
    if (expected === 'recorded') {
      expect(run.recorded).toBe(1);
      expect(c.ledgerFile('progress/minh.json').entries).toMatchObject([{ date: '2026-11-03', publishedAt: '2026-11-03T20:00:00+07:00', comment: comment.id }]);
      expect(files()).not.toContain('progress/an.json');
      return;
    }
    expect(run).toMatchObject({ recorded: 0, refused: 1, replied: 1 });
    expect(files()).toEqual(before);
    const [reply] = repliesTo(comment.id);
    expect(reply!.body).toMatch(expected);
    expect(reply!.body).not.toMatch(/(?<![\w\u200b])@(?!\u200b)\w/); // mentions no one
    // A second run neither records nor replies again.
    expect(await c.ingest(at.replace(/T20:00/, 'T20:30'))).toMatchObject({ refused: 0, replied: 0 });
    expect(repliesTo(comment.id)).toHaveLength(1);
  }, 60_000);

  it('30 days × 100,000 words on day 3: nothing reaches the ledger or the leaderboard', async () => {
    for (let d = 1; d <= 30; d++) await post('minh', day(3, `20:${String(d).padStart(2, '0')}:00+07:00`), entry(`2026-11-${String(d).padStart(2, '0')}`, { words: 100_000 }));
    const run = await c.ingest(day(3, '21:00:00+07:00'));
    expect(run).toMatchObject({ recorded: 0, refused: 30, replied: 30 });
    expect(files()).toEqual(['members/an.json', 'members/minh.json']);
    const board = await wotn(['leaderboard', '--ledger', await c.checkout(), '--out', join(root, 'site'), '--date', '2026-11-03'], c.as('lan'));
    expect(board.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const minh = JSON.parse(readFileSync(join(root, 'site', 'progress.json'), 'utf8')).members.find((m: { handle: string }) => m.handle === 'minh');
    expect(minh).toMatchObject({ daysWritten: 0, words: 0 });
  }, 60_000);

  it('an edit that tries to move a recorded day to another is refused; the recorded day stands', async () => {
    const comment = await post('minh', day(3), entry('2026-11-03'));
    await c.ingest(day(3, '20:05:00+07:00'));
    gh.clock = () => Date.parse(day(4, '09:00:00+07:00'));
    await client('minh').rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: entry('2026-11-04') });
    const run = await c.ingest(day(4, '09:05:00+07:00'));
    expect(run).toMatchObject({ recorded: 0, refused: 1 });
    expect(repliesTo(comment.id)[0]!.body).toContain('an edit can\'t move a post to another day: this check-in is recorded for 2026-11-03');
    expect(c.ledgerFile('progress/minh.json').entries.map((e: { date: string }) => e.date)).toEqual(['2026-11-03']);
  }, 60_000);

  it('another member can neither edit a check-in nor forge one in its author\'s name', async () => {
    const comment = await post('minh', day(3), entry('2026-11-03'));
    const edit = await client('an').rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: entry('2026-11-03', { words: 50 }) }).catch((e) => e);
    expect(edit.status).toBe(403);
    await post('an', day(3, '20:10:00+07:00'), entry('2026-11-03', { handle: 'minh', words: 60 }));
    await c.ingest(day(3, '20:15:00+07:00'));
    expect(c.ledgerFile('progress/minh.json').entries).toMatchObject([{ words: 300 }]);
    expect(c.ledgerFile('progress/an.json').entries).toMatchObject([{ words: 60 }]);
  }, 60_000);
});

describe('joining by invitation', () => {
  it('a card from someone not invited is refused and never reaches the directory', async () => {
    c = await githubCohort(gh, root, ['--invite', 'minh']);
    await c.member('minh');
    await c.member('eve');
    const run = await c.ingest(day(1, '09:00:00+07:00'));
    expect(run).toMatchObject({ recorded: 1, refused: 1, replied: 1 });
    expect(files()).toEqual(['members/minh.json']);
    const eves = state().comments.find((x) => x.user.login === 'eve')!;
    expect(repliesTo(eves.id)[0]!.body).toContain('joining this cohort is by invitation, and eve is not invited');
  }, 60_000);
});

describe('the ledger commit', () => {
  beforeEach(async () => {
    c = await githubCohort(gh, root);
    await c.member('minh');
  });

  it('a lead who pushes between ingest\'s read and its push: ingest starts over on the lead\'s commit, nothing lost', async () => {
    await c.publish('minh', day(2));
    const stale = await c.checkout();
    gh.putFile(REPO, 'README.md', '# Edited by a lead\n', 'A lead edits the README');
    gh.clock = () => Date.parse(day(2, '20:05:00+07:00'));
    const { wotnJson } = await import('../helpers/wotn.js');
    const run = await wotnJson(['ledger', 'ingest'], { home: join(root, 'workflow'), cwd: stale, now: day(2, '20:05:00+07:00'), env: { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: c.workflowToken, GH_TOKEN: '', GITHUB_REPOSITORY: REPO } });
    expect(run).toMatchObject({ recorded: 2, pushed: true, attempts: 2 });
    expect(c.commits().slice(0, 2)).toEqual(['Record 2 check-ins (0 refused)', 'A lead edits the README']);
    expect(c.ledgerFile('progress/minh.json').entries).toHaveLength(1);
  }, 60_000);

  it('a member file that is a link (planted by a lead) stops ingest with its name, recording nothing', async () => {
    await c.publish('minh', day(2));
    const dir = await c.checkout();
    symlinkSync('/etc/passwd', join(dir, 'progress', 'minh.json'));
    gitSync(dir, 'add', 'progress/minh.json');
    gitSync(dir, 'commit', '--quiet', '-m', 'plant a link');
    const r = await wotn(['ledger', 'ingest'], { home: join(root, 'workflow'), cwd: dir, now: day(2, '20:05:00+07:00'), env: { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: c.workflowToken, GH_TOKEN: '', GITHUB_REPOSITORY: REPO } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('progress/minh.json in the ledger: is a symbolic link; a lead must fix it');
    expect(r.stderr).not.toContain('root:');
  }, 60_000);

  it('refuses a checkout with uncommitted changes, and needs to know the repository', async () => {
    const dir = await c.checkout();
    const env = { GITHUB_API_URL: gh.url, GITHUB_TOKEN: c.workflowToken, GH_TOKEN: '', GITHUB_REPOSITORY: '' };
    const noRepo = await wotn(['ledger', 'ingest'], { home: join(root, 'workflow'), cwd: dir, env });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toContain('pass --repo OWNER/NAME');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'wotn-cohort.json'), '{}');
    const dirty = await wotn(['ledger', 'ingest', '--repo', REPO], { home: join(root, 'workflow'), cwd: dir, env });
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toContain('has uncommitted changes');
  }, 60_000);
});
