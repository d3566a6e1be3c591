import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/calendar.js';
import { inEnglish } from '../helpers/said.js';
import {
  checkNudgeHours, checkQuietHours, checkVacations, isQuiet, nudgeDue, nudgeWindow, onVacation, vacationChangeProblem, vacationDays,
  type NudgeInput, type QuietHours,
} from '../../src/domain/nudge.js';

const Q: QuietHours = { from: '22:00', to: '07:00' };
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
const window = (day: string, zone: string, dayStartsAt: string, hours: number, quiet: QuietHours | null) => {
  const w = nudgeWindow(day, { timezone: zone, dayStartsAt, quietHours: quiet }, hours);
  return [iso(w.from), iso(w.to)];
};

describe('nudgeWindow', () => {
  it.each([
    ['Ho Chi Minh City: 20:00 until quiet hours at 22:00', 'Asia/Ho_Chi_Minh', '00:00', '2026-12-05', 4, Q, ['2026-12-05T13:00:00Z', '2026-12-05T15:00:00Z']],
    ['Berlin springs forward (a 23-hour day): still 20:00–22:00 CEST', 'Europe/Berlin', '00:00', '2026-03-29', 4, Q, ['2026-03-29T18:00:00Z', '2026-03-29T20:00:00Z']],
    ['Berlin falls back (a 25-hour day): 20:00–22:00 CET', 'Europe/Berlin', '00:00', '2026-10-25', 4, Q, ['2026-10-25T19:00:00Z', '2026-10-25T21:00:00Z']],
    // The day ends at 03:00 CEST, 23 real hours after it began; 4 hours before is 22:00 CET, quiet: so the 4 hours before quiet begins.
    ['Berlin, a 03:00 day boundary over the spring-forward night', 'Europe/Berlin', '03:00', '2026-03-28', 4, Q, ['2026-03-28T17:00:00Z', '2026-03-28T21:00:00Z']],
    ['New York springs forward: 20:00–22:00 EDT', 'America/New_York', '00:00', '2026-03-08', 4, Q, ['2026-03-09T00:00:00Z', '2026-03-09T02:00:00Z']],
    ['New York falls back, a 03:00 boundary: 18:00–22:00 EDT the evening before', 'America/New_York', '03:00', '2026-10-31', 4, Q, ['2026-10-31T22:00:00Z', '2026-11-01T02:00:00Z']],
    ['a day ending at 08:00: after quiet hours end, 07:00–08:00', 'America/New_York', '08:00', '2026-12-05', 4, Q, ['2026-12-06T12:00:00Z', '2026-12-06T13:00:00Z']],
    ['UTC+14 with no quiet hours: the last 4 hours', 'Pacific/Kiritimati', '00:00', '2026-12-05', 4, null, ['2026-12-05T06:00:00Z', '2026-12-05T10:00:00Z']],
    ['UTC−11 with an afternoon nap: after it, to the end of the day', 'Pacific/Pago_Pago', '00:00', '2026-12-05', 10, { from: '13:00', to: '15:00' }, ['2026-12-06T02:00:00Z', '2026-12-06T11:00:00Z']],
    ['23 hours before a 23-hour day: from when quiet hours end', 'Europe/Berlin', '00:00', '2026-03-29', 23, Q, ['2026-03-29T05:00:00Z', '2026-03-29T20:00:00Z']],
    ['quiet all day but its first half hour: that half hour', 'Asia/Ho_Chi_Minh', '00:00', '2026-12-05', 4, { from: '00:30', to: '00:00' }, ['2026-12-04T17:00:00Z', '2026-12-04T17:30:00Z']],
  ])('%s', (_, zone, dayStartsAt, day, hours, quiet, expected) => expect(window(day, zone, dayStartsAt, hours, quiet)).toEqual(expected));
});

describe('isQuiet', () => {
  it.each([
    ['21:59 in Hanoi', '2026-12-05T14:59:00Z', 'Asia/Ho_Chi_Minh', Q, false],
    ['22:00 in Hanoi', '2026-12-05T15:00:00Z', 'Asia/Ho_Chi_Minh', Q, true],
    ['06:59 in Hanoi', '2026-12-05T23:59:00Z', 'Asia/Ho_Chi_Minh', Q, true],
    ['07:00 in Hanoi', '2026-12-06T00:00:00Z', 'Asia/Ho_Chi_Minh', Q, false],
    ['01:30 EDT, the first of two on the fall-back night', '2026-11-01T05:30:00Z', 'America/New_York', Q, true],
    ['07:00 EST after falling back', '2026-11-01T12:00:00Z', 'America/New_York', Q, false],
    ['an afternoon nap', '2026-12-06T01:00:00Z', 'Pacific/Pago_Pago', { from: '13:00', to: '15:00' }, true],
    ['no quiet hours', '2026-12-05T15:00:00Z', 'Asia/Ho_Chi_Minh', null, false],
  ])('%s', (_, at, zone, quiet, expected) => expect(isQuiet(Date.parse(at), zone, quiet)).toBe(expected));
});

describe('nudgeDue', () => {
  const cohort = { start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh' };
  const input = (now: string, over: Partial<NudgeInput> = {}): NudgeInput => ({
    now: Date.parse(now), member: { nudge: true }, cohort, rules: { nudgeHoursBefore: 4, quietHours: Q }, written: () => false, ...over,
  });
  it.each([
    ['due at 20:30', input('2026-12-05T20:30:00+07:00'), { due: true, day: '2026-12-05' }],
    ['not opted in', input('2026-12-05T20:30:00+07:00', { member: {} }), { due: false, reason: 'not-opted-in' }],
    ['opted out', input('2026-12-05T20:30:00+07:00', { member: { nudge: false } }), { due: false, reason: 'not-opted-in' }],
    ['written today', input('2026-12-05T20:30:00+07:00', { written: (d) => d === '2026-12-05' }), { due: false, day: '2026-12-05', reason: 'written' }],
    ['nudged already today', input('2026-12-05T21:30:00+07:00', { lastNudged: '2026-12-05' }), { due: false, day: '2026-12-05', reason: 'nudged-today' }],
    ['nudged yesterday', input('2026-12-05T21:30:00+07:00', { lastNudged: '2026-12-04' }), { due: true, day: '2026-12-05' }],
    ['too early, and says when', input('2026-12-05T12:00:00+07:00'), { due: false, day: '2026-12-05', reason: 'too-early', at: Date.parse('2026-12-05T20:00:00+07:00') }],
    ['quiet hours have begun', input('2026-12-05T22:10:00+07:00'), { due: false, day: '2026-12-05', reason: 'window-passed' }],
    ['on vacation', input('2026-12-05T20:30:00+07:00', { member: { nudge: true, vacations: [{ from: '2026-12-04', to: '2026-12-06' }] } }), { due: false, day: '2026-12-05', reason: 'on-vacation' }],
    ['before the challenge', input('2026-11-30T20:30:00+07:00'), { due: false, day: '2026-11-30', reason: 'outside-challenge' }],
    ['after it', input('2026-12-31T20:30:00+07:00'), { due: false, day: '2026-12-31', reason: 'outside-challenge' }],
    ['in the member\'s own zone: 20:30 in Berlin', input('2026-12-05T19:30:00Z', { member: { nudge: true, timezone: 'Europe/Berlin' } }), { due: true, day: '2026-12-05' }],
    ['the member\'s own quiet hours win', input('2026-12-05T20:30:00+07:00', { member: { nudge: true, quietHours: { from: '20:00', to: '06:00' } } }), { due: false, day: '2026-12-05', reason: 'window-passed' }],
    ['the member wants no quiet hours', input('2026-12-05T23:30:00+07:00', { member: { nudge: true, quietHours: null } }), { due: true, day: '2026-12-05' }],
    ['quiet all day but its first half hour: due in it', input('2026-12-05T00:10:00+07:00', { rules: { nudgeHoursBefore: 4, quietHours: { from: '00:30', to: '00:00' } } }), { due: true, day: '2026-12-05' }],
  ])('%s', (_, i, expected) => expect(nudgeDue(i)).toEqual(expected));

  // Every 5 minutes across a transition day: due only outside quiet hours, only within 4 hours of the day's end, and at some moment.
  it.each([
    ['Europe/Berlin', '00:00', '2026-03-29T00:00:00+01:00'],
    ['Europe/Berlin', '03:00', '2026-10-24T03:00:00+02:00'],
    ['America/New_York', '00:00', '2026-03-08T00:00:00-05:00'],
    ['America/New_York', '03:00', '2026-10-31T03:00:00-04:00'],
  ])('never in quiet hours across a DST day: %s, day starting %s', (zone, dayStartsAt, begins) => {
    const c = { start: '2026-01-01', days: 365, timezone: zone };
    const member = { nudge: true, dayStartsAt };
    const first = Date.parse(begins);
    const day = localDay(first, zone, dayStartsAt);
    let dueAt = 0;
    for (let t = first; localDay(t, zone, dayStartsAt) === day; t += 5 * 60_000) {
      const d = nudgeDue({ now: t, member, cohort: c, rules: { nudgeHoursBefore: 4, quietHours: Q }, written: () => false });
      if (!d.due) continue;
      dueAt++;
      expect(isQuiet(t, zone, Q), iso(t)).toBe(false);
    }
    expect(dueAt).toBeGreaterThan(0);
  });
});

describe('settings', () => {
  it.each([
    [undefined, { ok: true, value: 4 }], [1, { ok: true, value: 1 }], [23, { ok: true, value: 23 }],
    [0, { ok: false, problem: 'nudgeHoursBefore: 0 is not a whole number of hours from 1 to 23' }],
    [2.5, { ok: false, problem: 'nudgeHoursBefore: 2.5 is not a whole number of hours from 1 to 23' }],
    ['4', { ok: false, problem: 'nudgeHoursBefore: "4" is not a whole number of hours from 1 to 23' }],
  ])('checkNudgeHours(%j)', (v, expected) => expect(inEnglish(checkNudgeHours(v))).toEqual(expected));

  it.each([
    [undefined, { ok: true, value: Q }],
    [null, { ok: true, value: null }],
    [{ from: '23:00', to: '06:30', x: 1 }, { ok: true, value: { from: '23:00', to: '06:30' } }],
    [{ from: '22:00', to: '22:00' }, { ok: false, problem: 'quietHours: from and to are the same time; use null for no quiet hours' }],
    [{ from: '25:00', to: '07:00' }, { ok: false, problem: 'quietHours: must be {from: "HH:MM", to: "HH:MM"} or null' }],
    [{ from: '22:00' }, { ok: false, problem: 'quietHours: must be {from: "HH:MM", to: "HH:MM"} or null' }],
    ['22-07', { ok: false, problem: 'quietHours: must be {from: "HH:MM", to: "HH:MM"} or null' }],
  ])('checkQuietHours(%j)', (v, expected) => expect(inEnglish(checkQuietHours(v))).toEqual(expected));
});

describe('vacations', () => {
  const w = { start: '2026-12-01', days: 30 };
  it.each([
    ['none', undefined, undefined, { ok: true, value: [] }],
    ['two, put in order', [{ from: '2026-12-20', to: '2026-12-21' }, { from: '2026-12-05', to: '2026-12-05', note: 'x' }], undefined, { ok: true, value: [{ from: '2026-12-05', to: '2026-12-05' }, { from: '2026-12-20', to: '2026-12-21' }] }],
    ['overlapping', [{ from: '2026-12-05', to: '2026-12-08' }, { from: '2026-12-08', to: '2026-12-09' }], undefined, { ok: false, problem: 'vacations: 2026-12-05–2026-12-08 and 2026-12-08–2026-12-09 overlap' }],
    ['backwards', [{ from: '2026-12-08', to: '2026-12-05' }], undefined, { ok: false, problem: 'vacations[0]: ends (2026-12-05) before it begins (2026-12-08)' }],
    ['outside the challenge', [{ from: '2026-11-28', to: '2026-12-02' }], undefined, { ok: false, problem: 'vacations[0]: 2026-11-28 is outside the challenge (2026-12-01 to 2026-12-30)' }],
    ['not dates', [{ from: 'monday', to: '2026-12-02' }], undefined, { ok: false, problem: 'vacations[0]: "monday" is not a date (YYYY-MM-DD)' }],
    ['not a list', { from: '2026-12-01' }, undefined, { ok: false, problem: 'vacations: must be a list of at most 30 {from, to}' }],
    ['a list of junk', [7], undefined, { ok: false, problem: 'vacations[0]: must be {from, to}' }],
    ['too many', Array.from({ length: 31 }, () => ({ from: '2026-12-01', to: '2026-12-01' })), undefined, { ok: false, problem: 'vacations: must be a list of at most 30 {from, to}' }],
    ['more days than allowed', [{ from: '2026-12-01', to: '2026-12-08' }], 7, { ok: false, problem: 'vacations: 8 days is more than the 7 this challenge allows' }],
  ])('checkVacations: %s', (_, v, max, expected) => expect(inEnglish(checkVacations(v, w, max))).toEqual(expected));

  it('days and membership', () => {
    const list = [{ from: '2026-12-30', to: '2027-01-01' }];
    expect(vacationDays(list)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect([onVacation(list, '2026-12-31'), onVacation(list, '2026-12-29')]).toEqual([true, false]);
  });

  it.each([
    ['a vacation from today', [], [{ from: '2026-12-10', to: '2026-12-12' }], undefined],
    ['cutting a vacation short from today', [{ from: '2026-12-08', to: '2026-12-14' }], [{ from: '2026-12-08', to: '2026-12-09' }], undefined],
    ['a vacation that began yesterday', [], [{ from: '2026-12-09', to: '2026-12-12' }], 'a vacation can\'t begin in the past: 2026-12-09 is before today (2026-12-10)'],
    ['taking back a past vacation day', [{ from: '2026-12-08', to: '2026-12-09' }], [{ from: '2026-12-08', to: '2026-12-08' }], 'a past vacation day can\'t be taken back: 2026-12-09 is before today (2026-12-10)'],
  ])('vacationChangeProblem: %s', (_, before, after, expected) => expect(vacationChangeProblem(before, after, '2026-12-10')).toBe(expected));
});
