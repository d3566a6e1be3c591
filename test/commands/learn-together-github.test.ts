// Learn together on a github: ledger, with the fake GitHub and WOTN_NOW. Scheduled nudges as
// the workflow's schedule runs `wotn ledger nudge`: a few hours before the member's day ends,
// once a day (the memory is nudges.json in the ledger, kept by the workflow), only to members
// who opted in and have not written, never in quiet hours, never on vacation. Vacations and
// make-ups through check-ins (ingest judges them), and pods written by a lead.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { day, eachGitHubCohort, LEDGER, REPO, type GitHubCohort } from '../helpers/github-cohort.js';
import { wotn, wotnJson } from '../helpers/wotn.js';
import { payloadLine } from '../../src/domain/submission.js';

let gh: FakeGitHub;
let c: GitHubCohort;
let root: string;
eachGitHubCohort((s) => ({ gh, c, root } = s), ['--make-up-days', '1', '--nudge-hours-before', '4']);

async function nudge(now: string) {
  const dir = await c.checkout();
  c.as('lan', now);
  return wotnJson(['ledger', 'nudge'], { home: join(root, 'workflow'), cwd: dir, now, env: { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: c.workflowToken, GH_TOKEN: '', GITHUB_REPOSITORY: REPO } });
}

const nudges = () => gh.repoIssues(REPO).comments.filter((x) => x.body.includes('your cohort is writing with you'));

describe('wotn ledger nudge (the workflow\'s schedule)', () => {
  it('nudges opted-in members who have not written, 4 hours before their day ends, once a day, not in quiet hours', async () => {
    await c.member('minh', { flags: ['--nudge'] });
    await c.member('an', { flags: ['--nudge'] });
    await c.member('quiet'); // did not opt in
    await c.ingest(day(1, '09:00:00+07:00'));
    await c.publish('an', day(2, '10:00:00+07:00'));
    await c.ingest(day(2, '10:05:00+07:00'));

    // 18:00 in Hanoi: too early (the day ends at midnight, the nudge is due from 20:00).
    expect((await nudge(day(2, '18:00:00+07:00'))).due).toEqual([]);
    const r = await nudge(day(2, '20:10:00+07:00'));
    expect(r.due).toEqual([{ handle: 'minh', day: '2026-11-02' }]);
    expect(r.sent).toHaveLength(1);
    expect(nudges()).toHaveLength(1);
    expect(nudges()[0]!.body).toContain('@minh');
    expect(nudges()[0]!.body).not.toContain('@an');
    expect(nudges()[0]!.body).not.toContain('@quiet');
    expect(c.ledgerFile('nudges.json').last).toEqual({ minh: '2026-11-02' });
    // The next run that day: nothing more (the memory is in the ledger, not on a runner).
    expect((await nudge(day(2, '21:00:00+07:00'))).due).toEqual([]);
    // Quiet hours begin at 22:00 in the member's zone: a run at 22:30 the next day sends nothing.
    expect((await nudge(day(3, '22:30:00+07:00'))).due).toEqual([]);
    expect(nudges()).toHaveLength(1);
  }, 120_000);

  it('a member on vacation gets no nudge, and a vacation can\'t be backdated (ingest refuses it)', async () => {
    await c.member('minh', { flags: ['--nudge'] });
    await c.ingest(day(1, '09:00:00+07:00'));
    const v = await wotnJson(['vacation', '--from', '2026-11-04', '--to', '2026-11-06'], c.as('minh', day(3, '09:00:00+07:00')));
    expect(v).toMatchObject({ vacations: [{ from: '2026-11-04', to: '2026-11-06' }], ledger: 'submitted', ahead: 3 });
    await c.ingest(day(3, '09:05:00+07:00'));
    expect(c.ledgerFile('members/minh.json').vacations).toEqual([{ from: '2026-11-04', to: '2026-11-06' }]);
    expect((await nudge(day(5, '21:00:00+07:00'))).due).toEqual([]);
    expect((await nudge(day(7, '21:00:00+07:00'))).due).toEqual([{ handle: 'minh', day: '2026-11-07' }]);

    // A hand-made card check-in that turns missed days into vacation is refused by ingest (GitHub's clock).
    const intro = gh.repoIssues(REPO).issues.find((i) => i.title === 'Introductions')!;
    c.as('minh', day(5, '08:00:00+07:00'));
    const body = payloadLine({ kind: 'join', name: 'MINH', timezone: 'Asia/Ho_Chi_Minh', dayStartsAt: '00:00', vacations: [{ from: '2026-11-01', to: '2026-11-06' }] });
    const posted = await fetch(`${gh.url}/repos/${REPO}/issues/${intro.number}/comments`, { method: 'POST', headers: { authorization: `token ${c.account('minh')}`, 'content-type': 'application/json' }, body: JSON.stringify({ body }) });
    expect(posted.status).toBe(201);
    const refused = await c.ingest(day(5, '08:05:00+07:00'));
    expect(refused.decisions.find((d: { outcome: string }) => d.outcome === 'refused').reason).toContain("a vacation can't begin in the past: 2026-11-01");
    expect(c.ledgerFile('members/minh.json').vacations).toEqual([{ from: '2026-11-04', to: '2026-11-06' }]);

    // Locally, a past day can't be taken back.
    const back = await wotn(['vacation', '--cancel'], c.as('minh', day(5, '09:00:00+07:00')));
    expect(back.code).toBe(0);
    expect(JSON.parse((await wotn(['vacation', '--json'], c.as('minh', day(5, '10:00:00+07:00')))).stdout).vacations).toEqual([{ from: '2026-11-04', to: '2026-11-04' }]);
    const early = await wotn(['vacation', '--from', '2026-11-02', '--to', '2026-11-03'], c.as('minh', day(5, '10:00:00+07:00')));
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("a vacation can't begin in the past: 2026-11-02 is before today (2026-11-05)");
  }, 120_000);

  it('a make-up post on GitHub counts as a day written, not for the streak, within makeUpDays', async () => {
    await c.member('minh');
    await c.publish('minh', day(1, '10:00:00+07:00'));
    await c.publish('minh', day(3, '10:00:00+07:00'));
    const made = await wotnJson(['publish', '--url', 'https://minh.dev/day-2', '--words', '200', '--title', 'Day 2, late', '--make-up', '2026-11-02'], c.as('minh', day(3, '12:00:00+07:00')));
    expect(made.notices.join(' ')).toContain('make-up post for 2026-11-02');
    await c.ingest(day(3, '12:05:00+07:00'));
    const entries = c.ledgerFile('progress/minh.json').entries;
    expect(entries.find((e: { date: string }) => e.date === '2026-11-02')).toMatchObject({ makeUp: true, words: 200 });
    const report = await wotnJson(['report', '--ledger', LEDGER, '--date', '2026-11-03'], c.as('lan', day(3, '13:00:00+07:00')));
    const minh = report.members.find((m: { handle: string }) => m.handle === 'minh');
    expect(minh).toMatchObject({ daysWritten: 3, streak: { current: 1 } });

    // A second make-up is beyond makeUpDays (1): refused by wotn, and by ingest for a hand-made check-in.
    const second = await wotn(['publish', '--url', 'https://minh.dev/x', '--words', '200', '--title', 'x', '--make-up', '2026-11-01'], c.as('minh', day(3, '12:30:00+07:00')));
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('--make-up 2026-11-01');
  }, 120_000);

  it('pods on GitHub: a lead writes pods.json through the contents API, members read their partners', async () => {
    await c.member('lan', { join: false });
    for (const h of ['minh', 'an', 'binh', 'chi']) await c.member(h);
    await c.ingest(day(1, '09:00:00+07:00'));
    const member = await wotn(['pods', 'assign', '--ledger', LEDGER, '--size', '2'], c.as('minh', day(1, '09:10:00+07:00')));
    expect(member.code).toBe(1);
    expect(member.stderr).toContain('only a lead assigns pods');
    const r = await wotnJson(['pods', 'assign', '--ledger', LEDGER, '--size', '2'], c.as('lan', day(1, '09:10:00+07:00')));
    expect(r).toMatchObject({ changed: true, round: { period: 1, from: '2026-11-01', to: '2026-11-07' } });
    expect(c.ledgerFile('pods.json').rounds[0].pods).toHaveLength(2);
    expect(c.commits()[0]).toBe('Pods for 2026-11-01 to 2026-11-07 (round 1)');
    await c.publish('an', day(1, '10:00:00+07:00'), 200, 'An on day one');
    await c.ingest(day(1, '10:05:00+07:00'));
    const pod = r.round.pods.find((p: { members: string[] }) => p.members.includes('an')).members as string[];
    const partner = pod.find((h) => h !== 'an')!;
    const mine = await wotnJson(['partners'], c.as(partner, day(1, '11:00:00+07:00')));
    expect(mine.pod.partners).toMatchObject([{ handle: 'an', writtenToday: true, latest: { title: 'An on day one' } }]);
    // The report's pods come with the archive it streams: no request for pods.json.
    const before = gh.requests.length;
    const report = await wotnJson(['report', '--ledger', LEDGER, '--date', '2026-11-01'], c.as('lan', day(1, '21:00:00+07:00')));
    expect(report.together.pods).toHaveLength(2);
    expect(gh.requests.slice(before).map((x) => x.path)).not.toContain('/repos/wotn-vn/dec-2026/contents/pods.json');
  }, 120_000);
});
