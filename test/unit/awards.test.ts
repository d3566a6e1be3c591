import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { awardsFromStreak, awardsOf, checkAwardTiers, checkGoalWords, goalProgress, tierCounts } from '../../src/domain/awards.js';
import { explainStreak } from '../../src/domain/streak-policy.js';
import { inEnglish } from '../helpers/said.js';

describe('goalProgress', () => {
  it.each([
    ['no goal', [100], undefined, null],
    ['an empty cohort', [], 600_000, { words: 0, goal: 600_000, remaining: 600_000, percent: 0, reached: false }],
    ['together toward it', [200_000, 150_000, 62_000], 600_000, { words: 412_000, goal: 600_000, remaining: 188_000, percent: 68.6, reached: false }],
    ['a hair short is not 100%', [99_996], 100_000, { words: 99_996, goal: 100_000, remaining: 4, percent: 99.9, reached: false }],
    ['reached exactly', [50, 50], 100, { words: 100, goal: 100, remaining: 0, percent: 100, reached: true }],
    ['beyond it', [150], 100, { words: 150, goal: 100, remaining: 0, percent: 150, reached: true }],
    ['one member', [321], 1000, { words: 321, goal: 1000, remaining: 679, percent: 32.1, reached: false }],
  ])('%s', (_, words, goal, expected) => expect(goalProgress(words, goal)).toEqual(expected));
});

describe('awardsOf', () => {
  const tiers = [10, 20, 30];
  it.each([
    [0, Infinity, [], { tier: 10, daysToGo: 10, reachable: true }],
    [9, 5, [], { tier: 10, daysToGo: 1, reachable: true }],
    [10, 0, [10], { tier: 20, daysToGo: 10, reachable: false }],
    [19, 3, [10], { tier: 20, daysToGo: 1, reachable: true }],
    [30, 0, [10, 20, 30], null],
  ])('%i days written, %s left', (days, left, reached, next) => {
    expect(awardsOf(days, tiers, left)).toEqual({ daysWritten: days, reached, next });
  });

  it('frozen, forgiven and vacation days never count; make-ups do', () => {
    const on = (p: string, c: string) => [...p].flatMap((ch, i) => (ch === c ? [addDays('2026-11-01', i)] : []));
    const pattern = 'xxxx.xxxxx' + 'vvxxm.xxxx';
    const s = explainStreak({ start: '2026-11-01', today: addDays('2026-11-01', pattern.length - 1), written: on(pattern, 'x'), makeUp: on(pattern, 'm'), paused: on(pattern, 'v') }, { freezes: 1, neverMissTwice: true, makeUpDays: 1 });
    // 15 written on the day + 1 make-up; the frozen or forgiven misses and two vacation days add nothing.
    expect(awardsFromStreak(s, [10, 20])).toEqual({ daysWritten: 16, reached: [10], next: { tier: 20, daysToGo: 4, reachable: true } });
  });

  it('tierCounts', () => expect(tierCounts([0, 10, 25, 30, 12], [10, 20, 30])).toEqual([{ tier: 10, members: 4 }, { tier: 20, members: 2 }, { tier: 30, members: 1 }]));
  it('tierCounts for nobody', () => expect(tierCounts([], [10])).toEqual([{ tier: 10, members: 0 }]));
});

describe('checking the rules', () => {
  it.each([
    [undefined, 30, { ok: true, value: [10, 20, 30] }],
    [undefined, 14, { ok: true, value: [10] }],
    [undefined, 7, { ok: true, value: [7] }],
    [[5, 15, 30], 30, { ok: true, value: [5, 15, 30] }],
    [[], 30, { ok: false, problem: 'awards: must be a list of 1 to 10 numbers of days' }],
    ['10,20', 30, { ok: false, problem: 'awards: must be a list of 1 to 10 numbers of days' }],
    [[10, 10], 30, { ok: false, problem: 'awards: [10,10] must rise (each tier more days than the one before)' }],
    [[20, 10], 30, { ok: false, problem: 'awards: [20,10] must rise (each tier more days than the one before)' }],
    [[10, 31], 30, { ok: false, problem: 'awards[1]: 31 is not a whole number of days from 1 to 30' }],
    [[0], 30, { ok: false, problem: 'awards[0]: 0 is not a whole number of days from 1 to 30' }],
    [[1.5], 30, { ok: false, problem: 'awards[0]: 1.5 is not a whole number of days from 1 to 30' }],
    [Array.from({ length: 11 }, (_, i) => i + 1), 30, { ok: false, problem: 'awards: must be a list of 1 to 10 numbers of days' }],
  ])('checkAwardTiers(%j, %i days)', (v, days, expected) => expect(inEnglish(checkAwardTiers(v, days))).toEqual(expected));

  it.each([
    [undefined, { ok: true, value: undefined }],
    [600_000, { ok: true, value: 600_000 }],
    [0, { ok: false, problem: 'goalWords: 0 is not a whole number of words from 1 to 1000000000' }],
    [1e300, { ok: false, problem: 'goalWords: 1e+300 is not a whole number of words from 1 to 1000000000' }],
    ['600000', { ok: false, problem: 'goalWords: "600000" is not a whole number of words from 1 to 1000000000' }],
  ])('checkGoalWords(%j)', (v, expected) => expect(inEnglish(checkGoalWords(v))).toEqual(expected));
});
