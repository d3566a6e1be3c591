// Nudges on schedule and vacations. Pure: when a member's nudge is due (a few hours before
// their day ends, never in their quiet hours, at most once a day, only when they asked for
// it and have not written), and the vacation days that make a streak wait. Every time is an
// instant and every wall-clock rule goes through the zone's offset at that instant, so DST
// days (23 or 25 hours long) come out right.
import { addDays, dayStartInstant, intlOffset, localDay, parseClock, type LocalDate, type ZoneOffset } from './calendar.js';
import { challengeDateSaid, isObject, isWholeNumber, lastDay, shown, type Checked, type Window } from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';

export const DEFAULT_NUDGE_HOURS_BEFORE = 4;
export const DEFAULT_QUIET_HOURS: QuietHours = { from: '22:00', to: '07:00' };
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Wall-clock times in the member's zone; `from` later than `to` runs over midnight. */
export interface QuietHours {
  from: string;
  to: string;
}

export function checkNudgeHours(v: unknown): Checked<number> {
  if (v === undefined) return { ok: true, value: DEFAULT_NUDGE_HOURS_BEFORE };
  return isWholeNumber(v, 1, 23) ? { ok: true, value: v } : refused(saidAt('nudgeHoursBefore', said('problem.nudgeHours', { value: shown(v) }, `${JSON.stringify(v)} is not a whole number of hours from 1 to 23`)));
}

/** `{from, to}`, or null for none; absent means the default 22:00–07:00. */
export function checkQuietHours(v: unknown, field = 'quietHours'): Checked<QuietHours | null> {
  if (v === undefined) return { ok: true, value: DEFAULT_QUIET_HOURS };
  if (v === null) return { ok: true, value: null };
  if (!isObject(v) || typeof v.from !== 'string' || typeof v.to !== 'string' || parseClock(v.from) === undefined || parseClock(v.to) === undefined)
    return refused(saidAt(field, said('problem.quiet.shape', {}, 'must be {from: "HH:MM", to: "HH:MM"} or null')));
  if (v.from === v.to) return refused(saidAt(field, said('problem.quiet.same', {}, 'from and to are the same time; use null for no quiet hours')));
  return { ok: true, value: { from: v.from, to: v.to } };
}

/** The wall-clock minute of the day at `instant` in `zone`. */
function wallMinute(instant: number, zone: string, offsetOf: ZoneOffset): number {
  const wall = instant + offsetOf(instant, zone) * 60_000;
  return Math.floor((((wall % DAY) + DAY) % DAY) / 60_000);
}

export function isQuiet(instant: number, zone: string, quiet: QuietHours | null, offsetOf: ZoneOffset = intlOffset): boolean {
  if (!quiet) return false;
  const w = wallMinute(instant, zone, offsetOf), from = parseClock(quiet.from)!, to = parseClock(quiet.to)!;
  return from < to ? w >= from && w < to : w >= from || w < to;
}

/** The quiet stretch holding `t` (which must be quiet), as instants. */
function quietSpan(t: number, zone: string, quiet: QuietHours, offsetOf: ZoneOffset): { start: number; end: number } {
  const date = localDay(t, zone, '00:00', offsetOf);
  const at = (d: LocalDate, clock: string) => dayStartInstant(d, zone, clock, offsetOf);
  if (parseClock(quiet.from)! < parseClock(quiet.to)!) return { start: at(date, quiet.from), end: at(date, quiet.to) };
  return wallMinute(t, zone, offsetOf) >= parseClock(quiet.from)!
    ? { start: at(date, quiet.from), end: at(addDays(date, 1), quiet.to) }
    : { start: at(addDays(date, -1), quiet.from), end: at(date, quiet.to) };
}

function nextQuietStart(t: number, zone: string, quiet: QuietHours, offsetOf: ZoneOffset): number {
  const date = localDay(t, zone, '00:00', offsetOf);
  const today = dayStartInstant(date, zone, quiet.from, offsetOf);
  return today > t ? today : dayStartInstant(addDays(date, 1), zone, quiet.from, offsetOf);
}

export interface NudgePlace {
  timezone: string;
  dayStartsAt?: string;
  quietHours: QuietHours | null;
}

/**
 * When the nudge for `day` may be sent: from `hoursBefore` real hours before the member's day
 * ends until their quiet hours begin or the day ends. When that time falls in quiet hours,
 * the first moment after them that day; when the day ends before quiet hours do, the
 * `hoursBefore` hours before they begin (from the day's start at the earliest).
 */
export function nudgeWindow(day: LocalDate, place: NudgePlace, hoursBefore: number, offsetOf: ZoneOffset = intlOffset): { from: number; to: number } {
  const { timezone: zone, quietHours: quiet } = place;
  const start = dayStartInstant(day, zone, place.dayStartsAt, offsetOf);
  const end = dayStartInstant(addDays(day, 1), zone, place.dayStartsAt, offsetOf);
  const due = Math.max(start, end - hoursBefore * HOUR);
  if (!quiet) return { from: due, to: end };
  const upTo = (from: number) => ({ from, to: Math.min(end, nextQuietStart(from, zone, quiet, offsetOf)) });
  if (!isQuiet(due, zone, quiet, offsetOf)) return upTo(due);
  const span = quietSpan(due, zone, quiet, offsetOf);
  if (span.end < end) return upTo(span.end);
  return { from: Math.max(start, span.start - hoursBefore * HOUR), to: span.start };
}

export interface Vacation {
  from: LocalDate;
  to: LocalDate;
}

const MAX_VACATIONS = 30;

/** A member's vacations: inside the challenge, in order, not overlapping, and at most `maxDays` days in all. */
export function checkVacations(v: unknown, w: Window, maxDays?: number): Checked<Vacation[]> {
  const checked = vacationsChecked(v, w, maxDays);
  return checked.ok ? checked : refused(saidAt(checked.where, checked.said));
}

/**
 * checkVacations with its problem as a Said (what the writer reads, without the field's
 * name) and `where` it is ("vacations" or "vacations[2]").
 */
export function vacationsChecked(v: unknown, w: Window, maxDays?: number): { ok: true; value: Vacation[] } | { ok: false; where: string; said: Said } {
  if (v === undefined) return { ok: true, value: [] };
  const refuse = (where: string, s: Said) => ({ ok: false as const, where, said: s });
  if (!Array.isArray(v) || v.length > MAX_VACATIONS) return refuse('vacations', said('problem.vacation.list', { max: MAX_VACATIONS }, `must be a list of at most ${MAX_VACATIONS} {from, to}`));
  const list: Vacation[] = [];
  for (const [i, item] of v.entries()) {
    const where = `vacations[${i}]`;
    if (!isObject(item)) return refuse(where, said('problem.vacation.pair', {}, 'must be {from, to}'));
    const problem = challengeDateSaid(item.from, w) ?? challengeDateSaid(item.to, w);
    if (problem) return refuse(where, problem);
    if ((item.to as string) < (item.from as string)) return refuse(where, said('problem.vacation.endsBefore', { from: String(item.from), to: String(item.to) }, `ends (${item.to}) before it begins (${item.from})`));
    list.push({ from: item.from as LocalDate, to: item.to as LocalDate });
  }
  list.sort((a, b) => (a.from < b.from ? -1 : 1));
  const clash = list.findIndex((x, i) => i > 0 && x.from <= list[i - 1]!.to);
  if (clash > 0) {
    const a = `${list[clash - 1]!.from}–${list[clash - 1]!.to}`, b = `${list[clash]!.from}–${list[clash]!.to}`;
    return refuse('vacations', said('problem.vacation.overlap', { a, b }, `${a} and ${b} overlap`));
  }
  const days = vacationDays(list).length;
  if (maxDays !== undefined && days > maxDays) return refuse('vacations', said('problem.vacation.tooLong', { days, max: maxDays }, `${days} days is more than the ${maxDays} this challenge allows`));
  return { ok: true, value: list };
}

export function vacationDays(vacations: readonly Vacation[]): LocalDate[] {
  const days: LocalDate[] = [];
  for (const v of vacations) for (let d = v.from; d <= v.to; d = addDays(d, 1)) days.push(d);
  return days;
}

export const onVacation = (vacations: readonly Vacation[], date: LocalDate) => vacations.some((v) => v.from <= date && date <= v.to);

/**
 * No vacation after the fact: days before `today` (the member's local day when the change is
 * made) may be neither added nor taken away, or a missed week could be turned into a pause.
 * Today and later days are the member's to plan.
 */
export function vacationChangeProblem(before: readonly Vacation[], after: readonly Vacation[], today: LocalDate): string | undefined {
  return vacationChangeRefusal(before, after, today)?.text;
}

/** vacationChangeProblem as a Said: what the writer reads, in their language. */
export function vacationChangeRefusal(before: readonly Vacation[], after: readonly Vacation[], today: LocalDate): Said | undefined {
  const past = (list: readonly Vacation[]) => new Set(vacationDays(list).filter((d) => d < today));
  const was = past(before), is = past(after);
  const added = [...is].filter((d) => !was.has(d)), removed = [...was].filter((d) => !is.has(d));
  if (added.length) return said('problem.vacation.pastStart', { date: added[0]!, today }, `a vacation can't begin in the past: ${added[0]} is before today (${today})`);
  if (removed.length) return said('problem.vacation.pastRemove', { date: removed[0]!, today }, `a past vacation day can't be taken back: ${removed[0]} is before today (${today})`);
  return undefined;
}

export type NudgeDecision =
  | { due: true; day: LocalDate }
  | { due: false; day?: LocalDate; reason: 'not-opted-in' | 'outside-challenge' | 'on-vacation' | 'written' | 'nudged-today' | 'window-passed' }
  | { due: false; day: LocalDate; reason: 'too-early'; at: number };

export interface NudgeMember {
  nudge?: boolean;
  timezone?: string;
  dayStartsAt?: string;
  /** The member's own quiet hours (their card), over the cohort's. */
  quietHours?: QuietHours | null;
  vacations?: readonly Vacation[];
}

export interface NudgeInput {
  now: number;
  member: NudgeMember;
  cohort: Window & { timezone: string };
  rules: { nudgeHoursBefore: number; quietHours: QuietHours | null };
  /** Whether the member has written on their current day. */
  written: (day: LocalDate) => boolean;
  /** The member's day of the last nudge they were sent. */
  lastNudged?: LocalDate;
  offsetOf?: ZoneOffset;
}

/** Whether to nudge this member now, and if not, why (or when). */
export function nudgeDue(input: NudgeInput): NudgeDecision {
  const { member: m, cohort } = input;
  if (m.nudge !== true) return { due: false, reason: 'not-opted-in' };
  const offsetOf = input.offsetOf ?? intlOffset;
  const place: NudgePlace = { timezone: m.timezone ?? cohort.timezone, dayStartsAt: m.dayStartsAt, quietHours: m.quietHours === undefined ? input.rules.quietHours : m.quietHours };
  const day = localDay(input.now, place.timezone, place.dayStartsAt, offsetOf);
  if (day < cohort.start || day > lastDay(cohort)) return { due: false, day, reason: 'outside-challenge' };
  if (onVacation(m.vacations ?? [], day)) return { due: false, day, reason: 'on-vacation' };
  if (input.written(day)) return { due: false, day, reason: 'written' };
  if (input.lastNudged === day) return { due: false, day, reason: 'nudged-today' };
  const window = nudgeWindow(day, place, input.rules.nudgeHoursBefore, offsetOf);
  if (input.now < window.from) return { due: false, day, reason: 'too-early', at: window.from };
  if (input.now >= window.to) return { due: false, day, reason: 'window-passed' };
  return { due: true, day };
}
