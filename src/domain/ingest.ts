// `wotn ledger ingest`, the decisions: which check-in comments become ledger entries and
// cards, and why the others are refused. Pure: comments and the ledger's current files in,
// changed files, one decision per submission and the next cursor out.
//
// Who and when come from GitHub, never from the comment's text: identity is the comment's
// author (compared case-insensitively; files use the lowercase login), time is its server
// created_at. An entry counts for the member's local day at that moment, or the day before
// within the cohort's grace hours. An edit may change the title, URL and words of the day it
// was recorded for, while that day is still open for recording, and never moves it.
// Comments are taken in (updated_at, id) order, so the outcome is the same however they are
// split between runs, and feeding the same comments again changes nothing.
import { compareIso } from './instant.js';
import { addDays, dayStartInstant, localDay, recordableDay, zonedTimestamp, type LocalDate } from './calendar.js';
import { cardChangeRefusal, checkCommunityCard, checkCommunityRules } from './community.js';
import { makeUpPost, makeUpRefusal } from './streak-policy.js';
import { parseSubmission, type EntrySubmission, type JoinSubmission } from './submission.js';
import { isHandle } from './handle.js';
import type { FeedbackFile } from './feedback.js';
import { decideCommunity } from './ingest-community.js';
import { removalRefusal } from './membership.js';
import type { PodsFile } from './pods-file.js';
import type { ActionsFile } from './role-actions.js';
import { said, type Said } from './said.js';
import {
  checkCard, ledgerJson, mayJoin, memberPath, progressPath, wordCap,
  type Cohort, type MemberCard, type Progress, type ProgressEntry,
} from './ledger.js';

/** A comment as GitHub's REST API returns it (only the fields ingest reads). */
export interface IngestComment {
  id: number;
  user: { login: string; type?: string } | null;
  created_at: string;
  updated_at: string;
  body?: string | null;
  html_url?: string;
}

export interface MemberRecord {
  card?: MemberCard;
  progress?: Progress;
  /** The kudos they gave (feedback/<login>.json). */
  feedback?: FeedbackFile;
  /** What their role did (actions/<login>.json). */
  actions?: ActionsFile;
}

type RecordKey = 'card' | 'progress' | 'feedback' | 'actions';
const KEY_OF: Record<string, RecordKey> = { members: 'card', progress: 'progress', feedback: 'feedback', actions: 'actions' };
/** Which of a record's files a path is, and whose. */
function fileOfPath(path: string): { login: string; key: RecordKey } {
  const [folder = '', name = ''] = path.split('/');
  return { login: name.replace(/\.json$/, ''), key: KEY_OF[folder]! };
}

/**
 * Where the last run stopped: the newest updated_at it saw, and the comments it saw near
 * it (id → updated_at). The next run asks GitHub for comments since `since` minus the
 * overlap (GitHub's lists can lag a little behind its writes) and skips those it has seen.
 */
export interface IngestCursor {
  since: string | null;
  recent: Record<string, string>;
}

export const CURSOR_OVERLAP_MS = 5 * 60_000;
export const INGEST_CURSOR_FILE = 'ingest-cursor.json';

export type Outcome = 'recorded' | 'unchanged' | 'refused';

export interface Decision {
  comment: number;
  login: string;
  kind: 'entry' | 'join' | 'kudos' | 'action' | 'leave' | 'unknown';
  outcome: Outcome;
  /** The file the submission is (or would be) recorded in. */
  path?: string;
  date?: LocalDate;
  late?: boolean;
  /** Why it was refused: one sentence for the workflow's reply. */
  reason?: string;
  /** The reason as data for the cohort's language (said.ts), when the domain has it; never in --json. */
  said?: Said;
  url?: string;
}

export interface IngestInput {
  cohort: Cohort;
  /** The ledger's current files for the authors of `comments`, keyed by lowercase login. */
  members: ReadonlyMap<string, MemberRecord>;
  comments: readonly IngestComment[];
  cursor?: IngestCursor;
  /** Logins whose comments are never submissions (the workflow's own account, if not a bot). */
  ignore?: readonly string[];
  /** pods.json: whom a mentor may nudge. */
  pods?: PodsFile;
}

export interface IngestResult {
  /** Only the files that changed, sorted by path, with the exact text to write. */
  files: { path: string; value: MemberCard | Progress | FeedbackFile | ActionsFile; text: string }[];
  decisions: Decision[];
  cursor: IngestCursor;
}

const HOUR = 3_600_000;

/** The logins (lowercase, valid handles only) whose files ingest needs to read. */
export function authorsOf(comments: readonly IngestComment[]): string[] {
  const logins = comments.map((c) => c.user?.login ?? '').filter(isHandle).map((l) => l.toLowerCase());
  return [...new Set(logins)].sort();
}

/** The members kudos in these comments thank (lowercase): ingest reads their progress, as a kudos is for a post. */
export function kudosReceiversOf(comments: readonly IngestComment[]): string[] {
  const to = new Set<string>();
  for (const c of comments) {
    if (!c.body?.includes('"kudos"')) continue;
    const parsed = parseSubmission(c.body);
    if (parsed.status === 'ok' && parsed.submission.kind === 'kudos' && isHandle(parsed.submission.to)) to.add(parsed.submission.to.toLowerCase());
  }
  return [...to].sort();
}

/** The `since` to list comments from, or undefined for a first run (everything). */
export function cursorSince(cursor: IngestCursor | undefined, overlapMs = CURSOR_OVERLAP_MS): string | undefined {
  if (!cursor?.since) return undefined;
  return new Date(Date.parse(cursor.since) - overlapMs).toISOString().replace('.000Z', 'Z');
}

export function emptyCursor(): IngestCursor {
  return { since: null, recent: {} };
}

/** Reads a cursor file's JSON; anything unexpected starts over (ingest is idempotent). */
export function checkCursor(value: unknown): IngestCursor {
  const v = value as Partial<IngestCursor> | null;
  if (!v || typeof v !== 'object' || (v.since !== null && (typeof v.since !== 'string' || Number.isNaN(Date.parse(v.since))))) return emptyCursor();
  const recent = typeof v.recent === 'object' && v.recent !== null && !Array.isArray(v.recent) ? v.recent : {};
  return { since: v.since ?? null, recent: Object.fromEntries(Object.entries(recent).filter(([id, at]) => /^\d+$/.test(id) && typeof at === 'string')) };
}

function nextCursor(previous: IngestCursor, comments: readonly IngestComment[], overlapMs: number): IngestCursor {
  let since = previous.since ? Date.parse(previous.since) : -Infinity;
  for (const c of comments) since = Math.max(since, Date.parse(c.updated_at));
  if (since === -Infinity) return previous;
  const seen: Record<string, string> = { ...previous.recent };
  for (const c of comments) seen[String(c.id)] = c.updated_at;
  const recent = Object.fromEntries(Object.entries(seen).filter(([, at]) => Date.parse(at) >= since - overlapMs).sort(([a], [b]) => Number(a) - Number(b)));
  return { since: new Date(since).toISOString().replace('.000Z', 'Z'), recent };
}

export function ingest(input: IngestInput, overlapMs = CURSOR_OVERLAP_MS): IngestResult {
  const { cohort } = input;
  const cursor = input.cursor ?? emptyCursor();
  const ignore = new Set((input.ignore ?? []).map((l) => l.toLowerCase()));
  const state = new Map(input.members);
  const touched = new Set<string>();
  const decisions: Decision[] = [];
  const order = [...input.comments].sort((a, b) => Date.parse(a.updated_at) - Date.parse(b.updated_at) || a.id - b.id);
  const community = checkCommunityRules(cohort, cohort);
  const removed = community.ok ? community.value.removed : {};

  for (const c of order) {
    if (cursor.recent[String(c.id)] === c.updated_at) continue; // seen by the last run, unchanged since
    const rawLogin = c.user?.login ?? '';
    if (!isHandle(rawLogin) || c.user?.type === 'Bot' || ignore.has(rawLogin.toLowerCase())) continue;
    const parsed = parseSubmission(c.body ?? '', { maxWords: wordCap(cohort) });
    if (parsed.status === 'none') continue; // conversation: replies, kudos
    const login = rawLogin.toLowerCase();
    const base = { comment: c.id, login, ...(c.html_url ? { url: c.html_url } : {}) };
    if (parsed.status === 'invalid') {
      decisions.push({ ...base, kind: 'unknown', outcome: 'refused', ...because(parsed.said) });
      continue;
    }
    const record = state.get(login) ?? {};
    const sub = parsed.submission;
    const gone = removalRefusal(login, removed, Date.parse(c.updated_at));
    if (gone) {
      decisions.push({ ...base, kind: sub.kind, outcome: 'refused', ...because(gone) });
      continue;
    }
    const decided: Decided = sub.kind === 'join'
      ? decideJoin(cohort, login, record, sub, c)
      : sub.kind === 'entry'
        ? decideEntry(cohort, login, record, sub, c)
        : fromCommunity(decideCommunity({ cohort, recordOf: (h) => state.get(h), ...(input.pods ? { pods: input.pods } : {}) }, login, record, sub, c));
    const path = decided.decision.path;
    if ('next' in decided) {
      const file = (r: MemberRecord) => r[fileOfPath(path).key];
      const before = file(record);
      const same = before !== undefined && ledgerJson(before) === ledgerJson(file(decided.next));
      if (!same) {
        state.set(login, decided.next);
        touched.add(path);
      }
      decisions.push({ ...base, ...decided.decision, outcome: same ? 'unchanged' : 'recorded' });
    } else {
      decisions.push({ ...base, ...decided.decision, outcome: 'refused' });
    }
  }

  const files = [...touched].sort().map((path) => {
    const { login, key } = fileOfPath(path);
    const value = state.get(login)![key]!;
    return { path, value, text: ledgerJson(value) };
  });
  return { files, decisions, cursor: nextCursor(cursor, input.comments, overlapMs) };
}

type Detail = Omit<Decision, 'comment' | 'login' | 'outcome'> & { kind: Exclude<Decision['kind'], 'unknown'>; path: string };
type Decided = { next: MemberRecord; decision: Detail } | { decision: Detail & { reason: string } };

/** A reason in English, with its data for the cohort's language. */
const because = (reason: Said) => ({ reason: reason.text, said: reason });

function fromCommunity(d: ReturnType<typeof decideCommunity>): Decided {
  const decision = { kind: d.kind, path: d.path, ...(d.date ? { date: d.date } : {}) };
  return 'next' in d ? { next: d.next, decision } : { decision: { ...decision, ...because(d.reason) } };
}

const zoneOf = (cohort: Cohort, card: MemberCard | undefined) => ({ zone: card?.timezone ?? cohort.timezone, dayStartsAt: card?.dayStartsAt ?? '00:00' });

function decideJoin(cohort: Cohort, login: string, record: MemberRecord, s: JoinSubmission, c: IngestComment): Decided {
  const refuse = (reason: Said): Decided => ({ decision: { kind: 'join', path: memberPath(login), ...because(reason) } });
  if (!mayJoin(cohort, login)) return refuse(said('problem.checkIn.notInvited', { login }, `joining this cohort is by invitation, and ${login} is not invited; ask a lead to add you`));
  const created = Date.parse(c.created_at);
  const { kind: _kind, ...fields } = s;
  const card: MemberCard = {
    schema: 1, handle: login, ...fields,
    joinedAt: record.card?.joinedAt ?? zonedTimestamp(created, s.timezone ?? cohort.timezone),
  };
  const problem = checkCard(card, login);
  if (!problem.ok) return refuse(said('problem.join.card', { problem: problem.said }, `the card ${problem.problem}`));
  const community = communityCardProblem(cohort, record.card, card, Date.parse(c.updated_at));
  if (community) return refuse(said('problem.join.cardField', { problem: community }, `the card's ${community.text}`));
  return { next: { ...record, card }, decision: { kind: 'join', path: memberPath(login) } };
}

/** Why a make-up for `date` can't count: the cohort's makeUpDays, a missed day before the member's today. */
function makeUpCheckIn(cohort: Cohort, entries: readonly ProgressEntry[], date: LocalDate, today: LocalDate): Said | undefined {
  const rules = checkCommunityRules(cohort, cohort);
  if (!rules.ok) return said('problem.makeUp.rulesUnread', { problem: rules.said }, `the cohort's rules do not read (${rules.problem})`);
  const written = new Set(entries.filter((e) => e.makeUp !== true).map((e) => e.date));
  const used = entries.filter((e) => e.makeUp === true && e.date !== date).length;
  return makeUpRefusal(date, { start: cohort.start, end: addDays(cohort.start, cohort.days - 1), today, written, used }, rules.value.streak);
}

/** The card's learn-together fields: vacations within the rules, none begun or taken back before the member's today (by GitHub's clock). */
function communityCardProblem(cohort: Cohort, before: MemberCard | undefined, after: MemberCard, at: number): Said | undefined {
  const rules = checkCommunityRules(cohort, cohort);
  if (!rules.ok) return undefined;
  const read = (card: MemberCard | undefined) => (card ? checkCommunityCard(card, cohort, rules.value) : undefined);
  const next = read(after)!;
  if (!next.ok) return next.said;
  const old = read(before);
  const { zone, dayStartsAt } = zoneOf(cohort, after);
  return cardChangeRefusal(old?.ok ? old.value : undefined, next.value, localDay(at, zone, dayStartsAt));
}

function decideEntry(cohort: Cohort, login: string, record: MemberRecord, s: EntrySubmission, c: IngestComment): Decided {
  const path = progressPath(login);
  const refuse = (reason: Said, date?: LocalDate): Decided => ({ decision: { kind: 'entry', path, ...(date ? { date } : {}), ...because(reason) } });
  if (!record.card) return refuse(said('problem.checkIn.notJoined', { login }, `${login} has not joined this cohort: run wotn cohort join with this ledger, then publish again`));
  if (!mayJoin(cohort, login)) return refuse(said('problem.checkIn.noLongerInvited', { login }, `this cohort is by invitation, and ${login} is no longer invited`));
  if (s.words < cohort.minWords)
    return refuse(said('problem.checkIn.tooFewWords', { words: String(s.words), min: String(cohort.minWords) }, `${s.words}/${cohort.minWords} words: a post needs at least ${cohort.minWords} words to count`));

  const { zone, dayStartsAt } = zoneOf(cohort, record.card);
  const created = Date.parse(c.created_at);
  const updated = Date.parse(c.updated_at);
  const entries = record.progress?.entries ?? [];
  const own = entries.find((e) => e.comment === c.id);
  let date: LocalDate;
  let late = false;
  if (own) {
    if (s.date !== own.date) return refuse(said('problem.checkIn.moved', { date: own.date }, `an edit can't move a post to another day: this check-in is recorded for ${own.date}`), own.date);
    date = own.date;
  } else if (s.makeUp) {
    const problem = makeUpCheckIn(cohort, entries, s.date, localDay(created, zone, dayStartsAt));
    if (problem) return refuse(makeUpPost(problem), s.date);
    date = s.date;
  } else {
    const r = recordableDay(created, zone, dayStartsAt, s.date, cohort.graceHours);
    if (!r.ok) return refuse(said(`${r.said.key}Posted`, r.said.values, `${r.problem} when this check-in was posted`), s.date);
    date = r.date;
    late = r.late;
  }
  const end = addDays(cohort.start, cohort.days - 1);
  if (date < cohort.start || date > end) return refuse(said('problem.checkIn.outside', { date, start: cohort.start, end }, `${date} is outside the challenge (${cohort.start} to ${end})`), date);
  // A make-up may be edited through the day it was made; any other post through its own day's grace.
  const madeOn = s.makeUp ? localDay(own?.publishedAt ? Date.parse(own.publishedAt) : created, zone, dayStartsAt) : date;
  const closes = dayStartInstant(addDays(madeOn, 1), zone, dayStartsAt) + cohort.graceHours * HOUR;
  if (updated >= closes)
    return refuse(said(own ? 'problem.checkIn.closedStands' : 'problem.checkIn.closedNothing', { date, at: zonedTimestamp(closes, zone) },
      `${date} closed for recording at ${zonedTimestamp(closes, zone)}, before this edit; ${own ? 'the entry recorded earlier stands' : 'nothing was recorded for it'}`), date);

  const other = entries.find((e) => e.date === date && e !== own);
  if (other?.comment !== undefined && other.comment > c.id)
    return refuse(said('problem.checkIn.newer', { date }, `a newer check-in of yours is recorded for ${date}; edit that one instead`), date);
  const entry: ProgressEntry = {
    date, title: s.title, ...(s.url ? { url: s.url } : {}), words: s.words,
    publishedAt: own?.publishedAt ?? zonedTimestamp(created, zone),
    ...(s.posts ? { posts: s.posts } : {}), comment: c.id,
    ...(s.makeUp ? { makeUp: true } : {}), ...(s.tags ? { tags: s.tags } : {}), ...(s.featured ? { featured: true } : {}), ...(s.reflection ? { reflection: s.reflection } : {}),
  };
  const kept = entries.filter((e) => e !== own && e !== other);
  const progress: Progress = { schema: 1, handle: login, entries: [...kept, entry].sort((a, b) => compareIso(a.date, b.date)) };
  return { next: { ...record, progress }, decision: { kind: 'entry', path, date, ...(late ? { late } : {}) } };
}
