// The status use case: where the writer stands today. Runs many times a day, so it reads
// two small JSON files and parses no YAML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDay } from '../domain/calendar.js';
import { totalWords, wordsOn, type JournalEntry } from '../domain/journal.js';
import type { CalendarDay } from '../domain/streak.js';
import { draftWords } from '../adapters/word-cache.js';
import { rememberedKudos } from '../adapters/kudos-cache.js';
import type { Context } from '../context.js';
import { loadWriter } from './writer-state.js';
import { awardsFromStreak, checkAwardTiers, goalProgress, type AwardStatus, type GoalProgress } from '../domain/awards.js';
import { daysBetween } from '../domain/calendar.js';
import type { StreakPolicy } from '../domain/streak-policy.js';
import { rememberedTotals } from '../adapters/cohort-totals.js';
import { streakReasons } from '../render/streak-why.js';

export type TodayState =
  | { state: 'not-started' }
  | { state: 'draft'; path: string; words: number }
  /** notPushed: today's commits still waiting for their push (offline, --no-push). */
  | { state: 'published'; posts: number; notPushed?: number };

/** Where today's entry stands with the cohort's ledger, as the last sync saw it. */
export type LedgerState = 'recorded' | 'submitted' | 'queued' | 'too-late' | 'outside' | 'invalid';

export interface StatusResult {
  date: string;
  day: number | null;
  days: number;
  phase: 'before' | 'active' | 'finished';
  startsIn?: number;
  start: string;
  published: boolean;
  today: TodayState;
  /** Words a post needs to count: the cohort's minimum in a cohort, else the writer's goal. */
  goal: number;
  /** The writer's own goal, when it is above that minimum. */
  target?: number;
  words: { today: number; total: number };
  daysWritten: number;
  streak: { current: number; longest: number };
  calendar: CalendarDay[];
  /** Null when the writer is in no cohort or has not published today. */
  ledger: LedgerState | null;
  /** Why the streak is what it is, one reason a line (frozen, forgiven, made-up and vacation days, the last break). */
  why: string[];
  policy: StreakPolicy;
  /** Award tiers of days written (frozen, forgiven and vacation days never count); daysWritten includes make-ups. */
  awards: AwardStatus & { tiers: number[] };
  /** The cohort's shared goal as the last full read of the ledger counted it (report, partners); null when none is set. */
  together: (GoalProgress & { asOf: string | null }) | null;
  vacations: { from: string; to: string }[];
  /** Kudos received today (in the writer's day), as the last wotn sync saw them. */
  kudosToday: { from: string; date: string; note?: string }[];
}

export function runStatus(ctx: Context): StatusResult {
  const w = loadWriter(ctx);
  const todays = w.journal.entries.filter((e) => e.date === w.today);
  const draftRel = w.journal.drafts[w.today];
  const draftFile = draftRel ? join(w.settings.blogDir, draftRel) : undefined;
  let today: TodayState = { state: 'not-started' };
  const waiting = todays.filter((e) => e.push === 'pending').length;
  if (todays.length) today = { state: 'published', posts: todays.length, ...(waiting ? { notPushed: waiting } : {}) };
  else if (draftFile && existsSync(draftFile))
    today = { state: 'draft', path: draftFile, words: draftWords(ctx.paths, draftFile, readFileSync(draftFile, 'utf8')) };
  const inChallenge = w.calendar.filter((d) => d.state === 'written');
  const tiers = w.community?.awards ?? (checkAwardTiers(undefined, w.settings.days) as { ok: true; value: number[] }).value;
  const end = w.calendar.at(-1)?.date ?? w.today;
  const daysLeft = w.today > end ? 0 : daysBetween(w.today, end) + (w.journal.entries.some((e) => e.date === w.today) ? 0 : 1);
  return {
    date: w.today,
    day: w.phase.phase === 'active' ? w.phase.day : null,
    days: w.settings.days,
    phase: w.phase.phase,
    ...(w.phase.phase === 'before' ? { startsIn: w.phase.startsIn } : {}),
    start: w.start,
    published: todays.length > 0,
    today,
    goal: w.minimum,
    ...(w.target ? { target: w.target } : {}),
    words: { today: wordsOn(w.journal.entries, w.today), total: totalWords(w.journal.entries) },
    daysWritten: inChallenge.length,
    streak: { current: w.streak.current, longest: w.streak.longest },
    calendar: w.calendar,
    ledger: w.settings.ledger && todays.length ? ledgerState(todays) : null,
    why: streakReasons(w.explained, w.policy),
    policy: w.policy,
    awards: { ...awardsFromStreak(w.explained, tiers, daysLeft), tiers },
    together: sharedGoal(ctx, w.settings.ledger, w.community?.goalWords),
    vacations: w.settings.vacations,
    kudosToday: w.settings.ledger && w.settings.handle
      ? rememberedKudos(ctx.paths, w.settings.ledger, w.settings.handle)
        .filter((k) => localDay(Date.parse(k.givenAt), w.settings.timezone, w.settings.dayStartsAt, ctx.offset) === w.today)
        .map((k) => ({ from: k.from, date: k.date, ...(k.note ? { note: k.note } : {}) }))
      : [],
  };
}

function sharedGoal(ctx: Context, ledger: string | undefined, goalWords: number | undefined): StatusResult['together'] {
  if (!ledger || goalWords === undefined) return null;
  const totals = rememberedTotals(ctx.paths, ledger);
  return { ...goalProgress([totals?.words ?? 0], goalWords)!, asOf: totals?.date ?? null };
}

function ledgerState(todays: readonly JournalEntry[]): LedgerState {
  if (todays.every((e) => e.synced)) return 'recorded';
  return todays.find((e) => e.checkIn)?.checkIn ?? 'queued';
}
