// Cohort aggregation: who wrote, streaks, risk, per-day participation, totals, ranking.
// Pure: the ledger's files in, a report out. Entries are checked before they count.
import { addDays, challengeDay, dayStartInstant, type LocalDate } from './calendar.js';
import { entryProblem, type Cohort, type MemberCard, type Progress, type ProgressEntry, type Role } from './ledger.js';
import { computeStreak, MILESTONES } from './streak.js';

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
  days: LocalDate[];
}

export interface Report {
  cohort: Pick<Cohort, 'id' | 'name' | 'start' | 'days' | 'timezone' | 'minWords' | 'freezes' | 'graceHours'>;
  date: LocalDate;
  day: number | null;
  phase: 'before' | 'active' | 'finished';
  members: MemberReport[];
  perDay: { date: LocalDate; day: number; writers: number }[];
  totals: { members: number; words: number; daysWritten: number; completionRate: number; activeToday: number; finished: number };
  warnings: string[];
}

const HOUR = 3_600_000;

/** Day windows are shared by every member in the same zone, so they are computed once. */
function windowCache() {
  const starts = new Map<string, number>();
  return (date: LocalDate, zone: string, dayStartsAt: string): number => {
    const key = `${zone}|${dayStartsAt}|${date}`;
    let t = starts.get(key);
    if (t === undefined) starts.set(key, (t = dayStartInstant(date, zone, dayStartsAt)));
    return t;
  };
}

interface Counted {
  entries: ProgressEntry[];
  late: number;
  flagged: number;
}

function countEntries(m: MemberFiles, cohort: Cohort, date: LocalDate, dayStart: ReturnType<typeof windowCache>, warnings: string[]): Counted {
  const end = addDays(cohort.start, cohort.days - 1);
  const zone = m.card?.timezone ?? cohort.timezone;
  const dayStartsAt = m.card?.dayStartsAt ?? '00:00';
  const file = `progress/${m.handle}.json`;
  const byDate = new Map<LocalDate, ProgressEntry>();
  let late = 0;
  let flagged = 0;
  (m.progress?.entries ?? []).forEach((e, i) => {
    const problem = entryProblem(e);
    if (problem) return void warnings.push(`${file}: entries[${i}] ${problem}; skipped`);
    if (e.date < cohort.start || e.date > end) {
      flagged++;
      return void warnings.push(`${file}: ${e.date} is outside the challenge (${cohort.start} to ${end}); not counted`);
    }
    if (e.date > date) return;
    if (byDate.has(e.date)) return void warnings.push(`${file}: ${e.date} appears twice; counted once`);
    const at = Date.parse(e.publishedAt);
    const opens = dayStart(e.date, zone, dayStartsAt);
    const closes = dayStart(addDays(e.date, 1), zone, dayStartsAt);
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
    byDate.set(e.date, e);
  });
  return { entries: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)), late, flagged };
}

export function buildReport(data: LedgerData, date: LocalDate): Report {
  const { cohort } = data;
  const warnings = [...data.warnings];
  const phase = challengeDay(date, cohort.start, cohort.days);
  const dayStart = windowCache();
  const elapsed = phase.phase === 'before' ? 0 : Math.min(cohort.days, phase.day);
  const writersPerDay = new Array<number>(elapsed).fill(0);
  const startMs = Date.parse(cohort.start);

  const members = data.members
    .filter((m) => m.card || m.progress)
    .map((m): MemberReport => {
      const counted = countEntries(m, cohort, date, dayStart, warnings);
      const days = counted.entries.map((e) => e.date);
      for (const d of days) writersPerDay[Math.round((Date.parse(d) - startMs) / 86_400_000)]! += 1;
      const streak = computeStreak(days, date, { start: cohort.start, freezes: cohort.freezes });
      const last = counted.entries.at(-1);
      const writtenToday = last?.date === date;
      const freezesLeft = cohort.freezes - streak.frozen.length;
      return {
        handle: m.handle,
        name: m.card?.name ?? m.handle,
        role: cohort.roles[m.handle] ?? 'member',
        blog: m.card?.blog ?? null,
        intro: m.card?.intro ?? null,
        daysWritten: days.length,
        streak: { current: streak.current, longest: streak.longest },
        hideStreak: m.card?.hideStreak === true,
        nudge: m.card?.nudge === true,
        words: counted.entries.reduce((s, e) => s + e.words, 0),
        lastDate: last?.date ?? null,
        lastPost: last ? { title: last.title, url: last.url ?? null } : null,
        writtenToday,
        // Nothing yet today, and missing today costs something: the streak (no freeze left
        // to cover it), or there is no streak to keep and the writer is slipping away.
        atRisk: phase.phase === 'active' && !writtenToday && (streak.current === 0 || freezesLeft < 1),
        lateEntries: counted.late,
        flaggedEntries: counted.flagged,
        days,
      };
    })
    .sort((a, b) => a.handle.localeCompare(b.handle));

  const daysWritten = members.reduce((s, m) => s + m.daysWritten, 0);
  return {
    cohort: {
      id: cohort.id, name: cohort.name, start: cohort.start, days: cohort.days, timezone: cohort.timezone,
      minWords: cohort.minWords, freezes: cohort.freezes, graceHours: cohort.graceHours,
    },
    date,
    day: phase.phase === 'active' ? phase.day : null,
    phase: phase.phase,
    members,
    perDay: writersPerDay.map((writers, i) => ({ date: addDays(cohort.start, i), day: i + 1, writers })),
    totals: {
      members: members.length,
      words: members.reduce((s, m) => s + m.words, 0),
      daysWritten,
      completionRate: members.length && elapsed ? Math.round((daysWritten / (members.length * elapsed)) * 1000) / 1000 : 0,
      activeToday: members.filter((m) => m.writtenToday).length,
      finished: members.filter((m) => m.daysWritten >= cohort.days).length,
    },
    warnings,
  };
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
