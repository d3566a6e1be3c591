// The home page: today in the cohort. Small at any size: counts, a few names, the latest posts.
import type { FeedItem } from '../../domain/feed.js';
import type { SiteModel } from '../../domain/site.js';
import { memberLink, num, outLink, page, paths, plural, searchBox, text, time } from './layout.js';
import { cheer, stageLine } from './words.js';

/** A post in a list: its title linking to it, then who, which day and how long. */
export function postItem(root: string, p: FeedItem): string {
  return `<li>${outLink(text(p.title || `Day ${p.day}`), p.url)}<span class="meta">${memberLink(root, p.handle, p.name)} · <a href="${root}${paths.day(p.date)}">Day ${p.day}</a> · ${time(p.date)} · ${plural(p.words, 'word')}</span></li>`;
}

function stats(m: SiteModel): string {
  const t = m.report.totals;
  const s = m.stage;
  const items: string[] = [];
  const goal = m.cohort.goalWords;
  if (goal && s.phase === 'before') items.push(`<li><b>${num(goal)}</b>words: our goal together</li>`);
  else if (goal) items.push(`<li><b>${num(t.words)}</b>of ${num(goal)} words, our goal<progress max="${goal}" value="${Math.min(t.words, goal)}" aria-label="Words toward the goal">${Math.round((t.words / goal) * 100)}%</progress></li>`);
  else if (s.phase !== 'before') items.push(`<li><b>${num(t.words)}</b>words written together</li>`);
  if (s.phase !== 'before') items.push(`<li><b>${num(t.daysWritten)}</b>${t.daysWritten === 1 ? 'post' : 'posts'} to read</li>`);
  if (s.phase === 'active' && t.activeToday) items.push(`<li><b>${num(t.activeToday)}</b>posted today</li>`);
  if (s.phase === 'active' && m.home.onStreak) items.push(`<li><b>${num(m.home.onStreak)}</b>on a streak of 2+ days</li>`);
  if (s.phase === 'finished' || s.lastDay) {
    for (const r of [...m.home.reached].reverse()) if (r.writers) { items.push(`<li><b>${num(r.writers)}</b>wrote ${r.days === s.days ? `all ${s.days}` : `${r.days}+`} days</li>`); break; }
  }
  items.push(`<li><b>${num(t.members)}</b>${t.members === 1 ? 'writer' : 'writers'} in the cohort</li>`);
  return `<ul class="stats">${items.join('')}</ul>`;
}

function names(root: string, list: { handle: string; name: string }[], total: number, more: string): string {
  const items = list.map((w) => `<li>${memberLink(root, w.handle, w.name)}</li>`).join('');
  return `<ul class="names">${items}</ul>${total > list.length ? `<p>${more.replace('{n}', num(total - list.length))}</p>` : ''}`;
}

export function homePage(m: SiteModel, lang: string): string {
  const s = m.stage;
  const h = m.home;
  const body: string[] = [
    `<h1>${text(m.cohort.name)}</h1>`,
    `<p class="dim">${stageLine(s, m.date)} · at least ${plural(m.cohort.minWords, 'word')} a day</p>`,
    `<p class="cheer">${cheer(m)}</p>`,
    stats(m),
  ];
  if (h.pinned) body.push(`<h2>Post of the day</h2><ul class="list">${postItem('', h.pinned)}</ul>`);
  if (h.featured.length) body.push(`<p>Blogger${h.featured.length === 1 ? '' : 's'} in residence: ${h.featured.map((f) => memberLink('', f.handle, f.name)).join(', ')}</p>`);
  if (h.latest.length) {
    body.push(`<h2>Latest posts to read</h2><ul class="list">${h.latest.map((p) => postItem('', p)).join('')}</ul>`, `<p><a href="${paths.days}">Every day's posts</a> · <a href="${paths.feed}">Follow the feed</a></p>`);
  } else if (s.phase === 'before') {
    body.push(`<h2>Meet the cohort</h2><p>Read each other's introductions in the <a href="${paths.directory()}">directory</a> before day one.</p>`);
  }
  if (s.phase === 'active') {
    const today = paths.day(m.date);
    body.push(`<h2>Posted today</h2>`, h.wroteToday.length
      ? names('', h.wroteToday, m.report.totals.activeToday, `…and {n} more on <a href="${today}">today's page</a>.`)
      : `<p>The day is open. Posts appear here as writers publish them; <a href="${today}">today's page</a> will list them all.</p>`);
  }
  if (h.milestones.length) {
    body.push(`<h2>Milestones reached today</h2><ul class="names">${h.milestones.map((w) => `<li>${memberLink('', w.handle, w.name)} <span class="badge">${w.days} days</span></li>`).join('')}</ul>`);
    if (h.milestonesTotal > h.milestones.length) body.push(`<p>…and ${num(h.milestonesTotal - h.milestones.length)} more. Congratulations, everyone!</p>`);
  }
  body.push(`<h2>Find a writer</h2>`, searchBox('', 'Search by name or handle'), `<p>Or browse the <a href="${paths.leaderboard()}">leaderboard</a> and the <a href="${paths.directory()}">directory</a>.</p>`);
  return page({ root: '', lang, cohortName: m.cohort.name, title: 'Today', section: 'home', search: true, description: `${m.cohort.name}: writing every day for ${s.days} days, together.` }, body.join('\n'));
}
