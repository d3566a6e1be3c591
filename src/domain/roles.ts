// Roles that do something: what each may do, and which ledger files each may write. One
// table, read by `ledger verify`, the pre-receive hook and ingest alike, so a role's powers
// do not depend on which door a change comes through. Pure.
import { isHandle } from './handle.js';
import { COHORT_FILE, roleOf, type Cohort, type Role } from './ledger.js';
import { PODS_FILE } from './pods-file.js';
import { said, type Said } from './said.js';
import type { ChangedCommit, Violation } from './verify.js';

export const ROLES = ['lead', 'moderator', 'mentor', 'blogger-in-residence', 'student-success'] as const;
export type CommunityRole = (typeof ROLES)[number];

export const isCommunityRole = (v: unknown): v is CommunityRole => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

export type Power =
  | 'change-rules' // wotn-cohort.json: rules, roles, goals, awards, removing a member
  | 'assign-pods' // pods.json
  | 'write-anything' // the site, the workflow, every member's files (a lead repairs)
  | 'hide-entry' // hide an entry's title and URL from pages, with a reason
  | 'remove-feedback' // take a kudos or note off pages and counts, with a reason
  | 'pin-post' // pin a post of the day
  | 'featured' // shown on the cohort's pages
  | 'see-mentees' // the members and progress of the pods they mentor
  | 'nudge-mentees' // nudge members of the pods they mentor
  | 'see-at-risk' // who is at risk today
  | 'nudge-members'; // nudge any member who takes part

const LEAD: readonly Power[] = [
  'change-rules', 'assign-pods', 'write-anything', 'hide-entry', 'remove-feedback', 'pin-post',
  'see-mentees', 'nudge-mentees', 'see-at-risk', 'nudge-members',
];

export const POWERS: Readonly<Record<CommunityRole, readonly Power[]>> = {
  lead: LEAD,
  moderator: ['hide-entry', 'remove-feedback'],
  mentor: ['see-mentees', 'nudge-mentees'],
  'blogger-in-residence': ['pin-post', 'featured'],
  'student-success': ['see-at-risk', 'nudge-members'],
};

/** What a role may do; a role this wotn does not know (or none) may do nothing beyond a member's own files. */
export function powersOf(role: Role | undefined): readonly Power[] {
  return isCommunityRole(role) ? POWERS[role] : [];
}

export const may = (role: Role | undefined, power: Power): boolean => powersOf(role).includes(power);

/** Powers recorded in the actor's own `actions/<handle>.json` (role-actions.ts). */
export const ACTING_POWERS: readonly Power[] = ['hide-entry', 'remove-feedback', 'pin-post', 'nudge-mentees', 'nudge-members'];

export type LedgerFile =
  | { kind: 'rules' }
  | { kind: 'pods' }
  | { kind: 'card' | 'progress' | 'feedback' | 'actions'; handle: string }
  | { kind: 'other' };

const OWN_FILE = /^(members|progress|feedback|actions)\/([^/]+)\.json$/;
const KIND = { members: 'card', progress: 'progress', feedback: 'feedback', actions: 'actions' } as const;

export function classifyPath(path: string): LedgerFile {
  if (path === COHORT_FILE) return { kind: 'rules' };
  if (path === PODS_FILE) return { kind: 'pods' };
  const own = OWN_FILE.exec(path);
  if (own && isHandle(own[2])) return { kind: KIND[own[1] as keyof typeof KIND], handle: own[2]! };
  return { kind: 'other' };
}

/**
 * Why `actor` may not write `path` (undefined when they may). Everyone writes their own card,
 * progress and feedback; a role that acts (moderator, mentor, blogger-in-residence,
 * student-success) also its own actions file; a lead writes anything. Roles are the
 * cohort's before the change, so no change can grant itself a power.
 */
export function writeProblem(path: string, actor: string, cohort: Pick<Cohort, 'roles'>): string | undefined {
  return writeRefusal(path, actor, cohort)?.text;
}

/** writeProblem as data for the pusher's or the lead's language (said.ts). */
export function writeRefusal(path: string, actor: string, cohort: Pick<Cohort, 'roles'>): Said | undefined {
  const role = roleOf(cohort, actor);
  if (may(role, 'write-anything')) return undefined;
  const file = classifyPath(path);
  switch (file.kind) {
    case 'rules':
      return said('problem.write.rules', { actor }, `${actor} may not change the cohort's rules or roles; only a lead may`);
    case 'pods':
      return said('problem.write.pods', { actor }, `${actor} may not change the pods; only a lead assigns them`);
    case 'other':
      return said('problem.write.other', { actor }, `${actor} is not a lead and may change only members/${actor}.json, progress/${actor}.json and feedback/${actor}.json`);
    default:
      if (file.handle !== actor) return said(`problem.write.${file.kind}`, { actor, handle: file.handle }, `${actor} may not change ${file.handle}'s ${file.kind}`);
      if (file.kind === 'actions' && !ACTING_POWERS.some((p) => may(role, p)))
        return said('problem.write.noActingRole', { actor, role: role ?? 'member' }, `${actor} has no role that acts (${role ?? 'member'}); only moderators, mentors, bloggers-in-residence, student-success leads and leads keep an actions file`);
      return undefined;
  }
}

/** `verifyChanges` with the new files: every path of every commit checked against the base's roles. */
export function checkChangedPaths(commits: readonly ChangedCommit[], actor: string, cohort: Pick<Cohort, 'roles'>): Violation[] {
  const violations: Violation[] = [];
  for (const c of commits)
    for (const path of c.paths) {
      const reason = writeProblem(path, actor, cohort);
      if (reason) violations.push({ commit: c.sha, path, reason });
    }
  return violations;
}
