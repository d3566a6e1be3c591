// `wotn ledger ingest`, the "learn together" decisions: a kudos reply becomes a kudos in the
// giver's feedback/<login>.json, a role's action comment an action in actions/<login>.json, a
// leave comment the card's leftAt. As for check-ins, who is the comment's author and when is
// GitHub's created_at: a comment can't give kudos in someone else's name, backdate a kudos,
// or act with a role its author does not hold. Pure.
import { zonedTimestamp, type LocalDate } from './calendar.js';
import { checkCommunityRules } from './community.js';
import { recordKudos, type FeedbackFile } from './feedback.js';
import { roleOf, type Cohort, type MemberCard, type Progress } from './ledger.js';
import { removalRefusal } from './membership.js';
import { menteesOf, type PodsFile } from './pods-file.js';
import { checkAction, MAX_ACTIONS, type ActionsFile, type RoleAction } from './role-actions.js';
import { handleKey } from './shape.js';
import type { CommunitySubmission } from './submission.js';
import { said, type Said } from './said.js';

export interface CommunityRecord {
  card?: MemberCard;
  progress?: Progress;
  feedback?: FeedbackFile;
  actions?: ActionsFile;
}

export interface CommunityComment {
  id: number;
  created_at: string;
  updated_at: string;
}

export type CommunityDecided =
  | { next: CommunityRecord; kind: 'kudos' | 'action' | 'leave'; path: string; date?: LocalDate }
  | { kind: 'kudos' | 'action' | 'leave'; path: string; date?: LocalDate; reason: Said };

export interface CommunityContext {
  cohort: Cohort;
  /** The ledger's files of every login the comments name (authors and kudos receivers). */
  recordOf: (login: string) => CommunityRecord | undefined;
  pods?: PodsFile;
}

/** Handles a kudos names as its receiver, so ingest reads their progress (a kudos is for a post). */
export function kudosReceivers(submissions: readonly (CommunitySubmission | { kind: string })[]): string[] {
  return submissions.flatMap((s) => (s.kind === 'kudos' ? [handleKey((s as { to: string }).to)] : []));
}

const sameTarget = (a: RoleAction, b: RoleAction) =>
  a.kind === b.kind && a.date === b.date &&
  (a.kind === 'remove-feedback' && b.kind === 'remove-feedback'
    ? handleKey(a.giver) === handleKey(b.giver) && handleKey(a.to) === handleKey(b.to)
    : handleKey((a as { member: string }).member) === handleKey((b as { member: string }).member));

export function decideCommunity(x: CommunityContext, login: string, record: CommunityRecord, s: CommunitySubmission, c: CommunityComment): CommunityDecided {
  const { cohort } = x;
  const rules = checkCommunityRules(cohort, cohort);
  const removed = rules.ok ? rules.value.removed : {};
  const created = Date.parse(c.created_at);
  const at = new Date(created).toISOString().replace('.000Z', 'Z');
  const window = { start: cohort.start, days: cohort.days, now: Date.parse(c.updated_at) };
  const gone = removalRefusal(login, removed, created);

  if (s.kind === 'leave') {
    const path = `members/${login}.json`;
    if (gone) return { kind: 'leave', path, reason: gone };
    if (!record.card) return { kind: 'leave', path, reason: said('problem.leave.notJoined', { login }, `${login} has not joined this cohort, so there is nothing to leave`) };
    if (record.card.leftAt) return { next: record, kind: 'leave', path };
    const card = { ...record.card, leftAt: zonedTimestamp(created, record.card.timezone ?? cohort.timezone) } as MemberCard;
    return { next: { ...record, card }, kind: 'leave', path };
  }

  if (s.kind === 'kudos') {
    const path = `feedback/${login}.json`;
    const refuse = (reason: Said): CommunityDecided => ({ kind: 'kudos', path, date: s.date, reason });
    if (gone) return refuse(gone);
    if (!record.card) return refuse(said('problem.kudos.notJoined', { login }, `${login} has not joined this cohort: kudos count for members (run wotn cohort join)`));
    const to = handleKey(s.to);
    const receiver = to === login ? record : x.recordOf(to);
    if (to !== login) {
      const receiverGone = removalRefusal(to, removed, created);
      if (receiverGone) return refuse(receiverGone);
      if (!receiver?.progress?.entries.some((e) => e.date === s.date)) return refuse(said('problem.kudos.noPost', { to, date: s.date }, `${to} has no post of ${s.date} in the ledger to thank`));
    }
    const r = recordKudos(record.feedback, login, { to, date: s.date, givenAt: at, ...(s.note !== undefined ? { note: s.note } : {}) }, window);
    if (r.outcome === 'refused') return refuse(r.said);
    return { next: { ...record, feedback: r.file }, kind: 'kudos', path, date: s.date };
  }

  const path = `actions/${login}.json`;
  const date = typeof s.action.date === 'string' ? (s.action.date as LocalDate) : undefined;
  const refuse = (reason: Said): CommunityDecided => ({ kind: 'action', path, ...(date ? { date } : {}), reason });
  if (gone) return refuse(gone);
  const pods = x.pods;
  const checked = checkAction({ ...s.action, at }, login, {
    ...window, role: roleOf(cohort, login), menteesOn: (d) => (pods ? menteesOf(pods, login, d) : new Set()),
  });
  if (!checked.ok) return refuse(checked.said);
  const current = record.actions?.actions ?? [];
  const kept = current.filter((a) => !sameTarget(a, checked.action));
  if (kept.length >= MAX_ACTIONS) return refuse(said('problem.action.full', { max: MAX_ACTIONS }, `an actions file holds at most ${MAX_ACTIONS} actions`));
  const actions: ActionsFile = { schema: 1, handle: record.actions?.handle ?? login, actions: [...kept, checked.action] };
  return { next: { ...record, actions }, kind: 'action', path, ...(date ? { date } : {}) };
}
