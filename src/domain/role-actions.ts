// What roles do, recorded: `actions/<handle>.json`, the actor's own file (written by them on
// plain git, by the ledger's workflow on GitHub). A moderator hides an entry's title and URL
// or removes a kudos, with a reason; a blogger-in-residence pins a post of the day; a mentor
// nudges their pods' members; student-success nudges anyone. Pure.
import type { LocalDate } from './calendar.js';
import { cleanField } from './clean-text.js';
import { kudosKey } from './feedback.js';
import { isHandle } from './handle.js';
import { parseInstant } from './instant.js';
import type { Role } from './ledger.js';
import { may } from './roles.js';
import {
  challengeDateSaid, checkOwnList, CLOCK_SKEW_MS, dayBegunBy, handleKey, inTheFuture, isObject, newItemProblems, notAHandle, notAnItem, notATime, parseJsonText, shown,
  type ItemProblem, type Window,
} from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';

export const actionsPath = (handle: string) => `actions/${handle}.json`;
export const MAX_REASON = 280;
export const MAX_ACTIONS = 5_000;
export const MAX_ACTIONS_BYTES = 1024 * 1024;

export type RoleAction =
  | { kind: 'hide-entry'; member: string; date: LocalDate; reason: string; at: string }
  | { kind: 'remove-feedback'; giver: string; to: string; date: LocalDate; reason: string; at: string }
  | { kind: 'pin'; member: string; date: LocalDate; at: string }
  | { kind: 'nudge'; member: string; date: LocalDate; at: string; note?: string };

export interface ActionsFile {
  schema: 1;
  handle: string;
  actions: RoleAction[];
}

export interface ActionRules extends Window {
  /** The actor's role, from the cohort's rules before the change. */
  role: Role | undefined;
  now?: number;
  /** The members of the pods the actor mentors on a day (pods-file.ts menteesOf). */
  menteesOn?: (date: LocalDate) => ReadonlySet<string>;
}

/** One action per target per day (per kind) from one actor. */
const actionKey = (a: RoleAction) =>
  `${a.kind}:${a.kind === 'remove-feedback' ? kudosKey(a.giver, a) : handleKey(a.member)}@${a.date}`;

export type CheckedAction = { ok: true; action: RoleAction } | { ok: false; problem: string; said: Said };

/** `actor may not hide entries: only moderators and leads may` (what: the key's last part). */
const mayNot = (actor: string, what: 'hide' | 'removeFeedback' | 'pin' | 'nudge', english: string): CheckedAction =>
  refused(said(`problem.action.${what}`, { actor }, `${actor} ${english}`));
/** A reason or note that is missing, empty or too long (`reason: is empty; hiding needs one`). */
const reasonNeeded = (problem: Said, act: 'hiding' | 'removing'): CheckedAction =>
  refused(saidAt('reason', said(`problem.action.reason.${act}`, { problem }, `${problem.text}; ${act} needs one`)));

/** One untrusted action by `actor`: its shape, and whether the actor's role may take it. */
export function checkAction(v: unknown, actor: string, rules: ActionRules): CheckedAction {
  if (!isObject(v)) return refused(notAnItem);
  const date = v.date as LocalDate;
  const common = challengeDateSaid(v.date, rules);
  if (common) return refused(saidAt('date', common));
  const at = typeof v.at === 'string' ? parseInstant(v.at) : undefined;
  if (at === undefined) return refused(notATime('at', v.at));
  if (rules.now !== undefined && at > rules.now + CLOCK_SKEW_MS) return refused(inTheFuture('at', v.at as string));
  if (!dayBegunBy(date, at)) return refused(said('problem.action.notBegun', { date, at: v.at as string }, `${date} had not begun anywhere at ${v.at}`));
  const who = (field: 'member' | 'giver' | 'to') => (isHandle(v[field]) ? (v[field] as string) : undefined);
  const reason = () => cleanField(v.reason, MAX_REASON);
  const base = { date, at: v.at as string };
  switch (v.kind) {
    case 'hide-entry': {
      if (!may(rules.role, 'hide-entry')) return mayNot(actor, 'hide', 'may not hide entries: only moderators and leads may');
      const member = who('member'), r = reason();
      if (!member) return refused(notAHandle(v.member, 'member'));
      return r.ok ? { ok: true, action: { kind: 'hide-entry', member, ...base, reason: r.text } } : reasonNeeded(r.said, 'hiding');
    }
    case 'remove-feedback': {
      if (!may(rules.role, 'remove-feedback')) return mayNot(actor, 'removeFeedback', 'may not remove feedback: only moderators and leads may');
      const giver = who('giver'), to = who('to'), r = reason();
      if (!giver || !to) return refused(said('problem.action.handles', {}, 'giver and to: must be handles'));
      return r.ok ? { ok: true, action: { kind: 'remove-feedback', giver, to, ...base, reason: r.text } } : reasonNeeded(r.said, 'removing');
    }
    case 'pin': {
      if (!may(rules.role, 'pin-post')) return mayNot(actor, 'pin', 'may not pin posts: only bloggers-in-residence and leads may');
      const member = who('member');
      if (!member) return refused(notAHandle(v.member, 'member'));
      if (handleKey(member) === handleKey(actor)) return refused(said('problem.action.pinOwn', {}, 'pin another member\'s post, not your own'));
      return { ok: true, action: { kind: 'pin', member, ...base } };
    }
    case 'nudge':
      return checkNudge(v, actor, rules, who('member'), base);
    default:
      return refused(saidAt('kind', said('problem.action.kind', { value: shown(v.kind) }, `${JSON.stringify(v.kind)} is not an action (hide-entry, remove-feedback, pin, nudge)`)));
  }
}

function checkNudge(v: Record<string, unknown>, actor: string, rules: ActionRules, member: string | undefined, base: { date: LocalDate; at: string }): CheckedAction {
  if (!member) return refused(notAHandle(v.member, 'member'));
  if (handleKey(member) === handleKey(actor)) return refused(said('problem.action.nudgeSelf', {}, 'a nudge is for someone else'));
  if (!may(rules.role, 'nudge-members')) {
    if (!may(rules.role, 'nudge-mentees')) return mayNot(actor, 'nudge', 'may not nudge: only mentors, student-success and leads may');
    if (!rules.menteesOn?.(base.date).has(handleKey(member)))
      return refused(said('problem.action.notMentee', { member, actor, date: base.date }, `${member} is not in a pod ${actor} mentors on ${base.date}`));
  }
  if (v.note === undefined) return { ok: true, action: { kind: 'nudge', member, ...base } };
  const note = cleanField(v.note, MAX_REASON);
  return note.ok ? { ok: true, action: { kind: 'nudge', member, ...base, note: note.text } } : refused(saidAt('note', note.said));
}

export type CheckedActions = { ok: true; value: ActionsFile; problems: ItemProblem[] } | { ok: false; problem: string; said: Said };

/** An untrusted actions file: refused whole when it is not the actor's; each action that breaks a rule is named. */
export function checkActions(v: unknown, fileHandle: string, rules: ActionRules): CheckedActions {
  const checked = checkOwnList(v, fileHandle, {
    list: 'actions',
    max: MAX_ACTIONS,
    check: (item) => {
      const a = checkAction(item, fileHandle, rules);
      return a.ok ? { ok: true, value: a.action } : a;
    },
    key: actionKey,
    twice: (a) => a.kind === 'remove-feedback'
      ? said('problem.action.twiceKudos', { kind: a.kind }, `a second ${a.kind} for the same kudos`)
      : said('problem.action.twice', { kind: a.kind }, `a second ${a.kind} for the same member and day`),
  });
  return checked.ok ? { ok: true, value: { schema: 1, handle: fileHandle, actions: checked.items }, problems: checked.problems } : checked;
}

/** The hook on a pushed actions file: it must be the actor's, and new or changed actions must be the actor's role's to take. */
export function actionsPushProblems(path: string, actor: string, oldText: string | undefined, newText: string, rules: ActionRules): Said[] {
  const parsed = parseJsonText(newText, MAX_ACTIONS_BYTES);
  if (!parsed.ok) return [saidAt(path, parsed.said)];
  const checked = checkActions(parsed.value, actor, rules);
  if (!checked.ok) return [saidAt(path, checked.said)];
  return newItemProblems(path, 'actions', checked.problems, (parsed.value as { actions: unknown[] }).actions, oldText, MAX_ACTIONS_BYTES);
}
