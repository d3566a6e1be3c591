// The writer's state (config, journal, today) and where they stand. Every use case of the
// daily loop starts here, so it stays light: no git, no YAML parser, no prompts.
import { readConfigOrEmpty } from '../adapters/config.js';
import { readJournal } from '../adapters/journal.js';
import { challengeDay, intlOffset, localDay, type ChallengePhase, type LocalDate, type ZoneOffset } from '../domain/calendar.js';
import type { Journal } from '../domain/journal.js';
import { writtenDays } from '../domain/journal.js';
import { resolveSettings, type Config, type Settings } from '../domain/settings.js';
import { challengeCalendar, type CalendarDay, type Streak } from '../domain/streak.js';
import { checkCommunityRules, type CommunityRules } from '../domain/community.js';
import { vacationDays } from '../domain/nudge.js';
import { daysOfEntries, explainStreak, type ExplainedStreak, type StreakPolicy } from '../domain/streak-policy.js';
import type { Context } from '../context.js';
import { rememberedRules } from '../adapters/cohort-rules.js';
import type { Cohort } from '../domain/ledger.js';

export interface WriterState {
  config: Config;
  settings: Settings;
  journal: Journal;
  now: number;
  today: LocalDate;
  /** The challenge's first day: configured, else the first post's day, else today. */
  start: LocalDate;
  phase: ChallengePhase;
  streak: Streak;
  /** The streak day by day, with the policy that judged it (status says why a streak is what it is). */
  explained: ExplainedStreak;
  policy: StreakPolicy;
  /** The cohort's learn-together rules (goal, awards, nudges), when in a cohort whose rules read. */
  community?: CommunityRules;
  calendar: CalendarDay[];
  /** The cohort's rules when the writer is in one (as last synced). */
  cohort?: Cohort;
  /** Words a post needs to count: the cohort's minimum, else the writer's goal. */
  minimum: number;
  /** The writer's own goal when it is above the minimum: shown as a target, never enforced. */
  target?: number;
}

export function loadWriter(ctx: Context): WriterState {
  const config = readConfigOrEmpty(ctx.paths);
  const settings = resolveSettings(config, { editor: ctx.env.VISUAL || ctx.env.EDITOR || undefined }, {
    timezone: ctx.zone,
    blogDir: ctx.paths.defaultBlog,
  });
  const journal = readJournal(ctx.paths);
  const cohort = settings.ledger ? rememberedRules(ctx.paths, settings.ledger) : undefined;
  return computeWriter(config, settings, journal, ctx.now(), cohort, ctx.offset);
}

export function computeWriter(
  config: Config,
  settings: Settings,
  journal: Journal,
  now: number,
  cohort?: Cohort,
  offset: ZoneOffset = intlOffset,
): WriterState {
  const today = localDay(now, settings.timezone, settings.dayStartsAt, offset);
  const firstPost = journal.entries.reduce<LocalDate | undefined>((min, e) => (!min || e.date < min ? e.date : min), undefined);
  const start = cohort?.start ?? settings.challengeStart ?? firstPost ?? today;
  if (cohort) settings = { ...settings, days: cohort.days };
  const days = writtenDays(journal.entries);
  const explained = explainedStreakOf(journal, today, start, cohort, settings);
  const streak: Streak = { current: explained.current, longest: explained.longest, frozen: explained.frozen };
  const community = communityOf(cohort);
  return {
    cohort,
    explained,
    policy: policyOf(cohort, settings),
    ...(community ? { community } : {}),
    minimum: cohort?.minWords ?? settings.goal,
    ...(cohort && settings.goal > cohort.minWords ? { target: settings.goal } : {}),
    config,
    settings,
    journal,
    now,
    today,
    start,
    phase: challengeDay(today, start, settings.days),
    streak,
    calendar: challengeCalendar(start, settings.days, today, days, streak.frozen, vacationDays(settings.vacations as { from: LocalDate; to: LocalDate }[])),
  };
}

/** The cohort's learn-together rules, or undefined outside a cohort (or when they do not read). */
export function communityOf(cohort: Cohort | undefined): CommunityRules | undefined {
  if (!cohort) return undefined;
  const rules = checkCommunityRules(cohort, cohort);
  return rules.ok ? rules.value : undefined;
}

/** The streak policy: the cohort's, else the solo writer's own freezes. */
export function policyOf(cohort: Cohort | undefined, settings: Pick<Settings, 'freezes'>): StreakPolicy {
  if (cohort) return communityOf(cohort)?.streak ?? { freezes: cohort.freezes, neverMissTwice: false, makeUpDays: 0 };
  return { freezes: settings.freezes, neverMissTwice: false, makeUpDays: 0 };
}

/** The writer's streak over a journal, day by day: the one place the daily loop applies the streak rule. */
export function explainedStreakOf(journal: Journal, today: LocalDate, start: LocalDate, cohort: Cohort | undefined, settings: Pick<Settings, 'freezes' | 'vacations'>): ExplainedStreak {
  const { written, makeUp } = daysOfEntries(journal.entries);
  return explainStreak({ start, today, written, makeUp, paused: vacationDays(settings.vacations as { from: LocalDate; to: LocalDate }[]) }, policyOf(cohort, settings));
}

/** The writer's streak over a journal. */
export function streakOf(journal: Journal, today: LocalDate, start: LocalDate, cohort: Cohort | undefined, settings: Pick<Settings, 'freezes' | 'vacations'>): Streak {
  const e = explainedStreakOf(journal, today, start, cohort, settings);
  return { current: e.current, longest: e.longest, frozen: e.frozen };
}
