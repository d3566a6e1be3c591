// Volume on a github: ledger: 5,000 check-ins waiting for one ingest run (a cohort of more
// than 2,000 spreads them over three issues a day). One commit, and about one request per
// 100 comments, well within GITHUB_TOKEN's 1,000 an hour. Slow by nature (5,000 files in
// git), so in `npm run test:stress`.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { githubTime } from '../helpers/github-issues.js';
import { day, eachGitHubCohort, REPO, seedCards, type GitHubCohort } from '../helpers/github-cohort.js';
import { checkInFor } from '../../src/domain/check-in.js';
import { renderSubmission } from '../../src/render/submission.js';

let gh: FakeGitHub;
let c: GitHubCohort;
let root: string;
eachGitHubCohort((s) => ({ gh, c, root } = s));

describe('5,000 check-ins waiting for one run', () => {
  it('are recorded in one commit, with about one request per 100 comments of the workflow token\'s 1,000 an hour', async () => {
    const logins = Array.from({ length: 5_000 }, (_, i) => `w${i + 1}`);
    await seedCards(gh, root, logins, { checkInGroups: 3 });
    await c.ingest(day(3, '19:59:00+07:00')); // opens the day's three check-in issues
    const state = gh.repoIssues(REPO);
    const issueOf = (login: string) => state.issues.find((i) => i.title === checkInFor({ start: '2026-11-01', days: 30, checkInGroups: 3 }, '2026-11-03', login)!.title)!;
    const at = githubTime(Date.parse(day(3, '20:00:00+07:00')));
    for (const [n, login] of logins.entries()) {
      const issue = issueOf(login);
      const body = renderSubmission({ kind: 'entry', date: '2026-11-03', title: `Day 3 by ${login}`, words: 300 + n }, 3);
      state.comments.push({ id: 900_000 + n, body, user: { login, id: 700_000 + n, type: 'User' }, created_at: at, updated_at: at, html_url: `https://github.com/${REPO}/issues/${issue.number}#issuecomment-${900_000 + n}`, issue_url: `${gh.url}/repos/${REPO}/issues/${issue.number}`, url: '', author_association: 'NONE', issue: issue.number });
      issue.comments++;
    }
    expect(Math.max(...state.issues.map((i) => i.comments))).toBeLessThan(2_500);
    const commits = c.commits().length;
    const before = gh.requests.length;
    const run = await c.ingest(day(3, '20:10:00+07:00'));
    expect(run).toMatchObject({ recorded: 5_000, refused: 0, pushed: true });
    expect(c.commits()).toHaveLength(commits + 1);
    const api = gh.requests.slice(before).filter((r) => r.path.startsWith('/repos/'));
    expect(api.length).toBeLessThanOrEqual(5_000 / 100 + 5);
    expect(c.ledgerFile('progress/w4321.json').entries).toMatchObject([{ date: '2026-11-03', words: 300 + 4320 }]);
  }, 240_000);
});
