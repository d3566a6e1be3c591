import { runStatus } from '../../app/status.js';
import { celebration, heatmap, phaseLine, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { grouped, plural } from '../../render/text.js';
import type { Context } from '../../context.js';

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
  lines.push(streakLine(r.streak, c));
  lines.push(`Words: ${grouped(r.words.today)} today · ${grouped(r.words.total)} in total · ${r.daysWritten}/${r.days} days written`);
  lines.push('', heatmap(r.calendar, c));
  const cheer = celebration(r.streak, r.published, c);
  if (cheer) lines.push('', cheer);
  ctx.out.data(lines.join('\n'));
}
