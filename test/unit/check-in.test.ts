import { describe, expect, it } from 'vitest';
import { checkInFor, checkInGroup, checkInGroupsFor, checkInTitle, chooseCheckInIssue, isCheckInIssue, parseCheckInTitle } from '../../src/domain/check-in.js';

const cohort = { start: '2026-12-01', days: 30 };

describe('the check-in issue', () => {
  it.each([
    [5, '2026-12-05', 1, 1, 'Day 5 · 2026-12-05'],
    [30, '2026-12-30', 2, 3, 'Day 30 · 2026-12-30 · group 2 of 3'],
  ])('day %i on %s, group %i of %i → %s, and back', (day, date, group, groups, title) => {
    expect(checkInTitle(day, date, group, groups)).toBe(title);
    expect(parseCheckInTitle(title)).toEqual({ day, date, group, groups });
  });

  it.each([
    'Day 5 · 2026-02-30', 'Day 0 · 2026-12-05', 'day 5 · 2026-12-05', 'Day 5 - 2026-12-05', 'Day 5 · 2026-12-05 ',
    'Re: Day 5 · 2026-12-05', 'Day 5 · 2026-12-05 · group 4 of 3', 'Day 5 · 2026-12-05 · group 1 of 1', 'Check-in 2026-12-05',
  ])('%j is not a check-in title', (title) => expect(parseCheckInTitle(title)).toBeUndefined());

  it('recognises a check-in issue by its label and a title whose day matches the cohort', () => {
    const label = [{ name: 'wotn-check-in' }];
    expect(isCheckInIssue({ number: 1, title: 'Day 5 · 2026-12-05', labels: label }, cohort)).toBe(true);
    expect(isCheckInIssue({ number: 1, title: 'Day 5 · 2026-12-05', labels: ['WOTN-check-in'] }, cohort)).toBe(true);
    expect(isCheckInIssue({ number: 1, title: 'Day 5 · 2026-12-05', labels: [] }, cohort)).toBe(false);
    expect(isCheckInIssue({ number: 1, title: 'Day 6 · 2026-12-05', labels: label }, cohort)).toBe(false);
    expect(isCheckInIssue({ number: 1, title: 'Day 31 · 2026-12-31', labels: label }, cohort)).toBe(false);
  });

  it('names the day\'s issue for a member, and none outside the challenge', () => {
    expect(checkInFor(cohort, '2026-12-05', 'lan')).toEqual({ title: 'Day 5 · 2026-12-05', day: 5, group: 1 });
    expect(checkInFor(cohort, '2026-11-30', 'lan')).toBeUndefined();
    expect(checkInFor(cohort, '2026-12-31', 'lan')).toBeUndefined();
    const big = { ...cohort, checkInGroups: 3 };
    expect(checkInFor(big, '2026-12-05', 'Lan')).toEqual(checkInFor(big, '2026-12-05', 'lan'));
    expect(checkInFor(big, '2026-12-05', 'lan')!.title).toMatch(/^Day 5 · 2026-12-05 · group [123] of 3$/);
  });

  it('more than 2,000 members spread evenly and stably over several issues', () => {
    expect([1, 2_000, 2_001, 5_000].map(checkInGroupsFor)).toEqual([1, 1, 2, 3]);
    const logins = Array.from({ length: 6_000 }, (_, i) => `writer-${i}`);
    const counts = [0, 0, 0];
    for (const l of logins) counts[checkInGroup(l, 3) - 1]!++;
    for (const n of counts) expect(n).toBeLessThan(2_200); // each issue stays far below GitHub's 2,500
    // The same login lands in the same group on every run and machine (FNV-1a of the lowercase login).
    expect([checkInGroup('lan', 3), checkInGroup('LAN', 3), checkInGroup('minh', 7), checkInGroup('lan', 1)]).toEqual([checkInGroup('lan', 3), checkInGroup('lan', 3), checkInGroup('minh', 7), 1]);
    expect(checkInGroup('an', 2)).toBe(checkInGroup('an', 2));
  });

  it('two members opening the same day\'s issue at once both pick the same one', () => {
    const issues = [
      { number: 9, title: 'Day 5 · 2026-12-05', labels: [] },
      { number: 7, title: 'Day 5 · 2026-12-05', labels: [] },
      { number: 8, title: 'Day 5 · 2026-12-05', labels: [{ name: 'wotn-check-in' }] },
      { number: 3, title: 'Day 5 · 2026-12-05', state: 'closed', labels: [{ name: 'wotn-check-in' }] },
      { number: 2, title: 'Day 4 · 2026-12-04', labels: [{ name: 'wotn-check-in' }] },
    ];
    expect(chooseCheckInIssue(issues, 'Day 5 · 2026-12-05')).toBe(8);
    expect(chooseCheckInIssue(issues.filter((i) => i.number !== 8), 'Day 5 · 2026-12-05')).toBe(7);
    expect(chooseCheckInIssue(issues, 'Day 6 · 2026-12-06')).toBeUndefined();
  });
});
