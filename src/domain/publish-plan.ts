// Which day a published post counts for, and what in the post must change so that the
// counted day, its front matter, its file name, its commit and its URL all agree. Pure.
import { addDays, localDay, parseInstant, type LocalDate, type ZoneOffset, intlOffset } from './calendar.js';
import type { Journal, JournalEntry } from './journal.js';
import { fillPattern } from './post.js';

/** The post was published before: republishing edits it on its own day, never moves it. */
export interface Edit {
  kind: 'edit';
  /** What says it was published: wotn's own journal, or only the post's front matter (to be confirmed). */
  from: 'journal' | 'front-matter';
  date: LocalDate;
  day?: number;
  publishedAt: string;
}

/** A first publish: it counts for the day it is published (no backdating). */
export interface FirstPublish {
  kind: 'new';
}

/**
 * An earlier publish of this post: its journal entry, or (when the journal lost it) its
 * own front matter saying draft: false with a publishedAt.
 */
export function earlierPublish(
  entries: readonly JournalEntry[],
  rel: string,
  data: Record<string, unknown>,
  zone: string,
  dayStartsAt: string,
  offset: ZoneOffset = intlOffset,
): Edit | FirstPublish {
  const entry = entries.find((e) => e.path === rel);
  if (entry) return { kind: 'edit', from: 'journal', date: entry.date, ...(entry.day ? { day: entry.day } : {}), publishedAt: entry.publishedAt };
  const at = typeof data.publishedAt === 'string' ? parseInstant(data.publishedAt) : undefined;
  if (data.draft === false && at !== undefined)
    return {
      kind: 'edit',
      from: 'front-matter',
      date: localDay(at, zone, dayStartsAt, offset),
      ...(typeof data.day === 'number' ? { day: data.day } : {}),
      publishedAt: data.publishedAt as string,
    };
  return { kind: 'new' };
}

/** Yesterday's draft that was never published: `wotn publish` just after midnight finds it. */
export function unpublishedDraftBefore(journal: Journal, today: LocalDate): { date: LocalDate; rel: string } | undefined {
  const date = addDays(today, -1);
  const rel = journal.drafts[date];
  if (!rel || journal.entries.some((e) => e.path === rel)) return undefined;
  return { date, rel };
}

/**
 * The post's new path when its file name carries the day it was scaffolded for and it now
 * counts for another day (a draft from 23:50 published at 00:20). undefined: keep the name.
 */
export function renamedFor(rel: string, fileName: string, from: { date: LocalDate; day: number }, to: { date: LocalDate; day: number }): string | undefined {
  if (from.date === to.date || !/\{(yyyy|mm|dd|day)\}/.test(fileName)) return undefined;
  const slash = rel.lastIndexOf('/');
  const dir = slash < 0 ? '' : rel.slice(0, slash + 1);
  const name = rel.slice(slash + 1);
  // Find the slug the pattern used, by filling the pattern with a marker and matching.
  const marker = '\u0000';
  const [before, after] = fillPattern(fileName, { date: from.date, slug: marker, day: from.day }).split(marker) as [string, string?];
  if (after === undefined || !name.startsWith(before) || !name.endsWith(after)) return undefined;
  const slug = name.slice(before.length, name.length - after.length);
  return dir + fillPattern(fileName, { date: to.date, slug, day: to.day });
}

/** Local minutes after midnight of an instant, for noticing a writer who publishes past midnight. */
function minutesOfDay(instant: number, zone: string, offset: ZoneOffset): number {
  const wall = instant + offset(instant, zone) * 60_000;
  return Math.floor(((wall % 86_400_000) + 86_400_000) % 86_400_000 / 60_000);
}

/**
 * Whether to suggest --day-starts-at: this post is published in the small hours (before
 * 03:00) and an earlier one was too, while the writer's day starts at midnight.
 */
export function publishesPastMidnight(entries: readonly JournalEntry[], now: number, zone: string, dayStartsAt: string, offset: ZoneOffset = intlOffset): boolean {
  if (dayStartsAt !== '00:00') return false;
  const small = (t: number) => minutesOfDay(t, zone, offset) < 180;
  if (!small(now)) return false;
  return entries.some((e) => {
    const t = parseInstant(e.publishedAt);
    return t !== undefined && small(t);
  });
}
