// The home page: today in the cohort. Small at any size: counts, a few names, the latest posts.
import type { FeedItem } from '../../domain/feed.js';
import type { SiteModel } from '../../domain/site.js';
import type { Translator } from '../../i18n/index.js';
import { dayInWords, memberLink, outLink, page, paths, searchBox, text } from './layout.js';
import { cheer, stageLine } from './words.js';

/** A post in a list: its title linking to it, then who, which day and how long. */
export function postItem(root: string, p: FeedItem, tr: Translator): string {
  const day = tr.t('site.day', { day: p.day });
  return `<li>${outLink(text(p.title || day), p.url)}<span class="meta">${memberLink(root, p.handle, p.name)} · <a href="${root}${paths.day(p.date)}">${day}</a> · ${dayInWords(p.date, tr)} · ${tr.t('unit.words', { count: p.words })}</span></li>`;
}

function stats(m: SiteModel, tr: Translator): string {
  const t = m.report.totals;
  const s = m.stage;
  const items: string[] = [];
  const goal = m.cohort.goalWords;
  const stat = (n: number, label: string) => `<li><b>${tr.n(n)}</b>${label}</li>`;
  if (goal && s.phase === 'before') items.push(stat(goal, tr.t('site.home.goal')));
  else if (goal) items.push(`<li><b>${tr.n(t.words)}</b>${tr.t('site.home.ofGoal', { goal })}<progress max="${goal}" value="${Math.min(t.words, goal)}" aria-label="${tr.t('site.home.towardGoal')}">${Math.round((t.words / goal) * 100)}%</progress></li>`);
  else if (s.phase !== 'before') items.push(stat(t.words, tr.t('site.home.wordsTogether')));
  if (s.phase !== 'before') items.push(stat(t.daysWritten, tr.t('site.home.postsToRead', { count: t.daysWritten })));
  if (s.phase === 'active' && t.activeToday) items.push(stat(t.activeToday, tr.t('site.home.postedToday')));
  if (s.phase === 'active' && m.home.onStreak) items.push(stat(m.home.onStreak, tr.t('site.home.onStreak')));
  if (s.phase === 'finished' || s.lastDay) {
    for (const r of [...m.home.reached].reverse()) if (r.writers) { items.push(stat(r.writers, tr.t('site.home.wrote', { all: r.days === s.days ? 'yes' : 'no', days: r.days }))); break; }
  }
  items.push(stat(t.members, tr.t('site.home.inCohort', { count: t.members })));
  return `<ul class="stats">${items.join('')}</ul>`;
}

function names(root: string, list: { handle: string; name: string }[], total: number, more: (n: string) => string): string {
  const items = list.map((w) => `<li>${memberLink(root, w.handle, w.name)}</li>`).join('');
  return `<ul class="names">${items}</ul>${total > list.length ? `<p>${more(String(total - list.length))}</p>` : ''}`;
}

export function homePage(m: SiteModel, tr: Translator): string {
  const s = m.stage;
  const h = m.home;
  const body: string[] = [
    `<h1>${text(m.cohort.name)}</h1>`,
    `<p class="dim">${stageLine(s, m.date, tr)} · ${tr.t('site.home.minWords', { count: m.cohort.minWords })}</p>`,
    `<p class="cheer">${cheer(m, tr)}</p>`,
    stats(m, tr),
  ];
  if (h.pinned) body.push(`<h2>${tr.t('site.home.pinned')}</h2><ul class="list">${postItem('', h.pinned, tr)}</ul>`);
  if (h.featured.length) body.push(`<p>${tr.t('site.home.residence', { count: h.featured.length, names: h.featured.map((f) => memberLink('', f.handle, f.name)).join(', ') })}</p>`);
  if (h.latest.length) {
    body.push(`<h2>${tr.t('site.home.latest')}</h2><ul class="list">${h.latest.map((p) => postItem('', p, tr)).join('')}</ul>`, `<p><a href="${paths.days}">${tr.t('site.home.everyDay')}</a> · <a href="${paths.feed}">${tr.t('site.home.follow')}</a></p>`);
  } else if (s.phase === 'before') {
    body.push(`<h2>${tr.t('site.home.meet')}</h2><p>${tr.t('site.home.meetText', { directory: paths.directory() })}</p>`);
  }
  if (s.phase === 'active') {
    const today = paths.day(m.date);
    body.push(`<h2>${tr.t('site.home.postedTodayTitle')}</h2>`, h.wroteToday.length
      ? names('', h.wroteToday, m.report.totals.activeToday, (n) => tr.t('site.home.andMore', { n: tr.n(Number(n)), today }))
      : `<p>${tr.t('site.home.dayOpen', { today })}</p>`);
  }
  if (h.milestones.length) {
    body.push(`<h2>${tr.t('site.home.milestones')}</h2><ul class="names">${h.milestones.map((w) => `<li>${memberLink('', w.handle, w.name)} <span class="badge">${tr.t('site.badgeDays', { days: w.days })}</span></li>`).join('')}</ul>`);
    if (h.milestonesTotal > h.milestones.length) body.push(`<p>${tr.t('site.home.congrats', { n: tr.n(h.milestonesTotal - h.milestones.length) })}</p>`);
  }
  body.push(`<h2>${tr.t('site.home.find')}</h2>`, searchBox('', tr.t('site.home.searchLabel'), tr), `<p>${tr.t('site.home.browse', { leaderboard: paths.leaderboard(), directory: paths.directory() })}</p>`);
  return page({ root: '', tr, cohortName: m.cohort.name, title: tr.t('site.nav.today'), section: 'home', search: true, description: tr.t('site.home.description', { name: m.cohort.name, days: s.days }) }, body.join('\n'));
}
