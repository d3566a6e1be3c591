// A member as a mentor or student-success sees them: wrote today or not, streak, last post.
// Member text is escaped for the terminal; only http(s) links are shown.
import type { WatchedMember } from '../app/role-views.js';
import { safeUrl, terminal } from './escape.js';
import type { Style } from './style.js';
import { t } from '../i18n/index.js';
import { humanDate } from './writer.js';

export function watchedLines(m: WatchedMember, c: Style): string[] {
  const state = m.onVacation ? c.dim(t('watch.onVacation')) : m.writtenToday ? c.green(t('watch.wroteToday')) : c.yellow(t('watch.notYet'));
  const streak = m.streak === null ? t('watch.streakHidden') : t('watch.streak', { n: m.streak });
  const lines = [`  ${t('watch.line', { name: terminal(m.name), handle: c.dim(`@${m.handle}`), state, streak, days: m.daysWritten, risk: m.atRisk ? ` · ${c.red(t('watch.atRisk'))}` : '' })}`];
  if (m.lastPost) {
    const url = safeUrl(m.lastPost.url);
    lines.push(`    ${t('watch.lastPost', { date: humanDate(m.lastPost.date), title: c.bold(terminal(m.lastPost.title) || t('watch.titleHidden')), url: url ? ` ${c.cyan(terminal(url))}` : '' })}`);
  } else lines.push(c.dim(`    ${t('watch.noPost')}`));
  return lines;
}

/** JSON a reader may follow: only http(s) links. */
export const watchedJson = (m: WatchedMember): WatchedMember => ({ ...m, lastPost: m.lastPost && { ...m.lastPost, url: safeUrl(m.lastPost.url) ?? null } });
