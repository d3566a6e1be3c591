// What "learn together" adds to a report: each member's kudos given and received, and who
// is kept out (removed by a lead). Pure: the report's lines, the feedback and actions files
// and the rules in; the lines' kudos set. A kudos counts when its post is counted in the
// report and no moderator (or lead) removed it; a removed member's kudos count for no one.
import { addDays, type LocalDate } from './calendar.js';
import { checkCommunityRules } from './community.js';
import { countKudos, type FeedbackFile } from './feedback.js';
import type { Cohort } from './ledger.js';
import { standingOf, type Removal } from './membership.js';
import { applyActions } from './moderation.js';
import type { ActionsFile } from './role-actions.js';
import { handleKey } from './shape.js';

export function removalsOf(cohort: Cohort): Readonly<Record<string, Removal>> {
  const rules = checkCommunityRules(cohort, cohort);
  return rules.ok ? rules.value.removed : {};
}

/** Whether a report or page built at `now` leaves this member out. */
export const isRemoved = (handle: string, removed: Readonly<Record<string, Removal>>, now: number) => standingOf(handle, undefined, removed, now) === 'removed';

interface Line {
  handle: string;
  days: readonly number[];
  setKudos?: (given: number, received: number) => void;
}

export function applyKudos(lines: readonly Line[], files: { feedback: readonly FeedbackFile[]; actions: readonly ActionsFile[] }, cohort: Cohort, now: number): void {
  if (!files.feedback.length) return;
  const removed = removalsOf(cohort);
  const byHandle = new Map(lines.map((l) => [handleKey(l.handle), new Set(l.days)]));
  const dayOf = (date: LocalDate) => Math.round((Date.parse(date) - Date.parse(cohort.start)) / 86_400_000) + 1;
  const moderation = applyActions(files.actions, cohort);
  const counted = countKudos(files.feedback.filter((f) => !isRemoved(f.handle, removed, now) && byHandle.has(handleKey(f.handle))), {
    start: cohort.start, days: cohort.days,
    placeOf: () => ({ timezone: cohort.timezone }),
    hasPost: (to, date) => byHandle.get(to)?.has(dayOf(date)) === true && date <= addDays(cohort.start, cohort.days - 1),
    removed: (key) => moderation.removedKudos.has(key),
  });
  for (const l of lines) {
    const t = counted.members.get(handleKey(l.handle));
    if (t) l.setKudos?.(t.given, t.received);
  }
}
