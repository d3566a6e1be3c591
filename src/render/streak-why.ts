// Why a streak is what it is, in words: `wotn status` reads the streak policy's verdict for
// every day (streak-policy.ts) and says which days kept the streak alive (freezes,
// never-miss-twice, vacations), which counted as written but not for the streak (make-ups),
// and where it last broke. Pure text, no colour: the caller paints it.
import type { AwardStatus, GoalProgress } from '../domain/awards.js';
import type { ExplainedStreak, StreakPolicy } from '../domain/streak-policy.js';
import { current, type Translator } from '../i18n/index.js';
import { shortDate } from './writer.js';

/** "3 Dec 2026", "3 Dec 2026 and 5 Dec 2026", "3 Dec 2026, 5 Dec 2026 and 9 Dec 2026" (3/12/2026 in Vietnamese; ISO in --json). */
function dates(list: readonly string[], tr: Translator): string {
  const shown = list.map((d) => shortDate(d, tr));
  if (shown.length <= 1) return shown.join('');
  return tr.t('status.why.and', { list: shown.slice(0, -1).join(', '), last: shown.at(-1)! });
}

/** Consecutive dates as ranges: vacation days read as "10 Dec 2026 to 14 Dec 2026". */
function ranges(list: readonly string[], tr: Translator): string[] {
  const out: string[][] = [];
  for (const d of [...list].sort()) {
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && Date.parse(`${d}T00:00:00Z`) - Date.parse(`${prev}T00:00:00Z`) === 86_400_000) last.push(d);
    else out.push([d]);
  }
  return out.map((r) => (r.length === 1 ? shortDate(r[0]!, tr) : tr.t('status.why.range', { from: shortDate(r[0]!, tr), to: shortDate(r.at(-1)!, tr) })));
}

/** The lines `status` prints under the streak: every reason, oldest first. */
export function streakReasons(e: ExplainedStreak, policy: StreakPolicy, tr: Translator = current()): string[] {
  const lines: string[] = [];
  const inRun = (d: string) => e.since !== null && d >= e.since;
  if (e.current > 0) lines.push(tr.t('status.why.runs', { count: e.current, since: e.since ? shortDate(e.since, tr) : '' }));
  else if (e.lastBreak) {
    const b = e.lastBreak;
    const span = b.from === b.to ? shortDate(b.from, tr) : tr.t('status.why.range', { from: shortDate(b.from, tr), to: shortDate(b.to, tr) });
    lines.push(tr.t('status.why.broke', { span, missed: b.missed, coverable: b.coverable }));
  } else if (e.daysWritten === 0) lines.push(tr.t('status.why.none'));
  else lines.push(tr.t('status.why.uncovered'));
  const frozen = e.frozen.filter(inRun);
  const forgiven = e.forgiven.filter(inRun);
  const made = e.days.filter((d) => d.verdict === 'made-up' && inRun(d.date)).map((d) => d.date);
  const paused = e.days.filter((d) => d.verdict === 'paused' && inRun(d.date)).map((d) => d.date);
  if (frozen.length) lines.push(tr.t('status.why.frozen', { dates: dates(frozen, tr) }));
  if (forgiven.length) lines.push(tr.t('status.why.forgiven', { dates: dates(forgiven, tr) }));
  if (made.length) lines.push(tr.t('status.why.madeUp', { dates: dates(made, tr) }));
  if (paused.length) lines.push(tr.t('status.why.vacation', { ranges: ranges(paused, tr).join(', ') }));
  if (e.makeUpNotCounted.length) lines.push(tr.t('status.why.notCounted', { dates: dates(e.makeUpNotCounted, tr), count: policy.makeUpDays }));
  const rules = [
    policy.freezes ? tr.t('status.why.freezesLeft', { left: e.freezesLeft, count: policy.freezes }) : '',
    policy.neverMissTwice ? tr.t('status.why.neverMissTwice') : '',
    policy.makeUpDays ? tr.t('status.why.makeUpDays', { count: policy.makeUpDays }) : '',
  ].filter(Boolean);
  if (rules.length) lines.push(tr.t('status.why.rules', { rules: rules.join(' · ') }));
  if (e.mustWriteToday) lines.push(tr.t('status.why.mustWrite'));
  return lines;
}

/** "Awards: 10 days ✓ · 20 days: 7 to go". */
export function awardsLine(a: AwardStatus, tiers: readonly number[], tr: Translator = current()): string {
  const parts = tiers.map((tier) => (a.reached.includes(tier)
    ? tr.t('status.award.reached', { tier })
    : a.next?.tier === tier
      ? tr.t('status.award.next', { tier, toGo: a.next.daysToGo, reach: a.next.reachable ? '' : tr.t('status.award.outOfReach') })
      : tr.t('status.award.tier', { tier })));
  return tr.t('status.awards', { tiers: parts.join(' · ') });
}

/** A percentage as the language writes it: 68.6 / 68,6 (by hand: Intl costs a daily run 25 ms). */
const percentIn = (tr: Translator, p: number) => (tr.lang === 'vi' ? String(p).replace('.', ',') : String(p));

/** "Together we wrote 412,000 of 600,000 words (68.6%)". */
export function goalLine(g: GoalProgress, tr: Translator = current()): string {
  return tr.t('status.goal', { words: g.words, goal: g.goal, percent: percentIn(tr, g.percent), reached: g.reached ? tr.t('status.goalReached') : '' });
}
