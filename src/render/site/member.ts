// One writer's page: who they are, their challenge calendar and every post they published.
import type { DayState } from '../../domain/streak.js';
import type { MemberPage, SiteModel } from '../../domain/site.js';
import type { FeedItem } from '../../domain/feed.js';
import { dayBadges, num, outLink, page, paths, plural, postLink, roleBadge, text, time } from './layout.js';
import { memberCheer } from './words.js';

const STATES: [DayState, string][] = [['written', 'written'], ['frozen', 'frozen (a freeze kept the streak)'], ['missed', 'missed'], ['today', 'today'], ['future', 'still to come']];
const CELL = { written: 'w', frozen: 'f', missed: 'm', today: 't', future: 'u' } as const satisfies Record<DayState, string>;
const LEGEND = `<ul class="legend" aria-label="Legend">${STATES.map(([s, label]) => `<li><i class="${CELL[s]}"></i>${label}</li>`).join('')}</ul>`;

/** "days 1–5, 7 and 9–12": runs of days, for the calendar's spoken summary. */
function runs(days: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; i++) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    parts.push(j > i ? `${days[i]}–${days[j]}` : String(days[i]));
    i = j;
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${days.length === 1 ? 'day' : 'days'} ${list}`;
}

/**
 * The challenge calendar: a grid for the eye (colour and a symbol per state, with a
 * legend) and the same facts as one sentence for screen readers.
 */
export function calendar(states: readonly DayState[], dates: readonly string[]): string {
  const by = new Map<DayState, number[]>();
  states.forEach((s, i) => (by.get(s) ?? by.set(s, []).get(s)!).push(i + 1));
  const spoken = STATES.filter(([s]) => by.has(s)).map(([s, label]) => `${label[0]!.toUpperCase()}${label.slice(1)}: ${runs(by.get(s)!)}.`).join(' ');
  let grid = '';
  for (let i = 0; i < states.length; i++) grid += `<li class="${CELL[states[i]!]}">${i + 1}</li>`;
  return `<p class="dim">Day 1 is ${time(dates[0] ?? '')}, day ${dates.length} is ${time(dates.at(-1) ?? '')}.</p>`
    + `<p class="sr">${spoken}</p><ol class="cal" aria-hidden="true">${grid}</ol>${LEGEND}`;
}

/** A post on its writer's page: title, day and date (the page says whose it is). */
const memberPost = (p: FeedItem) => `<li>${postLink(p)}<span class="meta">Day ${p.day} · ${time(p.date)} · ${plural(p.words, 'word')}</span></li>`;

export function memberPage(m: SiteModel, p: MemberPage, lang: string): { path: string; content: string } {
  const { rank, member: w, badges } = p.ranked;
  const elapsed = m.report.perDay.length;
  const blog = w.blog ? `<p>Blog: ${outLink(text(w.blog), w.blog)}</p>` : '';
  // A streak of 0, or one that ended with the challenge, says nothing kind: show the longest.
  const streak = w.hideStreak ? '<li><b>—</b>streak hidden by choice</li>'
    : m.stage.phase === 'active' && w.streak.current > 0 ? `<li><b>${w.streak.current}</b>day streak (longest ${w.streak.longest})</li>`
      : w.streak.longest > 0 ? `<li><b>${w.streak.longest}</b>days, longest streak</li>` : '';
  const body = [
    `<h1>${text(w.name)}</h1>`,
    `<p class="dim">@${w.handle}${roleBadge(w.role)}${badges.length ? ` ${dayBadges(badges)}` : ''}${w.standing === 'left' ? ' · left the cohort' : ''}</p>`,
    w.intro ? `<p class="intro">${text(w.intro)}</p>` : '',
    blog,
    `<p class="cheer">${memberCheer(m.stage, w)}</p>`,
    `<ul class="stats"><li><b>${w.daysWritten}${elapsed ? `/${elapsed}` : ''}</b>days written</li>${streak}<li><b>${num(w.words)}</b>words</li>`
      + (w.kudos.given || w.kudos.received ? `<li><b>${num(w.kudos.received)}</b>kudos received, ${num(w.kudos.given)} given</li>` : '')
      + `<li><b><a href="../${paths.leaderboard(p.leaderboardPage)}#m-${w.handle}">#${rank}</a></b>on the leaderboard</li></ul>`,
    `<h2>Calendar</h2>`,
    // A writer who hides their streak hides the calendar that would show it.
    w.hideStreak ? '<p class="dim">Calendar hidden by choice.</p>' : calendar(p.calendar, m.dates),
    `<h2>Posts</h2>`,
    p.posts.length ? `<ul class="list">${p.posts.map(memberPost).join('')}</ul>` : '<p>No posts yet. When the first one lands, it appears here.</p>',
  ];
  return {
    path: paths.member(w.handle),
    content: page({ root: '../', lang, cohortName: m.cohort.name, title: `${w.name} (@${w.handle})` }, body.join('\n')),
  };
}
