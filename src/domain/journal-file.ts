// A writer's own export of their journal, and reading one back: every entry checked on its
// own (the file may come from another machine, an old version, or a hand edit), merged so
// that nothing is lost and nothing counted twice. Pure.
import { compareIso } from './instant.js';
import { isLocalDate, parseInstant, type LocalDate } from './calendar.js';
import { MAX_POST_WORDS } from './defaults.js';
import { said, type Said } from './said.js';
import { recordEntry, type Journal, type JournalEntry, type PushState } from './journal.js';

export const EXPORT_KIND = 'wotn-journal';

/** What status needs besides the entries to show the same challenge on another machine. */
export interface ExportedSettings {
  timezone?: string;
  dayStartsAt?: string;
  goal?: number;
  start?: LocalDate;
  days?: number;
}

export interface JournalExport {
  schema: 1;
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  settings: ExportedSettings;
  entries: JournalEntry[];
}

export const CSV_FIELDS = ['date', 'day', 'title', 'words', 'url', 'publishedAt', 'path', 'push', 'synced', 'late'] as const;

const PUSH: readonly PushState[] = ['done', 'pending', 'none'];
const MAX_TITLE = 500;

/** One entry from an untrusted file: the entry, or why it is refused. Strings from CSV are converted. */
export function checkEntry(raw: unknown): { ok: true; entry: JournalEntry } | { ok: false; problem: string; said: Said } {
  const refuse = (key: string, values: Record<string, string | number>, text: string) => ({ ok: false as const, problem: text, said: said(key, values, text) });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('problem.entry.notObject', {}, 'is not an object');
  const v = raw as Record<string, unknown>;
  const num = (x: unknown) => (typeof x === 'string' && /^\d{1,9}$/.test(x) ? Number(x) : x);
  const bool = (x: unknown) => (x === 'true' ? true : x === 'false' ? false : x);
  const blank = (x: unknown) => (x === '' || x === null ? undefined : x);
  const date = v.date, words = num(v.words), day = num(blank(v.day)), publishedAt = v.publishedAt;
  const title = blank(v.title) ?? '', url = blank(v.url), path = blank(v.path), push = blank(v.push) ?? 'none', synced = bool(blank(v.synced) ?? false), late = bool(blank(v.late));
  if (typeof date !== 'string' || !isLocalDate(date)) return refuse('problem.entry.date', { value: JSON.stringify(date) ?? 'undefined' }, `date ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`);
  if (!(Number.isInteger(words) && (words as number) >= 0 && (words as number) <= MAX_POST_WORDS)) return refuse('problem.entry.words', { value: JSON.stringify(v.words) ?? 'undefined', max: MAX_POST_WORDS }, `words ${JSON.stringify(v.words)} is not a whole number from 0 to ${MAX_POST_WORDS}`);
  if (day !== undefined && !(Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 366)) return refuse('problem.entry.day', { value: JSON.stringify(v.day) ?? 'undefined' }, `day ${JSON.stringify(v.day)} is not a day number`);
  if (typeof publishedAt !== 'string' || parseInstant(publishedAt) === undefined) return refuse('problem.entry.publishedAt', { value: JSON.stringify(publishedAt) ?? 'undefined' }, `publishedAt ${JSON.stringify(publishedAt)} is not an ISO-8601 time`);
  if (typeof title !== 'string' || title.length > MAX_TITLE) return refuse('problem.entry.title', { max: MAX_TITLE }, `title is not text of at most ${MAX_TITLE} characters`);
  if (url !== undefined && !(typeof url === 'string' && /^https?:\/\/\S+$/i.test(url) && url.length <= 2048)) return refuse('problem.entry.url', { value: JSON.stringify(url) }, `url ${JSON.stringify(url)} is not a web address`);
  if (path !== undefined && !(typeof path === 'string' && path.length <= 1024 && !path.startsWith('/') && !path.split(/[\\/]/).includes('..')))
    return refuse('problem.entry.path', { value: JSON.stringify(path) }, `path ${JSON.stringify(path)} is not a path inside the blog`);
  if (!PUSH.includes(push as PushState)) return refuse('problem.entry.push', { value: JSON.stringify(push), list: PUSH.join(', ') }, `push ${JSON.stringify(push)} is not one of ${PUSH.join(', ')}`);
  if (typeof synced !== 'boolean') return refuse('problem.entry.bool', { key: 'synced', value: JSON.stringify(v.synced) ?? 'undefined' }, `synced ${JSON.stringify(v.synced)} is not true or false`);
  if (late !== undefined && typeof late !== 'boolean') return refuse('problem.entry.bool', { key: 'late', value: JSON.stringify(v.late) ?? 'undefined' }, `late ${JSON.stringify(v.late)} is not true or false`);
  return {
    ok: true,
    entry: {
      date, ...(day !== undefined ? { day: day as number } : {}), title, words: words as number, publishedAt,
      ...(path !== undefined ? { path: path as string } : {}), ...(url !== undefined ? { url: url as string } : {}),
      push: push as PushState, synced, ...(late ? { late: true } : {}),
    },
  };
}

export interface Merged {
  journal: Journal;
  added: number;
  updated: number;
  unchanged: number;
}

/** The same post is the same publish: its day and publishedAt (whatever machine recorded it). */
const sameAs = (a: JournalEntry, b: JournalEntry) => a.date === b.date && a.publishedAt === b.publishedAt;

/** Merges imported entries: a post already there is updated only if the import says more (more words, a URL). */
export function mergeImported(journal: Journal, entries: readonly JournalEntry[]): Merged {
  let next = journal;
  let added = 0, updated = 0, unchanged = 0;
  for (const e of entries) {
    const existing = next.entries.find((x) => sameAs(x, e) || (e.path !== undefined && x.path === e.path));
    if (!existing) {
      next = { ...next, entries: [...next.entries, e].sort((a, b) => compareIso(a.publishedAt, b.publishedAt) || compareIso(a.date, b.date)) };
      added++;
      continue;
    }
    const better = { ...existing, ...(e.url && !existing.url ? { url: e.url } : {}), ...(e.words > existing.words && sameAs(existing, e) ? { words: e.words } : {}), synced: existing.synced || e.synced };
    if (JSON.stringify(better) === JSON.stringify(existing)) unchanged++;
    else {
      next = recordEntry({ ...next, entries: next.entries.filter((x) => x !== existing) }, better);
      updated++;
    }
  }
  return { journal: next, added, updated, unchanged };
}
