// The cohort ledger's files: their shapes, validation, and merging a member's entries.
// Pure. Every handle is checked before it names a path.
import { isLocalDate, isTimeZone, parseClock, type LocalDate } from './calendar.js';
import { isHandle } from './handle.js';
import { slugify } from './slug.js';
import { checkGoalWords } from './awards.js';
import { isLang, LANGUAGES } from './language.js';
import type { Reflection } from './wisdom.js';
import { refused, said, saidAt, type Said } from './said.js';
import {
  handleMismatch, LEDGER_SCHEMA, notABoolean, notAList, notAnItem, notAnObject, notWholeFrom, schemaRefusal, type Checked,
} from './shape.js';

export { LEDGER_SCHEMA };
/** The most words one day's entry may claim unless the cohort's rules say otherwise. */
export const DEFAULT_MAX_WORDS = 20_000;
export const COHORT_FILE = 'wotn-cohort.json';
export const memberPath = (handle: string) => `members/${handle}.json`;
export const progressPath = (handle: string) => `progress/${handle}.json`;

export type Role = 'lead' | 'moderator' | 'mentor' | 'member' | (string & {});

export interface Cohort {
  schema: 1;
  id: string;
  name: string;
  start: LocalDate;
  days: number;
  timezone: string;
  minWords: number;
  freezes: number;
  graceHours: number;
  roles: Record<string, Role>;
  /** The most words one day's entry may claim (default DEFAULT_MAX_WORDS). */
  maxWords?: number;
  /** Only handles in `invited` (or with a role) may join. */
  invitationOnly?: boolean;
  invited?: string[];
  /** Check-in issues per day: more than one when a cohort outgrows GitHub's 2,500 comments an issue. */
  checkInGroups?: number;
  /** Words the cohort sets out to write together, shown on its site when set. */
  goalWords?: number;
  /** The language of what the whole cohort reads: reports, the site, check-in issues (default en). */
  lang?: string;
}

export interface MemberCard {
  schema: 1;
  handle: string;
  name: string;
  blog?: string;
  intro?: string;
  timezone?: string;
  dayStartsAt?: string;
  joinedAt: string;
  /** Appear on the leaderboard without showing a streak. */
  hideStreak?: boolean;
  /** Opt in to being @mentioned when at risk. */
  nudge?: boolean;
  /** Planned vacations (`wotn vacation`): no nudge, and the streak waits. */
  vacations?: { from: LocalDate; to: LocalDate }[];
  /** When the member left the cohort (membership.ts); their entries stay. */
  leftAt?: string;
}

export interface ProgressEntry {
  date: LocalDate;
  title: string;
  url?: string;
  words: number;
  publishedAt: string;
  /** Posts that day (more posts add words, not days). */
  posts?: number;
  /** The check-in comment on GitHub this entry was recorded from (by `wotn ledger ingest`). */
  comment?: number;
  /** Learn together (decisions.md): a make-up post for a missed day, and the fields of the wisdom digest. */
  makeUp?: true;
  tags?: string[];
  featured?: true;
  reflection?: Reflection;
}

export interface Progress {
  schema: 1;
  handle: string;
  entries: ProgressEntry[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min = 0) => Number.isInteger(v) && (v as number) >= min;
const shown = (v: unknown): string => JSON.stringify(v) ?? 'undefined';
const schemaProblem = (v: Record<string, unknown>) => (v.schema === LEDGER_SCHEMA ? undefined : schemaRefusal(v.schema));
// `field: problem`, the field's value shown as JSON.
const field = (name: string, key: string, value: unknown, rest: string, values: Record<string, string | number> = {}): Said =>
  saidAt(name, said(key, { value: shown(value), ...values }, `${JSON.stringify(value)} ${rest}`));
const missing = (name: string) => saidAt(name, said('problem.missing', {}, 'is missing'));
const notAZone = (name: string, value: unknown) => field(name, 'problem.notAZone', value, 'is not an IANA time zone');

/** The one goalWords rule (awards.ts), as a problem or nothing. */
function goalWordsProblem(v: unknown): Said | undefined {
  const checked = checkGoalWords(v);
  return checked.ok ? undefined : checked.said;
}

export function checkCohort(v: unknown): Checked<Cohort> {
  if (!isObject(v)) return refused(notAnObject);
  const problem =
    schemaProblem(v) ??
    (typeof v.name !== 'string' || !v.name.trim() ? missing('name') : undefined) ??
    (typeof v.start !== 'string' || !isLocalDate(v.start) ? field('start', 'problem.notADate', v.start, 'is not a date (YYYY-MM-DD)') : undefined) ??
    (!isCount(v.days, 1) ? field('days', 'problem.wholeAboveZero', v.days, 'is not a whole number above 0') : undefined) ??
    (typeof v.timezone !== 'string' || !isTimeZone(v.timezone) ? notAZone('timezone', v.timezone) : undefined) ??
    (!isCount(v.minWords) ? field('minWords', 'problem.notWhole', v.minWords, 'is not a whole number') : undefined) ??
    (v.freezes !== undefined && !isCount(v.freezes) ? field('freezes', 'problem.notWhole', v.freezes, 'is not a whole number') : undefined) ??
    (v.graceHours !== undefined && !(typeof v.graceHours === 'number' && v.graceHours >= 0) ? field('graceHours', 'problem.notHours', v.graceHours, 'is not a number of hours') : undefined) ??
    (goalWordsProblem(v.goalWords)) ??
    (v.lang !== undefined && !isLang(v.lang) ? field('lang', 'problem.oneOf', v.lang, `is not one of ${LANGUAGES.join(', ')}`, { list: LANGUAGES.join(', ') }) : undefined) ??
    (v.roles !== undefined && (!isObject(v.roles) || Object.keys(v.roles).some((h) => !isHandle(h))) ? saidAt('roles', said('problem.cohort.roles', {}, 'must map valid handles to roles')) : undefined) ??
    (v.maxWords !== undefined && !(Number.isSafeInteger(v.maxWords) && (v.maxWords as number) >= Math.max(1, v.minWords as number)) ? field('maxWords', 'problem.cohort.maxWords', v.maxWords, 'is not a whole number of at least minWords') : undefined) ??
    (v.invitationOnly !== undefined && typeof v.invitationOnly !== 'boolean' ? notABoolean('invitationOnly') : undefined) ??
    (v.invited !== undefined && (!Array.isArray(v.invited) || v.invited.some((h) => !isHandle(h))) ? saidAt('invited', said('problem.handleList', {}, 'must be a list of valid handles')) : undefined) ??
    (v.checkInGroups !== undefined && !(Number.isInteger(v.checkInGroups) && (v.checkInGroups as number) >= 1 && (v.checkInGroups as number) <= 100) ? notWholeFrom('checkInGroups', v.checkInGroups, 1, 100) : undefined);
  if (problem) return refused(problem);
  return {
    ok: true,
    value: {
      ...(v as unknown as Cohort),
      id: typeof v.id === 'string' && v.id ? v.id : cohortId(v.name as string, v.start as string),
      freezes: (v.freezes as number | undefined) ?? 0,
      graceHours: (v.graceHours as number | undefined) ?? 0,
      roles: (v.roles as Record<string, Role> | undefined) ?? {},
    },
  };
}

/** The one cohort-id rule: the slug of its name and its first day. */
export function cohortId(name: string, start: string): string {
  return `${slugify(name, 'cohort')}-${start}`;
}

export function checkCard(v: unknown, fileHandle: string): Checked<MemberCard> {
  if (!isObject(v)) return refused(notAnObject);
  const problem =
    schemaProblem(v) ??
    (v.handle !== fileHandle ? handleMismatch(v.handle) : undefined) ??
    (typeof v.name !== 'string' ? missing('name') : undefined) ??
    (v.timezone !== undefined && (typeof v.timezone !== 'string' || !isTimeZone(v.timezone)) ? notAZone('timezone', v.timezone) : undefined) ??
    (v.dayStartsAt !== undefined && (typeof v.dayStartsAt !== 'string' || parseClock(v.dayStartsAt) === undefined) ? saidAt('dayStartsAt', said('problem.notAClock', {}, 'is not HH:MM')) : undefined) ??
    (['blog', 'intro'].find((k) => v[k] !== undefined && typeof v[k] !== 'string') ? said('problem.card.text', {}, 'blog and intro must be text') : undefined);
  return problem ? refused(problem) : { ok: true, value: v as unknown as MemberCard };
}

export function checkProgress(v: unknown, fileHandle: string): Checked<Progress> {
  if (!isObject(v)) return refused(notAnObject);
  const problem =
    schemaProblem(v) ??
    (v.handle !== fileHandle ? handleMismatch(v.handle) : undefined) ??
    (!Array.isArray(v.entries) ? saidAt('entries', notAList) : undefined);
  return problem ? refused(problem) : { ok: true, value: v as unknown as Progress };
}

/** The cohort's cap on one day's words. */
export function wordCap(cohort: Pick<Cohort, 'maxWords'>): number {
  return cohort.maxWords ?? DEFAULT_MAX_WORDS;
}

/** Why a claimed word count can't be recorded: not a whole number (1e300 is not), negative, or over the cap. */
export function wordsProblem(words: unknown, cap: number): string | undefined {
  return wordsRefusal(words, cap)?.text;
}

/** wordsProblem as data for the reader's language (said.ts). */
export function wordsRefusal(words: unknown, cap: number): Said | undefined {
  if (typeof words !== 'number' || !Number.isSafeInteger(words)) {
    const value = typeof words === 'number' ? String(words) : JSON.stringify(words) ?? 'undefined';
    return said('problem.words.whole', { value }, `words ${typeof words === 'number' ? String(words) : JSON.stringify(words)} is not a whole number`);
  }
  if (words < 0) return said('problem.words.negative', { value: String(words) }, `words ${words} is negative`);
  if (words > cap) return said('problem.words.overCap', { value: String(words), cap: String(cap) }, `${words} words is over the cohort's cap of ${cap} words a day`);
  return undefined;
}

/** Whether `handle` may join: anyone, or when joining is by invitation, the invited and those with a role. */
export function mayJoin(cohort: Pick<Cohort, 'invitationOnly' | 'invited' | 'roles'>, handle: string): boolean {
  if (!cohort.invitationOnly) return true;
  const h = handle.toLowerCase();
  return (cohort.invited ?? []).some((i) => i.toLowerCase() === h) || Object.keys(cohort.roles).some((r) => r.toLowerCase() === h);
}

/** The role of `handle` (compared case-insensitively, as GitHub logins are). */
export function roleOf(cohort: Pick<Cohort, 'roles'>, handle: string): Role | undefined {
  const h = handle.toLowerCase();
  const key = Object.keys(cohort.roles).find((r) => r.toLowerCase() === h);
  return key === undefined ? undefined : cohort.roles[key];
}

/**
 * Why one entry can't be read at all (a malformed entry is skipped with a warning).
 * `publishedAtMs` is the parsed publishedAt, passed in so a report parses it only once.
 */
export function entryProblem(e: unknown, publishedAtMs = Date.parse((e as { publishedAt?: string })?.publishedAt ?? '')): string | undefined {
  return entryRefusal(e, publishedAtMs)?.text;
}

/** entryProblem as data for the pusher's language (said.ts). */
export function entryRefusal(e: unknown, publishedAtMs = Date.parse((e as { publishedAt?: string })?.publishedAt ?? '')): Said | undefined {
  if (!isObject(e)) return notAnItem;
  const bad = (name: string, rest: string, key: string, value: unknown) => said(key, { value: shown(value) }, `${name} ${JSON.stringify(value)} ${rest}`);
  if (typeof e.date !== 'string' || !isLocalDate(e.date)) return bad('date', 'is not a date', 'problem.entry.notADate', e.date);
  if (!isCount(e.words) || !Number.isSafeInteger(e.words)) return bad('words', 'is not a whole number', 'problem.words.whole', e.words);
  if (typeof e.publishedAt !== 'string' || Number.isNaN(publishedAtMs)) return bad('publishedAt', 'is not a time', 'problem.entry.notATime', e.publishedAt);
  if (typeof e.title !== 'string') return said('problem.entry.noTitle', {}, 'title is missing');
  if (e.url !== undefined && typeof e.url !== 'string') return said('problem.entry.urlText', {}, 'url must be text');
  return undefined;
}

/** A stable rendering of a ledger file, so unchanged data makes no commit. */
export function ledgerJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
