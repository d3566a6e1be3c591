// The pods in the ledger: `pods.json`, written by a lead (`wotn pods assign`). Its schema,
// the rules an untrusted one must meet, whose pod a member is in on a day, who a mentor
// looks after, and a pod's days-everyone-wrote streak. Pure.
import { addDays, daysBetween, type LocalDate } from './calendar.js';
import { MAX_DAYS } from './defaults.js';
import { isHandle } from './handle.js';
import type { Pod } from './pods.js';
import {
  challengeDateSaid, handleKey, isObject, isWholeNumber, lastDay, notAHandle, notAList, notAnItem, notAnObject, notWholeFrom, schemaRefusal, shown,
  type Checked, type Window,
} from './shape.js';
import { refused, said, saidAt, type Said } from './said.js';
import { explainStreak } from './streak-policy.js';

export const PODS_FILE = 'pods.json';
/** A pod a lead edits by hand may be larger than `assignPods` makes one. */
export const MAX_POD_MEMBERS = 12;
const MAX_ROUNDS = MAX_DAYS;
const MAX_SEED = 100;

export interface PodRound {
  period: number;
  from: LocalDate;
  to: LocalDate;
  seed: string;
  pods: Pod[];
}

export interface PodsFile {
  schema: 1;
  rounds: PodRound[];
}

/** Period N of `every` days (1-based) within the challenge, or undefined past its end. */
export function podPeriod(w: Window, every: number, period: number): { from: LocalDate; to: LocalDate } | undefined {
  const from = addDays(w.start, (period - 1) * every);
  const end = lastDay(w);
  if (period < 1 || from > end) return undefined;
  const to = addDays(from, every - 1);
  return { from, to: to > end ? end : to };
}

/** The period `date` falls in, or undefined outside the challenge. */
export function periodOn(w: Window, every: number, date: LocalDate): number | undefined {
  const day = daysBetween(w.start, date);
  return day < 0 || date > lastDay(w) ? undefined : Math.floor(day / every) + 1;
}

export function checkPodsFile(v: unknown, w: Window): Checked<PodsFile> {
  if (!isObject(v)) return refused(notAnObject);
  if (v.schema !== 1) return refused(schemaRefusal(v.schema));
  if (!Array.isArray(v.rounds) || v.rounds.length > MAX_ROUNDS) return refused(saidAt('rounds', said('problem.pods.rounds', { max: MAX_ROUNDS }, `must be a list of at most ${MAX_ROUNDS}`)));
  const rounds: PodRound[] = [];
  for (const [i, r] of v.rounds.entries()) {
    const checked = checkRound(r, w);
    if ('key' in checked) return refused(saidAt(`rounds[${i}]`, checked));
    const clash = rounds.find((o) => o.period === checked.period || (o.from <= checked.to && checked.from <= o.to));
    if (clash) {
      const { period, from, to } = checked;
      return refused(saidAt(`rounds[${i}]`, said('problem.pods.overlap', { period, from, to, other: clash.period }, `period ${period} (${from} to ${to}) overlaps period ${clash.period}`)));
    }
    rounds.push(checked);
  }
  return { ok: true, value: { schema: 1, rounds: rounds.sort((a, b) => a.period - b.period) } };
}

function checkRound(r: unknown, w: Window): PodRound | Said {
  if (!isObject(r)) return notAnItem;
  if (!isWholeNumber(r.period, 1, MAX_DAYS)) return notWholeFrom('period', r.period, 1, MAX_DAYS);
  const dates = challengeDateSaid(r.from, w) ?? challengeDateSaid(r.to, w);
  if (dates) return saidAt('from/to', dates);
  if ((r.to as string) < (r.from as string)) return saidAt('to', said('problem.pods.toBefore', { to: String(r.to), from: String(r.from) }, `${r.to} is before from (${r.from})`));
  if (typeof r.seed !== 'string' || r.seed.length > MAX_SEED) return saidAt('seed', said('problem.pods.seed', { max: MAX_SEED }, `must be text of at most ${MAX_SEED} characters`));
  if (!Array.isArray(r.pods)) return saidAt('pods', notAList);
  const seen = new Set<string>();
  const pods: Pod[] = [];
  for (const [j, p] of r.pods.entries()) {
    const at = (s: Said) => saidAt(`pods[${j}]`, s);
    if (!isObject(p) || !Array.isArray(p.members)) return at(said('problem.pods.shape', {}, 'must be {members: [...]}'));
    if (p.members.length < 2 || p.members.length > MAX_POD_MEMBERS) return at(said('problem.pods.size', { max: MAX_POD_MEMBERS }, `a pod has 2 to ${MAX_POD_MEMBERS} members`));
    const bad = p.members.find((h) => !isHandle(h));
    if (bad !== undefined) return at(notAHandle(bad));
    for (const h of p.members as string[]) {
      if (seen.has(handleKey(h))) return at(said('problem.pods.twice', { handle: h }, `${h} is listed twice in this round`));
      seen.add(handleKey(h));
    }
    if (p.mentor !== undefined && !isHandle(p.mentor)) return at(said('problem.pods.mentor', { value: shown(p.mentor) }, `mentor ${JSON.stringify(p.mentor)} is not a handle`));
    pods.push({ members: [...(p.members as string[])], ...(p.mentor ? { mentor: p.mentor as string } : {}) });
  }
  return { period: r.period as number, from: r.from as LocalDate, to: r.to as LocalDate, seed: r.seed, pods };
}

export const roundOn = (file: PodsFile, date: LocalDate) => file.rounds.find((r) => r.from <= date && date <= r.to);

/** The pod `handle` is in on `date`. */
export function podOf(file: PodsFile, handle: string, date: LocalDate): Pod | undefined {
  const me = handleKey(handle);
  return roundOn(file, date)?.pods.find((p) => p.members.some((h) => handleKey(h) === me));
}

/** The members of the pods `mentor` looks after on `date` (lowercase handles): whom they may see and nudge. */
export function menteesOf(file: PodsFile, mentor: string, date: LocalDate): Set<string> {
  const me = handleKey(mentor);
  const pods = roundOn(file, date)?.pods.filter((p) => p.mentor !== undefined && handleKey(p.mentor) === me) ?? [];
  return new Set(pods.flatMap((p) => p.members.map(handleKey)));
}

/**
 * A mentor for every pod, in turn (sorted handles, so the same on every machine); a mentor
 * is not given their own pod while another mentor is free to take it.
 */
export function assignMentors(pods: readonly Pod[], mentors: readonly string[]): Pod[] {
  const list = [...new Set(mentors)].sort();
  if (!list.length) return pods.map((p) => ({ ...p }));
  return pods.map((p, i) => {
    const inPod = new Set(p.members.map(handleKey));
    const turn = list.map((_, k) => list[(i + k) % list.length]!);
    return { ...p, mentor: turn.find((m) => !inPod.has(handleKey(m))) ?? turn[0]! };
  });
}

export interface PodDays {
  written: Iterable<LocalDate>;
  /** Vacation days: a member away neither breaks the pod's day nor is needed for it. */
  paused?: Iterable<LocalDate>;
}

/**
 * A pod's days everyone wrote, from `from` to `today`: a day counts when every member not on
 * vacation wrote; a day all of them are away waits. Then the same streak rule as a member's.
 */
export function podStreak(pod: Pod, daysOf: (handle: string) => PodDays, from: LocalDate, today: LocalDate): { current: number; longest: number; daysTogether: number } {
  const members = pod.members.map((h) => {
    const d = daysOf(h);
    return { written: new Set(d.written), paused: new Set(d.paused ?? []) };
  });
  const together: LocalDate[] = [];
  const away: LocalDate[] = [];
  for (let date = from; date <= today; date = addDays(date, 1)) {
    const present = members.filter((m) => !m.paused.has(date) || m.written.has(date));
    if (!present.length) away.push(date);
    else if (present.every((m) => m.written.has(date))) together.push(date);
  }
  const s = explainStreak({ start: from, today, written: together, paused: away }, { freezes: 0, neverMissTwice: false, makeUpDays: 0 });
  return { current: s.current, longest: s.longest, daysTogether: together.length };
}
