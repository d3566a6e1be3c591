// One writer's page: who they are, their challenge calendar and every post they published.
import type { DayState } from '../../domain/streak.js';
import type { MemberPage, SiteModel } from '../../domain/site.js';
import type { FeedItem } from '../../domain/feed.js';
import type { Translator } from '../../i18n/index.js';
import { countLabel, dayBadges, dayInWords, outLink, page, paths, postLink, roleBadge, text } from './layout.js';
import { memberCheer } from './words.js';

const STATES: DayState[] = ['written', 'frozen', 'missed', 'today', 'future'];
const CELL = { written: 'w', frozen: 'f', missed: 'm', today: 't', future: 'u' } as const satisfies Record<DayState, string>;
const stateLabel = (s: DayState, tr: Translator) => tr.t(`site.state.${s}` as 'site.state.written');
const legends = new Map<string, string>();
const legend = (tr: Translator) => legends.get(tr.lang) ?? legends.set(tr.lang, `<ul class="legend" aria-label="${tr.t('site.legend')}">${STATES.map((s) => `<li><i class="${CELL[s]}"></i>${stateLabel(s, tr)}</li>`).join('')}</ul>`).get(tr.lang)!;

/** "Day 1 is Sun 1 Nov 2026, day 30 is Mon 30 Nov 2026": the same on every member's page. */
const spans = new WeakMap<readonly string[], Map<string, string>>();
function span(dates: readonly string[], tr: Translator): string {
  let byLang = spans.get(dates);
  if (!byLang) spans.set(dates, (byLang = new Map()));
  let line = byLang.get(tr.lang);
  if (line === undefined) byLang.set(tr.lang, (line = tr.t('site.calendarSpan', { first: dayInWords(dates[0] ?? '', tr), last: dates.length, lastDate: dayInWords(dates.at(-1) ?? '', tr) })));
  return line;
}

/** "days 1–5, 7 and 9–12": runs of days, for the calendar's spoken summary. */
function runs(days: number[], tr: Translator): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; i++) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    parts.push(j > i ? `${days[i]}&ndash;${days[j]}` : String(days[i]));
    i = j;
  }
  const list = parts.length > 1 ? tr.t('site.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! }) : parts[0]!;
  return tr.t('site.runs', { count: days.length, list });
}

/**
 * The challenge calendar: a grid for the eye (colour and a symbol per state, with a
 * legend) and the same facts as one sentence for screen readers.
 */
export function calendar(states: readonly DayState[], dates: readonly string[], tr: Translator): string {
  const by = new Map<DayState, number[]>();
  states.forEach((s, i) => (by.get(s) ?? by.set(s, []).get(s)!).push(i + 1));
  const spoken = STATES.filter((s) => by.has(s)).map((s) => {
    const label = stateLabel(s, tr);
    return `${label[0]!.toUpperCase()}${label.slice(1)}: ${runs(by.get(s)!, tr)}.`;
  }).join(' ');
  let grid = '';
  for (let i = 0; i < states.length; i++) grid += `<li class="${CELL[states[i]!]}">${i + 1}</li>`;
  return `<p class="dim">${span(dates, tr)}</p><p class="sr">${spoken}</p><ol class="cal" aria-hidden="true">${grid}</ol>${legend(tr)}`;
}

/** A post on its writer's page: title, day and date (the page says whose it is). */
const memberPost = (p: FeedItem, tr: Translator) => `<li>${postLink(p, tr)}<span class="meta">${countLabel(tr, 'site.day', p.day)} · ${dayInWords(p.date, tr)} · ${countLabel(tr, 'unit.words', p.words)}</span></li>`;

export function memberPage(m: SiteModel, p: MemberPage, tr: Translator): { path: string; content: string } {
  const { rank, member: w, badges } = p.ranked;
  const elapsed = m.report.perDay.length;
  const blog = w.blog ? `<p>${tr.t('site.member.blog')} ${outLink(text(w.blog), w.blog)}</p>` : '';
  // A streak of 0, or one that ended with the challenge, says nothing kind: show the longest.
  const streak = w.hideStreak ? `<li><b>&mdash;</b>${tr.t('site.member.streakHidden')}</li>`
    : m.stage.phase === 'active' && w.streak.current > 0 ? `<li><b>${w.streak.current}</b>${tr.t('site.member.streak', { longest: w.streak.longest })}</li>`
      : w.streak.longest > 0 ? `<li><b>${w.streak.longest}</b>${tr.t('site.member.longest')}</li>` : '';
  const body = [
    `<h1>${text(w.name)}</h1>`,
    `<p class="dim">@${w.handle}${roleBadge(w.role)}${badges.length ? ` ${dayBadges(badges, tr)}` : ''}${w.standing === 'left' ? tr.t('site.member.left') : ''}</p>`,
    w.intro ? `<p class="intro">${text(w.intro)}</p>` : '',
    blog,
    `<p class="cheer">${memberCheer(m.stage, w, tr)}</p>`,
    `<ul class="stats"><li><b>${w.daysWritten}${elapsed ? `/${elapsed}` : ''}</b>${tr.t('site.member.daysWritten')}</li>${streak}<li><b>${tr.n(w.words)}</b>${tr.t('site.member.words')}</li>`
      + (w.kudos.given || w.kudos.received ? `<li>${tr.t('site.member.kudos', { received: w.kudos.received, given: w.kudos.given })}</li>` : '')
      + `<li><b><a href="../${paths.leaderboard(p.leaderboardPage)}#m-${w.handle}">#${rank}</a></b>${tr.t('site.member.onLeaderboard')}</li></ul>`,
    `<h2>${tr.t('site.member.calendar')}</h2>`,
    // A writer who hides their streak hides the calendar that would show it.
    w.hideStreak ? `<p class="dim">${tr.t('site.member.calendarHidden')}</p>` : calendar(p.calendar, m.dates, tr),
    `<h2>${tr.t('site.member.posts')}</h2>`,
    p.posts.length ? `<ul class="list">${p.posts.map((post) => memberPost(post, tr)).join('')}</ul>` : `<p>${tr.t('site.member.noPostsYet')}</p>`,
  ];
  return {
    path: paths.member(w.handle),
    content: page({ root: '../', tr, cohortName: m.cohort.name, title: `${w.name} (@${w.handle})` }, body.join('\n')),
  };
}
