// Terminal rendering of the writer's day: the challenge line, streaks and the calendar.
import type { ChalkInstance } from 'chalk';
import type { ChallengePhase } from '../domain/calendar.js';
import type { CalendarDay, DayState, Streak } from '../domain/streak.js';
import { milestoneAt, nextMilestone } from '../domain/streak.js';
import { current, t, type Translator } from '../i18n/index.js';

type StreakCounts = Pick<Streak, 'current' | 'longest'>;

/** Where the challenge stands, from the fields status and today report. */
export interface PhaseFields {
  phase: ChallengePhase['phase'];
  day: number | null;
  days: number;
  startsIn?: number;
}

/** 2026-12-01 as the reader's language (or `tr`'s, for shared output) writes a day: "Tue 1 Dec 2026", "Thứ Ba, 1/12/2026". */
export function humanDate(date: string, tr: Pick<Translator, 't' | 'isoDates'> = current()): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d || tr.isoDates) return date;
  // Zeller-free: the weekday of a civil date from its day number (1970-01-01 was a Thursday).
  const weekday = (Math.floor(Date.UTC(y, m - 1, d) / 86_400_000) % 7 + 11) % 7;
  return tr.t('date.long', { weekday: String(weekday), day: d, month: String(m), year: String(y) });
}

/** 2026-12-01 without its weekday, for dates in a list: "1 Dec 2026", "1/12/2026". */
export function shortDate(date: string, tr: Pick<Translator, 't' | 'isoDates'> = current()): string {
  // A report's or a site's lists show a few dozen dates thousands of times: each is made once.
  let made = shortDates.get(tr);
  if (!made) shortDates.set(tr, (made = new Map()));
  let shown = made.get(date);
  if (shown === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    made.set(date, (shown = y && m && d && !tr.isoDates ? tr.t('date.short', { day: d, month: String(m), year: String(y) }) : date));
  }
  return shown;
}
const shortDates = new WeakMap<object, Map<string, string>>();

export function phaseLine(r: PhaseFields, c: ChalkInstance): string {
  if (r.phase === 'before') return t('writer.startsIn', { count: r.startsIn ?? 0 });
  if (r.phase === 'finished') return t('writer.finished', { days: r.days });
  return t('writer.dayOf', { day: c.bold(String(r.day)), days: r.days });
}

export function streakLine(streak: StreakCounts, c: ChalkInstance): string {
  const flame = streak.current > 0 ? c.yellow(t('writer.streak', { count: streak.current })) : t('writer.noStreak');
  return t('writer.streakLine', { flame, longest: streak.longest });
}

export function celebration(streak: StreakCounts, writtenToday: boolean, c: ChalkInstance): string | undefined {
  const reached = writtenToday ? milestoneAt(streak.current) : undefined;
  if (reached === 30) return c.magenta.bold(t('writer.milestone30'));
  if (reached) return c.magenta.bold(t('writer.milestone', { days: reached }));
  // Count down only to a milestone never reached: after a break, the 3-day countdown the
  // writer already passed would read like going backwards.
  const next = nextMilestone(Math.max(streak.current, streak.longest));
  if (next && streak.current > 0) return c.dim(t('writer.toMilestone', { count: next - streak.current, next }));
  return undefined;
}

const CELL: Record<DayState, [string, keyof ChalkInstance]> = {
  written: ['■', 'green'],
  frozen: ['❄', 'cyan'],
  missed: ['×', 'red'],
  today: ['□', 'yellow'],
  future: ['·', 'dim'],
};

/** A vacation day not written, past or planned: the streak waits. */
const VACATION: [string, keyof ChalkInstance] = ['~', 'blue'];

/** One cell per challenge day, a gap after each week, then a legend. */
export function heatmap(calendar: readonly CalendarDay[], c: ChalkInstance): string {
  const cells = calendar.map((d, i) => {
    const [glyph, colour] = d.vacation ? VACATION : CELL[d.state];
    const paint = c[colour] as (s: string) => string;
    return paint(glyph) + ((i + 1) % 7 === 0 ? ' ' : '');
  });
  const vacation = calendar.some((d) => d.vacation) ? `  ${t('writer.legendVacation')}` : '';
  const legend = c.dim(t('writer.legend') + vacation);
  return `${cells.join('').trimEnd()}\n${legend}`;
}
