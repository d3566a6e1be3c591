// Streak policies: freezes, never-miss-twice and make-up posts, with vacations that make a
// streak wait. Pure: days in, a streak and the reason for every day out, so `status` can
// say exactly why a streak is what it is. With only freezes it agrees with streak.ts.
import { dayNumber, fromDayNumber, type LocalDate } from './calendar.js';
import { MAX_DAYS } from './defaults.js';
import { isObject, isWholeNumber, notABoolean, notWholeFrom, type Checked } from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';

export interface StreakPolicy {
  /** Missed days per challenge a freeze covers (never counted as written). */
  freezes: number;
  /** A single missed day keeps the streak (it does not count); two in a row break it. */
  neverMissTwice: boolean;
  /** Make-up posts per challenge that count as days written (never for the streak). */
  makeUpDays: number;
}

/** Reads `streak: {freezes, neverMissTwice, makeUpDays}`; the cohort's top-level `freezes` is the fallback. */
export function checkStreakPolicy(v: unknown, fallbackFreezes = 0): Checked<StreakPolicy> {
  if (v === undefined) return { ok: true, value: { freezes: fallbackFreezes, neverMissTwice: false, makeUpDays: 0 } };
  if (!isObject(v)) return refused(saidAt('streak', said('problem.streak.shape', {}, 'must be an object {freezes, neverMissTwice, makeUpDays}')));
  const { freezes = fallbackFreezes, neverMissTwice = false, makeUpDays = 0 } = v;
  if (!isWholeNumber(freezes, 0, MAX_DAYS)) return refused(notWholeFrom('streak.freezes', freezes, 0, MAX_DAYS));
  if (typeof neverMissTwice !== 'boolean') return refused(notABoolean('streak.neverMissTwice'));
  if (!isWholeNumber(makeUpDays, 0, MAX_DAYS)) return refused(notWholeFrom('streak.makeUpDays', makeUpDays, 0, MAX_DAYS));
  return { ok: true, value: { freezes, neverMissTwice, makeUpDays } };
}

export interface StreakDays {
  /** The first day that counts. */
  start: LocalDate;
  /** The last day judged: today, or the challenge's last day once it is over. */
  today: LocalDate;
  /** Days with a post published on its own day. */
  written: Iterable<LocalDate>;
  /** Days written later by a make-up post. */
  makeUp?: Iterable<LocalDate>;
  /** Vacation days: the streak waits. */
  paused?: Iterable<LocalDate>;
}

export type DayVerdict =
  | 'written' // counts and extends the streak
  | 'made-up' // counts as a day written; for the streak it is a missed day (see `kept`)
  | 'frozen' // missed, covered by a freeze; never counted as written
  | 'forgiven' // missed once, kept by never-miss-twice
  | 'paused' // vacation: neither breaks nor counts
  | 'missed' // broke the streak, or there was none to keep
  | 'open'; // today, not written yet

export interface ExplainedDay {
  date: LocalDate;
  verdict: DayVerdict;
  /** For a made-up day: what kept the streak across it, if anything did. */
  kept?: 'freeze' | 'forgiven';
}

/** The misses that ended a run: `missed` days in a row, of which the policy could cover `coverable`. */
export interface StreakBreak {
  from: LocalDate;
  to: LocalDate;
  missed: number;
  coverable: number;
}

export interface ExplainedStreak {
  current: number;
  longest: number;
  /** Days written on the day plus make-ups that count. */
  daysWritten: number;
  frozen: LocalDate[];
  forgiven: LocalDate[];
  freezesLeft: number;
  /** Make-up posts beyond `makeUpDays`: not counted at all. */
  makeUpNotCounted: LocalDate[];
  /** The first written day of the current streak. */
  since: LocalDate | null;
  /** The last time a streak broke, and why. */
  lastBreak: StreakBreak | null;
  /** Today is open and missing it would end the current streak. */
  mustWriteToday: boolean;
  days: ExplainedDay[];
}

export function explainStreak(input: StreakDays, policy: StreakPolicy): ExplainedStreak {
  const { start, today } = input;
  const written = new Set(input.written);
  const paused = new Set(input.paused ?? []);
  const makeUps = [...new Set(input.makeUp ?? [])].filter((d) => d >= start && d <= today && !written.has(d)).sort();
  const madeUp = new Set(makeUps.slice(0, policy.makeUpDays));
  const free = policy.neverMissTwice ? 1 : 0;
  const days: ExplainedDay[] = [];
  let gap: ExplainedDay[] = []; // days missed for the streak since the run's last written day
  let run = 0, longest = 0, daysWritten = 0, freezesLeft = policy.freezes;
  let since: LocalDate | null = null;
  let lastBreak: StreakBreak | null = null;

  /** Whether the run survives the gap; marks the gap's days and spends freezes only if it does. */
  const bridge = (): boolean => {
    const missed = gap;
    gap = [];
    if (!missed.length) return true;
    if (run === 0) return false;
    const need = Math.max(0, missed.length - free);
    if (need > freezesLeft) {
      lastBreak = { from: missed[0]!.date, to: missed.at(-1)!.date, missed: missed.length, coverable: freezesLeft + free };
      return false;
    }
    freezesLeft -= need;
    missed.forEach((d, i) => {
      const kept = i < need ? 'freeze' : 'forgiven';
      if (d.verdict === 'made-up') d.kept = kept;
      else d.verdict = kept === 'freeze' ? 'frozen' : 'forgiven';
    });
    return true;
  };

  for (let n = dayNumber(start), last = dayNumber(today); n <= last; n++) {
    const date = fromDayNumber(n);
    if (written.has(date)) {
      days.push({ date, verdict: 'written' });
      daysWritten++;
      if (!bridge()) run = 0;
      if (run === 0) since = date;
      longest = Math.max(longest, ++run);
      continue;
    }
    const day: ExplainedDay = { date, verdict: paused.has(date) ? 'paused' : madeUp.has(date) ? 'made-up' : date === today ? 'open' : 'missed' };
    days.push(day);
    if (day.verdict === 'made-up') daysWritten++;
    if (day.verdict === 'made-up' || day.verdict === 'missed') gap.push(day);
  }

  // Today still open: the days missed up to yesterday must be bridged for the run to live.
  const [trailing, freezesBefore] = [gap.length, freezesLeft];
  if (!bridge()) run = 0;
  const mustWriteToday = days.at(-1)?.verdict === 'open' && run > 0 && Math.max(0, trailing + 1 - free) > freezesBefore;
  return {
    current: run,
    longest,
    daysWritten,
    frozen: days.filter((d) => d.verdict === 'frozen' || d.kept === 'freeze').map((d) => d.date),
    forgiven: days.filter((d) => d.verdict === 'forgiven' || d.kept === 'forgiven').map((d) => d.date),
    freezesLeft,
    makeUpNotCounted: makeUps.slice(policy.makeUpDays),
    since: run ? since : null,
    lastBreak,
    mustWriteToday,
    days,
  };
}

/**
 * Why a make-up post for `date` can't count: the cohort allows none or they are used up,
 * the day is not a missed past day of the challenge, or it was written already.
 */
export function makeUpProblem(date: LocalDate, o: MakeUpWindow, policy: StreakPolicy): string | undefined {
  return makeUpRefusal(date, o, policy)?.text;
}

type MakeUpWindow = { start: LocalDate; end: LocalDate; today: LocalDate; written: ReadonlySet<LocalDate>; used: number };

/** makeUpProblem as a Said: what the writer reads, in their language. */
export function makeUpRefusal(date: LocalDate, o: MakeUpWindow, policy: StreakPolicy): Said | undefined {
  if (policy.makeUpDays === 0) return said('problem.makeUp.none', {}, 'this challenge allows no make-up posts');
  if (date < o.start || date > o.end) return said('problem.makeUp.outside', { date, start: o.start, end: o.end }, `${date} is outside the challenge (${o.start} to ${o.end})`);
  if (date >= o.today) return said('problem.makeUp.notBefore', { today: o.today }, `a make-up post is for a day before today (${o.today}); publish as usual for today`);
  if (o.written.has(date)) return said('problem.makeUp.written', { date }, `${date} is written already`);
  if (o.used >= policy.makeUpDays) return said('problem.makeUp.usedUp', { count: policy.makeUpDays }, `all ${policy.makeUpDays} make-up day${policy.makeUpDays === 1 ? ' is' : 's are'} used`);
  return undefined;
}

/** What the hook and ingest say of a make-up entry or check-in that can't count: `make-up post: <why>`. */
export const makeUpPost = (problem: Said): Said => said('problem.makeUp.post', { problem }, `make-up post: ${problem.text}`);

/**
 * A member's entries as the policy reads them: an entry marked `makeUp: true` (published
 * later for a missed day, `wotn publish --make-up DATE`) is a make-up; the rest were written
 * on their day.
 */
export function daysOfEntries(entries: readonly { date: LocalDate; makeUp?: unknown }[]): { written: LocalDate[]; makeUp: LocalDate[] } {
  const written: LocalDate[] = [];
  const makeUp: LocalDate[] = [];
  for (const e of entries) (e.makeUp === true ? makeUp : written).push(e.date);
  return { written, makeUp };
}
