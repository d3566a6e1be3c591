// Why a streak is what it is, in words: `wotn status` reads the streak policy's verdict for
// every day (streak-policy.ts) and says which days kept the streak alive (freezes,
// never-miss-twice, vacations), which counted as written but not for the streak (make-ups),
// and where it last broke. Pure text, no colour: the caller paints it.
import type { AwardStatus, GoalProgress } from '../domain/awards.js';
import type { ExplainedStreak, StreakPolicy } from '../domain/streak-policy.js';
import { grouped, plural } from './text.js';

/** "2026-12-03", "2026-12-03 and 2026-12-05", "2026-12-03, 2026-12-05 and 2026-12-09". */
function dates(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Consecutive dates as ranges: vacation days read as "2026-12-10 to 2026-12-14". */
function ranges(list: readonly string[]): string[] {
  const out: string[][] = [];
  for (const d of [...list].sort()) {
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && Date.parse(`${d}T00:00:00Z`) - Date.parse(`${prev}T00:00:00Z`) === 86_400_000) last.push(d);
    else out.push([d]);
  }
  return out.map((r) => (r.length === 1 ? r[0]! : `${r[0]} to ${r.at(-1)}`));
}

/** The lines `status` prints under the streak: every reason, oldest first. */
export function streakReasons(e: ExplainedStreak, policy: StreakPolicy): string[] {
  const lines: string[] = [];
  const inRun = (d: string) => e.since !== null && d >= e.since;
  if (e.current > 0) lines.push(`Your streak of ${plural(e.current, 'day')} runs from ${e.since}: every day since is written or covered.`);
  else if (e.lastBreak) {
    const b = e.lastBreak;
    const span = b.from === b.to ? b.from : `${b.from} to ${b.to}`;
    lines.push(`No streak now: it broke on ${span}, ${plural(b.missed, 'missed day')} in a row where the rules could cover ${b.coverable}.`);
  } else if (e.daysWritten === 0) lines.push('No streak yet: publish a post to start one.');
  else lines.push('No streak now: the days since your last post are not covered.');
  const frozen = e.frozen.filter(inRun);
  const forgiven = e.forgiven.filter(inRun);
  const made = e.days.filter((d) => d.verdict === 'made-up' && inRun(d.date)).map((d) => d.date);
  const paused = e.days.filter((d) => d.verdict === 'paused' && inRun(d.date)).map((d) => d.date);
  if (frozen.length) lines.push(`Kept by a freeze: ${dates(frozen)} (frozen days never count as written).`);
  if (forgiven.length) lines.push(`Kept by never-miss-twice: ${dates(forgiven)} (one missed day keeps the streak and does not count).`);
  if (made.length) lines.push(`Made up later: ${dates(made)} (counted as written, but a missed day for the streak).`);
  if (paused.length) lines.push(`On vacation: ${ranges(paused).join(', ')} (the streak waited).`);
  if (e.makeUpNotCounted.length) lines.push(`Not counted: make-up posts for ${dates(e.makeUpNotCounted)}, beyond the ${plural(policy.makeUpDays, 'make-up day')} allowed.`);
  const rules = [
    policy.freezes ? `${e.freezesLeft} of ${plural(policy.freezes, 'freeze')} left` : '',
    policy.neverMissTwice ? 'never miss twice' : '',
    policy.makeUpDays ? `up to ${plural(policy.makeUpDays, 'make-up day')}` : '',
  ].filter(Boolean);
  if (rules.length) lines.push(`Rules: ${rules.join(' · ')}.`);
  if (e.mustWriteToday) lines.push('Write today to keep it: missing today would break the streak.');
  return lines;
}

/** "Awards: 10 days ✓ · 20 days: 7 to go". */
export function awardsLine(a: AwardStatus, tiers: readonly number[]): string {
  const parts = tiers.map((t) => (a.reached.includes(t) ? `${t} days ✓` : a.next?.tier === t ? `${t} days: ${a.next.daysToGo} to go${a.next.reachable ? '' : ' (out of reach this time)'}` : `${t} days`));
  return `Awards: ${parts.join(' · ')}`;
}

/** "Together we wrote 412,000 of 600,000 words (68.6%)". */
export function goalLine(g: GoalProgress): string {
  return `Together we wrote ${grouped(g.words)} of ${grouped(g.goal)} words (${g.percent}%)${g.reached ? ': goal reached!' : ''}`;
}
