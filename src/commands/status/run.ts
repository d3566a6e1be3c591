import { runStatus, type LedgerState } from '../../app/status.js';
import { celebration, heatmap, phaseLine, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { terminal } from '../../render/escape.js';
import { grouped, plural } from '../../render/text.js';
import { awardsLine, goalLine } from '../../render/streak-why.js';
import type { Context } from '../../context.js';

const LEDGER_STATES: Record<LedgerState, string> = {
  recorded: 'recorded in the ledger',
  submitted: 'checked in, waiting for the ledger\'s workflow to record it (wotn sync looks again)',
  queued: 'queued on this machine: run wotn sync',
  'too-late': 'not submitted: its day closed before it could be',
  outside: 'not for the ledger: outside the challenge',
  invalid: 'not submitted: run wotn sync to see why',
};

export async function run(ctx: Context): Promise<void> {
  const r = runStatus(ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const lines = [`${c.bold(r.date)} · ${phaseLine(r, c)}`];
  if (r.phase === 'finished') lines.push(`Final tally: ${r.daysWritten}/${r.days} days written, ${plural(r.words.total, 'word')}.`);
  const t = r.today;
  if (t.state === 'published')
    lines.push(`Today: ${c.green('published')} (${plural(r.words.today, 'word')}${t.posts > 1 ? ` in ${t.posts} posts` : ''})${t.notPushed ? c.yellow(' · not pushed yet: wotn sync pushes it') : ''}`);
  else if (t.state === 'draft') lines.push(`Today: draft with ${t.words}/${r.goal} words${r.target ? ` (target ${r.target})` : ''} · ${c.dim(t.path)}`);
  else if (r.phase === 'finished') lines.push(`Today: the challenge is over; keep writing if you like (${c.bold('wotn today')} still scaffolds a post).`);
  else lines.push(`Today: ${c.yellow('not started')} · run ${c.bold('wotn today')}`);
  if (r.ledger) lines.push(`Ledger: ${LEDGER_STATES[r.ledger]}`);
  if (r.kudosToday.length) lines.push(`Kudos today: ${c.green(String(r.kudosToday.length))} from ${[...new Set(r.kudosToday.map((k) => `@${terminal(k.from)}`))].join(', ')}${r.kudosToday.some((k) => k.note) ? ` · “${terminal(r.kudosToday.find((k) => k.note)!.note!)}”` : ''}`);
  lines.push(streakLine(r.streak, c));
  for (const why of r.why) lines.push(c.dim(`  ${why}`));
  lines.push(`Words: ${grouped(r.words.today)} today · ${grouped(r.words.total)} in total · ${r.daysWritten}/${r.days} days written`);
  if (r.phase !== 'before') lines.push(awardsLine(r.awards, r.awards.tiers));
  if (r.together?.asOf) lines.push(`${goalLine(r.together)}${c.dim(` · as of ${r.together.asOf}`)}`);
  else if (r.together) lines.push(`Shared goal: ${grouped(r.together.goal)} words together ${c.dim('(wotn partners counts them)')}`);
  lines.push('', heatmap(r.calendar, c));
  const cheer = celebration(r.streak, r.published, c);
  if (cheer) lines.push('', cheer);
  ctx.out.data(lines.join('\n'));
}
