// What the pre-receive hook (and `ledger verify`) checks in the files issue 11 adds or
// extends, one pushed file at a time: feedback, role actions, pods, the new fields of
// cards and rules, and nothing more from a removed member. Who may write which path is
// roles.ts's (writeProblem); this is what the content must be. Pure: push-check.ts's
// PathChange in, one line per problem out (its English and its words for the pusher's cohort).
import type { LocalDate } from './calendar.js';
import { cardChangeRefusal, checkCommunityCard, checkCommunityRules } from './community.js';
import { feedbackPushProblems } from './feedback.js';
import { checkCohort, roleOf, type Cohort } from './ledger.js';
import { removalRefusal } from './membership.js';
import { checkPodsFile, menteesOf, type PodsFile } from './pods-file.js';
import type { PathChange } from './push-check.js';
import { actionsPushProblems } from './role-actions.js';
import { classifyPath, may } from './roles.js';
import { parseJsonText } from './shape.js';
import { saidAt, type Said } from './said.js';

const MAX_BYTES = 1024 * 1024;

export interface CommunityPushContext {
  /** The cohort's rules at the old tip: roles come from there, so a push can't grant itself a power. */
  rules: Cohort;
  pusher: string;
  now: number;
  /** The pods at the old tip (whom mentors may nudge). */
  pods?: PodsFile;
  /** A member's local day at `now` (their card's zone and day boundary, else the cohort's). */
  today: (handle: string) => LocalDate;
}

export function communityFileProblems(c: PathChange, ctx: CommunityPushContext): Said[] {
  if (c.newMode === '000000' || c.newText === undefined) return [];
  const file = classifyPath(c.path);
  const w = { start: ctx.rules.start, days: ctx.rules.days };
  const lead = may(roleOf(ctx.rules, ctx.pusher), 'write-anything');
  const removed = 'handle' in file && !lead ? removalRefusal(file.handle, communityOf(ctx.rules)?.removed ?? {}, ctx.now) : undefined;
  if (removed) return [saidAt(c.path, removed)];
  switch (file.kind) {
    case 'feedback':
      return feedbackPushProblems(c.path, file.handle, c.oldText, c.newText, { ...w, now: ctx.now });
    case 'actions':
      return actionsPushProblems(c.path, file.handle, c.oldText, c.newText, {
        ...w, role: roleOf(ctx.rules, file.handle), now: ctx.now,
        menteesOn: (date) => (ctx.pods ? menteesOf(ctx.pods, file.handle, date) : new Set()),
      });
    case 'pods': {
      const parsed = parseJsonText(c.newText, MAX_BYTES);
      const pods = parsed.ok ? checkPodsFile(parsed.value, w) : parsed;
      return pods.ok ? [] : [saidAt(c.path, pods.said)];
    }
    case 'rules':
      return rulesProblems(c.path, c.newText);
    case 'card':
      return cardProblems(c, file.handle, ctx, lead);
    default:
      return [];
  }
}

function rulesProblems(path: string, text: string): Said[] {
  const parsed = parseJsonText(text, MAX_BYTES);
  const cohort = parsed.ok ? checkCohort(parsed.value) : parsed;
  if (!cohort.ok) return []; // push-check.ts reports a broken wotn-cohort.json
  const community = checkCommunityRules(cohort.value, cohort.value);
  return community.ok ? [] : [saidAt(path, community.said)];
}

function cardProblems(c: PathChange, handle: string, ctx: CommunityPushContext, lead: boolean): Said[] {
  const read = (text: string | undefined) => {
    const parsed = text === undefined ? undefined : parseJsonText(text, MAX_BYTES);
    return parsed?.ok ? checkCommunityCard(parsed.value, ctx.rules, communityOf(ctx.rules) ?? {}, ctx.now) : undefined;
  };
  const after = read(c.newText);
  if (!after) return []; // push-check.ts reports a card that is not JSON
  if (!after.ok) return [saidAt(c.path, after.said)];
  const before = read(c.oldText);
  // A lead may repair a card; the member may not turn missed days into vacation.
  const problem = lead ? undefined : cardChangeRefusal(before?.ok ? before.value : undefined, after.value, ctx.today(handle));
  return problem ? [saidAt(c.path, problem)] : [];
}

const communityOf = (cohort: Cohort) => {
  const rules = checkCommunityRules(cohort, cohort);
  return rules.ok ? rules.value : undefined;
};
