// wotn status: where the writer stands today. Runs many times a day, so it reads two small
// JSON files and parses no YAML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { totalWords, wordsOn } from '../domain/journal.js';
import { splitPost } from '../domain/post.js';
import type { CalendarDay } from '../domain/streak.js';
import { countWords } from '../domain/words.js';
import { loadWriter } from '../writer.js';
import { celebration, heatmap, phaseLine, streakLine } from '../render/writer.js';
import { grouped, plural, style } from '../render/style.js';
import type { Context } from '../context.js';

export type TodayState = { state: 'not-started' } | { state: 'draft'; path: string; words: number } | { state: 'published'; posts: number };

export interface StatusResult {
  date: string;
  day: number | null;
  days: number;
  phase: 'before' | 'active' | 'finished';
  startsIn?: number;
  start: string;
  published: boolean;
  today: TodayState;
  goal: number;
  words: { today: number; total: number };
  daysWritten: number;
  streak: { current: number; longest: number };
  calendar: CalendarDay[];
}

export function runStatus(ctx: Context): StatusResult {
  const w = loadWriter(ctx);
  const todays = w.journal.entries.filter((e) => e.date === w.today);
  const draftRel = w.journal.drafts[w.today];
  const draftFile = draftRel ? join(w.settings.blogDir, draftRel) : undefined;
  let today: TodayState = { state: 'not-started' };
  if (todays.length) today = { state: 'published', posts: todays.length };
  else if (draftFile && existsSync(draftFile))
    today = { state: 'draft', path: draftFile, words: countWords(splitPost(readFileSync(draftFile, 'utf8')).body) };
  const inChallenge = w.calendar.filter((d) => d.state === 'written');
  return {
    date: w.today,
    day: w.phase.phase === 'active' ? w.phase.day : null,
    days: w.settings.days,
    phase: w.phase.phase,
    ...(w.phase.phase === 'before' ? { startsIn: w.phase.startsIn } : {}),
    start: w.start,
    published: todays.length > 0,
    today,
    goal: w.settings.goal,
    words: { today: wordsOn(w.journal.entries, w.today), total: totalWords(w.journal.entries) },
    daysWritten: inChallenge.length,
    streak: { current: w.streak.current, longest: w.streak.longest },
    calendar: w.calendar,
  };
}

export async function statusCommand(ctx: Context): Promise<void> {
  const r = runStatus(ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = style(ctx.color);
  const lines = [`${c.bold(r.date)} · ${phaseLine(r, c)}`];
  if (r.phase === 'finished') lines.push(`Final tally: ${r.daysWritten}/${r.days} days written, ${plural(r.words.total, 'word')}.`);
  const t = r.today;
  if (t.state === 'published') lines.push(`Today: ${c.green('published')} (${plural(r.words.today, 'word')}${t.posts > 1 ? ` in ${t.posts} posts` : ''})`);
  else if (t.state === 'draft') lines.push(`Today: draft with ${t.words}/${r.goal} words · ${c.dim(t.path)}`);
  else lines.push(`Today: ${c.yellow('not started')} · run ${c.bold('wotn today')}`);
  lines.push(streakLine(r.streak, c));
  lines.push(`Words: ${grouped(r.words.today)} today · ${grouped(r.words.total)} in total · ${r.daysWritten}/${r.days} days written`);
  lines.push('', heatmap(r.calendar, c));
  const cheer = celebration(r.streak, r.published, c);
  if (cheer) lines.push('', cheer);
  ctx.out.data(lines.join('\n'));
}
