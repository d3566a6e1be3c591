// Streaks and the challenge calendar. Pure: days in, numbers and states out.
import { addDays, dayNumber, fromDayNumber, type LocalDate } from './calendar.js';

export interface StreakRules {
  /** Missed days per challenge that keep a streak alive (never counted as written). */
  freezes?: number;
  /** First day that counts; days before it are ignored. */
  start?: LocalDate;
}

export interface Streak {
  current: number;
  longest: number;
  /** Missed days covered by a freeze, oldest first. */
  frozen: LocalDate[];
}

export const MILESTONES = [3, 7, 14, 21, 30] as const;

/**
 * Current streak: consecutive written days ending today, or ending yesterday while today is
 * still open. A gap of missed days is frozen only when the freezes left cover all of it, so
 * a freeze is never spent on a streak that breaks anyway.
 */
export function computeStreak(
  writtenDays: Iterable<LocalDate>,
  today: LocalDate,
  rules: StreakRules = {},
): Streak {
  const days: number[] = [];
  let ordered = true;
  for (const d of writtenDays) {
    if (d > today || (rules.start && d < rules.start)) continue;
    const n = dayNumber(d);
    if (days.length && n <= days[days.length - 1]!) ordered = false;
    days.push(n);
  }
  // Callers usually pass days already sorted and distinct (a report does); sort otherwise.
  if (!ordered) days.splice(0, days.length, ...[...new Set(days)].sort((a, b) => a - b));
  const s = streakOfDays(days, dayNumber(today), rules.freezes ?? 0);
  return { current: s.current, longest: s.longest, frozen: s.frozen.map(fromDayNumber) };
}

/**
 * The same rules on day numbers (see dayNumber): `days` sorted, distinct, none after
 * `today`. For reports, which already hold day numbers for thousands of members.
 */
export function streakOfDays(days: readonly number[], today: number, freezes: number): { current: number; longest: number; frozen: number[] } {
  const frozen: number[] = [];
  let freezesLeft = freezes;
  let run = 0;
  let longest = 0;

  const bridge = (from: number, gap: number): boolean => {
    if (gap === 0) return true;
    if (run === 0 || gap > freezesLeft) return false;
    for (let i = 1; i <= gap; i++) frozen.push(from + i);
    freezesLeft -= gap;
    return true;
  };

  for (let i = 0; i < days.length; i++) {
    const gap = i === 0 ? 0 : days[i]! - days[i - 1]! - 1;
    if (!bridge(days[i - 1] ?? days[i]!, gap)) run = 0;
    run += 1;
    if (run > longest) longest = run;
  }

  const previous = days[days.length - 1];
  if (previous === undefined) return { current: 0, longest: 0, frozen };
  // Today is still open: the days missed up to yesterday must be bridged for the run to live.
  const trailingGap = today - previous - (previous === today ? 0 : 1);
  const alive = bridge(previous, Math.max(0, trailingGap));
  return { current: alive ? run : 0, longest, frozen };
}

export type DayState = 'written' | 'missed' | 'frozen' | 'today' | 'future';

export interface CalendarDay {
  date: LocalDate;
  day: number;
  state: DayState;
  /** A vacation day not written: the streak waits (its state says where the day stands). */
  vacation?: true;
}

/** The state of challenge day `day` as of day `today` (same numbering): the rule of every calendar. */
export function dayState(day: number, today: number, written: boolean, frozen: boolean): DayState {
  if (written && day <= today) return 'written';
  if (day === today) return 'today';
  if (day > today) return 'future';
  return frozen ? 'frozen' : 'missed';
}

export function challengeCalendar(
  start: LocalDate,
  days: number,
  today: LocalDate,
  writtenDays: Iterable<LocalDate>,
  frozenDays: Iterable<LocalDate> = [],
  vacationDays: Iterable<LocalDate> = [],
): CalendarDay[] {
  const written = new Set(writtenDays);
  const frozen = new Set(frozenDays);
  const vacation = new Set(vacationDays);
  const todayDay = dayNumber(today) - dayNumber(start) + 1;
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(start, i);
    const state = dayState(i + 1, todayDay, written.has(date), frozen.has(date));
    return { date, day: i + 1, state, ...(state !== 'written' && vacation.has(date) ? { vacation: true as const } : {}) };
  });
}

/** The milestone reached exactly at this streak length, if any (3, 7, 14, 21, 30). */
export function milestoneAt(streak: number): number | undefined {
  return MILESTONES.find((m) => m === streak);
}

export function nextMilestone(streak: number): number | undefined {
  return MILESTONES.find((m) => m > streak);
}
