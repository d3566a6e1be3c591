// A member's submission comment on the check-in issue: readable by people (day, title,
// link, words) and carrying a versioned, machine-readable payload. Pure. A comment body is
// untrusted: parseSubmission reads it strictly and never lets it say who it is from (that
// is the comment's author) or when (that is GitHub's created_at).
import { webUrl, webUrlRefusal } from './web-url.js';
import { said, type Said } from './said.js';
import { cleanLine } from './clean-text.js';
import { isLocalDate, isTimeZone, parseClock, type LocalDate } from './calendar.js';
import { DEFAULT_MAX_WORDS, wordsRefusal } from './ledger.js';
import { checkWisdomFields, type Reflection } from './wisdom.js';
import { shown } from './shape.js';

export const PAYLOAD_VERSION = 1;
/** GitHub's own limit on a comment body. */
export const MAX_BODY = 65_536;
const MAX_PAYLOAD = 8_192;

export interface EntrySubmission {
  kind: 'entry';
  /** The member's local day the post is for (ingest checks it against the comment's time). */
  date: LocalDate;
  title: string;
  url?: string;
  words: number;
  posts?: number;
  /** A make-up post for a missed day before today (ingest checks it against the cohort's makeUpDays). */
  makeUp?: true;
  tags?: string[];
  featured?: true;
  reflection?: Reflection;
}

export interface JoinSubmission {
  kind: 'join';
  name: string;
  blog?: string;
  intro?: string;
  timezone?: string;
  dayStartsAt?: string;
  hideStreak?: boolean;
  nudge?: boolean;
  /** Planned vacations; ingest refuses one that begins, or a day taken back, before the member's today. */
  vacations?: { from: LocalDate; to: LocalDate }[];
}

export type Submission = EntrySubmission | JoinSubmission;

/** Thanks for a member's post of a day (a reply on GitHub; the reaction beside it is for people). */
export interface KudosSubmission {
  kind: 'kudos';
  to: string;
  date: LocalDate;
  note?: string;
}

/** What a role does (role-actions.ts), checked by ingest against the author's role. */
export interface ActionSubmission {
  kind: 'action';
  action: Record<string, unknown>;
}

/** The member leaves the cohort (their card says so; `cohort join` again clears it). */
export interface LeaveSubmission {
  kind: 'leave';
}

/** Submissions that are not a day or a card: ingest records them in feedback/, actions/ or the card. */
export type CommunitySubmission = KudosSubmission | ActionSubmission | LeaveSubmission;

/** The payload as one line of JSON with no `<`, `>` or `&`, so it can't end the HTML comment it sits in. */
export function payloadLine(s: Submission | CommunitySubmission): string {
  const json = JSON.stringify({ ...s }).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<!-- wotn:v${PAYLOAD_VERSION} ${json} -->`;
}

export type ParsedSubmission =
  | { status: 'none' }
  | { status: 'invalid'; problem: string; said: Said }
  | { status: 'ok'; submission: Submission | CommunitySubmission };

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = '<!-- wotn:';

/**
 * The lines that could carry a payload: those starting with the marker at the very start
 * of the line, outside fenced code. A payload shown as code, quoted or indented is text
 * someone is showing, not a submission.
 */
function payloadLines(body: string): string[] {
  const found: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE_RE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    if (f && !(f[1]![0] === '`' && line.slice(line.indexOf(f[1]!) + f[1]!.length).includes('`'))) {
      fence = f[1]!;
      continue;
    }
    if (line.startsWith(MARKER)) found.push(line);
  }
  return found;
}

export interface ParseLimits {
  maxWords?: number;
}

/** Reads a submission out of an untrusted comment body. Unknown fields are ignored (never copied). */
export function parseSubmission(body: string, limits: ParseLimits = {}): ParsedSubmission {
  if ([...body].length > MAX_BODY) return invalid('problem.payload.body', { max: MAX_BODY }, `the comment is longer than GitHub's ${MAX_BODY} characters`);
  const lines = payloadLines(body);
  if (lines.length === 0) return { status: 'none' };
  if (lines.length > 1) return invalid('problem.payload.many', { count: lines.length }, `the comment carries ${lines.length} wotn payloads; keep one (edit the comment)`);
  const m = /^<!-- wotn:v(\d{1,6}) (.*) -->\s*$/.exec(lines[0]!);
  if (!m) return invalid('problem.payload.line', {}, 'the wotn payload is not one line of the form <!-- wotn:v1 {…} -->');
  if (Number(m[1]) !== PAYLOAD_VERSION) return invalid('problem.payload.version', { version: m[1]!, reads: PAYLOAD_VERSION }, `the payload is version ${m[1]}; this ledger reads version ${PAYLOAD_VERSION} (update wotn)`);
  const json = m[2]!;
  if (json.length > MAX_PAYLOAD) return invalid('problem.payload.long', { max: MAX_PAYLOAD }, `the payload is longer than ${MAX_PAYLOAD} characters`);
  if (/[<>]/.test(json)) return invalid('problem.payload.angle', {}, 'the payload contains a raw < or >');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return invalid('problem.payload.notJson', {}, 'the payload is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid('problem.payload.notObject', {}, 'the payload is not a JSON object');
  const v = value as Record<string, unknown>;
  if (v.kind === 'entry') return checked(entryFrom(v, limits.maxWords ?? DEFAULT_MAX_WORDS));
  if (v.kind === 'join') return checked(joinFrom(v));
  if (v.kind === 'kudos') return checked(kudosFrom(v));
  if (v.kind === 'leave') return { status: 'ok', submission: { kind: 'leave' } };
  if (v.kind === 'action') {
    const a = v.action;
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return invalid('problem.payload.action', {}, 'the action is not a JSON object');
    // Only the fields an action has (role-actions.ts checks each); `at` is GitHub's created_at, never the comment's.
    const { at: _at, ...fields } = a as Record<string, unknown>;
    return { status: 'ok', submission: { kind: 'action', action: Object.fromEntries(Object.entries(fields).filter(([k]) => ACTION_FIELDS.includes(k))) } };
  }
  return invalid('problem.payload.kind', { value: shown(v.kind) }, `the payload's kind ${shown(v.kind)} is none of "entry", "join", "kudos", "action", "leave"`);
}

const invalid = (key: string, values: Record<string, string | number>, text: string): ParsedSubmission => {
  const s = said(key, values, text);
  return { status: 'invalid', problem: s.text, said: s };
};

const ACTION_FIELDS = ['kind', 'member', 'giver', 'to', 'date', 'reason', 'note'];

function kudosFrom(v: Record<string, unknown>): KudosSubmission | Said {
  if (typeof v.to !== 'string' || !/^[A-Za-z0-9-]{1,39}$/.test(v.to)) return said('problem.payload.to', { value: shown(v.to) }, `to ${shown(v.to)} is not a handle`);
  if (typeof v.date !== 'string' || !isLocalDate(v.date)) return notADate(v.date);
  if (v.note !== undefined && typeof v.note !== 'string') return said('problem.field.text', { field: 'note' }, 'note must be text');
  // The note is cleaned and capped by feedback.ts when it is recorded.
  return { kind: 'kudos', to: v.to, date: v.date, ...(typeof v.note === 'string' ? { note: v.note } : {}) };
}

/** A problem with the payload, as data for the cohort's language (said.ts). */
type Problem = Said;
const isSaid = (r: unknown): r is Said => typeof r === 'object' && r !== null && 'key' in r && 'text' in r && 'values' in r;

const checked = (r: Submission | CommunitySubmission | Problem): ParsedSubmission =>
  isSaid(r) ? { status: 'invalid', problem: r.text, said: r } : { status: 'ok', submission: r };


function textField(v: Record<string, unknown>, key: string, max: number, required: boolean): string | { problem: Said } | undefined {
  const raw = v[key];
  if (raw === undefined && !required) return undefined;
  if (typeof raw !== 'string') return { problem: said('problem.field.text', { field: key }, `${key} must be text`) };
  const text = cleanLine(raw);
  if (required && !text) return { problem: said('problem.field.empty', { field: key }, `${key} is empty`) };
  if ([...text].length > max) return { problem: said('problem.field.long', { field: key, max: String(max) }, `${key} is longer than ${max} characters`) };
  return text || undefined;
}

function urlField(v: Record<string, unknown>, key: string): string | { problem: Said } | undefined {
  if (v[key] === undefined) return undefined;
  const problem = webUrlRefusal(v[key], key);
  return problem ? { problem } : webUrl(v[key])!;
}

const isProblem = (x: unknown): x is { problem: Said } => typeof x === 'object' && x !== null;
const notADate = (raw: unknown): Said =>
  said('problem.entry.date', { value: JSON.stringify(raw) ?? 'undefined' }, `date ${JSON.stringify(raw) ?? 'undefined'} is not a date (YYYY-MM-DD)`);

function entryFrom(v: Record<string, unknown>, maxWords: number): EntrySubmission | Problem {
  if (typeof v.date !== 'string' || !isLocalDate(v.date)) return notADate(v.date);
  const title = textField(v, 'title', 300, true);
  const url = urlField(v, 'url');
  for (const f of [title, url]) if (isProblem(f)) return f.problem;
  const words = wordsRefusal(v.words, maxWords);
  if (words) return words;
  if (v.posts !== undefined && !(Number.isInteger(v.posts) && (v.posts as number) >= 1 && (v.posts as number) <= 100))
    return said('problem.payload.posts', { value: shown(v.posts) }, `posts ${JSON.stringify(v.posts)} is not a whole number from 1 to 100`);
  if (v.makeUp !== undefined && v.makeUp !== true) return said('problem.payload.makeUp', {}, 'makeUp must be true when given');
  const wisdom = checkWisdomFields(v);
  if (!wisdom.ok) return wisdom.said;
  const w = wisdom.value;
  return {
    kind: 'entry', date: v.date, title: title as string, ...(url ? { url: url as string } : {}), words: v.words as number,
    ...(v.posts !== undefined && v.posts !== 1 ? { posts: v.posts as number } : {}),
    ...(v.makeUp === true ? { makeUp: true } : {}),
    ...(w.tags.length ? { tags: w.tags } : {}), ...(w.featured ? { featured: true } : {}), ...(w.reflection ? { reflection: w.reflection } : {}),
  };
}

function joinFrom(v: Record<string, unknown>): JoinSubmission | Problem {
  const name = textField(v, 'name', 100, true);
  const intro = textField(v, 'intro', 1_000, false);
  const blog = urlField(v, 'blog');
  for (const f of [name, intro, blog]) if (isProblem(f)) return f.problem;
  if (v.timezone !== undefined && (typeof v.timezone !== 'string' || !isTimeZone(v.timezone)))
    return said('problem.payload.zone', { value: shown(v.timezone) }, `timezone ${JSON.stringify(v.timezone)} is not an IANA time zone`);
  if (v.dayStartsAt !== undefined && (typeof v.dayStartsAt !== 'string' || parseClock(v.dayStartsAt) === undefined))
    return said('problem.payload.clock', { value: shown(v.dayStartsAt) }, `dayStartsAt ${JSON.stringify(v.dayStartsAt)} is not HH:MM`);
  for (const key of ['hideStreak', 'nudge']) if (v[key] !== undefined && typeof v[key] !== 'boolean') return said('problem.payload.boolean', { key }, `${key} must be true or false`);
  const vacations = vacationsFrom(v.vacations);
  if (isSaid(vacations)) return vacations;
  return {
    kind: 'join', name: name as string,
    ...(blog ? { blog: blog as string } : {}), ...(intro ? { intro: intro as string } : {}),
    ...(v.timezone ? { timezone: v.timezone as string } : {}), ...(v.dayStartsAt ? { dayStartsAt: v.dayStartsAt as string } : {}),
    ...(v.hideStreak === true ? { hideStreak: true } : {}), ...(v.nudge === true ? { nudge: true } : {}),
    ...(vacations.length ? { vacations } : {}),
  };
}

/** The shape of a card's vacations (ingest checks them against the challenge and the member's today). */
function vacationsFrom(raw: unknown): { from: LocalDate; to: LocalDate }[] | Said {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 30) return said('problem.payload.vacations', { max: 30 }, 'vacations must be a list of at most 30 {from, to}');
  const list: { from: LocalDate; to: LocalDate }[] = [];
  for (const [i, item] of raw.entries()) {
    const { from, to } = (item ?? {}) as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || !isLocalDate(from) || typeof to !== 'string' || !isLocalDate(to))
      return said('problem.payload.vacation', { index: i }, `vacations[${i}] must be {from, to} dates (YYYY-MM-DD)`);
    list.push({ from, to });
  }
  return list;
}
