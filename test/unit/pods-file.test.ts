import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { assignMentors, checkPodsFile, menteesOf, periodOn, podOf, podPeriod, podStreak, type PodsFile } from '../../src/domain/pods-file.js';
import { inEnglish } from '../helpers/said.js';

const w = { start: '2026-12-01', days: 30 };
const round = (over: Record<string, unknown> = {}) => ({ period: 1, from: '2026-12-01', to: '2026-12-07', seed: 's', pods: [{ members: ['lan', 'minh'], mentor: 'thu' }, { members: ['an', 'binh', 'chi'] }], ...over });
const file = (rounds: unknown[]) => ({ schema: 1, rounds });

describe('periods', () => {
  it.each([
    [1, { from: '2026-12-01', to: '2026-12-07' }],
    [4, { from: '2026-12-22', to: '2026-12-28' }],
    [5, { from: '2026-12-29', to: '2026-12-30' }],
    [6, undefined],
    [0, undefined],
  ])('podPeriod(every 7, %i)', (period, expected) => expect(podPeriod(w, 7, period)).toEqual(expected));

  it.each([
    ['2026-11-30', undefined], ['2026-12-01', 1], ['2026-12-07', 1], ['2026-12-08', 2], ['2026-12-30', 5], ['2026-12-31', undefined],
  ])('periodOn(every 7, %s)', (date, expected) => expect(periodOn(w, 7, date)).toBe(expected));
});

describe('checkPodsFile', () => {
  it('reads a good file, rounds by period, unknown fields dropped', () => {
    const two = round({ period: 2, from: '2026-12-08', to: '2026-12-14', extra: 1 });
    expect(checkPodsFile(file([two, round()]), w)).toEqual({ ok: true, value: { schema: 1, rounds: [round(), { ...round({ period: 2, from: '2026-12-08', to: '2026-12-14' }) }] } });
  });

  it.each([
    ['not an object', 'pods', 'is not a JSON object'],
    ['another schema', { schema: 3, rounds: [] }, 'unknown schema version 3 (this wotn reads 1)'],
    ['no rounds', { schema: 1 }, 'rounds: must be a list of at most 366'],
    ['a round that is not an object', file([7]), 'rounds[0]: is not an object'],
    ['period 0', file([round({ period: 0 })]), 'rounds[0]: period: 0 is not a whole number from 1 to 366'],
    ['a round outside the challenge', file([round({ to: '2027-01-05' })]), 'rounds[0]: from/to: 2027-01-05 is outside the challenge (2026-12-01 to 2026-12-30)'],
    ['a round ending before it begins', file([round({ from: '2026-12-05', to: '2026-12-02' })]), 'rounds[0]: to: 2026-12-02 is before from (2026-12-05)'],
    ['a huge seed', file([round({ seed: 'x'.repeat(101) })]), 'rounds[0]: seed: must be text of at most 100 characters'],
    ['a pod of one', file([round({ pods: [{ members: ['lan'] }] })]), 'rounds[0]: pods[0]: a pod has 2 to 12 members'],
    ['a pod of thirteen', file([round({ pods: [{ members: Array.from({ length: 13 }, (_, i) => `m${i}`) }] })]), 'rounds[0]: pods[0]: a pod has 2 to 12 members'],
    ['a path for a handle', file([round({ pods: [{ members: ['lan', '../x'] }] })]), 'rounds[0]: pods[0]: "../x" is not a handle'],
    ['a member in two pods', file([round({ pods: [{ members: ['lan', 'minh'] }, { members: ['an', 'LAN'] }] })]), 'rounds[0]: pods[1]: LAN is listed twice in this round'],
    ['a member twice in one pod', file([round({ pods: [{ members: ['lan', 'lan'] }] })]), 'rounds[0]: pods[0]: lan is listed twice in this round'],
    ['a bad mentor', file([round({ pods: [{ members: ['lan', 'minh'], mentor: 42 }] })]), 'rounds[0]: pods[0]: mentor 42 is not a handle'],
    ['pods not a list', file([round({ pods: 'all' })]), 'rounds[0]: pods: must be a list'],
    ['the same period twice', file([round(), round({ from: '2026-12-08', to: '2026-12-14' })]), 'rounds[1]: period 1 (2026-12-08 to 2026-12-14) overlaps period 1'],
    ['overlapping days', file([round(), round({ period: 2, from: '2026-12-07', to: '2026-12-13' })]), 'rounds[1]: period 2 (2026-12-07 to 2026-12-13) overlaps period 1'],
  ])('refuses %s', (_, value, problem) => expect(inEnglish(checkPodsFile(value, w))).toEqual({ ok: false, problem }));
});

describe('who is in which pod, and whom a mentor looks after', () => {
  const pods = checkPodsFile(file([round(), round({ period: 2, from: '2026-12-08', to: '2026-12-14', pods: [{ members: ['lan', 'an'], mentor: 'Thu' }, { members: ['minh', 'binh', 'chi'], mentor: 'hoa' }] })]), w);
  const f = (pods as { value: PodsFile }).value;
  it.each([
    ['lan', '2026-12-03', ['lan', 'minh']],
    ['LAN', '2026-12-09', ['lan', 'an']],
    ['chi', '2026-12-14', ['minh', 'binh', 'chi']],
    ['lan', '2026-12-15', undefined],
    ['nobody', '2026-12-03', undefined],
  ])('podOf(%s, %s)', (handle, date, members) => expect(podOf(f, handle, date)?.members).toEqual(members));

  it.each([
    ['thu', '2026-12-03', ['lan', 'minh']],
    ['thu', '2026-12-10', ['lan', 'an']],
    ['hoa', '2026-12-03', []],
    ['hoa', '2026-12-10', ['minh', 'binh', 'chi']],
    ['thu', '2026-12-20', []],
  ])('menteesOf(%s, %s)', (mentor, date, expected) => expect([...menteesOf(f, mentor, date)]).toEqual(expected));
});

describe('assignMentors', () => {
  const pods = [{ members: ['a', 'b'] }, { members: ['c', 'thu'] }, { members: ['d', 'e'] }, { members: ['f', 'g'] }];
  it.each([
    ['none: pods stay as they are', [], [undefined, undefined, undefined, undefined]],
    ['one mentor looks after every pod, their own too when nobody else can', ['thu'], ['thu', 'thu', 'thu', 'thu']],
    ['two in turn, never their own pod while the other is free', ['thu', 'hoa'], ['hoa', 'hoa', 'hoa', 'thu']],
    ['the same whatever order they come in', ['hoa', 'thu', 'hoa'], ['hoa', 'hoa', 'hoa', 'thu']],
  ])('%s', (_, mentors, expected) => expect(assignMentors(pods, mentors).map((p) => p.mentor)).toEqual(expected));
});

describe('podStreak: days everyone wrote', () => {
  const days = (pattern: string) => [...pattern].flatMap((c, i) => (c === 'x' ? [addDays('2026-12-01', i)] : []));
  const away = (pattern: string) => [...pattern].flatMap((c, i) => (c === 'v' ? [addDays('2026-12-01', i)] : []));
  it.each([
    ['everyone, every day', { a: 'xxxx', b: 'xxxx' }, [4, 4, 4]],
    ['one member missed a day', { a: 'xxxx', b: 'xx.x' }, [1, 2, 3]],
    ['today still open', { a: 'xxx.', b: 'xxxx' }, [3, 3, 3]],
    ['a member away does not break the pod\'s day', { a: 'xxxx', b: 'xvvx' }, [4, 4, 4]],
    ['everyone away: the streak waits', { a: 'xvvx', b: 'xvvx' }, [2, 2, 2]],
    ['nobody wrote', { a: '....', b: '....' }, [0, 0, 0]],
  ])('%s', (_, patterns, [current, longest, together]) => {
    const p = patterns as Record<string, string>;
    const s = podStreak({ members: Object.keys(p) }, (h) => ({ written: days(p[h]!), paused: away(p[h]!) }), '2026-12-01', '2026-12-04');
    expect(s).toEqual({ current, longest, daysTogether: together });
  });

  it('counts from the pod\'s first day only', () => {
    const s = podStreak({ members: ['a', 'b'] }, () => ({ written: days('xxxxxx') }), '2026-12-04', '2026-12-06');
    expect(s).toEqual({ current: 3, longest: 3, daysTogether: 3 });
  });
});
