// Kudos and feedback: `feedback/<giver>.json`, written only by the giver on plain git (or by
// the ledger's workflow from reactions and replies on GitHub). Its schema, the rules an
// untrusted one must meet, merging, and counting who gave and received. Pure.
import { addDays, intlOffset, localDay, type LocalDate, type ZoneOffset } from './calendar.js';
import { cleanField } from './clean-text.js';
import { isHandle } from './handle.js';
import { parseInstant } from './instant.js';
import {
  challengeDateSaid, checkOwnList, CLOCK_SKEW_MS, dayBegunBy, handleKey, inTheFuture, isObject, newItemProblems, notAHandle, notAnItem, notATime, parseJsonText,
  type ItemProblem, type Window,
} from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';

export const feedbackPath = (giver: string) => `feedback/${giver}.json`;
/** One specific, kind sentence or two. */
export const MAX_NOTE = 280;
/** Kudos one file may hold: 30 days of thanking 150 posts a day. */
export const MAX_KUDOS = 4_500;
export const MAX_FEEDBACK_BYTES = 1024 * 1024;

export interface Kudos {
  /** Whose post: a handle. */
  to: string;
  /** The post's day (the member's ledger entry of that date). */
  date: LocalDate;
  /** When it was given (ISO-8601 instant). */
  givenAt: string;
  note?: string;
}

export interface FeedbackFile {
  schema: 1;
  handle: string;
  kudos: Kudos[];
}

export interface FeedbackRules extends Window {
  /** The checker's clock (a hook's, ingest's): nothing may be given after it. */
  now?: number;
}

/** The same post from the same giver, whatever the case of the handles: one kudos at most. */
export const kudosKey = (giver: string, k: Pick<Kudos, 'to' | 'date'>) => `${handleKey(giver)}>${handleKey(k.to)}@${k.date}`;

export type CheckedKudos = { ok: true; kudos: Kudos } | { ok: false; problem: string; said: Said };

/** One untrusted kudos from `giver`: unknown fields are dropped, the note is cleaned. */
export function checkKudos(v: unknown, giver: string, rules: FeedbackRules): CheckedKudos {
  if (!isObject(v)) return refused(notAnItem);
  if (!isHandle(v.to)) return refused(notAHandle(v.to, 'to'));
  const to = v.to as string;
  if (handleKey(to) === handleKey(giver)) return refused(said('problem.kudosSelf', {}, 'kudos to yourself are not counted: thank someone else'));
  const dateProblem = challengeDateSaid(v.date, rules);
  if (dateProblem) return refused(saidAt('date', dateProblem));
  const date = v.date as LocalDate;
  const at = typeof v.givenAt === 'string' ? parseInstant(v.givenAt) : undefined;
  if (at === undefined) return refused(notATime('givenAt', v.givenAt));
  if (rules.now !== undefined && at > rules.now + CLOCK_SKEW_MS) return refused(inTheFuture('givenAt', v.givenAt as string));
  if (!dayBegunBy(date, at)) return refused(said('problem.kudos.notBegun', { date, at: v.givenAt as string }, `${date} had not begun anywhere when this was given (${v.givenAt})`));
  const kudos: Kudos = { to, date, givenAt: v.givenAt as string };
  if (v.note !== undefined) {
    const note = cleanField(v.note, MAX_NOTE);
    if (!note.ok) return refused(saidAt('note', note.said));
    kudos.note = note.text;
  }
  return { ok: true, kudos };
}

export type CheckedFeedback =
  | { ok: true; value: FeedbackFile; problems: ItemProblem[] }
  | { ok: false; problem: string; said: Said };

/** An untrusted feedback file: refused whole when it is not the giver's; each kudos that breaks a rule is named. */
export function checkFeedback(v: unknown, fileHandle: string, rules: FeedbackRules): CheckedFeedback {
  const checked = checkOwnList(v, fileHandle, {
    list: 'kudos',
    max: MAX_KUDOS,
    check: (item) => {
      const k = checkKudos(item, fileHandle, rules);
      return k.ok ? { ok: true, value: k.kudos } : k;
    },
    key: (k) => kudosKey(fileHandle, k),
    twice: (k) => said('problem.kudos.twice', { to: k.to, date: k.date }, `one kudos per post: ${k.to}'s post of ${k.date} is thanked already`),
  });
  return checked.ok ? { ok: true, value: { schema: 1, handle: fileHandle, kudos: sortKudos(checked.items) }, problems: checked.problems } : checked;
}

const sortKudos = (kudos: Kudos[]) =>
  kudos.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (handleKey(a.to) < handleKey(b.to) ? -1 : handleKey(a.to) > handleKey(b.to) ? 1 : 0));

export type Recorded =
  | { outcome: 'recorded' | 'updated' | 'unchanged'; file: FeedbackFile }
  | { outcome: 'refused'; problem: string; said: Said };

/**
 * Adds one kudos to the giver's file (creating it): what `wotn kudos` writes on plain git and
 * what ingest records from a reaction or reply. A second kudos for the same post only
 * changes its note (when it brings one); the first givenAt stands.
 */
export function recordKudos(file: FeedbackFile | undefined, giver: string, kudos: unknown, rules: FeedbackRules): Recorded {
  const checked = checkKudos(kudos, giver, rules);
  if (!checked.ok) return { outcome: 'refused', problem: checked.problem, said: checked.said };
  const k = checked.kudos;
  const current = file?.kudos ?? [];
  const same = current.find((c) => kudosKey(giver, c) === kudosKey(giver, k));
  if (!same && current.length >= MAX_KUDOS) {
    const full = said('problem.kudos.full', { max: MAX_KUDOS }, `a feedback file holds at most ${MAX_KUDOS} kudos`);
    return { outcome: 'refused', problem: full.text, said: full };
  }
  const base = { schema: 1 as const, handle: file?.handle ?? giver };
  if (!same) return { outcome: 'recorded', file: { ...base, kudos: sortKudos([...current, k]) } };
  if (k.note === undefined || k.note === same.note) return { outcome: 'unchanged', file: file! };
  const kudosList = current.map((c) => (c === same ? { ...same, note: k.note! } : c));
  return { outcome: 'updated', file: { ...base, kudos: kudosList } };
}

/** Union keyed by post: a kudos found only remotely is kept; one held locally takes the local version. */
export function mergeFeedback(remote: readonly Kudos[], local: readonly Kudos[], giver: string): Kudos[] {
  const byPost = new Map<string, Kudos>();
  for (const k of remote) byPost.set(kudosKey(giver, k), k);
  for (const k of local) byPost.set(kudosKey(giver, k), k);
  return sortKudos([...byPost.values()]);
}

export interface KudosTally {
  given: number;
  received: number;
  /** The giver's local days on which they gave kudos: giving counts as taking part. */
  gaveOn: LocalDate[];
}

export interface KudosCount {
  members: Map<string, KudosTally>;
  /** Challenge days (the givers' local days) with kudos given and how many members gave. */
  perDay: { date: LocalDate; given: number; givers: number }[];
}

export interface CountOptions extends Window {
  /** A member's zone and day boundary (from their card, else the cohort's zone). */
  placeOf: (handle: string) => { timezone: string; dayStartsAt?: string };
  /** Whether the post exists (a ledger entry of `to` on `date`); when given, kudos to missing posts are not counted. */
  hasPost?: (to: string, date: LocalDate) => boolean;
  /** Whether a moderator removed this kudos (see role-actions.ts). */
  removed?: (key: string) => boolean;
  offsetOf?: ZoneOffset;
}

/** Kudos given and received per member (by lowercase handle) and per day. Files are assumed checked. */
export function countKudos(files: readonly FeedbackFile[], o: CountOptions): KudosCount {
  const members = new Map<string, KudosTally>();
  const tally = (h: string) => {
    let t = members.get(h);
    if (!t) members.set(h, (t = { given: 0, received: 0, gaveOn: [] }));
    return t;
  };
  const perDay = new Map<LocalDate, { given: number; givers: Set<string> }>();
  const end = addDays(o.start, o.days - 1);
  for (const f of files) {
    const giver = handleKey(f.handle);
    const place = o.placeOf(f.handle);
    const days = new Set<LocalDate>();
    for (const k of f.kudos) {
      if (o.removed?.(kudosKey(f.handle, k)) || (o.hasPost && !o.hasPost(handleKey(k.to), k.date))) continue;
      const day = localDay(Date.parse(k.givenAt), place.timezone, place.dayStartsAt, o.offsetOf ?? intlOffset);
      tally(giver).given++;
      tally(handleKey(k.to)).received++;
      days.add(day);
      if (day < o.start || day > end) continue;
      let d = perDay.get(day);
      if (!d) perDay.set(day, (d = { given: 0, givers: new Set() }));
      d.given++;
      d.givers.add(giver);
    }
    if (days.size) tally(giver).gaveOn = [...days].sort();
  }
  return {
    members,
    perDay: [...perDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, d]) => ({ date, given: d.given, givers: d.givers.size })),
  };
}

/**
 * The kudos `handle` received whose giving fell on `date` in the receiver's day (what
 * `status` shows), without those a moderator removed.
 */
export function kudosReceivedOn(
  files: readonly FeedbackFile[],
  handle: string,
  date: LocalDate,
  place: { timezone: string; dayStartsAt?: string },
  o: { removed?: (key: string) => boolean; offsetOf?: ZoneOffset } = {},
): { from: string; kudos: Kudos }[] {
  const me = handleKey(handle);
  const found: { from: string; kudos: Kudos }[] = [];
  for (const f of files)
    for (const k of f.kudos) {
      if (handleKey(k.to) !== me || o.removed?.(kudosKey(f.handle, k))) continue;
      if (localDay(Date.parse(k.givenAt), place.timezone, place.dayStartsAt, o.offsetOf ?? intlOffset) === date) found.push({ from: f.handle, kudos: k });
    }
  return found.sort((a, b) => Date.parse(a.kudos.givenAt) - Date.parse(b.kudos.givenAt) || (a.from < b.from ? -1 : 1));
}

/** Days a member took part: wrote, or gave kudos. */
export function participationDays(written: Iterable<LocalDate>, gaveKudos: Iterable<LocalDate>): LocalDate[] {
  return [...new Set([...written, ...gaveKudos])].sort();
}

/**
 * What the pre-receive hook (and `ledger verify`) says of a pushed `feedback/<giver>.json`:
 * the file must be the giver's, and every kudos that is new or changed must keep the rules.
 * Kudos the ledger already held were judged when they came.
 */
export function feedbackPushProblems(path: string, giver: string, oldText: string | undefined, newText: string, rules: FeedbackRules): Said[] {
  const parsed = parseJsonText(newText, MAX_FEEDBACK_BYTES);
  if (!parsed.ok) return [saidAt(path, parsed.said)];
  const checked = checkFeedback(parsed.value, giver, rules);
  if (!checked.ok) return [saidAt(path, checked.said)];
  return newItemProblems(path, 'kudos', checked.problems, (parsed.value as { kudos: unknown[] }).kudos, oldText, MAX_FEEDBACK_BYTES);
}
