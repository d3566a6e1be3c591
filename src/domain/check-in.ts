// The daily check-in issue on a github: ledger: its title, which of a day's issues a member
// belongs to, and the member's submission comment (readable text plus a versioned,
// machine-readable payload). Pure. A comment body is untrusted: parseSubmission reads it
// strictly and never lets it name who it is from (that is the comment's author).
import { challengeDay, isLocalDate, isTimeZone, parseClock, type LocalDate } from './calendar.js';
import { DEFAULT_MAX_WORDS, wordsProblem, type Cohort } from './ledger.js';
import { markdown, noMentions, safeUrl } from '../render/escape.js';

export const CHECK_IN_LABEL = 'wotn-check-in';
/** Members per check-in issue: GitHub refuses comments beyond 2,500 an issue; the rest is headroom for replies. */
export const MEMBERS_PER_CHECK_IN = 2_000;
export const PAYLOAD_VERSION = 1;
/** GitHub's own limit on a comment body. */
export const MAX_BODY = 65_536;
const MAX_PAYLOAD = 8_192;

// ---- the check-in issue ---------------------------------------------------------------

/** How many check-in issues a day needs for `members` members (what `cohort create` stores as checkInGroups). */
export function checkInGroupsFor(members: number): number {
  return Math.max(1, Math.ceil(members / MEMBERS_PER_CHECK_IN));
}

/** 32-bit FNV-1a: the same number for the same login on every machine and every run. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/** The check-in issue (1-based) a member posts to when a day has `groups` of them. Case-insensitive. */
export function checkInGroup(login: string, groups: number): number {
  return groups <= 1 ? 1 : (fnv1a(login.toLowerCase()) % groups) + 1;
}

/** "Day 5 · 2026-12-05", or "Day 5 · 2026-12-05 · group 2 of 3" when a day has several issues. */
export function checkInTitle(day: number, date: LocalDate, group = 1, groups = 1): string {
  return `Day ${day} · ${date}${groups > 1 ? ` · group ${group} of ${groups}` : ''}`;
}

export interface CheckInTitle {
  day: number;
  date: LocalDate;
  group: number;
  groups: number;
}

const TITLE_RE = /^Day ([1-9]\d{0,3}) · (\d{4}-\d{2}-\d{2})(?: · group ([1-9]\d{0,2}) of ([1-9]\d{0,2}))?$/;

export function parseCheckInTitle(title: string): CheckInTitle | undefined {
  const m = TITLE_RE.exec(title);
  if (!m || !isLocalDate(m[2]!)) return undefined;
  const group = m[3] ? Number(m[3]) : 1;
  const groups = m[4] ? Number(m[4]) : 1;
  if (group > groups || (m[4] && groups < 2)) return undefined;
  return { day: Number(m[1]), date: m[2]!, group, groups };
}

/** The check-in issue a member posts to on `date`, or undefined outside the challenge. */
export function checkInFor(cohort: Pick<Cohort, 'start' | 'days' | 'checkInGroups'>, date: LocalDate, login: string): { title: string; day: number; group: number } | undefined {
  const phase = challengeDay(date, cohort.start, cohort.days);
  if (phase.phase !== 'active') return undefined;
  const groups = cohort.checkInGroups ?? 1;
  const group = checkInGroup(login, groups);
  return { title: checkInTitle(phase.day, date, group, groups), day: phase.day, group };
}

export interface IssueSummary {
  number: number;
  title: string;
  state?: string;
  labels?: readonly (string | { name?: string })[];
}

const labelled = (i: IssueSummary) => (i.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name ?? '').toLowerCase() === CHECK_IN_LABEL);

/** Whether an issue is a check-in issue of this cohort: the label, and a title whose day matches its date. */
export function isCheckInIssue(issue: IssueSummary, cohort: Pick<Cohort, 'start' | 'days'>): boolean {
  const t = parseCheckInTitle(issue.title);
  if (!t || !labelled(issue)) return false;
  const phase = challengeDay(t.date, cohort.start, cohort.days);
  return phase.phase === 'active' && phase.day === t.day;
}

/**
 * The issue to post to among those found with `title`: open ones only, labelled ones
 * first, then the lowest number. Two members who each opened one at the same moment both
 * pick the same issue, so the second issue is merely unused.
 */
export function chooseCheckInIssue(issues: readonly IssueSummary[], title: string): number | undefined {
  const candidates = issues.filter((i) => i.title === title && (i.state ?? 'open') === 'open');
  candidates.sort((a, b) => Number(labelled(b)) - Number(labelled(a)) || a.number - b.number);
  return candidates[0]?.number;
}

// ---- the submission -------------------------------------------------------------------

export interface EntrySubmission {
  kind: 'entry';
  /** The member's local day the post is for (ingest checks it against the comment's time). */
  date: LocalDate;
  title: string;
  url?: string;
  words: number;
  posts?: number;
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
}

export type Submission = EntrySubmission | JoinSubmission;

/** The payload as one line of JSON with no `<`, `>` or `&`, so it can't end the HTML comment it sits in. */
function payloadLine(s: Submission): string {
  const json = JSON.stringify({ ...s }).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<!-- wotn:v${PAYLOAD_VERSION} ${json} -->`;
}

const shown = (text: string) => noMentions(markdown(text));

/** The member's comment: what people read (day, title, link, words), then the payload on its own last line. */
export function renderSubmission(s: Submission, day?: number): string {
  if (s.kind === 'join') {
    const blog = safeUrl(s.blog);
    const lines = [`**Joined** · ${shown(s.name)}${blog ? ` · [blog](<${blog}>)` : ''}`];
    if (s.intro) lines.push('', `> ${shown(s.intro)}`);
    return [...lines, '', payloadLine(s)].join('\n');
  }
  const url = safeUrl(s.url);
  const title = url ? `[${shown(s.title)}](<${url}>)` : `**${shown(s.title)}**`;
  const posts = s.posts && s.posts > 1 ? ` in ${s.posts} posts` : '';
  const head = `**${day ? `Day ${day} · ` : ''}${s.date}** · ${title} · ${s.words.toLocaleString('en-US')} words${posts}`;
  return `${head}\n\n${payloadLine(s)}`;
}

export type ParsedSubmission =
  | { status: 'none' }
  | { status: 'invalid'; problem: string }
  | { status: 'ok'; submission: Submission };

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
  if ([...body].length > MAX_BODY) return { status: 'invalid', problem: `the comment is longer than GitHub's ${MAX_BODY} characters` };
  const lines = payloadLines(body);
  if (lines.length === 0) return { status: 'none' };
  if (lines.length > 1) return { status: 'invalid', problem: `the comment carries ${lines.length} wotn payloads; keep one (edit the comment)` };
  const m = /^<!-- wotn:v(\d{1,6}) (.*) -->\s*$/.exec(lines[0]!);
  if (!m) return { status: 'invalid', problem: 'the wotn payload is not one line of the form <!-- wotn:v1 {…} -->' };
  if (Number(m[1]) !== PAYLOAD_VERSION) return { status: 'invalid', problem: `the payload is version ${m[1]}; this ledger reads version ${PAYLOAD_VERSION} (update wotn)` };
  const json = m[2]!;
  if (json.length > MAX_PAYLOAD) return { status: 'invalid', problem: `the payload is longer than ${MAX_PAYLOAD} characters` };
  if (/[<>]/.test(json)) return { status: 'invalid', problem: 'the payload contains a raw < or >' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { status: 'invalid', problem: 'the payload is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { status: 'invalid', problem: 'the payload is not a JSON object' };
  const v = value as Record<string, unknown>;
  if (v.kind === 'entry') return checked(entryFrom(v, limits.maxWords ?? DEFAULT_MAX_WORDS));
  if (v.kind === 'join') return checked(joinFrom(v));
  return { status: 'invalid', problem: `the payload's kind ${JSON.stringify(v.kind) ?? 'undefined'} is neither "entry" nor "join"` };
}

const checked = (r: Submission | string): ParsedSubmission =>
  typeof r === 'string' ? { status: 'invalid', problem: r } : { status: 'ok', submission: r };

/** Control characters and bidirectional overrides out, whitespace collapsed: text a page can show. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
}

function textField(v: Record<string, unknown>, key: string, max: number, required: boolean): string | { problem: string } | undefined {
  const raw = v[key];
  if (raw === undefined && !required) return undefined;
  if (typeof raw !== 'string') return { problem: `${key} must be text` };
  const text = plainText(raw);
  if (required && !text) return { problem: `${key} is empty` };
  if ([...text].length > max) return { problem: `${key} is longer than ${max} characters` };
  return text || undefined;
}

/** Why `raw` is not an absolute http(s) URL without credentials of at most 2,000 characters. */
export function webUrlProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return 'must be text';
  if (raw.length > 2_000) return 'is longer than 2000 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return 'contains spaces or control characters';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must start with https:// or http://';
  if (u.username || u.password) return 'must not carry a user name or password';
  return undefined;
}

function urlField(v: Record<string, unknown>, key: string): string | { problem: string } | undefined {
  if (v[key] === undefined) return undefined;
  const problem = webUrlProblem(v[key]);
  return problem ? { problem: `${key} ${problem}` } : new URL(v[key] as string).href;
}

const isProblem = (x: unknown): x is { problem: string } => typeof x === 'object' && x !== null;

function entryFrom(v: Record<string, unknown>, maxWords: number): EntrySubmission | string {
  if (typeof v.date !== 'string' || !isLocalDate(v.date)) return `date ${JSON.stringify(v.date) ?? 'undefined'} is not a date (YYYY-MM-DD)`;
  const title = textField(v, 'title', 300, true);
  const url = urlField(v, 'url');
  for (const f of [title, url]) if (isProblem(f)) return f.problem;
  const words = wordsProblem(v.words, maxWords);
  if (words) return words;
  if (v.posts !== undefined && !(Number.isInteger(v.posts) && (v.posts as number) >= 1 && (v.posts as number) <= 100)) return `posts ${JSON.stringify(v.posts)} is not a whole number from 1 to 100`;
  return {
    kind: 'entry', date: v.date, title: title as string, ...(url ? { url: url as string } : {}), words: v.words as number,
    ...(v.posts !== undefined && v.posts !== 1 ? { posts: v.posts as number } : {}),
  };
}

function joinFrom(v: Record<string, unknown>): JoinSubmission | string {
  const name = textField(v, 'name', 100, true);
  const intro = textField(v, 'intro', 1_000, false);
  const blog = urlField(v, 'blog');
  for (const f of [name, intro, blog]) if (isProblem(f)) return f.problem;
  if (v.timezone !== undefined && (typeof v.timezone !== 'string' || !isTimeZone(v.timezone))) return `timezone ${JSON.stringify(v.timezone)} is not an IANA time zone`;
  if (v.dayStartsAt !== undefined && (typeof v.dayStartsAt !== 'string' || parseClock(v.dayStartsAt) === undefined)) return `dayStartsAt ${JSON.stringify(v.dayStartsAt)} is not HH:MM`;
  for (const key of ['hideStreak', 'nudge']) if (v[key] !== undefined && typeof v[key] !== 'boolean') return `${key} must be true or false`;
  return {
    kind: 'join', name: name as string,
    ...(blog ? { blog: blog as string } : {}), ...(intro ? { intro: intro as string } : {}),
    ...(v.timezone ? { timezone: v.timezone as string } : {}), ...(v.dayStartsAt ? { dayStartsAt: v.dayStartsAt as string } : {}),
    ...(v.hideStreak === true ? { hideStreak: true } : {}), ...(v.nudge === true ? { nudge: true } : {}),
  };
}

/** The workflow's reply to a submission it did not record. Mentions no one. */
export function refusalReply(reason: string, commentUrl?: string): string {
  const which = commentUrl && !webUrlProblem(commentUrl) ? `[This check-in](<${commentUrl}>)` : 'This check-in';
  return `${which} was not recorded in the ledger: ${noMentions(plainText(reason))}`;
}
