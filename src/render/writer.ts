// Terminal rendering of the writer's day: the challenge line, streaks and the calendar.
import type { ChalkInstance } from 'chalk';
import type { ChallengePhase } from '../domain/calendar.js';
import type { CalendarDay, DayState, Streak } from '../domain/streak.js';
import { milestoneAt, nextMilestone } from '../domain/streak.js';
import { grouped, plural } from './text.js';

type StreakCounts = Pick<Streak, 'current' | 'longest'>;

/** Where the challenge stands, from the fields status and today report. */
export interface PhaseFields {
  phase: ChallengePhase['phase'];
  day: number | null;
  days: number;
  startsIn?: number;
}

export function phaseLine(r: PhaseFields, c: ChalkInstance): string {
  if (r.phase === 'before') return `The challenge starts in ${plural(r.startsIn ?? 0, 'day')}.`;
  if (r.phase === 'finished') return `The ${r.days}-day challenge is finished.`;
  return `Day ${c.bold(String(r.day))} of ${r.days}`;
}

export function streakLine(streak: StreakCounts, c: ChalkInstance): string {
  const flame = streak.current > 0 ? c.yellow(`${grouped(streak.current)}-day streak`) : 'no streak yet';
  return `${flame} · longest ${plural(streak.longest, 'day')}`;
}

export function celebration(streak: StreakCounts, writtenToday: boolean, c: ChalkInstance): string | undefined {
  const reached = writtenToday ? milestoneAt(streak.current) : undefined;
  if (reached === 30) return c.magenta.bold('🎉 Thirty days in a row. You did it. Thank the people who wrote beside you.');
  if (reached) return c.magenta.bold(`🎉 ${reached} days in a row! Share it with your cohort.`);
  // Count down only to a milestone never reached: after a break, the 3-day countdown the
  // writer already passed would read like going backwards.
  const next = nextMilestone(Math.max(streak.current, streak.longest));
  if (next && streak.current > 0) return c.dim(`${plural(next - streak.current, 'day')} to the ${next}-day milestone.`);
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
  const vacation = calendar.some((d) => d.vacation) ? `  ${VACATION[0]} vacation` : '';
  const legend = c.dim(`■ written  × missed  ❄ frozen  □ today  · ahead${vacation}`);
  return `${cells.join('').trimEnd()}\n${legend}`;
}
