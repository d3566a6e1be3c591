// The daily check-in issue on a github: ledger: its title, how to recognise it, and which
// of a day's issues a member posts to. Pure. (What a member posts there: submission.ts.)
import { addDays, challengeDay, isLocalDate, type LocalDate } from './calendar.js';
import type { Cohort } from './ledger.js';

export const CHECK_IN_LABEL = 'wotn-check-in';
/** Members per check-in issue: GitHub refuses comments beyond 2,500 an issue; the rest is headroom for replies. */
export const MEMBERS_PER_CHECK_IN = 2_000;

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

/** The issue where members post their join card (a cohort is joined before it starts, when there is no day yet). */
export const INTRODUCTIONS = 'Introductions';

/** "Introductions", or "Introductions · group 2 of 3" for a cohort with several check-in issues a day. */
export function introductionsTitle(group = 1, groups = 1): string {
  return `${INTRODUCTIONS}${groups > 1 ? ` · group ${group} of ${groups}` : ''}`;
}

/** The introductions issue a member posts their card to. */
export function introductionsFor(cohort: Pick<Cohort, 'checkInGroups'>, login: string): { title: string; group: number } {
  const groups = cohort.checkInGroups ?? 1;
  const group = checkInGroup(login, groups);
  return { title: introductionsTitle(group, groups), group };
}

/**
 * The issues the ledger's workflow keeps open ahead of members: the introductions, and each
 * group's check-in for `today` and the day after (in the cohort's zone), so members east of
 * it find theirs. Members open a missing one themselves, unlabelled; the workflow labels it.
 */
export function issuesAhead(cohort: Pick<Cohort, 'start' | 'days' | 'checkInGroups'>, today: LocalDate): string[] {
  const groups = cohort.checkInGroups ?? 1;
  const all = Array.from({ length: groups }, (_, i) => i + 1);
  if (challengeDay(today, cohort.start, cohort.days).phase === 'finished') return [];
  const titles = all.map((g) => introductionsTitle(g, groups));
  for (const date of [today, addDays(today, 1)]) {
    const phase = challengeDay(date, cohort.start, cohort.days);
    if (phase.phase === 'active') titles.push(...all.map((g) => checkInTitle(phase.day, date, g, groups)));
  }
  return titles;
}

export interface IssueSummary {
  number: number;
  title: string;
  state?: string;
  labels?: readonly (string | { name?: string })[];
}

export const labelled = (i: IssueSummary): boolean => (i.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name ?? '').toLowerCase() === CHECK_IN_LABEL);

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
