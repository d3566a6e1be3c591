// How sync merges: the writer's journal becomes one ledger entry per day, and the ledger's
// copy and the local one are united by date. Pure.
import { compareIso } from './instant.js';
import type { LocalDate } from './calendar.js';
import type { JournalEntry } from './journal.js';
import type { ProgressEntry } from './ledger.js';

/** The journal's entries as ledger entries: one per local day, words added up. */
export function progressFromJournal(entries: readonly JournalEntry[]): ProgressEntry[] {
  const byDate = new Map<LocalDate, ProgressEntry>();
  for (const e of [...entries].sort((a, b) => compareIso(a.publishedAt, b.publishedAt))) {
    const seen = byDate.get(e.date);
    if (!seen) {
      byDate.set(e.date, {
        date: e.date, title: e.title, ...(e.url ? { url: e.url } : {}), words: e.words, publishedAt: e.publishedAt, posts: 1,
        ...(e.makeUp ? { makeUp: true } : {}), ...(e.tags?.length ? { tags: e.tags } : {}), ...(e.featured ? { featured: true } : {}), ...(e.reflection ? { reflection: e.reflection } : {}),
      });
    } else {
      seen.words += e.words;
      seen.posts = (seen.posts ?? 1) + 1;
      if (!seen.url && e.url) seen.url = e.url;
      // The day's reflection or featured post may be its second post.
      if (!seen.reflection && e.reflection) seen.reflection = e.reflection;
      if (!seen.featured && e.featured) seen.featured = true;
      if (!seen.tags && e.tags?.length) seen.tags = e.tags;
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
  return [...byDate.values()].sort((a, b) => compareIso(a.date, b.date));
}
