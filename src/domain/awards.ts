// Shared goals and award tiers: the cohort's collective word target and the tiers of days
// written each member reaches, so a member who missed days still has something to reach.
// Pure. Days written are the streak policy's (streak-policy.ts): written on the day or made
// up; frozen, forgiven and vacation days never count.
import { isWholeNumber, shown, type Checked } from './shape.js';
import { refused, said, saidAt } from './said.js';
import type { ExplainedStreak } from './streak-policy.js';

export const DEFAULT_AWARD_TIERS: readonly number[] = [10, 20, 30];
const MAX_TIERS = 10;
const MAX_GOAL_WORDS = 1_000_000_000;

/** `goalWords`: absent (no shared goal) or a whole number of words. */
export function checkGoalWords(v: unknown): Checked<number | undefined> {
  if (v === undefined) return { ok: true, value: undefined };
  return isWholeNumber(v, 1, MAX_GOAL_WORDS) ? { ok: true, value: v } : refused(saidAt('goalWords', said('problem.goalWords', { value: shown(v), max: MAX_GOAL_WORDS }, `${JSON.stringify(v)} is not a whole number of words from 1 to ${MAX_GOAL_WORDS}`)));
}

/**
 * `awards`: rising whole numbers of days within the challenge. Absent: 10, 20 and 30 days,
 * those that fit the challenge (a challenge shorter than 10 days has one tier, all of it).
 */
export function checkAwardTiers(v: unknown, days: number): Checked<number[]> {
  if (v === undefined) {
    const fit = DEFAULT_AWARD_TIERS.filter((t) => t <= days);
    return { ok: true, value: fit.length ? fit : [days] };
  }
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_TIERS) return refused(saidAt('awards', said('problem.awards.list', { max: MAX_TIERS }, `must be a list of 1 to ${MAX_TIERS} numbers of days`)));
  for (const [i, t] of v.entries()) {
    if (!isWholeNumber(t, 1, days)) return refused(saidAt(`awards[${i}]`, said('problem.awards.tier', { value: shown(t), days }, `${JSON.stringify(t)} is not a whole number of days from 1 to ${days}`)));
    if (i > 0 && t <= v[i - 1]) return refused(saidAt('awards', said('problem.awards.rise', { value: shown(v) }, `${JSON.stringify(v)} must rise (each tier more days than the one before)`)));
  }
  return { ok: true, value: [...v] as number[] };
}

export interface GoalProgress {
  words: number;
  goal: number;
  remaining: number;
  /** Rounded down to a tenth: 99.96% is not yet 100%. */
  percent: number;
  reached: boolean;
}

/** "Together we wrote 412,000 of 600,000 words", or null when the cohort set no goal. */
export function goalProgress(memberWords: Iterable<number>, goalWords: number | undefined): GoalProgress | null {
  if (goalWords === undefined) return null;
  let words = 0;
  for (const w of memberWords) words += w;
  return { words, goal: goalWords, remaining: Math.max(0, goalWords - words), percent: Math.floor((words / goalWords) * 1000) / 10, reached: words >= goalWords };
}

export interface AwardStatus {
  daysWritten: number;
  reached: number[];
  /** The next tier and the days still to write for it; null once every tier is reached. */
  next: { tier: number; daysToGo: number; reachable: boolean } | null;
}

/** Tiers reached with `daysWritten`; whether the next can still be reached in the `daysLeft` after today. */
export function awardsOf(daysWritten: number, tiers: readonly number[], daysLeft = Infinity): AwardStatus {
  const reached = tiers.filter((t) => daysWritten >= t);
  const tier = tiers.find((t) => daysWritten < t);
  return { daysWritten, reached, next: tier === undefined ? null : { tier, daysToGo: tier - daysWritten, reachable: tier - daysWritten <= daysLeft } };
}

/** A member's awards from their explained streak, so awards, badges and streak agree on what counts. */
export function awardsFromStreak(streak: Pick<ExplainedStreak, 'daysWritten'>, tiers: readonly number[], daysLeft?: number): AwardStatus {
  return awardsOf(streak.daysWritten, tiers, daysLeft);
}

/** How many members reached each tier. */
export function tierCounts(daysWritten: Iterable<number>, tiers: readonly number[]): { tier: number; members: number }[] {
  const counts = tiers.map((tier) => ({ tier, members: 0 }));
  for (const d of daysWritten) for (const c of counts) if (d >= c.tier) c.members++;
  return counts;
}
