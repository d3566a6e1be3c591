// Local calendar days, the day boundary and the challenge day. Pure: instants come in as
// numbers (ms since the epoch), days go out as 'YYYY-MM-DD' strings.
import { tzOffset } from '@date-fns/tz';
import { said, type Said } from './said.js';

export type LocalDate = string; // YYYY-MM-DD
export { parseInstant } from './instant.js';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/**
 * A tiny memo for date-string conversions: reports convert the same few dozen dates
 * hundreds of thousands of times. Bounded, so odd input can't grow it without limit.
 */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size > 50_000) cache.clear();
      cache.set(key, (value = compute(key)));
    }
    return value as V;
  };
}

export const isLocalDate = memo((value: string): boolean => {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return new Date(t).toISOString().slice(0, 10) === value;
});

/** Parses 'HH:MM' (00:00–23:59) into minutes after midnight, or undefined. */
export function parseClock(value: string): number | undefined {
  const m = CLOCK_RE.exec(value);
  return m ? +m[1]! * 60 + +m[2]! : undefined;
}


/**
 * Minutes east of UTC in `zone` at `instant` (420 for Asia/Ho_Chi_Minh). Every zone rule
 * goes through one of these, so the daily loop can pass one that avoids building an
 * Intl.DateTimeFormat (~10 ms at startup); `intlOffset` is the reference.
 */
export type ZoneOffset = (instant: number, zone: string) => number;

export const intlOffset: ZoneOffset = (instant, zone) => tzOffset(zone, new Date(instant));

// Node's ICU names some zones by their older CLDR ids (Asia/Saigon for Asia/Ho_Chi_Minh),
// so the cheap list of supported zones misses these current IANA names and UTC.
const RENAMED: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'Asia/Saigon', 'Asia/Kolkata': 'Asia/Calcutta', 'Asia/Kathmandu': 'Asia/Katmandu',
  'Asia/Yangon': 'Asia/Rangoon', 'Europe/Kyiv': 'Europe/Kiev', 'America/Nuuk': 'America/Godthab',
  'Atlantic/Faroe': 'Atlantic/Faeroe', 'Pacific/Chuuk': 'Pacific/Truk', 'Pacific/Pohnpei': 'Pacific/Ponape',
  'America/Argentina/Buenos_Aires': 'America/Buenos_Aires', 'America/Indiana/Indianapolis': 'America/Indianapolis',
  'America/Kentucky/Louisville': 'America/Louisville', 'Africa/Asmara': 'Africa/Asmera',
};
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu']);

let supported: Set<string> | undefined;
const knownZones = new Map<string, boolean>();

/**
 * The zones the build's ICU knew, space-separated with a space at each end (set by the
 * build; undefined in source). Zones are renamed but never removed, so a name in it is a
 * zone, answered without Intl.supportedValuesOf (~1 ms of every start that reads a config).
 */
declare const WOTN_TIME_ZONES: string | undefined;
const BUILT_ZONES: string = typeof WOTN_TIME_ZONES === 'string' ? WOTN_TIME_ZONES : '';
const builtZone = (zone: string) => BUILT_ZONES.includes(` ${zone} `);

/**
 * Whether `zone` is an IANA time zone. Names in the runtime's list of zones (or their
 * current IANA names) are answered from that list; anything else asks Intl itself, which is
 * exact but costs an Intl.DateTimeFormat. Cached: a ledger repeats a handful of zones.
 */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    if (UTC_NAMES.has(zone) || (!zone.includes(' ') && (builtZone(zone) || builtZone(RENAMED[zone] ?? ' ')))) known = true;
    else {
      supported ??= new Set(Intl.supportedValuesOf('timeZone'));
      known = supported.has(zone) || supported.has(RENAMED[zone] ?? '') || intlKnows(zone);
    }
    knownZones.set(zone, known);
  }
  return known;
}

function intlKnows(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The writer's local day for an instant: the calendar date in `zone`, or the date before
 * when the local time is earlier than `dayStartsAt`. The zone's offset at that very instant
 * gives the wall clock, so DST days stay right.
 */
export function localDay(instant: number, zone: string, dayStartsAt = '00:00', offsetOf: ZoneOffset = intlOffset): LocalDate {
  const start = parseClock(dayStartsAt) ?? 0;
  const wall = instant + offsetOf(instant, zone) * 60_000;
  const day = fromUtcMs(Math.floor(wall / DAY_MS) * DAY_MS);
  const minutes = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / 60_000);
  return minutes < start ? addDays(day, -1) : day;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The instant formatted with the zone's UTC offset: 2026-11-23T20:17:00+07:00. */
export function zonedTimestamp(instant: number, zone: string, offsetOf: ZoneOffset = intlOffset): string {
  const t = Math.floor(instant / 1000) * 1000;
  const offset = Math.round(offsetOf(t, zone));
  const wall = new Date(t + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

const toUtcMs = memo((date: LocalDate): number => {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
});


const fromUtcMs = memo((ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10));

/** Days since 1970-01-01: plain integers for day arithmetic in tight loops. */
export function dayNumber(date: LocalDate): number {
  return Math.round(toUtcMs(date) / DAY_MS);
}

export function fromDayNumber(n: number): LocalDate {
  return fromUtcMs(n * DAY_MS);
}

export function addDays(date: LocalDate, n: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function dateRange(first: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i));
}

export type ChallengePhase =
  | { phase: 'before'; day: number; startsIn: number }
  | { phase: 'active'; day: number }
  | { phase: 'finished'; day: number };

/** Day N of a challenge of `days` starting on `start`: N = today - start + 1. */
export function challengeDay(today: LocalDate, start: LocalDate, days: number): ChallengePhase {
  const day = daysBetween(start, today) + 1;
  if (day < 1) return { phase: 'before', day, startsIn: 1 - day };
  if (day > days) return { phase: 'finished', day };
  return { phase: 'active', day };
}


/**
 * The instant a local day begins in `zone` (at `dayStartsAt`), correct on DST days: when
 * that wall-clock time is skipped (spring forward), the day begins at the first instant
 * after the gap.
 */
export function dayStartInstant(date: LocalDate, zone: string, dayStartsAt = '00:00', offsetOf: ZoneOffset = intlOffset): number {
  const wall = toUtcMs(date) + (parseClock(dayStartsAt) ?? 0) * 60_000;
  const before = offsetOf(wall - DAY_MS, zone);
  const after = offsetOf(wall + DAY_MS, zone);
  // Try both offsets around the day; the one that maps back to this wall time wins.
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset * 60_000;
    if (offsetOf(instant, zone) === offset) return instant;
  }
  // The wall time does not exist (a gap): the day begins when the clocks jump past it.
  return wall - before * 60_000;
}

export type Recordable = { ok: true; date: LocalDate; late: boolean } | { ok: false; problem: string; said: Said };

/**
 * The day a post published now may be recorded for. No backdating: today, or yesterday
 * while the cohort's grace hours after it last (then it is marked late).
 */
export function recordableDay(
  now: number,
  zone: string,
  dayStartsAt: string,
  requested: LocalDate | undefined,
  graceHours: number,
  offsetOf: ZoneOffset = intlOffset,
): Recordable {
  const today = localDay(now, zone, dayStartsAt, offsetOf);
  if (!requested || requested === today) return { ok: true, date: today, late: false };
  const refuse = (key: string, values: Record<string, string>, problem: string): Recordable => ({ ok: false, problem, said: said(key, values, problem) });
  if (requested > today) return refuse('problem.day.notBegun', { date: requested, today }, `${requested} has not begun yet (today is ${today})`);
  const graceEnds = dayStartInstant(today, zone, dayStartsAt, offsetOf) + graceHours * 3_600_000;
  if (requested === addDays(today, -1) && now < graceEnds) return { ok: true, date: requested, late: true };
  return graceHours
    ? refuse('problem.day.gone', { date: requested, hours: String(graceHours) }, `${requested} can no longer be recorded: posts count for the day they are published, or for yesterday within ${graceHours}h after it ends`)
    : refuse('problem.day.goneNoGrace', { date: requested }, `${requested} can no longer be recorded: posts count for the day they are published`);
}
