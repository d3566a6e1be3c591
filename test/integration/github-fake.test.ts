// The fake GitHub's contract for check-in intake, exercised with wotn's own Octokit client
// over real HTTP: issues, issue comments, reactions, pagination, users and the clock.
import { Octokit } from 'octokit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { githubTime, type IssueComment } from '../helpers/github-issues.js';

const REPO = { owner: 'lan', repo: 'dec-2026' };
let gh: FakeGitHub;
let lead: Octokit;
let minh: Octokit;
let an: Octokit;
let workflow: Octokit;

// Octokit's throttling spaces writes a second apart, as GitHub asks of real clients; a
// contract test of the fake has no such limit to respect.
const client = (token: string) => new Octokit({ auth: token, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } });
const status = (p: Promise<unknown>) => p.then(() => 200, (e: { status?: number }) => e.status);

beforeEach(async () => {
  gh = await startGitHub();
  lead = client(gh.token);
  minh = client(gh.addUser('minh'));
  an = client(gh.addUser('An-Tran'));
  workflow = client(gh.addUser('github-actions[bot]', { push: true, type: 'Bot' }));
  await lead.request('POST /user/repos', { name: REPO.repo });
});
afterEach(() => gh.close());

async function checkIn(title = 'Day 5 · 2026-12-05') {
  return (await lead.rest.issues.create({ ...REPO, title, labels: ['wotn-check-in'] })).data;
}

/** Comments put straight into the fake's state: a quick way to an issue with thousands. */
function seed(issue: number, count: number, at = '2026-12-05T10:00:00Z') {
  const state = gh.repoIssues('lan/dec-2026');
  const target = state.issues.find((i) => i.number === issue)!;
  for (let n = 0; n < count; n++) {
    const id = 500_000 + state.comments.length;
    state.comments.push({ id, body: `seed ${n}`, user: { login: 'seed', id: 9, type: 'User' }, created_at: at, updated_at: at, html_url: '', issue_url: '', url: '', author_association: 'NONE', issue } satisfies IssueComment);
  }
  target.comments += count;
}

describe('users', () => {
  it('each token is a distinct user, and the workflow is a bot', async () => {
    const logins = await Promise.all([lead, minh, an, workflow].map(async (c) => (await c.rest.users.getAuthenticated()).data));
    expect(logins.map((u) => [u.login, u.type])).toEqual([['lan', 'User'], ['minh', 'User'], ['An-Tran', 'User'], ['github-actions[bot]', 'Bot']]);
    expect(await status(client('ghp_unknown').rest.users.getAuthenticated())).toBe(401);
  });
});

describe('issues', () => {
  it('a lead opens a labelled check-in issue; a member\'s labels are silently dropped', async () => {
    const created = await lead.rest.issues.create({ ...REPO, title: 'Day 5 · 2026-12-05', labels: ['wotn-check-in'] });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/lan/dec-2026/issues/1`);
    expect(created.data).toMatchObject({ number: 1, state: 'open', labels: [{ name: 'wotn-check-in' }], user: { login: 'lan' } });
    const byMember = await minh.rest.issues.create({ ...REPO, title: 'Day 5 · 2026-12-05', labels: ['wotn-check-in'] });
    expect(byMember.data).toMatchObject({ number: 2, labels: [], user: { login: 'minh' } });
    await lead.rest.issues.create({ ...REPO, title: 'Day 4 · 2026-12-04', labels: ['wotn-check-in', 'old'] });
    await lead.rest.issues.update({ ...REPO, issue_number: 3, state: 'closed' });

    const open = await lead.rest.issues.listForRepo({ ...REPO, labels: 'wotn-check-in', state: 'open' });
    expect(open.data.map((i) => i.number)).toEqual([1]);
    const all = await lead.rest.issues.listForRepo({ ...REPO, labels: 'WOTN-check-in', state: 'all' });
    expect(all.data.map((i) => i.number)).toEqual([3, 1]);
    const both = await lead.rest.issues.listForRepo({ ...REPO, labels: 'wotn-check-in,old', state: 'all' });
    expect(both.data.map((i) => i.number)).toEqual([3]);
    expect((await lead.rest.issues.get({ ...REPO, issue_number: 2 })).data.title).toBe('Day 5 · 2026-12-05');
  });

  it('answers 404 for a missing issue, 422 for a missing title, 403 when a member edits the lead\'s issue', async () => {
    await checkIn();
    expect(await status(lead.rest.issues.get({ ...REPO, issue_number: 99 }))).toBe(404);
    expect(await status(lead.request('POST /repos/{owner}/{repo}/issues', { ...REPO, body: 'no title' } as never))).toBe(422);
    expect(await status(minh.rest.issues.update({ ...REPO, issue_number: 1, title: 'mine now' }))).toBe(403);
    expect(await status(lead.rest.issues.listForRepo({ ...REPO, state: 'sideways' as never }))).toBe(422);
  });
});

describe('issue comments', () => {
  it('times come from the server\'s clock: a comment at 23:58 in Hà Nội is 16:58 UTC', async () => {
    const issue = await checkIn();
    gh.clock = () => Date.parse('2026-12-05T23:58:00+07:00');
    const created = await minh.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'Day 5 done' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ user: { login: 'minh' }, created_at: '2026-12-05T16:58:00Z', updated_at: '2026-12-05T16:58:00Z' });
    expect(created.data.html_url).toBe(`https://github.com/lan/dec-2026/issues/1#issuecomment-${created.data.id}`);
    expect(created.headers.location).toBe(`${gh.url}/repos/lan/dec-2026/issues/comments/${created.data.id}`);

    gh.clock = () => Date.parse('2026-12-06T09:30:00.750+07:00');
    const edited = await minh.rest.issues.updateComment({ ...REPO, comment_id: created.data.id, body: 'Day 5 done, edited' });
    expect(edited.data).toMatchObject({ body: 'Day 5 done, edited', created_at: '2026-12-05T16:58:00Z', updated_at: '2026-12-06T02:30:00Z' });
    expect((await lead.rest.issues.getComment({ ...REPO, comment_id: created.data.id })).data.body).toBe('Day 5 done, edited');
  });

  it('only the author (or someone with write access) may edit a comment; others get 403', async () => {
    const issue = await checkIn();
    const { data } = await minh.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'mine' });
    expect(await status(an.rest.issues.updateComment({ ...REPO, comment_id: data.id, body: 'forged' }))).toBe(403);
    expect(await status(an.rest.issues.deleteComment({ ...REPO, comment_id: data.id }))).toBe(403);
    expect((await lead.rest.issues.getComment({ ...REPO, comment_id: data.id })).data.body).toBe('mine');
    expect(await status(workflow.rest.issues.updateComment({ ...REPO, comment_id: data.id, body: 'moderated' }))).toBe(200);
    expect(await status(minh.rest.issues.updateComment({ ...REPO, comment_id: 424242, body: 'x' }))).toBe(404);
    expect(await status(minh.rest.issues.createComment({ ...REPO, issue_number: 77, body: 'x' }))).toBe(404);
  });

  it('a body of 65,536 characters is accepted, one more is 422 on create and on edit', async () => {
    const issue = await checkIn();
    const max = 'é'.repeat(65_536);
    const { data } = await minh.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: max });
    expect(data.body).toHaveLength(65_536);
    const tooLong = (await minh.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: max + 'x' }).catch((e) => e)) as { status: number; response: { data: { errors: { message: string }[] } } };
    expect(tooLong.status).toBe(422);
    expect(tooLong.response.data.errors[0]!.message).toBe('body is too long (maximum is 65536 characters)');
    expect(await status(minh.rest.issues.updateComment({ ...REPO, comment_id: data.id, body: max + 'x' }))).toBe(422);
    expect(await status(minh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: issue.number } as never))).toBe(422);
  });

  it('an issue takes 2,500 comments; the next one is 422', async () => {
    const issue = await checkIn();
    seed(issue.number, 2_499);
    expect((await minh.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'the 2,500th' })).status).toBe(201);
    const refused = (await an.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'one too many' }).catch((e) => e)) as { status: number; response: { data: { errors: { message: string }[] } } };
    expect(refused.status).toBe(422);
    expect(refused.response.data.errors[0]!.message).toContain('more than 2500 comments');
    const other = await checkIn('Day 5 · 2026-12-05 · group 2 of 2');
    expect((await an.rest.issues.createComment({ ...REPO, issue_number: other.number, body: 'on the second issue' })).status).toBe(201);
    expect((await lead.rest.issues.get({ ...REPO, issue_number: issue.number })).data.comments).toBe(2_500);
  });

  it('lists an issue\'s comments by ascending id, since a time, in pages', async () => {
    const issue = await checkIn();
    const other = await checkIn('Day 6 · 2026-12-06');
    for (const [n, at] of [[1, '10:00:00'], [2, '10:00:01'], [3, '10:00:02']] as const) {
      gh.clock = () => Date.parse(`2026-12-05T${at}Z`);
      await minh.rest.issues.createComment({ ...REPO, issue_number: n === 2 ? other.number : issue.number, body: `c${n}` });
    }
    const list = await lead.rest.issues.listComments({ ...REPO, issue_number: issue.number });
    expect(list.data.map((c) => c.body)).toEqual(['c1', 'c3']);
    const since = await lead.rest.issues.listComments({ ...REPO, issue_number: issue.number, since: '2026-12-05T10:00:02Z' });
    expect(since.data.map((c) => c.body)).toEqual(['c3']);
  });
});

describe('listing every comment in the repository (what ingest reads)', () => {
  async function comments(n: number) {
    const issue = await checkIn();
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      gh.clock = () => Date.parse('2026-12-05T10:00:00Z') + i * 1000;
      ids.push((await (i % 2 ? an : minh).rest.issues.createComment({ ...REPO, issue_number: issue.number, body: `c${i}` })).data.id);
    }
    return ids;
  }

  it('pages of per_page (at most 100) with a Link header naming the next and last pages', async () => {
    seed((await checkIn()).number, 250);
    const first = await lead.rest.issues.listCommentsForRepo({ ...REPO, sort: 'created', direction: 'asc', per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${gh.url}/repos/lan/dec-2026/issues/comments?sort=created&direction=asc&per_page=100&page=2>; rel="next", ` +
      `<${gh.url}/repos/lan/dec-2026/issues/comments?sort=created&direction=asc&per_page=100&page=3>; rel="last"`,
    );
    const last = await lead.rest.issues.listCommentsForRepo({ ...REPO, sort: 'created', direction: 'asc', per_page: 100, page: 3 });
    expect(last.data).toHaveLength(50);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).not.toContain('rel="next"');
    const capped = await lead.rest.issues.listCommentsForRepo({ ...REPO, per_page: 500 });
    expect(capped.data).toHaveLength(100);
    const defaults = await lead.rest.issues.listCommentsForRepo({ ...REPO });
    expect(defaults.data).toHaveLength(30);

    const before = gh.requests.length;
    const all = await lead.paginate(lead.rest.issues.listCommentsForRepo, { ...REPO, sort: 'updated', direction: 'asc', per_page: 100 });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((c) => c.id)).size).toBe(250);
    expect(gh.requests.length - before).toBe(3);
  });

  it('since keeps comments updated at or after it; sort=updated&direction=asc puts an edit last', async () => {
    const ids = await comments(5);
    gh.clock = () => Date.parse('2026-12-05T11:00:00Z');
    await minh.rest.issues.updateComment({ ...REPO, comment_id: ids[0]!, body: 'c0 edited' });
    const since = await lead.paginate(lead.rest.issues.listCommentsForRepo, { ...REPO, since: '2026-12-05T10:00:03Z', sort: 'updated', direction: 'asc', per_page: 2 });
    expect(since.map((c) => [c.body, c.updated_at])).toEqual([
      ['c3', '2026-12-05T10:00:03Z'], ['c4', '2026-12-05T10:00:04Z'], ['c0 edited', '2026-12-05T11:00:00Z'],
    ]);
    const byId = await lead.rest.issues.listCommentsForRepo({ ...REPO });
    expect(byId.data.map((c) => c.id)).toEqual(ids);
    const newest = await lead.rest.issues.listCommentsForRepo({ ...REPO, sort: 'created', direction: 'desc' });
    expect(newest.data.map((c) => c.body)).toEqual(['c4', 'c3', 'c2', 'c1', 'c0 edited']);
    expect(newest.data.map((c) => c.user?.login)).toEqual(['minh', 'An-Tran', 'minh', 'An-Tran', 'minh']);
  });

  it('refuses a sort, direction or since it does not know with 422', async () => {
    await comments(1);
    expect(await status(lead.rest.issues.listCommentsForRepo({ ...REPO, sort: 'words' as never }))).toBe(422);
    expect(await status(lead.rest.issues.listCommentsForRepo({ ...REPO, sort: 'updated', direction: 'up' as never }))).toBe(422);
    expect(await status(lead.rest.issues.listCommentsForRepo({ ...REPO, since: 'yesterday' }))).toBe(422);
    expect(await status(lead.rest.issues.listCommentsForRepo({ owner: 'lan', repo: 'nope' }))).toBe(404);
  });
});

describe('reactions', () => {
  it('a new reaction is 201, the same one again 200; each user reacts for themselves', async () => {
    const issue = await checkIn();
    const { data: comment } = await minh.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'Day 5' });
    gh.clock = () => Date.parse('2026-12-05T17:00:00Z');
    const first = await workflow.rest.reactions.createForIssueComment({ ...REPO, comment_id: comment.id, content: 'rocket' });
    expect(first.status).toBe(201);
    expect(first.data).toMatchObject({ content: 'rocket', user: { login: 'github-actions[bot]' }, created_at: githubTime(Date.parse('2026-12-05T17:00:00Z')) });
    const again = await workflow.rest.reactions.createForIssueComment({ ...REPO, comment_id: comment.id, content: 'rocket' });
    expect(again.status).toBe(200);
    expect(again.data.id).toBe(first.data.id);
    expect((await an.rest.reactions.createForIssueComment({ ...REPO, comment_id: comment.id, content: 'heart' })).status).toBe(201);

    const all = await lead.rest.reactions.listForIssueComment({ ...REPO, comment_id: comment.id });
    expect(all.data.map((r) => [r.user?.login, r.content])).toEqual([['github-actions[bot]', 'rocket'], ['An-Tran', 'heart']]);
    const rockets = await lead.rest.reactions.listForIssueComment({ ...REPO, comment_id: comment.id, content: 'rocket' });
    expect(rockets.data).toHaveLength(1);
    expect(await status(an.rest.reactions.createForIssueComment({ ...REPO, comment_id: comment.id, content: 'party' as never }))).toBe(422);
    expect(await status(an.rest.reactions.createForIssueComment({ ...REPO, comment_id: 31337, content: 'heart' }))).toBe(404);
  });
});

describe('git over HTTP', () => {
  it('a request git turns away before reading it all gets an answer, not a crashed server', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 'x');
    const headers = { authorization: `token ${gh.token}`, 'content-type': 'application/x-git-upload-pack-request' };
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${gh.url}/lan/nope.git/git-upload-pack`, { method: 'POST', headers, body: big });
      expect(res.status).toBeGreaterThanOrEqual(400);
      await res.arrayBuffer();
    }
    expect((await lead.rest.users.getAuthenticated()).data.login).toBe('lan');
  });
});
