// The cohort's learn-together lines in a report: the shared goal, how many members reached
// each award tier, and each pod's days-everyone-wrote streak. Handles are escaped by the
// caller's escape (terminal or Markdown), so this stays one renderer for both.
import type { Report } from '../domain/report.js';
import { goalLine } from './streak-why.js';
import { plural } from './text.js';

export function togetherLines(r: Report, escape: (text: string) => string): string[] {
  const t = r.together;
  if (!t) return [];
  const lines: string[] = [];
  if (t.goal) lines.push(goalLine(t.goal));
  if (t.awards.length) lines.push(`Awards: ${t.awards.map((a) => `${a.tier} days: ${plural(a.members, 'member')}`).join(' · ')}`);
  for (const [i, p] of (t.pods ?? []).entries())
    lines.push(`Pod ${i + 1} (${p.members.map((h) => `@${escape(h)}`).join(', ')}${p.mentor ? `; mentor @${escape(p.mentor)}` : ''}): everyone wrote ${plural(p.current, 'day')} in a row (longest ${p.longest}, ${p.daysTogether} in all)`);
  return lines;
}
