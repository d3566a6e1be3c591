// The schedule's decisions: who is nudged on a run, and the once-a-day memory.
import { describe, expect, it } from 'vitest';
import { checkCommunityRules } from '../../src/domain/community.js';
import { checkCohort, type Cohort } from '../../src/domain/ledger.js';
import { checkNudgeMemory, planNudges } from '../../src/domain/nudge-plan.js';
import type { MemberFiles } from '../../src/domain/report.js';

const cohort = (extra: Record<string, unknown> = {}): Cohort => {
  const c = checkCohort({ schema: 1, name: 'T', start: '2026-11-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, ...extra });
  if (!c.ok) throw new Error(c.problem);
  return c.value;
};
const rulesOf = (c: Cohort) => {
  const r = checkCommunityRules(c, c);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};
const member = (handle: string, card: Record<string, unknown> = {}, written: string[] = []): MemberFiles => ({
  handle,
  card: { schema: 1, handle, name: handle, timezone: 'Asia/Ho_Chi_Minh', joinedAt: '2026-10-30T10:00:00+07:00', nudge: true, ...card } as MemberFiles['card'],
  progress: { schema: 1, handle, entries: written.map((date) => ({ date, title: 't', words: 100, publishedAt: `${date}T10:00:00+07:00` })) },
});
const at = (local: string) => Date.parse(`${local}+07:00`);

describe('planNudges', () => {
  const c = cohort();
  const cases: { name: string; members: MemberFiles[]; now: string; last?: Record<string, string>; due: string[]; rules?: Record<string, unknown> }[] = [
    { name: 'due 4 hours before the day ends', members: [member('an')], now: '2026-11-02T20:30:00', due: ['an'] },
    { name: 'too early', members: [member('an')], now: '2026-11-02T19:30:00', due: [] },
    { name: 'written today', members: [member('an', {}, ['2026-11-02'])], now: '2026-11-02T20:30:00', due: [] },
    { name: 'not opted in', members: [member('an', { nudge: false })], now: '2026-11-02T20:30:00', due: [] },
    { name: 'nudged today already', members: [member('an')], now: '2026-11-02T21:00:00', last: { an: '2026-11-02' }, due: [] },
    { name: 'nudged yesterday: due again', members: [member('an')], now: '2026-11-02T21:00:00', last: { an: '2026-11-01' }, due: ['an'] },
    { name: 'quiet hours', members: [member('an')], now: '2026-11-02T22:30:00', due: [] },
    { name: 'the member\'s own quiet hours: none', members: [member('an', { quietHours: null })], now: '2026-11-02T22:30:00', due: ['an'] },
    { name: 'on vacation', members: [member('an', { vacations: [{ from: '2026-11-02', to: '2026-11-03' }] })], now: '2026-11-02T20:30:00', due: [] },
    { name: 'left the cohort', members: [member('an', { leftAt: '2026-11-01T10:00:00+07:00' })], now: '2026-11-02T20:30:00', due: [] },
    { name: 'removed by a lead', members: [member('an')], now: '2026-11-02T20:30:00', due: [], rules: { removed: { an: { at: '2026-11-01T00:00:00Z' } } } },
    { name: 'nudgeHoursBefore 6: due from 18:00', members: [member('an')], now: '2026-11-02T18:30:00', due: ['an'], rules: { nudgeHoursBefore: 6 } },
    { name: 'nudgeHoursBefore 2 would fall in quiet hours: the two hours before they begin', members: [member('an')], now: '2026-11-02T20:30:00', due: ['an'], rules: { nudgeHoursBefore: 2 } },
    { name: 'outside the challenge', members: [member('an')], now: '2026-12-05T20:30:00', due: [] },
    { name: 'a member in another zone: their own day', members: [member('chi', { timezone: 'Europe/Berlin' })], now: '2026-11-03T02:30:00', due: ['chi'] },
  ];
  for (const t of cases)
    it(t.name, () => {
      const co = t.rules ? cohort(t.rules) : c;
      const plan = planNudges({ now: at(t.now), cohort: co, rules: rulesOf(co), members: t.members, memory: checkNudgeMemory({ schema: 1, last: t.last ?? {} }) });
      expect(plan.due.map((d) => d.handle)).toEqual(t.due);
      for (const d of plan.due) expect(plan.memory.last[d.handle]).toBe(d.day);
    });

  it('remembers each nudge by the member\'s day, and reads a broken memory as empty for what it can\'t read', () => {
    const plan = planNudges({ now: at('2026-11-02T20:30:00'), cohort: c, rules: rulesOf(c), members: [member('An')], memory: checkNudgeMemory({ last: { bob: '2026-11-01', 'bad handle!': '2026-11-01', eve: 'yesterday' } }) });
    expect(plan.memory).toEqual({ schema: 1, last: { an: '2026-11-02', bob: '2026-11-01' } });
    expect(checkNudgeMemory('not json')).toEqual({ schema: 1, last: {} });
  });
});
