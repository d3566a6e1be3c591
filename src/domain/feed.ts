// The cohort's latest posts, newest first, so members can read and learn from each other.
// Pure: the ledger's members in, feed items out.
import { addDays, daysBetween, type LocalDate } from './calendar.js';
import { entryProblem, type Cohort } from './ledger.js';
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

export function feedItems(cohort: Cohort, members: readonly MemberFiles[], today: LocalDate, days: number): FeedItem[] {
  const since = addDays(today, -(days - 1));
  const items: FeedItem[] = [];
  for (const m of members) {
    for (const e of m.progress?.entries ?? []) {
      if (entryProblem(e) || e.date < since || e.date > today) continue;
      items.push({
        date: e.date,
        day: daysBetween(cohort.start, e.date) + 1,
        handle: m.handle,
        name: m.card?.name ?? m.handle,
        title: e.title,
        url: e.url ?? null,
        words: e.words,
        publishedAt: e.publishedAt,
      });
    }
  }
  return items.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.handle.localeCompare(b.handle));
}
