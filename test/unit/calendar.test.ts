import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  addDays, dayStartInstant, challengeDay, dateRange, daysBetween, isLocalDate, isTimeZone, localDay, parseClock, parseInstant, zonedTimestamp,
} from '../../src/domain/calendar.js';

const at = (iso: string) => Date.parse(iso);

describe('localDay', () => {
  it.each([
    // instant, zone, dayStartsAt, local day
    ['2026-11-23T16:59:59Z', 'Asia/Ho_Chi_Minh', '00:00', '2026-11-23'],
    ['2026-11-23T17:00:00Z', 'Asia/Ho_Chi_Minh', '00:00', '2026-11-24'],
    ['2026-11-24T04:59:00Z', 'America/New_York', '00:00', '2026-11-23'],
    ['2026-11-24T05:00:00Z', 'America/New_York', '00:00', '2026-11-24'],
    // Chatham is UTC+13:45 in (southern) summer: far east, with a quarter-hour offset
    ['2026-11-23T10:14:00Z', 'Pacific/Chatham', '00:00', '2026-11-23'],
    ['2026-11-23T10:15:00Z', 'Pacific/Chatham', '00:00', '2026-11-24'],
    // a 03:00 boundary: 01:30 still belongs to the evening before
    ['2026-11-23T18:30:00Z', 'Asia/Ho_Chi_Minh', '03:00', '2026-11-23'],
    ['2026-11-23T19:59:00Z', 'Asia/Ho_Chi_Minh', '03:00', '2026-11-23'],
    ['2026-11-23T20:00:00Z', 'Asia/Ho_Chi_Minh', '03:00', '2026-11-24'],
    // leap day
    ['2028-02-29T12:00:00Z', 'UTC', '00:00', '2028-02-29'],
    ['2028-03-01T01:00:00Z', 'UTC', '03:00', '2028-02-29'],
  ])('%s in %s (day starts %s) is %s', (instant, zone, start, expected) => {
    expect(localDay(at(instant), zone, start)).toBe(expected);
  });

  describe('across DST changes', () => {
    it.each([
      // Berlin springs forward 2026-03-29 02:00 → 03:00 (UTC+1 → UTC+2)
      ['2026-03-28T23:30:00Z', 'Europe/Berlin', '00:00', '2026-03-29'], // 00:30 CET
      ['2026-03-29T00:30:00Z', 'Europe/Berlin', '03:00', '2026-03-28'], // 01:30 CET, before a 03:00 boundary
      ['2026-03-29T01:00:00Z', 'Europe/Berlin', '03:00', '2026-03-29'], // 03:00 CEST: the boundary itself
      // Berlin falls back 2026-10-25 03:00 → 02:00: 02:30 happens twice
      ['2026-10-25T00:30:00Z', 'Europe/Berlin', '03:00', '2026-10-24'], // first 02:30 (CEST)
      ['2026-10-25T01:30:00Z', 'Europe/Berlin', '03:00', '2026-10-24'], // second 02:30 (CET)
      ['2026-10-25T02:00:00Z', 'Europe/Berlin', '03:00', '2026-10-25'], // 03:00 CET
      // New York springs forward 2026-03-08 and falls back 2026-11-01
      ['2026-03-08T04:59:00Z', 'America/New_York', '00:00', '2026-03-07'], // 23:59 EST
      ['2026-03-08T05:00:00Z', 'America/New_York', '00:00', '2026-03-08'], // 00:00 EST
      ['2026-03-09T03:59:00Z', 'America/New_York', '00:00', '2026-03-08'], // 23:59 EDT
      ['2026-11-01T03:59:00Z', 'America/New_York', '00:00', '2026-10-31'], // 23:59 EDT
      ['2026-11-02T04:59:00Z', 'America/New_York', '00:00', '2026-11-01'], // 23:59 EST: a 25-hour day
    ])('%s in %s (day starts %s) is %s', (instant, zone, start, expected) => {
      expect(localDay(at(instant), zone, start)).toBe(expected);
    });

    it('gives a 25-hour day exactly one local date in New York', () => {
      const days = new Set<string>();
      for (let h = 4; h < 4 + 25; h++) days.add(localDay(at('2026-11-01T00:00:00Z') + h * 3_600_000, 'America/New_York'));
      expect([...days]).toEqual(['2026-11-01']);
    });
  });
});

describe('zonedTimestamp', () => {
  it.each([
    ['2026-11-23T13:05:09Z', 'Asia/Ho_Chi_Minh', '2026-11-23T20:05:09+07:00'],
    ['2026-11-23T13:05:09Z', 'UTC', '2026-11-23T13:05:09+00:00'],
    ['2026-07-01T12:00:00Z', 'America/New_York', '2026-07-01T08:00:00-04:00'],
    ['2026-11-23T10:15:00Z', 'Pacific/Chatham', '2026-11-24T00:00:00+13:45'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(zonedTimestamp(at(instant), zone)).toBe(expected);
    expect(Date.parse(expected)).toBe(at(instant));
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // DST day in Europe changes nothing for dates
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it('lists a range of dates', () => {
    expect(dateRange('2028-02-27', 4)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
  });
});

describe('challengeDay', () => {
  it.each([
    ['2026-11-20', { phase: 'before', day: -2, startsIn: 3 }],
    ['2026-11-22', { phase: 'before', day: 0, startsIn: 1 }],
    ['2026-11-23', { phase: 'active', day: 1 }],
    ['2026-12-22', { phase: 'active', day: 30 }],
    ['2026-12-23', { phase: 'finished', day: 31 }],
  ])('on %s', (today, expected) => {
    expect(challengeDay(today, '2026-11-23', 30)).toEqual(expected);
  });
});

describe('parsing', () => {
  it.each([
    ['2026-11-23T08:00:00+07:00', true],
    ['2026-11-23T08:00:00Z', true],
    ['2026-11-23T08:00Z', true],
    ['2026-11-23T08:00:00.123-05:00', true],
    ['2026-11-23', false], // a date is not an instant
    ['2026-11-23T08:00:00', false], // no zone: ambiguous
    ['tomorrow', false],
    ['2026-13-01T00:00:00Z', false],
  ])('parseInstant(%s) → %s', (value, ok) => {
    expect(parseInstant(value) !== undefined).toBe(ok);
  });

  it.each([['00:00', 0], ['03:00', 180], ['23:59', 1439], ['24:00', undefined], ['3:00', undefined], ['03:60', undefined]])(
    'parseClock(%s) → %s',
    (value, minutes) => expect(parseClock(value)).toBe(minutes),
  );

  it.each([['2028-02-29', true], ['2026-02-29', false], ['2026-11-31', false], ['26-11-01', false]])('isLocalDate(%s) → %s', (v, ok) =>
    expect(isLocalDate(v)).toBe(ok),
  );

  it.each([['Asia/Ho_Chi_Minh', true], ['Pacific/Chatham', true], ['UTC', true], ['Mars/Olympus', false], ['', false]])(
    'isTimeZone(%s) → %s',
    (v, ok) => expect(isTimeZone(v)).toBe(ok),
  );
});

describe('parseTimestamp', () => {
  it.each([
    '2026-11-23T20:17:00+07:00', '2026-11-23T20:17:00-05:30', '2026-11-23T00:00:00Z', '2028-02-29T23:59:59+13:45',
    '2026-11-23T20:17:00.123Z', '2026-11-23T20:17Z', 'nonsense', '2026-02-30T10:00:00Z', '2026-11-23T25:00:00Z',
    '2028-02-29T12:00:00Z', '2026-04-31T12:00:00+07:00', '2026-1a-23T20:17:00Z', '2026-11-23T20:17:00+0a:00', '0001-01-01T00:00:00Z',
  ])('agrees with Date.parse on %s', async (value) => {
    const { parseTimestamp } = await import('../../src/domain/instant.js');
    expect(parseTimestamp(value)).toEqual(Date.parse(value));
  });
});

describe('recordableDay (no backdating)', () => {
  const zone = 'Asia/Ho_Chi_Minh';
  it.each([
    ['today by default', '2026-11-02T10:00:00+07:00', undefined, 6, { ok: true, date: '2026-11-02', late: false }],
    ['today by name', '2026-11-02T10:00:00+07:00', '2026-11-02', 0, { ok: true, date: '2026-11-02', late: false }],
    ['yesterday within the grace hours', '2026-11-02T05:59:00+07:00', '2026-11-01', 6, { ok: true, date: '2026-11-01', late: true }],
  ] as const)('%s', async (_, now, requested, grace, expected) => {
    const { recordableDay } = await import('../../src/domain/calendar.js');
    expect(recordableDay(Date.parse(now), zone, '00:00', requested, grace)).toEqual(expected);
  });
  it.each([
    ['yesterday after the grace hours', '2026-11-02T06:00:00+07:00', '2026-11-01', 6, 'can no longer be recorded'],
    ['yesterday with no grace', '2026-11-02T00:01:00+07:00', '2026-11-01', 0, 'posts count for the day they are published'],
    ['two days ago', '2026-11-02T01:00:00+07:00', '2026-10-31', 24, 'can no longer be recorded'],
    ['tomorrow', '2026-11-02T23:00:00+07:00', '2026-11-03', 6, 'has not begun yet'],
  ] as const)('refuses %s', async (_, now, requested, grace, problem) => {
    const { recordableDay } = await import('../../src/domain/calendar.js');
    const r = recordableDay(Date.parse(now), zone, '00:00', requested, grace);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toContain(problem);
  });
});

describe('zone rules against the Intl reference (TZDate)', () => {
  const zones = ['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Havana', 'Asia/Kathmandu', 'UTC'];
  const hours = Array.from({ length: 24 * 366 / 5 }, (_, i) => Date.UTC(2026, 0, 1) + i * 5 * 3_600_000 + 17 * 60_000);
  const ymd = (d: TZDate) => `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

  it.each(zones)('localDay in %s matches TZDate calendar arithmetic for a year of instants', (zone) => {
    for (const t of hours) {
      const d = new TZDate(t, zone);
      const before3 = d.getHours() < 3;
      const reference = ymd(before3 ? new TZDate(d.getFullYear(), d.getMonth(), d.getDate() - 1, 12, 0, zone) : d);
      expect(localDay(t, zone, '03:00')).toBe(reference);
      expect(localDay(t, zone)).toBe(ymd(d));
    }
  });

  it.each(zones)('dayStartInstant in %s is the first instant of the local day', (zone) => {
    for (let day = 0; day < 366; day += 1) {
      const date = addDays('2026-01-01', day);
      const start = dayStartInstant(date, zone);
      expect(localDay(start, zone)).toBe(date);
      expect(localDay(start - 60_000, zone)).toBe(addDays(date, -1));
    }
  });

  it('dayStartInstant on a day whose midnight is skipped (Havana springs forward at 00:00)', () => {
    // 2026-03-08 00:00 does not exist in Havana: clocks jump from 00:00 CST to 01:00 CDT.
    expect(new Date(dayStartInstant('2026-03-08', 'America/Havana')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });
});
