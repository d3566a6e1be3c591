// Cohort aggregation: who wrote, streaks, risk, per-day participation, totals, ranking.
// Pure: the ledger's files in, a report out. Entries are checked before they count.
import { isAtRisk } from './at-risk.js';
import { compareHandles } from './handle.js';
import { addDays, challengeDay, dayNumber, dayStartInstant, type LocalDate } from './calendar.js';
import { parseTimestamp } from './instant.js';
import { entryRefusal, type Cohort, type MemberCard, type Progress, type ProgressEntry, type Role } from './ledger.js';
import { MemberLine } from './member-line.js';
import { MILESTONES, streakOfDays } from './streak.js';
import { goalProgress, tierCounts, type GoalProgress } from './awards.js';
import { checkCommunityRules, type CommunityRules } from './community.js';
import { checkVacations, vacationDays } from './nudge.js';
import { explainStreak } from './streak-policy.js';
import { said, type Said } from './said.js';

export interface MemberFiles {
  handle: string;
  card?: MemberCard;
  progress?: Progress;
}

export interface LedgerData {
  cohort: Cohort;
  members: MemberFiles[];
  /** Problems with the ledger's files: each one's `text` is the English --json keeps. */
  warnings: Said[];
}

export interface MemberReport {
  handle: string;
  name: string;
  role: Role;
  blog: string | null;
  intro: string | null;
  daysWritten: number;
  streak: { current: number; longest: number };
  hideStreak: boolean;
  nudge: boolean;
  words: number;
  lastDate: LocalDate | null;
  lastPost: { title: string; url: string | null } | null;
  writtenToday: boolean;
  atRisk: boolean;
  lateEntries: number;
  flaggedEntries: number;
  /** Challenge day numbers written, ascending (1 = the first day). */
  days: number[];
  /** The member's planned vacations (their card), when they have any: the streak waits. */
  vacations?: { from: LocalDate; to: LocalDate }[];
  /** Kudos given and received (community-report.ts), without those a moderator removed. */
  kudos: { given: number; received: number };
  /** A member who left stays in the report, marked (membership.ts). */
  standing: 'active' | 'left';
}

export interface Report {
  cohort: Pick<Cohort, 'id' | 'name' | 'start' | 'days' | 'timezone' | 'minWords' | 'freezes' | 'graceHours' | 'checkInGroups' | 'lang'>;
  date: LocalDate;
  day: number | null;
  phase: 'before' | 'active' | 'finished';
  members: MemberReport[];
  perDay: { date: LocalDate; day: number; writers: number }[];
  totals: { members: number; words: number; daysWritten: number; completionRate: number; activeToday: number; finished: number };
  /** Learn together: the shared goal (null: none set), how many reached each award tier, each pod's days-everyone-wrote streak. */
  together?: { goal: GoalProgress | null; awards: { tier: number; members: number }[]; pods?: PodLine[] };
  /** What was skipped or not counted, and why: English in --json (`text`), the cohort's language in a report. */
  warnings: Said[];
}

export interface PodLine {
  members: string[];
  mentor?: string;
  current: number;
  longest: number;
  daysTogether: number;
}

const HOUR = 3_600_000;

type Window = readonly [opens: number, closes: number, day: number];

/** Day windows are shared by every member in the same zone, so each is computed once. */
function windowCache() {
  const byZone = new Map<string, Map<LocalDate, Window>>();
  return (zone: string, dayStartsAt: string) => {
    const key = `${zone}|${dayStartsAt}`;
    let windows = byZone.get(key);
    if (!windows) byZone.set(key, (windows = new Map()));
    return (date: LocalDate): Window => {
      let w = windows.get(date);
      if (!w) windows.set(date, (w = [dayStartInstant(date, zone, dayStartsAt), dayStartInstant(addDays(date, 1), zone, dayStartsAt), dayNumber(date)]));
      return w;
    };
  };
}

interface Counted {
  /** Counted entries, sorted by date, with their day numbers (see dayNumber). */
  entries: ProgressEntry[];
  days: number[];
  /** When each counted entry was published (ms), parallel to `entries`. */
  at: number[];
  /** Make-up entries (published later for a missed day): the policy decides whether they count. */
  makeUps: ProgressEntry[];
  late: number;
  flagged: number;
}

function countEntries(m: MemberFiles, cohort: Cohort, end: LocalDate, date: LocalDate, windows: ReturnType<typeof windowCache>, warnings: Said[]): Counted {
  const windowOf = windows(m.card?.timezone ?? cohort.timezone, m.card?.dayStartsAt ?? '00:00');
  const file = `progress/${m.handle}.json`;
  const counted: ProgressEntry[] = [];
  const days: number[] = [];
  let times: number[] = [];
  let seen: Set<LocalDate> | undefined; // needed only when a file is out of date order
  const makeUps: ProgressEntry[] = [];
  let late = 0;
  let flagged = 0;
  (m.progress?.entries ?? []).forEach((e, i) => {
    const at = typeof e?.publishedAt === 'string' ? parseTimestamp(e.publishedAt) : NaN;
    const problem = entryRefusal(e, at);
    if (problem) return void warnings.push(said('problem.report.entrySkipped', { file, index: String(i), problem }, `${file}: entries[${i}] ${problem.text}; skipped`));
    if (e.date < cohort.start || e.date > end) {
      flagged++;
      return void warnings.push(said('problem.report.outside', { file, date: e.date, start: cohort.start, end }, `${file}: ${e.date} is outside the challenge (${cohort.start} to ${end}); not counted`));
    }
    if (e.date > date) return;
    const last = counted[counted.length - 1];
    if (last && e.date <= last.date) seen ??= new Set(counted.map((c) => c.date));
    if (seen?.has(e.date)) return void warnings.push(said('problem.report.twice', { file, date: e.date }, `${file}: ${e.date} appears twice; counted once`));
    const [opens, closes, day] = windowOf(e.date);
    // A make-up is published after its day by design; the hook and ingest judged it against the rules.
    if ((e as { makeUp?: unknown }).makeUp === true && at >= opens) return void makeUps.push(e);
    if (at < opens) {
      flagged++;
      return void warnings.push(said('problem.report.early', { file, date: e.date, publishedAt: e.publishedAt }, `${file}: ${e.date} was published before that day began (${e.publishedAt}); not counted`));
    }
    if (at >= closes) {
      if (at - closes >= cohort.graceHours * HOUR) {
        flagged++;
        const hours = String(Math.ceil((at - closes) / HOUR)), grace = String(cohort.graceHours);
        return void warnings.push(said('problem.report.beyondGrace', { file, date: e.date, hours, grace }, `${file}: ${e.date} was published ${hours}h after that day ended, beyond the ${grace}h grace; not counted`));
      }
      late++;
    }
    counted.push(e);
    days.push(day);
    times.push(at);
    seen?.add(e.date);
  });
  // Files are written sorted by date; sort only when one is not.
  if (seen) {
    counted.sort((a, b) => (a.date < b.date ? -1 : 1));
    days.sort((a, b) => a - b);
    times = counted.map((e) => parseTimestamp(e.publishedAt));
  }
  return { entries: counted, days, at: times, makeUps, late, flagged };
}

/** What summarising members needs, computed once per report and shared by every member. */
export interface ReportFrame {
  cohort: Cohort;
  date: LocalDate;
  /** Day numbers of the report's date and the challenge's first day. */
  today: number;
  startDay: number;
  end: LocalDate;
  phase: ReturnType<typeof challengeDay>;
  windows: ReturnType<typeof windowCache>;
  /** The learn-together rules (undefined when they do not read: the report warns and counts as before). */
  community?: CommunityRules;
}

export function reportFrame(cohort: Cohort, date: LocalDate): ReportFrame {
  const community = checkCommunityRules(cohort, cohort);
  return {
    cohort, date, today: dayNumber(date), startDay: dayNumber(cohort.start), end: addDays(cohort.start, cohort.days - 1), phase: challengeDay(date, cohort.start, cohort.days), windows: windowCache(),
    ...(community.ok ? { community: community.value } : {}),
  };
}

/**
 * The streak under the cohort's policy when it is more than freezes, or the member has
 * vacations or make-ups; otherwise the plain rule (fast: most members of most cohorts).
 * Made-up days that count join the days written.
 */
function policyStreak(m: MemberFiles, counted: Counted, f: ReportFrame): { streak: { current: number; longest: number; frozen: number[] }; days: number[]; vacations: { from: LocalDate; to: LocalDate }[] } | undefined {
  const policy = f.community?.streak;
  const raw = (m.card as { vacations?: unknown } | undefined)?.vacations;
  if (!policy || (!policy.neverMissTwice && !counted.makeUps.length && raw === undefined)) return undefined;
  const vacations = checkVacations(raw, f.cohort);
  const today = f.date < f.end ? f.date : f.end;
  const e = explainStreak({
    start: f.cohort.start, today: f.date, written: counted.entries.map((x) => x.date),
    makeUp: counted.makeUps.map((x) => x.date), paused: vacations.ok ? vacationDays(vacations.value) : [],
  }, policy);
  const days = e.days.filter((d) => d.verdict === 'written' || d.verdict === 'made-up').filter((d) => d.date <= today).map((d) => dayNumber(d.date));
  return { streak: { current: e.current, longest: e.longest, frozen: e.frozen.map(dayNumber) }, days, vacations: vacations.ok ? vacations.value : [] };
}

/** One member's line in the report, or undefined for a member with no readable files. */
export function summarizeMember(m: MemberFiles, f: ReportFrame, warnings: Said[]): MemberReport | undefined {
  return summarizeMemberDetail(m, f, warnings)?.line;
}

/** A member's line together with what it was computed from, for pages that show every post. */
export interface MemberDetail {
  line: MemberReport;
  /** The entries that counted, by date (parallel to line.days). */
  entries: ProgressEntry[];
  /** Challenge days (1 = the first) covered by a freeze. */
  frozen: number[];
  /** When each entry was published (ms), parallel to `entries`. */
  at: number[];
}

export function summarizeMemberDetail(m: MemberFiles, f: ReportFrame, warnings: Said[]): MemberDetail | undefined {
  if (!m.card && !m.progress) return undefined;
  const { cohort, date, phase } = f;
  const counted = countEntries(m, cohort, f.end, date, f.windows, warnings);
  const policy = policyStreak(m, counted, f);
  // The made-up days that count (day numbers, before `days` becomes challenge days in place).
  const madeUp = policy ? counted.makeUps.filter((e) => policy.days.includes(dayNumber(e.date))) : [];
  if (policy) counted.days = policy.days;
  const streak = policy?.streak ?? streakOfDays(counted.days, f.today, cohort.freezes);
  const last = counted.entries.at(-1);
  const writtenToday = last?.date === date;
  const freezesLeft = (f.community?.streak.freezes ?? cohort.freezes) - streak.frozen.length;
  let words = 0;
  for (const e of counted.entries) words += e.words;
  for (const e of madeUp) words += e.words;
  const days = counted.days; // to day numbers of the challenge, in place (one array less per member)
  for (let i = 0; i < days.length; i++) days[i] = days[i]! - f.startDay + 1;
  const left = typeof m.card?.leftAt === 'string';
  const line = new MemberLine({
    handle: m.handle,
    standing: left ? 'left' : 'active',
    name: m.card?.name ?? m.handle,
    role: cohort.roles[m.handle] ?? 'member',
    blog: m.card?.blog ?? null,
    intro: m.card?.intro ?? null,
    streak,
    hideStreak: m.card?.hideStreak === true,
    nudge: m.card?.nudge === true,
    words,
    lastDate: last?.date ?? null,
    lastPost: last ? { title: last.title, url: last.url ?? null } : null,
    writtenToday,
    atRisk: !left && isAtRisk({ active: phase.phase === 'active', writtenToday, streak: streak.current, freezesLeft }),
    lateEntries: counted.late,
    flaggedEntries: counted.flagged,
    days,
    ...(policy?.vacations.length ? { vacations: policy.vacations } : {}),
  });
  const entries = madeUp.length ? [...counted.entries, ...madeUp].sort((a, b) => (a.date < b.date ? -1 : 1)) : counted.entries;
  const at = madeUp.length ? entries.map((e) => parseTimestamp(e.publishedAt)) : counted.at;
  return { line, entries, frozen: streak.frozen.map((n) => n - f.startDay + 1), at };
}

/** The whole report from every member's line: per-day participation and totals. */
export function assembleReport(f: ReportFrame, members: MemberReport[], warnings: Said[]): Report {
  const { cohort, phase } = f;
  const elapsed = phase.phase === 'before' ? 0 : Math.min(cohort.days, phase.day);
  const writersPerDay = new Array<number>(elapsed).fill(0);
  members.sort((a, b) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));
  let daysWritten = 0, words = 0, activeToday = 0, finished = 0;
  for (const m of members) {
    for (const d of m.days) writersPerDay[d - 1]! += 1;
    daysWritten += m.daysWritten;
    words += m.words;
    if (m.writtenToday) activeToday++;
    if (m.daysWritten >= cohort.days) finished++;
  }
  return {
    cohort: {
      id: cohort.id, name: cohort.name, start: cohort.start, days: cohort.days, timezone: cohort.timezone,
      minWords: cohort.minWords, freezes: cohort.freezes, graceHours: cohort.graceHours,
      ...(cohort.checkInGroups ? { checkInGroups: cohort.checkInGroups } : {}),
      ...(cohort.lang ? { lang: cohort.lang } : {}),
    },
    date: f.date,
    day: phase.phase === 'active' ? phase.day : null,
    phase: phase.phase,
    members,
    perDay: writersPerDay.map((writers, i) => ({ date: addDays(cohort.start, i), day: i + 1, writers })),
    totals: {
      members: members.length,
      words,
      daysWritten,
      completionRate: members.length && elapsed ? Math.round((daysWritten / (members.length * elapsed)) * 1000) / 1000 : 0,
      activeToday,
      finished,
    },
    ...(f.community ? { together: { goal: goalProgress(members.map((m) => m.words), f.community.goalWords), awards: tierCounts(members.map((m) => m.daysWritten), f.community.awards) } } : {}),
    warnings,
  };
}

export function buildReport(data: LedgerData, date: LocalDate): Report {
  const frame = reportFrame(data.cohort, date);
  const warnings = [...data.warnings];
  const members: MemberReport[] = [];
  for (const m of data.members) {
    const line = summarizeMember(m, frame, warnings);
    if (line) members.push(line);
  }
  return assembleReport(frame, members, warnings);
}

export interface Ranked {
  rank: number;
  member: MemberReport;
  badges: number[];
}

export interface Ranking {
  length: number;
  /** The i-th place on the leaderboard (0 = first). */
  at(i: number): Ranked;
  /** Just the writer in the i-th place. */
  memberAt(i: number): MemberReport;
}

/**
 * Leaderboard order: days written, then current streak, then words; ties share a rank
 * (1, 1, 3). A hidden streak still counts (hiding it must not cost a writer their place);
 * only its display is hidden. Badges mark the milestones of days written. The order is kept
 * in typed arrays and each place is built when asked for: no object per member at once.
 */
export function ranking(members: readonly MemberReport[]): Ranking {
  const n = members.length;
  const days = new Float64Array(n), streak = new Float64Array(n), words = new Float64Array(n);
  members.forEach((m, i) => {
    days[i] = m.daysWritten;
    streak[i] = m.streak.current;
    words[i] = m.words;
  });
  const tied = (a: number, b: number) => days[a] === days[b] && streak[a] === streak[b] && words[a] === words[b];
  const order = new Uint32Array(n).map((_, i) => i);
  order.sort((a, b) => days[b]! - days[a]! || streak[b]! - streak[a]! || words[b]! - words[a]! || compareHandles(members[a]!.handle, members[b]!.handle));
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = i && tied(order[i]!, order[i - 1]!) ? ranks[i - 1]! : i + 1;
  const memberAt = (i: number) => members[order[i]!]!;
  return {
    length: n,
    memberAt,
    at: (i) => {
      const member = memberAt(i);
      return { rank: ranks[i]!, member, badges: MILESTONES.filter((b) => member.daysWritten >= b) };
    },
  };
}

export function rankMembers(members: readonly MemberReport[]): Ranked[] {
  const r = ranking(members);
  return Array.from({ length: r.length }, (_, i) => r.at(i));
}
