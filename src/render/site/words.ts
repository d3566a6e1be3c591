// What the site says to the cohort at each stage of the challenge. Counts that would read
// as a reproach ("0 finished", "0/40 wrote today") are never shown; what is, encourages.
import type { SiteModel, Stage } from '../../domain/site.js';
import { dayInWords } from './layout.js';
import type { Translator } from '../../i18n/index.js';

export function stageLine(s: Stage, date: string, tr: Translator): string {
  const shown = (d: string) => dayInWords(d, tr);
  if (s.phase === 'before') return tr.t('site.stage.before', { start: shown(s.start), days: s.days });
  if (s.phase === 'finished') return tr.t('site.stage.finished', { days: s.days, start: shown(s.start), end: shown(s.end) });
  return tr.t('site.stage.active', { day: s.day, days: s.days, date: shown(date) });
}

/** The home page's headline encouragement. */
export function cheer(m: SiteModel, tr: Translator): string {
  const s = m.stage;
  const t = m.report.totals;
  if (s.phase === 'before') {
    return `${tr.t('site.cheer.starts', { startsIn: s.startsIn ?? 0 })} ${t.members > 1 ? tr.t('site.cheer.joined', { count: t.members }) : tr.t('site.cheer.firstTopic')}`;
  }
  if (s.phase === 'finished') return tr.t('site.cheer.finished', { posts: t.daysWritten, words: t.words, days: s.days });
  const today = t.activeToday;
  if (s.lastDay) return `${tr.t('site.cheer.lastDay', { count: today })} ${tr.t('site.cheer.oneMore', { days: s.days })}`;
  const opener = s.day === 1 ? tr.t('site.cheer.dayOne') : s.day === Math.ceil(s.days / 2) ? tr.t('site.cheer.halfway', { count: s.daysLeft }) : tr.t('site.cheer.toGo', { count: s.daysLeft });
  const now = today ? tr.t('site.cheer.postedToday', { count: today }) : tr.t('site.cheer.nobodyYet');
  return `${opener} ${now} ${tr.t('site.cheer.shortCounts')}`;
}

/** A line for one member's page, by where they are in the challenge. */
export function memberCheer(s: Stage, m: { daysWritten: number; writtenToday: boolean; streak: { current: number }; hideStreak: boolean }, tr: Translator): string {
  if (s.phase === 'before') return tr.t('site.member.before');
  if (s.phase === 'finished') return m.daysWritten ? tr.t('site.member.finished', { count: m.daysWritten }) : tr.t('site.member.thanks');
  if (m.writtenToday) return tr.t('site.member.postedToday');
  if (!m.daysWritten) return tr.t('site.member.noPosts');
  if (!m.hideStreak && m.streak.current >= 2) return tr.t('site.member.keepStreak', { days: m.streak.current });
  return tr.t('site.member.freshPage');
}

export function dayCheer(s: Stage, day: number, posts: number, tr: Translator): string {
  if (posts) return tr.t('site.dayCheer.posted', { count: posts, day });
  if (s.phase === 'active' && day === s.day) return tr.t('site.dayCheer.beFirst');
  return tr.t('site.dayCheer.quiet');
}
