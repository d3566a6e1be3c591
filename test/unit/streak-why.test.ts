// What `status` says about a streak: every reason comes from the policy's day verdicts.
import { describe, expect, it } from 'vitest';
import { explainStreak, type StreakPolicy } from '../../src/domain/streak-policy.js';
import { awardsLine, goalLine, streakReasons } from '../../src/render/streak-why.js';
import { awardsOf, goalProgress } from '../../src/domain/awards.js';

const d = (n: number) => `2026-11-${String(n).padStart(2, '0')}` as const;
const policy = (p: Partial<StreakPolicy> = {}): StreakPolicy => ({ freezes: 0, neverMissTwice: false, makeUpDays: 0, ...p });
const why = (written: number[], today: number, p: Partial<StreakPolicy> = {}, more: { makeUp?: number[]; paused?: number[] } = {}) =>
  streakReasons(explainStreak({ start: d(1), today: d(today), written: written.map(d), makeUp: (more.makeUp ?? []).map(d), paused: (more.paused ?? []).map(d) }, policy(p)), policy(p)).join('\n');

describe('streakReasons', () => {
  const cases: [string, () => string, RegExp[]][] = [
    ['nothing yet', () => why([], 3), [/No streak yet/]],
    ['a plain run', () => why([1, 2, 3], 3), [/streak of 3 days runs from 1 Nov 2026/]],
    ['a freeze kept it', () => why([1, 2, 4], 4, { freezes: 1 }), [/Kept by a freeze: 3 Nov 2026/, /0 of 1 freeze left/]],
    ['never miss twice kept it', () => why([1, 3], 3, { neverMissTwice: true }), [/Kept by never-miss-twice: 2 Nov 2026/]],
    ['two misses broke it', () => why([1, 4], 4, { neverMissTwice: true }), [/streak of 1 day runs from 4 Nov 2026/]],
    ['the last break and why', () => why([1, 2], 6), [/No streak now: it broke on 3 Nov 2026 to 5 Nov 2026, 3 missed days in a row where the rules could cover 0/]],
    ['a make-up counts but not for the streak', () => why([1, 3], 3, { makeUpDays: 1, neverMissTwice: true }, { makeUp: [2] }), [/Made up later: 2 Nov 2026/]],
    ['a make-up beyond the allowance', () => why([1, 4], 4, { makeUpDays: 1, freezes: 2 }, { makeUp: [2, 3] }), [/Not counted: make-up posts for 3 Nov 2026, beyond the 1 make-up day allowed/]],
    ['a vacation waits', () => why([1, 2, 5], 5, {}, { paused: [3, 4] }), [/On vacation: 3 Nov 2026 to 4 Nov 2026 \(the streak waited\)/, /streak of 3 days/]],
    ['write today to keep it', () => why([1, 2], 3), [/Write today to keep it/]],
  ];
  for (const [name, run, expected] of cases) it(name, () => {
    const text = run();
    for (const e of expected) expect(text).toMatch(e);
  });

  it('awards and the goal in words', () => {
    expect(awardsLine(awardsOf(12, [10, 20, 30], 5), [10, 20, 30])).toBe('Awards: 10 days ✓ · 20 days: 8 to go (out of reach this time) · 30 days');
    expect(goalLine(goalProgress([412_000], 600_000)!)).toBe('Together we wrote 412,000 of 600,000 words (68.6%)');
    expect(goalLine(goalProgress([600_000], 600_000)!)).toContain('goal reached!');
  });
});
