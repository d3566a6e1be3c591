// The writer's own record of published posts. Pure: the shape and the changes to it.
import { compareIso } from './instant.js';
import type { LocalDate } from './calendar.js';
import type { CheckInState } from './submit-plan.js';
import type { Reflection } from './wisdom.js';
import { said, saidAt, type Said } from './said.js';
import { notAList, notAnObject } from './shape.js';

export type PushState = 'done' | 'pending' | 'none';

export interface JournalEntry {
  date: LocalDate;
  day?: number;
  title: string;
  words: number;
  publishedAt: string;
  /** The post file, relative to the blog folder (git-published posts). */
  path?: string;
  url?: string;
  commit?: string;
  /** 'pending' means committed but not yet pushed to the blog's remote. */
  push: PushState;
  /** Whether the entry has reached the cohort ledger (on GitHub: the workflow recorded it). */
  synced: boolean;
  /** On a github: ledger, before it is recorded: submitted as a check-in, or why it can't be. */
  checkIn?: Exclude<CheckInState, 'recorded'>;
  /** Recorded for yesterday within the cohort's grace hours. */
  late?: boolean;
  /** A make-up post for a missed day (`wotn publish --make-up DATE`): a day written, not for the streak. */
  makeUp?: true;
  /** For the cohort's collective wisdom: the post's tags, `featured: true`, and its reflection's sections. */
  tags?: string[];
  featured?: true;
  reflection?: Reflection;
}

export interface Journal {
  schema: 1;
  /** Today's scaffolded post per local day, relative to the blog folder. */
  drafts: Record<LocalDate, string>;
  entries: JournalEntry[];
}

export function emptyJournal(): Journal {
  return { schema: 1, drafts: {}, entries: [] };
}

/** Adds an entry, or replaces the one for the same post (a post published again after edits). */
export function recordEntry(journal: Journal, entry: JournalEntry): Journal {
  const same = (e: JournalEntry) =>
    (entry.path !== undefined && e.path === entry.path) || (entry.path === undefined && entry.url !== undefined && e.url === entry.url);
  const entries = journal.entries.filter((e) => !same(e));
  entries.push(entry);
  entries.sort((a, b) => compareIso(a.publishedAt, b.publishedAt) || compareIso(a.date, b.date));
  return { ...journal, entries };
}

export function writtenDays(entries: readonly JournalEntry[]): Set<LocalDate> {
  return new Set(entries.map((e) => e.date));
}

export function wordsOn(entries: readonly JournalEntry[], date: LocalDate): number {
  return entries.reduce((sum, e) => (e.date === date ? sum + e.words : sum), 0);
}

export function totalWords(entries: readonly JournalEntry[]): number {
  return entries.reduce((sum, e) => sum + e.words, 0);
}

export function journalProblem(value: unknown): string | undefined {
  return journalRefusal(value)?.text;
}

/** journalProblem as data for the writer's language (said.ts). */
export function journalRefusal(value: unknown): Said | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notAnObject;
  const j = value as Partial<Journal>;
  if (j.schema !== 1) return said('problem.config.schema', { value: JSON.stringify(j.schema) ?? 'undefined' }, `schema: ${JSON.stringify(j.schema)} is not a version this wotn reads (expected 1)`);
  if (!Array.isArray(j.entries)) return saidAt('entries', notAList);
  if (typeof j.drafts !== 'object' || j.drafts === null) return saidAt('drafts', said('problem.reflection.object', {}, 'must be an object'));
  const bad = j.entries.findIndex((e) => typeof e?.date !== 'string' || typeof e.words !== 'number' || typeof e.publishedAt !== 'string');
  if (bad >= 0) return saidAt(`entries[${bad}]`, said('problem.journal.entry', {}, 'needs date, words and publishedAt'));
  return undefined;
}
