import { describe, expect, it } from 'vitest';
import type { Cohort, MemberCard, ProgressEntry } from '../../src/domain/ledger.js';
import { payloadLine } from '../../src/domain/submission.js';
import { introductionsTitle, issuesAhead } from '../../src/domain/check-in.js';
import { JOIN_KEY, planCheckIns, type PlanInput, type SentCheckIn } from '../../src/domain/submit-plan.js';

const cohort: Cohort = { schema: 1, id: 'dec', name: 'Dec', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6, roles: {} };
const entry = (date: string, over: Partial<ProgressEntry> = {}): ProgressEntry => ({ date, title: `Post ${date}`, url: `https://blog.dev/${date}`, words: 300, publishedAt: `${date}T20:00:00+07:00`, posts: 1, ...over });
const card: MemberCard = { schema: 1, handle: 'minh', name: 'Minh', timezone: 'Asia/Ho_Chi_Minh', dayStartsAt: '00:00', joinedAt: '2026-11-20T10:00:00+07:00' };
const sentFor = (e: ProgressEntry, comment = 7): SentCheckIn => ({
  issue: 3, comment, url: `https://github.com/o/r/issues/3#issuecomment-${comment}`,
  payload: payloadLine({ kind: 'entry', date: e.date, title: e.title, url: e.url!, words: e.words }),
});

const plan = (over: Partial<PlanInput>) => planCheckIns({
  login: 'minh', cohort, entries: [], ledger: { card, entries: [] }, sent: {},
  now: Date.parse('2026-12-05T21:00:00+07:00'), zone: 'Asia/Ho_Chi_Minh', dayStartsAt: '00:00', ...over,
});

/** The days' items (the card's comes first when there is one). */
const days = (over: Partial<PlanInput>) => plan(over).filter((i) => i.key !== JOIN_KEY);

describe('what a sync submits to a github: ledger', () => {
  it('a new day is posted on that day\'s check-in issue', () => {
    const [item] = days({ entries: [entry('2026-12-05')] });
    expect(item).toMatchObject({ key: '2026-12-05', state: 'submitted', action: { kind: 'post', title: 'Day 5 · 2026-12-05', day: 5 } });
    expect(item!.action!.payload).toBe(payloadLine({ kind: 'entry', date: '2026-12-05', title: 'Post 2026-12-05', url: 'https://blog.dev/2026-12-05', words: 300 }));
  });

  it.each([
    ['already in the ledger as it stands', { ledger: { card, entries: [entry('2026-12-05', { comment: 7 })] } }, 'recorded', undefined],
    ['sent and not changed since', { sent: { '2026-12-05': sentFor(entry('2026-12-05')) } }, 'submitted', undefined],
    ['republished with more words: edit the same comment', { entries: [entry('2026-12-05', { words: 450 })], sent: { '2026-12-05': sentFor(entry('2026-12-05')) } }, 'submitted', 'edit'],
    ['in the ledger with fewer words than now: edit', { entries: [entry('2026-12-05', { words: 450 })], ledger: { card, entries: [entry('2026-12-05')] }, sent: { '2026-12-05': sentFor(entry('2026-12-05')) } }, 'submitted', 'edit'],
  ] as const)('%s → %s', (_, over, state, action) => {
    const [item] = days({ entries: [entry('2026-12-05')], ...over });
    expect(item!.state).toBe(state);
    expect(item!.action?.kind).toBe(action);
    if (action === 'edit') expect(item!.action!.comment).toBe(7);
  });

  it.each([
    ['yesterday within grace is posted on yesterday\'s issue', '2026-12-06T05:00:00+07:00', '2026-12-05', 'submitted', /^$/],
    ['yesterday after grace is too late, and nothing is sent', '2026-12-06T07:00:00+07:00', '2026-12-05', 'too-late', /2026-12-05 can no longer be recorded/],
    ['before the challenge is not for the ledger', '2026-11-30T21:00:00+07:00', '2026-11-30', 'outside', /outside the challenge \(2026-12-01 to 2026-12-30\)/],
  ] as const)('%s', (_, now, date, state, problem) => {
    const [item] = days({ now: Date.parse(now), entries: [entry(date)] });
    expect(item!.state).toBe(state);
    expect(item!.problem ?? '').toMatch(problem);
    expect(Boolean(item!.action)).toBe(state === 'submitted');
  });

  it('a day whose window closed keeps the version already sent or recorded', () => {
    const now = Date.parse('2026-12-08T21:00:00+07:00');
    const changed = entry('2026-12-05', { words: 999 });
    expect(days({ now, entries: [changed], sent: { '2026-12-05': sentFor(entry('2026-12-05')) } })[0]).toEqual({ key: '2026-12-05', state: 'submitted' });
    expect(days({ now, entries: [changed], ledger: { card, entries: [entry('2026-12-05')] } })[0]).toEqual({ key: '2026-12-05', state: 'recorded' });
  });

  it('what the member\'s client can\'t submit is said, not sent: words over the cohort\'s cap, a link that is not a web page', () => {
    const items = days({ entries: [entry('2026-12-04', { words: 25_000 }), entry('2026-12-05', { url: 'javascript:alert(1)' })], now: Date.parse('2026-12-05T01:00:00+07:00') });
    expect(items.map((i) => [i.state, i.problem])).toEqual([
      ['invalid', '25000 words is over the cohort\'s cap of 20000 words a day'],
      ['invalid', 'url must start with https:// or http://'],
    ]);
  });

  it('the member\'s title as the ledger will hold it: control characters out, a URL normalised', () => {
    const e = entry('2026-12-05', { title: 'Hello\u202e world', url: 'https://Blog.dev/a' });
    const recorded = { ...e, title: 'Hello world', url: 'https://blog.dev/a' };
    expect(days({ entries: [e], ledger: { card, entries: [recorded] } })[0]!.state).toBe('recorded');
  });
});

describe('the card', () => {
  const join = { kind: 'join' as const, name: 'Minh', timezone: 'Asia/Ho_Chi_Minh', dayStartsAt: '00:00' };

  it('is posted on the introductions issue when the ledger has none', () => {
    const [item] = plan({ join, ledger: { entries: [] } });
    expect(item).toMatchObject({ key: JOIN_KEY, state: 'submitted', action: { kind: 'post', title: 'Introductions' } });
  });

  it('is recorded when the ledger\'s card says the same; a changed intro edits the comment', () => {
    expect(plan({ join })[0]).toEqual({ key: JOIN_KEY, state: 'recorded' });
    const sent = { [JOIN_KEY]: { issue: 1, comment: 9, url: 'u', payload: payloadLine(join) } };
    expect(plan({ join: { ...join, intro: 'New here' }, sent })[0]).toMatchObject({ state: 'submitted', action: { kind: 'edit', comment: 9 } });
  });

  it('with nothing to submit, says whether the card is in the ledger or still waiting', () => {
    expect(plan({})[0]).toEqual({ key: JOIN_KEY, state: 'recorded' });
    expect(plan({ ledger: { entries: [] }, sent: { [JOIN_KEY]: { issue: 1, comment: 9, url: 'u', payload: 'p' } } })[0]).toEqual({ key: JOIN_KEY, state: 'submitted' });
    expect(plan({ ledger: { entries: [] } })).toEqual([]);
  });
});

describe('the issues the workflow keeps open ahead of members', () => {
  it('introductions until the end, and each group\'s check-in for today and tomorrow', () => {
    expect(issuesAhead(cohort, '2026-11-20')).toEqual(['Introductions']);
    expect(issuesAhead(cohort, '2026-11-30')).toEqual(['Introductions', 'Day 1 · 2026-12-01']);
    expect(issuesAhead({ ...cohort, checkInGroups: 2 }, '2026-12-05')).toEqual([
      'Introductions · group 1 of 2', 'Introductions · group 2 of 2',
      'Day 5 · 2026-12-05 · group 1 of 2', 'Day 5 · 2026-12-05 · group 2 of 2', 'Day 6 · 2026-12-06 · group 1 of 2', 'Day 6 · 2026-12-06 · group 2 of 2',
    ]);
    expect(issuesAhead(cohort, '2026-12-30')).toEqual(['Introductions', 'Day 30 · 2026-12-30']);
    expect(issuesAhead(cohort, '2026-12-31')).toEqual([]);
    expect(introductionsTitle(2, 3)).toBe('Introductions · group 2 of 3');
  });
});
