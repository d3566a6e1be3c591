import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { challengeCalendar, computeStreak, milestoneAt, nextMilestone } from '../../src/domain/streak.js';

const days = (start: string, pattern: string) =>
  [...pattern].flatMap((ch, i) => (ch === 'x' ? [addDays(start, i)] : []));

// Patterns read from the challenge's first day: x written, . missed. "today" is the last
// character's day unless said otherwise.
describe('computeStreak', () => {
  it.each([
    ['nothing written', '.', 0, 0],
    ['written today', 'x', 1, 1],
    ['three in a row ending today', 'xxx', 3, 3],
    ['today still open does not break it', 'xxx.', 3, 3],
    ['a missed yesterday breaks it', 'xxx..', 0, 3],
    ['a new run after a gap', 'xxxx.xx', 2, 4],
    ['a new run, today open', 'xxxx.xx.', 2, 4],
    ['all thirty', 'x'.repeat(30), 30, 30],
  ])('%s: %s → current %i, longest %i', (_, pattern, current, longest) => {
    const start = '2026-11-01';
    const today = addDays(start, pattern.length - 1);
    const s = computeStreak(days(start, pattern), today);
    expect([s.current, s.longest]).toEqual([current, longest]);
    expect(s.frozen).toEqual([]);
  });

  it.each([
    ['one freeze bridges one missed day', 'xx.xx', 1, 4, 4, ['2026-11-03']],
    ['one freeze does not bridge two days and is not spent', 'xx..xx', 1, 2, 2, []],
    ['two freezes bridge two days', 'xx..xx', 2, 4, 4, ['2026-11-03', '2026-11-04']],
    ['a freeze keeps a streak alive through yesterday', 'xxx..', 1, 3, 3, ['2026-11-04']],
    ['freezes run out across the challenge', 'x.x.x.x', 2, 1, 3, ['2026-11-02', '2026-11-04']],
    ['a freeze never starts a streak', '..x', 2, 1, 1, []],
  ])('%s', (_, pattern, freezes, current, longest, frozen) => {
    const start = '2026-11-01';
    const today = addDays(start, pattern.length - 1);
    const s = computeStreak(days(start, pattern), today, { freezes });
    expect(s).toEqual({ current, longest, frozen });
  });

  it('counts a day once however many posts it has, and ignores days before the start and after today', () => {
    const s = computeStreak(['2026-10-30', '2026-11-01', '2026-11-01', '2026-11-02', '2026-11-09'], '2026-11-02', { start: '2026-11-01' });
    expect(s).toEqual({ current: 2, longest: 2, frozen: [] });
  });

  it('crosses a month and a leap day', () => {
    expect(computeStreak(['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01').current).toBe(3);
  });
});

describe('challengeCalendar', () => {
  it('marks written, missed, frozen, today and future days', () => {
    const cal = challengeCalendar('2026-11-01', 7, '2026-11-05', ['2026-11-01', '2026-11-02', '2026-11-04'], ['2026-11-03']);
    expect(cal.map((d) => d.state)).toEqual(['written', 'written', 'frozen', 'written', 'today', 'future', 'future']);
    expect(cal[4]).toEqual({ date: '2026-11-05', day: 5, state: 'today' });
  });

  it('shows today as written once it is', () => {
    expect(challengeCalendar('2026-11-01', 2, '2026-11-01', ['2026-11-01']).map((d) => d.state)).toEqual(['written', 'future']);
  });

  it.each([
    ['a past vacation day not written', 2, 'missed', true],
    ['a vacation day written anyway', 1, 'written', false],
    ['today on vacation', 5, 'today', true],
    ['a planned vacation day', 6, 'future', true],
    ['a day off vacation', 7, 'future', false],
  ] as const)('marks %s as vacation or not (day %i)', (_, day, state, vacation) => {
    const cal = challengeCalendar('2026-11-01', 7, '2026-11-05', ['2026-11-01'], [], ['2026-11-01', '2026-11-02', '2026-11-05', '2026-11-06']);
    expect(cal[day - 1]).toEqual({ date: `2026-11-0${day}`, day, state, ...(vacation ? { vacation: true } : {}) });
  });

  it('shows every day missed or written after the challenge', () => {
    const cal = challengeCalendar('2026-11-01', 3, '2026-12-01', ['2026-11-02']);
    expect(cal.map((d) => d.state)).toEqual(['missed', 'written', 'missed']);
  });
});

describe('milestones', () => {
  it.each([[3, 3], [7, 7], [14, 14], [21, 21], [30, 30], [4, undefined], [1, undefined]])('%i days reaches %s', (n, m) =>
    expect(milestoneAt(n)).toBe(m),
  );
  it.each([[0, 3], [3, 7], [20, 21], [30, undefined]])('after %i the next is %s', (n, m) => expect(nextMilestone(n)).toBe(m));
});
