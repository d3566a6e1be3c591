import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../src/domain/calendar.js';
import { computeStreak, streakOfDays } from '../../src/domain/streak.js';
import { checkStreakPolicy, daysOfEntries, explainStreak, makeUpProblem, type StreakPolicy } from '../../src/domain/streak-policy.js';
import { inEnglish } from '../helpers/said.js';

const START = '2026-11-01';
const on = (pattern: string, ch: string) => [...pattern].flatMap((c, i) => (c === ch ? [addDays(START, i)] : []));
// x written, . missed (today: open), m a make-up post, v vacation; the last character is today.
const explain = (pattern: string, policy: Partial<StreakPolicy> = {}) =>
  explainStreak(
    { start: START, today: addDays(START, pattern.length - 1), written: on(pattern, 'x'), makeUp: on(pattern, 'm'), paused: on(pattern, 'v') },
    { freezes: 0, neverMissTwice: false, makeUpDays: 0, ...policy },
  );
const letters: Record<string, string> = { written: 'x', 'made-up': 'm', frozen: 'f', forgiven: 'g', paused: 'v', missed: '.', open: 'o' };
const verdicts = (pattern: string, policy: Partial<StreakPolicy> = {}) => explain(pattern, policy).days.map((d) => letters[d.verdict]).join('');

describe('never miss twice', () => {
  it.each([
    ['a single miss keeps the streak and does not count', 'xx.xx', 4, 4, 'xxgxx'],
    ['two misses in a row break it', 'xx..xx', 2, 2, 'xx..xx'],
    ['every other day is a streak', 'x.x.x.x', 4, 4, 'xgxgxgx'],
    ['yesterday missed, today open: alive for now', 'xxx..', 3, 3, 'xxxgo'],
    ['the two days before today missed: broken', 'xxx...', 0, 3, 'xxx..o'],
    ['a miss never starts a streak', '.x', 1, 1, '.x'],
    ['a miss after a broken run is just missed', 'x...x.x', 2, 2, 'x...xgx'],
  ])('%s: %s', (_, pattern, current, longest, shown) => {
    const s = explain(pattern, { neverMissTwice: true });
    expect([s.current, s.longest, verdicts(pattern, { neverMissTwice: true })]).toEqual([current, longest, shown]);
  });

  it.each([
    ['a freeze and never-miss-twice cover two misses in a row', 'xx..xx', 1, 4, 'xxfgxx', 0],
    ['a freeze is not spent on a single miss', 'xx.xx', 1, 4, 'xxgxx', 1],
    ['three misses with one freeze break it, and the freeze is kept', 'xx...xx', 1, 2, 'xx...xx', 1],
    ['freezes run out: the later pair of misses breaks it', 'x..x..x', 1, 1, 'xfgx..x', 0],
  ])('with freezes: %s', (_, pattern, freezes, current, shown, freezesLeft) => {
    const s = explain(pattern, { neverMissTwice: true, freezes });
    expect([s.current, verdicts(pattern, { neverMissTwice: true, freezes }), s.freezesLeft]).toEqual([current, shown, freezesLeft]);
  });
});

describe('make-up posts', () => {
  it.each([
    ['count as days written, not for the streak', 'xxmxx', 1, 2, 2, 5, 'xxmxx'],
    ['a make-up for yesterday does not revive a streak broken the day before', 'xx.mx', 1, 1, 2, 4, 'xx.mx'],
    ['beyond makeUpDays they do not count at all', 'xmxmx', 1, 1, 1, 4, 'xmx.x'],
    ['none allowed: a make-up is a missed day', 'xxmxx', 0, 2, 2, 4, 'xx.xx'],
  ])('%s: %s', (_, pattern, makeUpDays, current, longest, daysWritten, shown) => {
    const s = explain(pattern, { makeUpDays });
    expect([s.current, s.longest, s.daysWritten, verdicts(pattern, { makeUpDays })]).toEqual([current, longest, daysWritten, shown]);
  });

  it('a made-up day bridged by never-miss-twice says so, and still counts once', () => {
    const s = explain('xxmxx', { makeUpDays: 1, neverMissTwice: true });
    expect(s.days[2]).toEqual({ date: '2026-11-03', verdict: 'made-up', kept: 'forgiven' });
    expect([s.current, s.daysWritten, s.forgiven]).toEqual([4, 5, ['2026-11-03']]);
  });

  it('a made-up day bridged by a freeze spends it and is not a written day for the streak', () => {
    const s = explain('xxmxx', { makeUpDays: 1, freezes: 1 });
    expect([s.current, s.daysWritten, s.frozen, s.freezesLeft, s.days[2]!.kept]).toEqual([4, 5, ['2026-11-03'], 0, 'freeze']);
  });

  it('daysOfEntries: only makeUp: true makes a make-up', () => {
    const entries = [{ date: '2026-11-01' }, { date: '2026-11-02', makeUp: true }, { date: '2026-11-03', makeUp: 'true' }];
    expect(daysOfEntries(entries)).toEqual({ written: ['2026-11-01', '2026-11-03'], makeUp: ['2026-11-02'] });
  });

  it('lists the make-ups that did not count, earliest counted first', () => {
    expect(explain('xmmmx', { makeUpDays: 2 }).makeUpNotCounted).toEqual(['2026-11-04']);
  });

  it.each([
    ['allowed', '2026-11-03', 1, 0, undefined],
    ['none allowed', '2026-11-03', 0, 0, 'this challenge allows no make-up posts'],
    ['used up', '2026-11-03', 2, 2, 'all 2 make-up days are used'],
    ['one used up', '2026-11-03', 1, 1, 'all 1 make-up day is used'],
    ['today', '2026-11-05', 1, 0, 'a make-up post is for a day before today (2026-11-05); publish as usual for today'],
    ['the future', '2026-11-09', 1, 0, 'a make-up post is for a day before today (2026-11-05); publish as usual for today'],
    ['before the challenge', '2026-10-31', 1, 0, '2026-10-31 is outside the challenge (2026-11-01 to 2026-11-30)'],
    ['a written day', '2026-11-02', 1, 0, '2026-11-02 is written already'],
  ])('makeUpProblem: %s', (_, date, makeUpDays, used, expected) => {
    const o = { start: START, end: '2026-11-30', today: '2026-11-05', written: new Set(['2026-11-01', '2026-11-02']), used };
    expect(makeUpProblem(date, o, { freezes: 0, neverMissTwice: false, makeUpDays })).toBe(expected);
  });
});

describe('vacations: the streak waits', () => {
  it.each([
    ['vacation days neither break nor count', 'xxvvxx', {}, 4, 4, 'xxvvxx'],
    ['a vacation today: the streak waits', 'xxxv', {}, 3, 3, 'xxxv'],
    ['a post written on vacation still counts', 'xwx', {}, 3, 3, 'xxx'],
    ['a miss on either side of a vacation is two in a row', 'xx.v.x', { neverMissTwice: true }, 1, 2, 'xx.v.x'],
    ['a single miss before a vacation is forgiven', 'xx.vvx', { neverMissTwice: true }, 3, 3, 'xxgvvx'],
    ['a freeze covers a miss between vacation days', 'xv.vx', { freezes: 1 }, 2, 2, 'xvfvx'],
    ['a vacation does not start a streak', 'vvx', {}, 1, 1, 'vvx'],
  ])('%s: %s', (_, pattern, policy, current, longest, shown) => {
    const withPosts = pattern.replace(/w/g, 'x');
    const s = explainStreak(
      { start: START, today: addDays(START, pattern.length - 1), written: on(withPosts, 'x'), paused: [...on(pattern, 'v'), ...on(pattern, 'w')] },
      { freezes: 0, neverMissTwice: false, makeUpDays: 0, ...policy },
    );
    expect([s.current, s.longest, s.days.map((d) => letters[d.verdict]).join('')]).toEqual([current, longest, shown]);
  });
});

describe('why a streak is what it is', () => {
  it('names the run\'s first day, the break before it and what it would have taken', () => {
    const s = explain('xxx..xx.', { freezes: 1 });
    expect(s).toMatchObject({ current: 2, longest: 3, since: '2026-11-06', freezesLeft: 1, mustWriteToday: false });
    expect(s.lastBreak).toEqual({ from: '2026-11-04', to: '2026-11-05', missed: 2, coverable: 1 });
  });

  it.each([
    ['today open with no cover: must write today', 'xx.', {}, true],
    ['today written: nothing at stake', 'xxx', {}, false],
    ['a freeze left covers today', 'xx.', { freezes: 1 }, false],
    ['yesterday forgiven: today must be written', 'xx..', { neverMissTwice: true }, true],
    ['no streak: nothing to lose', '..', {}, false],
    ['broken already: nothing to lose', 'x...', { neverMissTwice: true }, false],
    ['on vacation today: nothing at stake', 'xxv', {}, false],
  ])('mustWriteToday: %s', (_, pattern, policy, expected) => {
    expect(explain(pattern, policy).mustWriteToday).toBe(expected);
  });

  it('an empty challenge day range gives nothing', () => {
    const s = explainStreak({ start: START, today: '2026-10-31', written: ['2026-10-30'] }, { freezes: 2, neverMissTwice: true, makeUpDays: 1 });
    expect(s).toMatchObject({ current: 0, longest: 0, daysWritten: 0, days: [], since: null, lastBreak: null });
  });
});

describe('with freezes only it agrees with streak.ts', () => {
  // Every pattern of up to 9 days, with 0 to 3 freezes.
  const patterns = Array.from({ length: 9 }, (_, i) => i + 1).flatMap((n) =>
    Array.from({ length: 2 ** n }, (_, bits) => [...Array(n).keys()].map((k) => ((bits >> k) & 1 ? 'x' : '.')).join('')));
  it.each([0, 1, 2, 3])('freezes %i', (freezes) => {
    for (const pattern of patterns) {
      const today = addDays(START, pattern.length - 1);
      const s = explain(pattern, { freezes });
      const ref = computeStreak(on(pattern, 'x'), today, { freezes, start: START });
      const lean = streakOfDays(on(pattern, 'x').map(dayNumber), dayNumber(today), freezes);
      expect([pattern, s.current, s.longest, s.frozen], pattern).toEqual([pattern, ref.current, ref.longest, ref.frozen]);
      expect(s.current).toBe(lean.current);
    }
  });
});

describe('checkStreakPolicy', () => {
  it.each([
    ['absent: the cohort\'s freezes', undefined, 2, { ok: true, value: { freezes: 2, neverMissTwice: false, makeUpDays: 0 } }],
    ['all three', { freezes: 1, neverMissTwice: true, makeUpDays: 3 }, 0, { ok: true, value: { freezes: 1, neverMissTwice: true, makeUpDays: 3 } }],
    ['unknown fields are ignored', { neverMissTwice: true, admin: true }, 1, { ok: true, value: { freezes: 1, neverMissTwice: true, makeUpDays: 0 } }],
    ['not an object', [1], 0, { ok: false, problem: 'streak: must be an object {freezes, neverMissTwice, makeUpDays}' }],
    ['negative freezes', { freezes: -1 }, 0, { ok: false, problem: 'streak.freezes: -1 is not a whole number from 0 to 366' }],
    ['huge make-ups', { makeUpDays: 1e300 }, 0, { ok: false, problem: 'streak.makeUpDays: 1e+300 is not a whole number from 0 to 366' }],
    ['fractional freezes', { freezes: 1.5 }, 0, { ok: false, problem: 'streak.freezes: 1.5 is not a whole number from 0 to 366' }],
    ['a string for a boolean', { neverMissTwice: 'yes' }, 0, { ok: false, problem: 'streak.neverMissTwice: must be true or false' }],
  ])('%s', (_, value, fallback, expected) => expect(inEnglish(checkStreakPolicy(value, fallback))).toEqual(expected));
});
