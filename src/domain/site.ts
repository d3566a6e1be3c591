// What the cohort's site shows, computed once from the report's lines and every member's
// counted entries. Pure: plain data in, plain data out. The rules (what counts, streaks,
// ranking, calendar states, feed order) are the report's, streak's and feed's own.
import { challengeDay, dateRange, daysBetween, type LocalDate } from './calendar.js';
import { feedItem, newestFirst, type FeedItem } from './feed.js';
import { parseTimestamp } from './instant.js';
import type { Cohort, ProgressEntry } from './ledger.js';
import { assembleReport, rankMembers, reportFrame, summarizeMemberDetail, type MemberFiles, type MemberReport, type Ranked, type Report } from './report.js';
import { dayState, MILESTONES, type DayState } from './streak.js';
import { searchShards, type SearchEntry } from './search.js';
import { applyKudos, isRemoved, removalsOf } from './community-report.js';
import type { FeedbackFile } from './feedback.js';
import { applyActions, hideEntries, type Moderation } from './moderation.js';
import type { ActionsFile } from './role-actions.js';
import { may } from './roles.js';
import { handleKey } from './shape.js';
import type { Said } from './said.js';

/** Rows per page: the first page of each list stays small at any cohort size. */
export const PAGE_SIZE = { leaderboard: 100, directory: 100, day: 500 } as const;
/** Newest posts in the Atom feed, and on the home page. */
export const FEED_SIZE = 100;
export const LATEST_ON_HOME = 12;
/** Names listed on the home page before "and N more". */
export const HOME_LIST = 24;

export interface SiteData {
  cohort: Cohort;
  report: Report;
  /** Per handle: the entries that counted, the challenge days a freeze covered, and when each entry was published (ms). */
  details: Map<string, { entries: ProgressEntry[]; frozen: number[]; at?: number[] }>;
  /** The post of the day a blogger-in-residence (or lead) pinned for the site's date, if any. */
  pinned?: FeedItem;
  /** The entries a moderator hid (entryKey): the wisdom pages leave them out. */
  hidden?: ReadonlySet<string>;
}

/** The feedback and actions files, and when the site is built (a removed member is left out from then on). */
export interface SiteCommunity {
  community: { feedback: readonly FeedbackFile[]; actions: readonly ActionsFile[] };
  now: number;
}

/** Reads members one at a time (see forEachMember) into the site's data. */
export function siteCollector(cohort: Cohort, date: LocalDate, warnings: Said[] = [], o?: SiteCommunity) {
  const frame = reportFrame(cohort, date);
  const lines: MemberReport[] = [];
  const details: SiteData['details'] = new Map();
  const removed = removalsOf(cohort);
  let moderation: Moderation | undefined; // the community is complete by the first member
  let pinned: FeedItem | undefined;
  return {
    warnings,
    add(m: MemberFiles): void {
      if (o && isRemoved(m.handle, removed, o.now)) return;
      moderation ??= applyActions(o?.community.actions ?? [], cohort);
      // A hidden entry keeps its day and words, and loses its title and link, everywhere the site shows it.
      const files = hideEntries(m, moderation);
      const d = summarizeMemberDetail(files, frame, warnings);
      if (!d) return;
      lines.push(d.line);
      details.set(m.handle, { entries: d.entries, frozen: d.frozen, at: d.at });
      const pin = moderation.pins.get(date);
      const entry = pin && handleKey(pin.member) === handleKey(m.handle) ? d.entries.find((e) => e.date === date) : undefined;
      if (entry && entry.title) pinned = feedItem(cohort, d.line.handle, d.line.name, entry);
    },
    finish: (): SiteData => {
      if (o) applyKudos(lines as (MemberReport & { setKudos?: (g: number, r: number) => void })[], o.community, cohort, o.now);
      const hidden = moderation?.hidden.size ? { hidden: new Set(moderation.hidden.keys()) } : {};
      return { cohort, report: assembleReport(frame, lines, warnings), details, ...(pinned ? { pinned } : {}), ...hidden };
    },
  };
}

export interface Stage {
  phase: Report['phase'];
  /** Challenge day of the site's date (may be < 1 before the start, > days after the end). */
  day: number;
  days: number;
  start: LocalDate;
  end: LocalDate;
  startsIn: number;
  /** Days still to write after today (active phase). */
  daysLeft: number;
  lastDay: boolean;
}

export interface MemberPage {
  ranked: Ranked;
  leaderboardPage: number;
  /** The state of each challenge day, day 1 first (their dates are the model's `dates`). */
  calendar: DayState[];
  /** Every post that counted, day 1 first. */
  posts: FeedItem[];
}

export interface DayPage {
  date: LocalDate;
  day: number;
  /** Posts of that day in the order they were published. */
  posts: FeedItem[];
}

export interface SiteModel {
  cohort: Report['cohort'] & { goalWords?: number };
  date: LocalDate;
  stage: Stage;
  /** Every date of the challenge, day 1 first. */
  dates: LocalDate[];
  report: Report;
  ranked: Ranked[];
  home: {
    wroteToday: { handle: string; name: string }[];
    milestones: { handle: string; name: string; days: number }[];
    milestonesTotal: number;
    /** Writers with a current streak of at least 2 days. */
    onStreak: number;
    /** How many writers have at least each milestone of days written. */
    reached: { days: number; writers: number }[];
    latest: FeedItem[];
    /** The post of the day, pinned by a blogger-in-residence or a lead. */
    pinned?: FeedItem;
    /** Members the cohort features: its bloggers-in-residence. */
    featured: { handle: string; name: string }[];
  };
  /** Every challenge day so far, with its number of writers. */
  days: Report['perDay'];
  /** The page of one day (1 = the first), built when asked for: posts are not held twice. */
  day(day: number): DayPage;
  /** Members by name, for the directory. */
  directory: MemberReport[];
  feed: FeedItem[];
  search: Map<string, SearchEntry[]>;
  members(): Iterable<MemberPage>;
  /** The page of the writer in leaderboard place `place` (0 = first). */
  member(place: number): MemberPage;
}

export function pageCount(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}

/** The page (1 = first) holding the item at `index` (0 = first). */
export function pageOf(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

export function stageOf(cohort: Pick<Cohort, 'start' | 'days'>, date: LocalDate): Stage {
  const p = challengeDay(date, cohort.start, cohort.days);
  const end = dateRange(cohort.start, cohort.days).at(-1) ?? cohort.start;
  return {
    phase: p.phase, day: p.day, days: cohort.days, start: cohort.start, end,
    startsIn: p.phase === 'before' ? p.startsIn : 0,
    daysLeft: p.phase === 'active' ? cohort.days - p.day : 0,
    lastDay: p.phase === 'active' && p.day === cohort.days,
  };
}

/** Keeps the newest `n` items in feed order as they come, without sorting them all. */
function newestKeeper(n: number) {
  const top: FeedItem[] = [];
  let oldest = -Infinity; // publishedAt (ms) of the last kept item once `top` is full
  return {
    top,
    offer(publishedMs: number, make: () => FeedItem): void {
      if (top.length === n && publishedMs < oldest) return; // older than all kept: no need to build it
      const item = make();
      if (top.length === n && newestFirst(item, top[n - 1]!) >= 0) return;
      let lo = 0, hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (newestFirst(top[mid]!, item) <= 0) lo = mid + 1;
        else hi = mid;
      }
      top.splice(lo, 0, item);
      if (top.length > n) top.pop();
      if (top.length === n) oldest = parseTimestamp(top[n - 1]!.publishedAt);
    },
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

export function siteModel(data: SiteData): SiteModel {
  const { report, cohort } = data;
  const stage = stageOf(cohort, report.date);
  const ranked = rankMembers(report.members);
  const dates = dateRange(cohort.start, cohort.days);
  const members = report.members;
  const entries = members.map((m) => data.details.get(m.handle)?.entries ?? []);

  // What only some pages read is made when first read: wotn site packs the member pages
  // for its second thread first, and makes these while that thread renders.
  const timed = once(() => {
    // When each counted entry was published (parsed when it was counted): the feed and the day pages order by it.
    const at = members.map((m, k) => data.details.get(m.handle)?.at ?? entries[k]!.map((e) => parseTimestamp(e.publishedAt)));
    const feed = newestKeeper(FEED_SIZE);
    members.forEach((m, k) => {
      entries[k]!.forEach((e, i) => feed.offer(at[k]![i]!, () => feedItem(cohort, m.handle, m.name, e)));
    });
    return { feed: feed.top, day: postsByDay(cohort, dates, members.map((m, k) => ({ handle: m.handle, name: m.name, order: k, days: m.days, entries: entries[k]!, at: at[k]! }))) };
  });
  const home = once((): SiteModel['home'] => {
    const milestones = ranked
      .filter((r) => r.member.writtenToday && (MILESTONES as readonly number[]).includes(r.member.daysWritten))
      .map((r) => ({ handle: r.member.handle, name: r.member.name, days: r.member.daysWritten }));
    const wroteToday = stage.phase === 'active' ? timed().day(stage.day).posts.slice(0, HOME_LIST).map((p) => ({ handle: p.handle, name: p.name })) : [];
    return {
      wroteToday,
      milestones: milestones.slice(0, HOME_LIST),
      milestonesTotal: milestones.length,
      onStreak: report.members.filter((m) => m.streak.current >= 2).length,
      reached: MILESTONES.map((b) => ({ days: b, writers: report.members.filter((m) => m.daysWritten >= b).length })),
      latest: timed().feed.slice(0, LATEST_ON_HOME),
      ...(data.pinned ? { pinned: data.pinned } : {}),
      featured: members.filter((m) => may(m.role, 'featured')).slice(0, HOME_LIST).map((m) => ({ handle: m.handle, name: m.name })),
    };
  });
  const directory = once(() => [...report.members].sort((a, b) => collator.compare(a.name, b.name) || (a.handle < b.handle ? -1 : 1)));
  const search = once(() => searchShards(ranked, PAGE_SIZE.leaderboard));
  const todayDay = daysBetween(cohort.start, report.date) + 1;
  const member = (place: number): MemberPage => {
    const r = ranked[place]!;
    const d = data.details.get(r.member.handle);
    return memberPageOf(cohort, dates, todayDay, r, place, d?.entries ?? [], d?.frozen ?? []);
  };

  return {
    cohort: { ...report.cohort, ...(cohort.goalWords ? { goalWords: cohort.goalWords } : {}) },
    date: report.date,
    stage,
    dates,
    report,
    ranked,
    get home() {
      return home();
    },
    days: report.perDay,
    day: (n) => timed().day(n),
    get directory() {
      return directory();
    },
    get feed() {
      return timed().feed;
    },
    get search() {
      return search();
    },
    *members() {
      for (let i = 0; i < ranked.length; i++) yield member(i);
    },
    member,
  };
}

/** `make()` on the first call, its result on every call after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The page of the writer in leaderboard place `place` (0 = first), from their counted
 * entries and frozen days; `todayDay` is the site's date as a challenge day.
 */
export function memberPageOf(cohort: Pick<Cohort, 'start'>, dates: readonly LocalDate[], todayDay: number, r: Ranked, place: number, entries: readonly ProgressEntry[], frozen: readonly number[]): MemberPage {
  const written = r.member.days;
  return {
    ranked: r,
    leaderboardPage: pageOf(place, PAGE_SIZE.leaderboard),
    calendar: dates.map((_, d) => dayState(d + 1, todayDay, sortedIndexOf(written, d + 1) >= 0, frozen.includes(d + 1))),
    // A writer's counted entries run parallel to their day numbers.
    posts: entries.map((e, i) => feedItem(cohort, r.member.handle, r.member.name, e, written[i])),
  };
}

/** A writer as the day pages read them; `order`: their place in handle order. */
export interface DayWriter {
  handle: string;
  name: string;
  order: number;
  /** Challenge day of each entry, parallel to `entries`. */
  days: readonly number[];
  entries: readonly ProgressEntry[];
  /** When each entry was published (ms), parallel to `entries`. */
  at: readonly number[];
}

/**
 * The page of each challenge day: its posts in the order they were published, the same
 * instant in handle order. Every writer's posts are put in their day in one pass, on the
 * first day asked for; a day's posts are sorted when it is first asked for.
 */
export function postsByDay(cohort: Pick<Cohort, 'start'>, dates: readonly LocalDate[], writers: readonly DayWriter[]): (day: number) => DayPage {
  let stride = 1;
  for (const w of writers) stride = Math.max(stride, w.entries.length);
  // A post is one number, writer × stride + entry; its time and writer's order, looked up by it.
  let byDay: number[][] | undefined;
  let time: Float64Array;
  const sorted = new Set<number>();
  const fill = () => {
    byDay = dates.map(() => []);
    time = new Float64Array(writers.length * stride);
    writers.forEach((w, k) => {
      for (let i = 0; i < w.days.length; i++) {
        byDay![w.days[i]! - 1]?.push(k * stride + i);
        time[k * stride + i] = w.at[i]!;
      }
    });
    return byDay;
  };
  const writerOf = (post: number) => writers[Math.floor(post / stride)]!;
  return (n) => {
    const posts = (byDay ?? fill())[n - 1] ?? [];
    if (!sorted.has(n)) {
      posts.sort((a, b) => time[a]! - time[b]! || writerOf(a).order - writerOf(b).order);
      sorted.add(n);
    }
    return {
      date: dates[n - 1]!, day: n,
      posts: posts.map((post) => {
        const w = writerOf(post);
        return feedItem(cohort, w.handle, w.name, w.entries[post % stride]!, n);
      }),
    };
  };
}

/** Index of `n` in a sorted array of numbers, or -1. */
function sortedIndexOf(sorted: readonly number[], n: number): number {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === n) return mid;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
