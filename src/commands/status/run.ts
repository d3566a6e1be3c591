import { runStatus, type LedgerState } from '../../app/status.js';
import { celebration, heatmap, humanDate, phaseLine, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { terminal } from '../../render/escape.js';
import { awardsLine, goalLine } from '../../render/streak-why.js';
import { t, type MessageKey } from '../../i18n/index.js';
import type { Context } from '../../context.js';

const LEDGER_STATES: Record<LedgerState, MessageKey> = {
  recorded: 'status.ledger.recorded',
  submitted: 'status.ledger.submitted',
  queued: 'status.ledger.queued',
  'too-late': 'status.ledger.tooLate',
  outside: 'status.ledger.outside',
  invalid: 'status.ledger.invalid',
};

export async function run(ctx: Context): Promise<void> {
  const r = runStatus(ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const lines = [`${c.bold(humanDate(r.date))} · ${phaseLine(r, c)}`];
  if (r.phase === 'finished') lines.push(t('status.finalTally', { written: r.daysWritten, days: r.days, count: r.words.total }));
  const today = r.today;
  if (today.state === 'published')
    lines.push(t('status.today.published', { state: c.green(t('status.published')), count: r.words.today, posts: today.posts }) + (today.notPushed ? c.yellow(t('status.today.notPushed')) : ''));
  else if (today.state === 'draft') lines.push(t('status.today.draft', { words: today.words, goal: r.goal, target: r.target ?? 0, path: c.dim(today.path) }));
  else if (r.phase === 'finished') lines.push(t('status.today.over', { today: c.bold('wotn today') }));
  else lines.push(t('status.today.notStarted', { state: c.yellow(t('status.notStarted')), today: c.bold('wotn today') }));
  if (r.ledger) lines.push(t('status.ledger', { state: t(LEDGER_STATES[r.ledger]) }));
  if (r.kudosToday.length) {
    const note = r.kudosToday.find((k) => k.note)?.note;
    lines.push(t('status.kudosToday', { count: c.green(String(r.kudosToday.length)), from: [...new Set(r.kudosToday.map((k) => `@${terminal(k.from)}`))].join(', '), note: note ? ` · “${terminal(note)}”` : '' }));
  }
  lines.push(streakLine(r.streak, c));
  for (const why of r.why) lines.push(c.dim(`  ${why}`));
  lines.push(t('status.words', { today: r.words.today, total: r.words.total, written: r.daysWritten, days: r.days }));
  if (r.phase !== 'before') lines.push(awardsLine(r.awards, r.awards.tiers));
  if (r.together?.asOf) lines.push(`${goalLine(r.together)}${c.dim(t('status.goalAsOf', { date: humanDate(r.together.asOf) }))}`);
  else if (r.together) lines.push(t('status.sharedGoal', { goal: r.together.goal, hint: c.dim(t('status.sharedGoalHint')) }));
  lines.push('', heatmap(r.calendar, c));
  const cheer = celebration(r.streak, r.published, c);
  if (cheer) lines.push('', cheer);
  ctx.out.data(lines.join('\n'));
}
