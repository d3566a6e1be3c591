// Cohort aggregation: who wrote, streaks, risk, per-day participation, totals, ranking.
// Pure: the ledger's files in, a report out. Entries are checked before they count.
import { addDays, challengeDay, dayNumber, dayStartInstant, type LocalDate } from './calendar.js';
import { parseTimestamp } from './instant.js';
import { entryProblem, type Cohort, type MemberCard, type Progress, type ProgressEntry, type Role } from './ledger.js';
import { MILESTONES, streakOfDays } from './streak.js';

export interface MemberFiles {
  handle: string;
  card?: MemberCard;
  progress?: Progress;
}

export interface LedgerData {
  cohort: Cohort;
  members: MemberFiles[];
  warnings: string[];
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
  /** Challenge day numbers written (1 = the first day): small integers, cheap to keep for 50k members. */
  days: number[];
}

export interface Report {
  cohort: Pick<Cohort, 'id' | 'name' | 'start' | 'days' | 'timezone' | 'minWords' | 'freezes' | 'graceHours' | 'checkInGroups'>;
  date: LocalDate;
  day: number | null;
  phase: 'before' | 'active' | 'finished';
  members: MemberReport[];
  perDay: { date: LocalDate; day: number; writers: number }[];
  totals: { members: number; words: number; daysWritten: number; completionRate: number; activeToday: number; finished: number };
  warnings: string[];
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
  late: number;
  flagged: number;
}

function countEntries(m: MemberFiles, cohort: Cohort, end: LocalDate, date: LocalDate, windows: ReturnType<typeof windowCache>, warnings: string[]): Counted {
  const windowOf = windows(m.card?.timezone ?? cohort.timezone, m.card?.dayStartsAt ?? '00:00');
  const file = `progress/${m.handle}.json`;
  const counted: ProgressEntry[] = [];
  const days: number[] = [];
  let seen: Set<LocalDate> | undefined; // needed only when a file is out of date order
  let late = 0;
  let flagged = 0;
  (m.progress?.entries ?? []).forEach((e, i) => {
    const at = typeof e?.publishedAt === 'string' ? parseTimestamp(e.publishedAt) : NaN;
    const problem = entryProblem(e, at);
    if (problem) return void warnings.push(`${file}: entries[${i}] ${problem}; skipped`);
    if (e.date < cohort.start || e.date > end) {
      flagged++;
      return void warnings.push(`${file}: ${e.date} is outside the challenge (${cohort.start} to ${end}); not counted`);
    }
    if (e.date > date) return;
    const last = counted[counted.length - 1];
    if (last && e.date <= last.date) seen ??= new Set(counted.map((c) => c.date));
    if (seen?.has(e.date)) return void warnings.push(`${file}: ${e.date} appears twice; counted once`);
    const [opens, closes, day] = windowOf(e.date);
    if (at < opens) {
      flagged++;
      return void warnings.push(`${file}: ${e.date} was published before that day began (${e.publishedAt}); not counted`);
    }
    if (at >= closes) {
      if (at - closes >= cohort.graceHours * HOUR) {
        flagged++;
        return void warnings.push(`${file}: ${e.date} was published ${Math.ceil((at - closes) / HOUR)}h after that day ended, beyond the ${cohort.graceHours}h grace; not counted`);
      }
      late++;
    }
    counted.push(e);
    days.push(day);
    seen?.add(e.date);
  });
  // Files are written sorted by date; sort only when one is not.
  if (seen) {
    counted.sort((a, b) => (a.date < b.date ? -1 : 1));
    days.sort((a, b) => a - b);
  }
  return { entries: counted, days, late, flagged };
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
}

export function reportFrame(cohort: Cohort, date: LocalDate): ReportFrame {
  return { cohort, date, today: dayNumber(date), startDay: dayNumber(cohort.start), end: addDays(cohort.start, cohort.days - 1), phase: challengeDay(date, cohort.start, cohort.days), windows: windowCache() };
}

/** One member's line in the report, or undefined for a member with no readable files. */
export function summarizeMember(m: MemberFiles, f: ReportFrame, warnings: string[]): MemberReport | undefined {
  if (!m.card && !m.progress) return undefined;
  const { cohort, date, phase } = f;
  const counted = countEntries(m, cohort, f.end, date, f.windows, warnings);
  const streak = streakOfDays(counted.days, f.today, cohort.freezes);
  const last = counted.entries.at(-1);
  const writtenToday = last?.date === date;
  const freezesLeft = cohort.freezes - streak.frozen.length;
  let words = 0;
  for (const e of counted.entries) words += e.words;
  return {
    handle: m.handle,
    name: m.card?.name ?? m.handle,
    role: cohort.roles[m.handle] ?? 'member',
    blog: m.card?.blog ?? null,
    intro: m.card?.intro ?? null,
    daysWritten: counted.days.length,
    streak: { current: streak.current, longest: streak.longest },
    hideStreak: m.card?.hideStreak === true,
    nudge: m.card?.nudge === true,
    words,
    lastDate: last?.date ?? null,
    lastPost: last ? { title: last.title, url: last.url ?? null } : null,
    writtenToday,
    // Nothing yet today, and missing today costs something: the streak (no freeze left
    // to cover it), or there is no streak left to keep and the writer is slipping away.
    atRisk: phase.phase === 'active' && !writtenToday && (streak.current === 0 || freezesLeft < 1),
    lateEntries: counted.late,
    flaggedEntries: counted.flagged,
    days: counted.days.map((n) => n - f.startDay + 1),
  };
}

/** The whole report from every member's line: per-day participation and totals. */
export function assembleReport(f: ReportFrame, members: MemberReport[], warnings: string[]): Report {
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

/**
 * Leaderboard order: days written, then current streak, then words; ties share a rank
 * (1, 1, 3). A hidden streak still counts (hiding it must not cost a writer their place);
 * only its display is hidden. Badges mark the milestones of days written.
 */
export function rankMembers(members: readonly MemberReport[]): Ranked[] {
  const streakOf = (m: MemberReport) => m.streak.current;
  const sorted = [...members].sort(
    (a, b) => b.daysWritten - a.daysWritten || streakOf(b) - streakOf(a) || b.words - a.words || a.handle.localeCompare(b.handle),
  );
  const ranked: Ranked[] = [];
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    const tie = prev && prev.daysWritten === m.daysWritten && streakOf(prev) === streakOf(m) && prev.words === m.words;
    ranked.push({ rank: tie ? ranked[i - 1]!.rank : i + 1, member: m, badges: MILESTONES.filter((b) => m.daysWritten >= b) });
  });
  return ranked;
}
