// The "learn together" fields of the ledger's existing files, read from untrusted JSON:
// the cohort's new rules in wotn-cohort.json (written by leads) and the new fields of a
// member's card (written by the member). checkCohort and checkCard pass unknown fields
// through; these read them. Pure.
import { checkAwardTiers, checkGoalWords } from './awards.js';
import { cleanField } from './clean-text.js';
import type { Cohort } from './ledger.js';
import { checkLeftAt, checkRemovals, type Removal } from './membership.js';
import { checkNudgeHours, checkQuietHours, checkVacations, vacationChangeRefusal, type QuietHours, type Vacation } from './nudge.js';
import { ROLES } from './roles.js';
import { isObject, isWholeNumber, notABoolean, notWholeFrom, shown, type Checked } from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';
import { checkStreakPolicy, type StreakPolicy } from './streak-policy.js';

export const MAX_FEEDBACK_GUIDE = 2_000;
const KNOWN_ROLES: readonly string[] = [...ROLES, 'member'];

export interface CommunityRules {
  goalWords?: number;
  awards: number[];
  streak: StreakPolicy;
  nudgeHoursBefore: number;
  quietHours: QuietHours | null;
  maxVacationDays?: number;
  /** How to give feedback, shown by `wotn kudos` the first time. */
  feedbackGuide?: string;
  /** By lowercase handle. */
  removed: Record<string, Removal>;
}

/** The new rules of a checked cohort (`cohort` is checkCohort's value, `raw` the same JSON). */
export function checkCommunityRules(raw: unknown, cohort: Pick<Cohort, 'days' | 'freezes' | 'roles'>): Checked<CommunityRules> {
  const v = isObject(raw) ? raw : {};
  const unknownRole = Object.entries(cohort.roles).find(([, role]) => !KNOWN_ROLES.includes(role));
  if (unknownRole) return refused(saidAt(`roles.${unknownRole[0]}`, said('problem.notARole', { value: shown(unknownRole[1]), roles: ROLES.join(', ') }, `${JSON.stringify(unknownRole[1])} is not a role (${ROLES.join(', ')})`)));
  const goal = checkGoalWords(v.goalWords);
  if (!goal.ok) return goal;
  const awards = checkAwardTiers(v.awards, cohort.days);
  if (!awards.ok) return awards;
  const streak = checkStreakPolicy(v.streak, cohort.freezes);
  if (!streak.ok) return streak;
  const hours = checkNudgeHours(v.nudgeHoursBefore);
  if (!hours.ok) return hours;
  const quiet = checkQuietHours(v.quietHours);
  if (!quiet.ok) return quiet;
  if (v.maxVacationDays !== undefined && !isWholeNumber(v.maxVacationDays, 0, cohort.days))
    return refused(notWholeFrom('maxVacationDays', v.maxVacationDays, 0, cohort.days));
  const guide = v.feedbackGuide === undefined ? undefined : cleanField(v.feedbackGuide, MAX_FEEDBACK_GUIDE, { paragraphs: true });
  if (guide && !guide.ok) return refused(saidAt('feedbackGuide', guide.said));
  const removed = checkRemovals(v.removed);
  if (!removed.ok) return removed;
  return {
    ok: true,
    value: {
      ...(goal.value !== undefined ? { goalWords: goal.value } : {}),
      awards: awards.value,
      streak: streak.value,
      nudgeHoursBefore: hours.value,
      quietHours: quiet.value,
      ...(v.maxVacationDays !== undefined ? { maxVacationDays: v.maxVacationDays as number } : {}),
      ...(guide ? { feedbackGuide: guide.text } : {}),
      removed: removed.value,
    },
  };
}

export interface CommunityCard {
  nudge: boolean;
  /** The member's own quiet hours; absent: the cohort's. */
  quietHours?: QuietHours | null;
  vacations: Vacation[];
  leftAt?: string;
}

/** The new fields of a member's card (checkCard has checked the rest). */
export function checkCommunityCard(raw: unknown, cohort: Pick<Cohort, 'start' | 'days'>, rules: Pick<CommunityRules, 'maxVacationDays'>, now?: number): Checked<CommunityCard> {
  const v = isObject(raw) ? raw : {};
  if (v.nudge !== undefined && typeof v.nudge !== 'boolean') return refused(notABoolean('nudge'));
  const quiet = v.quietHours === undefined ? undefined : checkQuietHours(v.quietHours);
  if (quiet && !quiet.ok) return quiet;
  const vacations = checkVacations(v.vacations, cohort, rules.maxVacationDays);
  if (!vacations.ok) return vacations;
  const left = checkLeftAt(v.leftAt, now);
  if (!left.ok) return left;
  return {
    ok: true,
    value: { nudge: v.nudge === true, ...(quiet ? { quietHours: quiet.value } : {}), vacations: vacations.value, ...(left.value ? { leftAt: left.value } : {}) },
  };
}

/** What the hook and ingest refuse in a change to a card's new fields: a vacation after the fact. */
export function cardChangeRefusal(before: CommunityCard | undefined, after: CommunityCard, today: string): Said | undefined {
  return vacationChangeRefusal(before?.vacations ?? [], after.vacations, today);
}
