// The cohort's latest posts, newest first, so members can read and learn from each other.
// Pure: the ledger's members in, feed items out.
import { compareHandles } from './handle.js';
import { addDays, daysBetween, type LocalDate } from './calendar.js';
import { parseTimestamp } from './instant.js';
import { entryProblem, type Cohort, type ProgressEntry } from './ledger.js';
import type { MemberFiles } from './report.js';

export interface FeedItem {
  date: LocalDate;
  day: number;
  handle: string;
  name: string;
  title: string;
  url: string | null;
  words: number;
  publishedAt: string;
}

/** One ledger entry as a feed item: the challenge day it counts for (`day`, when known), the writer's name. */
export function feedItem(cohort: Pick<Cohort, 'start'>, handle: string, name: string, e: ProgressEntry, day = daysBetween(cohort.start, e.date) + 1): FeedItem {
  return { date: e.date, day, handle, name, title: e.title, url: e.url ?? null, words: e.words, publishedAt: e.publishedAt };
}

/** Feed order: the most recently published first; same instant, by handle. */
export function newestFirst(a: Pick<FeedItem, 'publishedAt' | 'handle'>, b: Pick<FeedItem, 'publishedAt' | 'handle'>): number {
  return parseTimestamp(b.publishedAt) - parseTimestamp(a.publishedAt) || compareHandles(a.handle, b.handle);
}

export function feedItems(cohort: Cohort, members: readonly MemberFiles[], today: LocalDate, days: number): FeedItem[] {
  const since = addDays(today, -(days - 1));
  const items: FeedItem[] = [];
  for (const m of members) {
    for (const e of m.progress?.entries ?? []) {
      if (entryProblem(e) || e.date < since || e.date > today) continue;
      items.push(feedItem(cohort, m.handle, m.card?.name ?? m.handle, e));
    }
  }
  return items.sort(newestFirst);
}
