import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { checkCohort, type Cohort, type MemberCard, type ProgressEntry } from '../../src/domain/ledger.js';
import { buildReport, rankMembers, type MemberFiles } from '../../src/domain/report.js';

const rules = (over: Partial<Cohort> = {}): Cohort => {
  const c = checkCohort({ schema: 1, id: 'c', name: 'C', start: '2026-11-01', days: 10, timezone: 'Asia/Ho_Chi_Minh', minWords: 100, ...over });
  if (!c.ok) throw new Error(c.problem);
  return c.value;
};
const card = (handle: string, over: Partial<MemberCard> = {}): MemberCard => ({ schema: 1, handle, name: handle.toUpperCase(), joinedAt: '2026-10-30T00:00:00Z', ...over });
/** Days as a pattern from the start: x written (20:00 local), . missed. */
const wrote = (pattern: string, zoneOffset = '+07:00'): ProgressEntry[] =>
  [...pattern].flatMap((ch, i) => {
    const date = addDays('2026-11-01', i);
    return ch === 'x' ? [{ date, title: `Day ${i + 1}`, url: `https://b.dev/${i + 1}`, words: 100 + i, publishedAt: `${date}T20:00:00${zoneOffset}` }] : [];
  });
const member = (handle: string, pattern: string, c: Partial<MemberCard> = {}): MemberFiles => ({
  handle, card: card(handle, c), progress: { schema: 1, handle, entries: wrote(pattern, c.timezone === 'America/New_York' ? '-05:00' : '+07:00') },
});

describe('buildReport', () => {
  it('counts days, streaks, words, today, risk, per-day writers and totals', () => {
    const r = buildReport({ cohort: rules({ freezes: 1 }), members: [member('a', 'xxxxx'), member('b', 'xx.xx'), member('c', 'xx..'), member('d', '')], warnings: [] }, '2026-11-05');
    const by = Object.fromEntries(r.members.map((m) => [m.handle, m]));
    expect(by.a).toMatchObject({ daysWritten: 5, streak: { current: 5, longest: 5 }, words: 510, writtenToday: true, atRisk: false, lastDate: '2026-11-05', lastPost: { title: 'Day 5', url: 'https://b.dev/5' } });
    expect(by.b).toMatchObject({ daysWritten: 4, streak: { current: 4, longest: 4 }, writtenToday: true, atRisk: false });
    // c missed 3 and 4: one freeze can't bridge two days, so the streak is gone and c is at risk
    expect(by.c).toMatchObject({ daysWritten: 2, streak: { current: 0, longest: 2 }, writtenToday: false, atRisk: true });
    // d has a card and nothing else: listed, and at risk with nothing written at all
    expect(by.d).toMatchObject({ daysWritten: 0, lastDate: null, lastPost: null, atRisk: true });
    expect(r.perDay).toEqual([1, 2, 3, 4, 5].map((d, i) => ({ date: addDays('2026-11-01', i), day: d, writers: [3, 3, 1, 2, 2][i] })));
    expect(r.totals).toEqual({ members: 4, words: 510 + 408 + 201, daysWritten: 11, completionRate: 0.55, activeToday: 2, finished: 0 });
    expect(r).toMatchObject({ day: 5, phase: 'active', warnings: [] });
  });

  it('with no freezes, anyone who has not written today is at risk', () => {
    const r = buildReport({ cohort: rules(), members: [member('a', 'xxxx.'), member('b', 'xxxxx')], warnings: [] }, '2026-11-05');
    expect(r.members.map((m) => m.atRisk)).toEqual([true, false]);
  });

  it('with a freeze left, a writer on a streak is not at risk yet', () => {
    const r = buildReport({ cohort: rules({ freezes: 2 }), members: [member('a', 'xx.x.'), member('b', 'xx...')], warnings: [] }, '2026-11-05');
    expect(r.members.map((m) => [m.streak.current, m.atRisk])).toEqual([[3, false], [2, true]]);
  });

  it('before the start and after the end', () => {
    const before = buildReport({ cohort: rules(), members: [member('a', 'x')], warnings: [] }, '2026-10-30');
    expect(before).toMatchObject({ phase: 'before', day: null, perDay: [], totals: { completionRate: 0 } });
    expect(before.members[0]!.daysWritten).toBe(0);
    const after = buildReport({ cohort: rules(), members: [member('a', 'x'.repeat(10))], warnings: [] }, '2026-12-25');
    expect(after).toMatchObject({ phase: 'finished', day: null, totals: { finished: 1, completionRate: 1 } });
    expect(after.members[0]!.atRisk).toBe(false);
  });

  it('judges each entry by the member\'s own zone and day boundary', () => {
    const ny = member('ny', 'xx', { timezone: 'America/New_York' });
    const owl: MemberFiles = {
      handle: 'owl', card: card('owl', { dayStartsAt: '03:00' }),
      progress: { schema: 1, handle: 'owl', entries: [{ date: '2026-11-01', title: 'late night', words: 100, publishedAt: '2026-11-02T01:30:00+07:00' }] },
    };
    const r = buildReport({ cohort: rules(), members: [ny, owl], warnings: [] }, '2026-11-02');
    expect(r.members.map((m) => [m.handle, m.daysWritten, m.lateEntries, m.flaggedEntries])).toEqual([['ny', 2, 0, 0], ['owl', 1, 0, 0]]);
    expect(r.warnings.map((w) => w.text)).toEqual([]);
  });

  it('counts a late entry inside the grace hours and flags one beyond them, across a DST change', () => {
    const c = rules({ start: '2026-03-28', timezone: 'Europe/Berlin', graceHours: 3 });
    const entries: ProgressEntry[] = [
      // Berlin springs forward on 2026-03-29: the 28th ends at 2026-03-28T23:00Z
      { date: '2026-03-28', title: 'late', words: 100, publishedAt: '2026-03-29T01:59:00Z' },
      // the 29th ends at 2026-03-29T22:00Z (CEST): 3.5 hours late
      { date: '2026-03-29', title: 'too late', words: 100, publishedAt: '2026-03-30T01:30:00Z' },
    ];
    const r = buildReport({ cohort: c, members: [{ handle: 'b', card: card('b', { timezone: 'Europe/Berlin' }), progress: { schema: 1, handle: 'b', entries } }], warnings: [] }, '2026-03-30');
    expect(r.members[0]).toMatchObject({ daysWritten: 1, lateEntries: 1, flaggedEntries: 1 });
    expect(r.warnings.map((w) => w.text)).toEqual(['progress/b.json: 2026-03-29 was published 4h after that day ended, beyond the 3h grace; not counted']);
  });

  it('ignores entries after the report date without a warning', () => {
    const r = buildReport({ cohort: rules(), members: [member('a', 'xxxxx')], warnings: [] }, '2026-11-02');
    expect(r.members[0]!.daysWritten).toBe(2);
    expect(r.warnings.map((w) => w.text)).toEqual([]);
  });
});

describe('rankMembers', () => {
  const m = (handle: string, daysWritten: number, current: number, words: number, hideStreak = false) =>
    ({ handle, daysWritten, streak: { current, longest: current }, words, hideStreak }) as Parameters<typeof rankMembers>[0][number];
  it('orders by days, then streak, then words; ties share a rank', () => {
    const ranked = rankMembers([m('a', 5, 2, 100), m('b', 7, 1, 50), m('c', 5, 3, 10), m('d', 5, 2, 100), m('e', 1, 1, 1)]);
    expect(ranked.map((r) => [r.rank, r.member.handle])).toEqual([[1, 'b'], [2, 'c'], [3, 'a'], [3, 'd'], [5, 'e']]);
  });
  it('gives badges for days written and keeps a hidden streak\'s place', () => {
    const ranked = rankMembers([m('a', 30, 30, 1, true), m('b', 14, 2, 1)]);
    expect(ranked.map((r) => [r.rank, r.badges])).toEqual([[1, [3, 7, 14, 21, 30]], [2, [3, 7, 14]]]);
  });
});
