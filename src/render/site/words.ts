// What the site says to the cohort at each stage of the challenge. Counts that would read
// as a reproach ("0 finished", "0/40 wrote today") are never shown; what is, encourages.
import type { SiteModel, Stage } from '../../domain/site.js';
import { num, plural, time } from './layout.js';

export function stageLine(s: Stage, date: string): string {
  if (s.phase === 'before') return `Starts ${time(s.start)} · ${s.days} days`;
  if (s.phase === 'finished') return `Finished · ${s.days} days, ${time(s.start)} to ${time(s.end)}`;
  return `Day ${s.day} of ${s.days} · ${time(date)}`;
}

/** The home page's headline encouragement. */
export function cheer(m: SiteModel): string {
  const s = m.stage;
  const t = m.report.totals;
  if (s.phase === 'before') {
    const when = s.startsIn === 1 ? 'tomorrow' : `in ${s.startsIn} days`;
    return `The challenge starts ${when}. ${t.members > 1 ? `${num(t.members)} writers have joined: say hello in the directory, and pick your first topic.` : 'Pick your first topic; the first post only has to exist.'}`;
  }
  if (s.phase === 'finished') {
    return `We did it: ${plural(t.daysWritten, 'post')} and ${plural(t.words, 'word')} written together in ${s.days} days. Thank you for writing alongside each other. Every post stays here to read again.`;
  }
  const today = t.activeToday;
  if (s.lastDay) return `Last day! ${today ? `${plural(today, 'writer has', 'writers have')} posted already. ` : ''}One more post and you have written your way through all ${s.days} days.`;
  const opener = s.day === 1 ? 'Day one: every streak starts with a single post.' : s.day === Math.ceil(s.days / 2) ? `Halfway there, ${plural(s.daysLeft, 'day')} to go.` : `${plural(s.daysLeft, 'day')} to go.`;
  const now = today ? `${plural(today, 'writer has', 'writers have')} posted today; there is still time to join them.` : 'Nobody has posted yet today: yours could be the first.';
  return `${opener} ${now} A short post counts.`;
}

/** A line for one member's page, by where they are in the challenge. */
export function memberCheer(s: Stage, m: { daysWritten: number; writtenToday: boolean; streak: { current: number }; hideStreak: boolean }): string {
  if (s.phase === 'before') return 'The challenge has not started yet. The first post is the hardest; the cohort is cheering for you.';
  if (s.phase === 'finished') return m.daysWritten ? `${plural(m.daysWritten, 'day')} written. Thank you for writing with the cohort.` : 'Thank you for being part of this cohort.';
  if (m.writtenToday) return 'Posted today. Well done!';
  if (!m.daysWritten) return 'No posts yet, and today still counts: it is never too late to start.';
  if (!m.hideStreak && m.streak.current >= 2) return `A post today keeps the ${m.streak.current}-day streak going.`;
  return 'Today is a fresh page: a short post counts.';
}

export function dayCheer(s: Stage, day: number, posts: number): string {
  if (posts) return `${plural(posts, 'writer')} posted on day ${day}.`;
  if (s.phase === 'active' && day === s.day) return 'No posts yet today. Be the first!';
  return 'A quiet day. Rest is part of writing; the next day is a fresh start.';
}

export const RANKING_RULE = 'Ranked by days written, then current streak, then words; writers level on all three share a rank. A hidden streak still counts.';
