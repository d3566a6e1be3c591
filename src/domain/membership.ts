// Leaving and removal. A member who leaves says so on their own card (`leftAt`); their
// entries stay in the record and they stay in reports, marked as left. A lead who removes a
// member records it in the cohort's rules (`removed`); from then on the member is kept out
// of every page and report built, and nothing more of theirs is recorded. Pure.
import { cleanField } from './clean-text.js';
import { isHandle } from './handle.js';
import { parseInstant } from './instant.js';
import { CLOCK_SKEW_MS, handleKey, isObject, notAHandle, notATime, type Checked } from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';

export const MAX_REMOVALS = 10_000;
const MAX_REASON = 280;

export interface Removal {
  /** When the lead removed the member (ISO-8601 instant). */
  at: string;
  reason?: string;
}

export type Standing = 'active' | 'left' | 'removed';

/** A card's `leftAt`: absent, or an instant not after the checker's clock. */
export function checkLeftAt(v: unknown, now?: number): Checked<string | undefined> {
  if (v === undefined) return { ok: true, value: undefined };
  const at = typeof v === 'string' ? parseInstant(v) : undefined;
  if (at === undefined) return refused(notATime('leftAt', v));
  if (now !== undefined && at > now + CLOCK_SKEW_MS) return refused(saidAt('leftAt', said('problem.leftAt.future', { value: v as string }, `${v} is in the future; leave when you leave`)));
  return { ok: true, value: v as string };
}

/** The rules' `removed: {handle: {at, reason?}}`, keyed by lowercase handle. */
export function checkRemovals(v: unknown): Checked<Record<string, Removal>> {
  if (v === undefined) return { ok: true, value: {} };
  if (!isObject(v)) return refused(saidAt('removed', said('problem.removed.map', {}, 'must map handles to {at, reason}')));
  const entries = Object.entries(v);
  if (entries.length > MAX_REMOVALS) return refused(saidAt('removed', said('problem.removed.tooMany', { max: MAX_REMOVALS }, `more than ${MAX_REMOVALS} members`)));
  const removed: Record<string, Removal> = Object.create(null) as Record<string, Removal>;
  for (const [handle, r] of entries) {
    if (!isHandle(handle)) return refused(notAHandle(handle, 'removed'));
    if (!isObject(r) || typeof r.at !== 'string' || parseInstant(r.at) === undefined) return refused(saidAt(`removed.${handle}`, said('problem.removed.item', {}, 'must be {at: an ISO-8601 time, reason?}')));
    const removal: Removal = { at: r.at };
    if (r.reason !== undefined) {
      const reason = cleanField(r.reason, MAX_REASON);
      if (!reason.ok) return refused(saidAt(`removed.${handle}.reason`, reason.said));
      removal.reason = reason.text;
    }
    removed[handleKey(handle)] = removal;
  }
  return { ok: true, value: removed };
}

/** Where a member stands at the instant `now` (when a page or report is built, or a change judged). */
export function standingOf(handle: string, card: { leftAt?: unknown } | undefined, removed: Readonly<Record<string, Removal>>, now: number): Standing {
  const removal = Object.hasOwn(removed, handleKey(handle)) ? removed[handleKey(handle)] : undefined;
  if (removal && Date.parse(removal.at) <= now) return 'removed';
  const left = typeof card?.leftAt === 'string' ? parseInstant(card.leftAt) : undefined;
  return left !== undefined && left <= now ? 'left' : 'active';
}

type Member = { handle: string; card?: { leftAt?: unknown } };

/** Members as pages and reports show them: removed members left out, each with where they stand. */
export function inReports<M extends Member>(members: readonly M[], removed: Readonly<Record<string, Removal>>, now: number): (M & { standing: 'active' | 'left' })[] {
  const shown: (M & { standing: 'active' | 'left' })[] = [];
  for (const m of members) {
    const standing = standingOf(m.handle, m.card, removed, now);
    if (standing !== 'removed') shown.push({ ...m, standing });
  }
  return shown;
}

/** Members who take part now: the ones pods, nudges and at-risk lists are for. */
export function takingPart<M extends Member>(members: readonly M[], removed: Readonly<Record<string, Removal>>, now: number): M[] {
  return members.filter((m) => standingOf(m.handle, m.card, removed, now) === 'active');
}

/** Why nothing more is recorded for `handle` (ingest, the hook), or undefined. A member who left may come back. */
export function removalRefusal(handle: string, removed: Readonly<Record<string, Removal>>, now: number): Said | undefined {
  return standingOf(handle, undefined, removed, now) === 'removed'
    ? said('problem.removed', { handle }, `${handle} was removed from this cohort by a lead; nothing more is recorded for them`)
    : undefined;
}
