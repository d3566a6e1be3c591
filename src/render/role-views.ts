// A member as a mentor or student-success sees them: wrote today or not, streak, last post.
// Member text is escaped for the terminal; only http(s) links are shown.
import type { WatchedMember } from '../app/role-views.js';
import { safeUrl, terminal } from './escape.js';
import type { Style } from './style.js';
import { plural } from './text.js';

export function watchedLines(m: WatchedMember, c: Style): string[] {
  const state = m.onVacation ? c.dim('on vacation') : m.writtenToday ? c.green('wrote today') : c.yellow('not yet today');
  const streak = m.streak === null ? 'streak hidden' : `streak ${m.streak}`;
  const lines = [`  ${terminal(m.name)} ${c.dim(`@${m.handle}`)} · ${state} · ${streak} · ${plural(m.daysWritten, 'day')} written${m.atRisk ? ` · ${c.red('at risk')}` : ''}`];
  if (m.lastPost) {
    const url = safeUrl(m.lastPost.url);
    lines.push(`    last post ${m.lastPost.date} ${c.bold(terminal(m.lastPost.title) || '(title hidden or untitled)')}${url ? ` ${c.cyan(terminal(url))}` : ''}`);
  } else lines.push(c.dim('    no post yet'));
  return lines;
}

/** JSON a reader may follow: only http(s) links. */
export const watchedJson = (m: WatchedMember): WatchedMember => ({ ...m, lastPost: m.lastPost && { ...m.lastPost, url: safeUrl(m.lastPost.url) ?? null } });
