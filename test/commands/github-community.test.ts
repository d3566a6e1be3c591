// Kudos, roles, leaving and removal on a github: ledger: members react and comment with
// their own tokens (real Octokit against the fake GitHub), the ledger's workflow ingests.
// What a member's client would refuse is posted here by hand too, and ingest refuses it.
import { Octokit } from 'octokit';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { day, eachGitHubCohort, LEDGER, REPO, type GitHubCohort } from '../helpers/github-cohort.js';
import { gitSync } from '../helpers/git.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

let gh: FakeGitHub;
let c: GitHubCohort;
eachGitHubCohort((s) => ({ gh, c } = s));

const [owner, repo] = REPO.split('/') as [string, string];
const state = () => gh.repoIssues(REPO);
const repliesTo = (id: number) => state().comments.filter((x) => x.user.type === 'Bot' && x.body.includes(`#issuecomment-${id}`));
const has = (path: string) => gitSync(gh.bare(REPO), 'ls-tree', '-r', '--name-only', 'main').split('\n').includes(path);
const payload = (v: object) => `<!-- wotn:v1 ${JSON.stringify(v)} -->`;

/** A member's own client posting any body, as an attacker could. */
async function post(login: string, at: string, body: string, issue = 1) {
  gh.clock = () => Date.parse(at);
  const client = new Octokit({ auth: c.as(login).env!.GITHUB_TOKEN!, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } });
  return (await client.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data;
}

async function cohortOfThree() {
  for (const login of ['minh', 'an', 'binh']) await c.member(login);
  await c.member('lan', { join: false });
  await c.publish('minh', day(1));
  await c.publish('minh', day(2), 150, 'Second day');
  await c.ingest(day(2, '20:05:00+07:00'));
}

describe('kudos on a github: ledger', () => {
  it('is a heart on the post\'s check-in and a reply quoting the note; ingest records it in the giver\'s feedback file', async () => {
    await cohortOfThree();
    const minhs = c.ledgerFile('progress/minh.json').entries;
    const k = await wotnJson(['kudos', 'minh', '--day', '1', '--note', 'Your opening question kept me reading.'], c.as('an', day(2, '21:00:00+07:00')));
    expect(k).toMatchObject({ from: 'an', to: 'minh', date: '2026-11-01', day: 1, outcome: 'submitted', reaction: 'added', transport: 'check-ins' });
    const hearts = state().reactions.get(minhs[0].comment) ?? [];
    expect(hearts.map((r) => `${r.user.login}:${r.content}`)).toEqual(['an:heart']);
    const kudosReplies = () => state().comments.filter((x) => x.user.login === 'an' && x.body.includes('"kind":"kudos"'));
    const reply = kudosReplies()[0]!;
    expect(reply.body).toContain('> Your opening question kept me reading.');
    expect(reply.html_url).toBe(k.url);

    // the same post again with a new note edits the reply; it never doubles
    const again = await wotnJson(['kudos', 'minh', '--day', '1', '--note', 'And the ending.'], c.as('an', day(2, '21:10:00+07:00')));
    expect(again).toMatchObject({ outcome: 'submitted', reaction: 'there', url: k.url });
    expect(kudosReplies()).toHaveLength(1);
    expect(kudosReplies()[0]!.body).toContain('> And the ending.');

    // minh's status shows the heart once a sync has looked
    expect((await wotn(['sync'], c.as('minh', day(2, '21:12:00+07:00')))).code).toBe(0);
    expect((await wotnJson(['status'], c.as('minh', day(2, '21:12:00+07:00')))).kudosToday).toEqual([{ from: 'an', date: '2026-11-01' }]);

    const run = await c.ingest(day(2, '21:15:00+07:00'));
    expect(run.decisions.filter((d: any) => d.kind === 'kudos')).toMatchObject([{ login: 'an', outcome: 'recorded', path: 'feedback/an.json', date: '2026-11-01' }]);
    // who is the comment's author; when is GitHub's created_at (the first version stands)
    expect(c.ledgerFile('feedback/an.json')).toEqual({ schema: 1, handle: 'an', kudos: [{ to: 'minh', date: '2026-11-01', givenAt: '2026-11-02T14:00:00Z', note: 'And the ending.' }] });

    const report = await wotnJson(['report', '--ledger', LEDGER], c.as('lan', day(2, '22:00:00+07:00')));
    const kudosOf = (h: string) => report.members.find((m: any) => m.handle === h).kudos;
    expect(kudosOf('minh')).toEqual({ given: 0, received: 1 });
    expect(kudosOf('an')).toEqual({ given: 1, received: 0 });
  }, 60_000);

  it('ingest refuses a kudos to yourself, one from a non-member, one for a post that is not there, and a kudos in another\'s name counts as its author\'s', async () => {
    await cohortOfThree();
    c.account('eve');
    const self = await post('minh', day(2, '21:00:00+07:00'), payload({ kind: 'kudos', to: 'MINH', date: '2026-11-01' }));
    const eve = await post('eve', day(2, '21:01:00+07:00'), payload({ kind: 'kudos', to: 'minh', date: '2026-11-01' }));
    const nothing = await post('an', day(2, '21:02:00+07:00'), payload({ kind: 'kudos', to: 'binh', date: '2026-11-01' }));
    const forged = await post('binh', day(2, '21:03:00+07:00'), payload({ kind: 'kudos', to: 'minh', date: '2026-11-02', handle: 'an', givenAt: '2026-11-01T00:00:00Z' }));
    const run = await c.ingest(day(2, '21:30:00+07:00'));
    expect(run.refused).toBe(3);
    expect(repliesTo(self.id)[0]!.body).toContain('kudos to yourself are not counted');
    expect(repliesTo(eve.id)[0]!.body).toContain('eve has not joined this cohort');
    expect(repliesTo(nothing.id)[0]!.body).toContain('binh has no post of 2026-11-01 in the ledger to thank');
    expect(has('feedback/minh.json')).toBe(false);
    expect(has('feedback/an.json')).toBe(false);
    expect(c.ledgerFile('feedback/binh.json').kudos).toEqual([{ to: 'minh', date: '2026-11-02', givenAt: '2026-11-02T14:03:00Z' }]);
    expect(repliesTo(forged.id)).toHaveLength(0);
  }, 60_000);
});

describe('roles, leaving and removal on a github: ledger', () => {
  it('a lead gives a role through the contents API; ingest lets only the role act, and records leaving', async () => {
    await cohortOfThree();
    const notLead = await wotn(['cohort', 'role', 'add', 'binh', 'moderator', '--ledger', LEDGER], c.as('minh'));
    expect(notLead.code).not.toBe(0);
    expect(notLead.stderr).toContain('minh is not a lead of this cohort');
    expect(await wotnJson(['cohort', 'role', 'add', 'binh', 'moderator', '--ledger', LEDGER], c.as('lan'))).toMatchObject({ handle: 'binh', role: 'moderator', changed: true });
    expect(c.ledgerFile('wotn-cohort.json').roles).toEqual({ lan: 'lead', binh: 'moderator' });

    // a member without the role, by hand: refused; the moderator through wotn: recorded
    const byMember = await post('an', day(2, '21:00:00+07:00'), payload({ kind: 'action', action: { kind: 'hide-entry', member: 'minh', date: '2026-11-01', reason: 'I do not like it' } }));
    const hid = await wotnJson(['moderate', 'hide', 'minh', '--day', '1', '--reason', 'links to personal data'], c.as('binh', day(2, '21:05:00+07:00')));
    expect(hid).toMatchObject({ outcome: 'submitted', action: { kind: 'hide-entry', member: 'minh', date: '2026-11-01' } });
    const selfPin = await post('binh', day(2, '21:06:00+07:00'), payload({ kind: 'action', action: { kind: 'pin', member: 'minh', date: '2026-11-01' } }));
    const nudge = await wotnJson(['moderate', 'nudge', 'binh', '--note', 'Ten minutes is enough today.', '--ledger', LEDGER], c.as('lan', day(2, '21:06:30+07:00')));
    const nudgeComment = state().comments.find((x) => x.html_url === nudge.url)!;
    expect(nudgeComment.body.split('\n')[0]).toBe('👋 @binh: a nudge for day 2 · Ten minutes is enough today.');
    const left = await wotnJson(['cohort', 'leave'], c.as('an', day(2, '21:07:00+07:00')));
    expect(left.outcome).toBe('submitted');
    const run = await c.ingest(day(2, '21:30:00+07:00'));
    expect(repliesTo(byMember.id)[0]!.body).toContain('an may not hide entries: only moderators and leads may');
    expect(repliesTo(selfPin.id)[0]!.body).toContain('binh may not pin posts');
    expect(c.ledgerFile('actions/binh.json').actions).toEqual([{ kind: 'hide-entry', member: 'minh', date: '2026-11-01', reason: 'links to personal data', at: '2026-11-02T14:05:00Z' }]);
    expect(has('actions/an.json')).toBe(false);
    expect(c.ledgerFile('actions/lan.json').actions).toEqual([{ kind: 'nudge', member: 'binh', date: '2026-11-02', at: '2026-11-02T14:06:30Z', note: 'Ten minutes is enough today.' }]);
    expect(c.ledgerFile('members/an.json').leftAt).toBe('2026-11-02T21:07:00+07:00');
    expect(run.decisions.find((d: any) => d.kind === 'leave')).toMatchObject({ login: 'an', outcome: 'recorded' });
    // the report (read from the archive) and the feed leave the hidden post's title and link out; its day counts
    const asOfDay1 = await wotnJson(['report', '--ledger', LEDGER, '--date', '2026-11-01'], c.as('lan', day(2, '21:40:00+07:00')));
    expect(asOfDay1.members.find((m: any) => m.handle === 'minh')).toMatchObject({ daysWritten: 1, lastDate: '2026-11-01', lastPost: { title: '', url: null } });
    const feed = await wotnJson(['feed', '--ledger', LEDGER, '--days', '3'], c.as('lan', day(2, '21:40:00+07:00')));
    expect(feed.items.filter((i: any) => i.handle === 'minh').map((i: any) => [i.date, Boolean(i.title), i.hidden ?? false])).toEqual([['2026-11-02', true, false], ['2026-11-01', false, true]]);

    // removal: from then on nothing more of theirs is recorded
    expect(await wotnJson(['cohort', 'remove', 'minh', '--reason', 'spam', '--ledger', LEDGER], c.as('lan', day(2, '22:00:00+07:00')))).toMatchObject({ changed: true });
    await c.publish('minh', day(3));
    const later = await c.ingest(day(3, '20:05:00+07:00'));
    expect(later.decisions.find((d: any) => d.login === 'minh')).toMatchObject({ outcome: 'refused', reason: 'minh was removed from this cohort by a lead; nothing more is recorded for them' });
    expect(c.ledgerFile('progress/minh.json').entries.map((e: any) => e.date)).toEqual(['2026-11-01', '2026-11-02']);
    const report = await wotnJson(['report', '--ledger', LEDGER], c.as('lan', day(3, '22:00:00+07:00')));
    expect(report.members.map((m: any) => m.handle)).not.toContain('minh');
    expect(report.members.find((m: any) => m.handle === 'an').standing).toBe('left');
  }, 90_000);
});
