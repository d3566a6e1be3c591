// Streaks and the challenge calendar. Pure: days in, numbers and states out.
import { addDays, daysBetween, type LocalDate } from './calendar.js';

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
  const sorted: LocalDate[] = [];
  let ordered = true;
  for (const d of writtenDays) {
    if (d > today || (rules.start && d < rules.start)) continue;
    if (sorted.length && d <= sorted[sorted.length - 1]!) ordered = false;
    sorted.push(d);
  }
  // Callers usually pass days already sorted and distinct (a report does); sort otherwise.
  if (!ordered) sorted.splice(0, sorted.length, ...[...new Set(sorted)].sort());
  const frozen: LocalDate[] = [];
  let freezesLeft = rules.freezes ?? 0;
  let run = 0;
  let longest = 0;
  let previous: LocalDate | undefined;

  const bridge = (from: LocalDate, gap: number): boolean => {
    if (gap === 0) return true;
    if (run === 0 || gap > freezesLeft) return false;
    for (let i = 1; i <= gap; i++) frozen.push(addDays(from, i));
    freezesLeft -= gap;
    return true;
  };

  for (const day of sorted) {
    const gap = previous === undefined ? 0 : daysBetween(previous, day) - 1;
    if (!bridge(previous ?? day, gap)) run = 0;
    run += 1;
    longest = Math.max(longest, run);
    previous = day;
  }

  if (previous === undefined) return { current: 0, longest: 0, frozen };
  // Today is still open: the days missed up to yesterday must be bridged for the run to live.
  const trailingGap = daysBetween(previous, today) - (previous === today ? 0 : 1);
  const alive = bridge(previous, Math.max(0, trailingGap));
  return { current: alive ? run : 0, longest, frozen };
}

export type DayState = 'written' | 'missed' | 'frozen' | 'today' | 'future';

export interface CalendarDay {
  date: LocalDate;
  day: number;
  state: DayState;
}

export function challengeCalendar(
  start: LocalDate,
  days: number,
  today: LocalDate,
  writtenDays: Iterable<LocalDate>,
  frozenDays: Iterable<LocalDate> = [],
): CalendarDay[] {
  const written = new Set(writtenDays);
  const frozen = new Set(frozenDays);
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(start, i);
    let state: DayState;
    if (written.has(date) && date <= today) state = 'written';
    else if (date === today) state = 'today';
    else if (date > today) state = 'future';
    else state = frozen.has(date) ? 'frozen' : 'missed';
    return { date, day: i + 1, state };
  });
}

/** The milestone reached exactly at this streak length, if any (3, 7, 14, 21, 30). */
export function milestoneAt(streak: number): number | undefined {
  return MILESTONES.find((m) => m === streak);
}

export function nextMilestone(streak: number): number | undefined {
  return MILESTONES.find((m) => m > streak);
}
