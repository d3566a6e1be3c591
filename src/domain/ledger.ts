// The cohort ledger's files: their shapes, validation, and merging a member's entries.
// Pure. Every handle is checked before it names a path.
import { isLocalDate, isTimeZone, parseClock, type LocalDate } from './calendar.js';
import { isHandle } from './handle.js';
import type { JournalEntry } from './journal.js';

export const LEDGER_SCHEMA = 1;
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
  /** Words the cohort sets out to write together, shown on its site when set. */
  goalWords?: number;
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
}

export interface ProgressEntry {
  date: LocalDate;
  title: string;
  url?: string;
  words: number;
  publishedAt: string;
  /** Posts that day (more posts add words, not days). */
  posts?: number;
}

export interface Progress {
  schema: 1;
  handle: string;
  entries: ProgressEntry[];
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min = 0) => Number.isInteger(v) && (v as number) >= min;
const schemaProblem = (v: Record<string, unknown>) =>
  v.schema === LEDGER_SCHEMA ? undefined : `unknown schema version ${JSON.stringify(v.schema)} (this wotn reads ${LEDGER_SCHEMA})`;

export function checkCohort(v: unknown): Checked<Cohort> {
  if (!isObject(v)) return { ok: false, problem: 'is not a JSON object' };
  const problem =
    schemaProblem(v) ??
    (typeof v.name !== 'string' || !v.name.trim() ? 'name: is missing' : undefined) ??
    (typeof v.start !== 'string' || !isLocalDate(v.start) ? `start: ${JSON.stringify(v.start)} is not a date (YYYY-MM-DD)` : undefined) ??
    (!isCount(v.days, 1) ? `days: ${JSON.stringify(v.days)} is not a whole number above 0` : undefined) ??
    (typeof v.timezone !== 'string' || !isTimeZone(v.timezone) ? `timezone: ${JSON.stringify(v.timezone)} is not an IANA time zone` : undefined) ??
    (!isCount(v.minWords) ? `minWords: ${JSON.stringify(v.minWords)} is not a whole number` : undefined) ??
    (v.freezes !== undefined && !isCount(v.freezes) ? `freezes: ${JSON.stringify(v.freezes)} is not a whole number` : undefined) ??
    (v.graceHours !== undefined && !(typeof v.graceHours === 'number' && v.graceHours >= 0) ? `graceHours: ${JSON.stringify(v.graceHours)} is not a number of hours` : undefined) ??
    (v.goalWords !== undefined && !isCount(v.goalWords, 1) ? `goalWords: ${JSON.stringify(v.goalWords)} is not a whole number above 0` : undefined) ??
    (v.roles !== undefined && (!isObject(v.roles) || Object.keys(v.roles).some((h) => !isHandle(h))) ? 'roles: must map valid handles to roles' : undefined);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    value: {
      ...(v as unknown as Cohort),
      id: typeof v.id === 'string' && v.id ? v.id : slugId(v.name as string),
      freezes: (v.freezes as number | undefined) ?? 0,
      graceHours: (v.graceHours as number | undefined) ?? 0,
      roles: (v.roles as Record<string, Role> | undefined) ?? {},
    },
  };
}

function slugId(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'cohort';
}

export function checkCard(v: unknown, fileHandle: string): Checked<MemberCard> {
  if (!isObject(v)) return { ok: false, problem: 'is not a JSON object' };
  const problem =
    schemaProblem(v) ??
    (v.handle !== fileHandle ? `handle ${JSON.stringify(v.handle)} does not match the file name` : undefined) ??
    (typeof v.name !== 'string' ? 'name: is missing' : undefined) ??
    (v.timezone !== undefined && (typeof v.timezone !== 'string' || !isTimeZone(v.timezone)) ? `timezone: ${JSON.stringify(v.timezone)} is not an IANA time zone` : undefined) ??
    (v.dayStartsAt !== undefined && (typeof v.dayStartsAt !== 'string' || parseClock(v.dayStartsAt) === undefined) ? 'dayStartsAt: is not HH:MM' : undefined) ??
    (['blog', 'intro'].find((k) => v[k] !== undefined && typeof v[k] !== 'string') ? 'blog and intro must be text' : undefined);
  return problem ? { ok: false, problem } : { ok: true, value: v as unknown as MemberCard };
}

export function checkProgress(v: unknown, fileHandle: string): Checked<Progress> {
  if (!isObject(v)) return { ok: false, problem: 'is not a JSON object' };
  const problem =
    schemaProblem(v) ??
    (v.handle !== fileHandle ? `handle ${JSON.stringify(v.handle)} does not match the file name` : undefined) ??
    (!Array.isArray(v.entries) ? 'entries: must be a list' : undefined);
  return problem ? { ok: false, problem } : { ok: true, value: v as unknown as Progress };
}

/**
 * Why one entry can't be read at all (a malformed entry is skipped with a warning).
 * `publishedAtMs` is the parsed publishedAt, passed in so a report parses it only once.
 */
export function entryProblem(e: unknown, publishedAtMs = Date.parse((e as { publishedAt?: string })?.publishedAt ?? '')): string | undefined {
  if (!isObject(e)) return 'is not an object';
  if (typeof e.date !== 'string' || !isLocalDate(e.date)) return `date ${JSON.stringify(e.date)} is not a date`;
  if (!isCount(e.words)) return `words ${JSON.stringify(e.words)} is not a whole number`;
  if (typeof e.publishedAt !== 'string' || Number.isNaN(publishedAtMs)) return `publishedAt ${JSON.stringify(e.publishedAt)} is not a time`;
  if (typeof e.title !== 'string') return 'title is missing';
  if (e.url !== undefined && typeof e.url !== 'string') return 'url must be text';
  return undefined;
}

/** The journal's entries as ledger entries: one per local day, words added up. */
export function progressFromJournal(entries: readonly JournalEntry[]): ProgressEntry[] {
  const byDate = new Map<LocalDate, ProgressEntry>();
  for (const e of [...entries].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))) {
    const seen = byDate.get(e.date);
    if (!seen) {
      byDate.set(e.date, { date: e.date, title: e.title, ...(e.url ? { url: e.url } : {}), words: e.words, publishedAt: e.publishedAt, posts: 1 });
    } else {
      seen.words += e.words;
      seen.posts = (seen.posts ?? 1) + 1;
      if (!seen.url && e.url) seen.url = e.url;
    }
  }
  return [...byDate.values()];
}

/**
 * Union keyed by date: a day found only in the ledger is kept (never dropped); a day the
 * member has locally takes the local version. Sorted by date.
 */
export function mergeProgress(remote: readonly ProgressEntry[], local: readonly ProgressEntry[]): ProgressEntry[] {
  const byDate = new Map<LocalDate, ProgressEntry>();
  for (const e of remote) byDate.set(e.date, e);
  for (const e of local) byDate.set(e.date, e);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A stable rendering of a ledger file, so unchanged data makes no commit. */
export function ledgerJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
