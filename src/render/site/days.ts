// The days: an index of every challenge day so far, and a page per day with every post.
import { pageCount, PAGE_SIZE, type SiteModel } from '../../domain/site.js';
import { dateRange } from '../../domain/calendar.js';
import { memberLink, num, page, pager, paths, plural, postLink, time } from './layout.js';
import { dayCheer, stageLine } from './words.js';

type File = { path: string; content: string };

function daysIndex(m: SiteModel, lang: string): File {
  const everyone = Math.max(1, m.report.totals.members);
  const past = [...m.report.perDay].reverse().map((d) =>
    `<li><a href="../${paths.day(d.date)}">Day ${d.day} · ${time(d.date)}</a><meter min="0" max="${everyone}" value="${d.writers}" aria-label="Writers on day ${d.day}">${d.writers}</meter><span>${num(d.writers)} of ${plural(everyone, 'writer')}</span></li>`);
  const upcoming = dateRange(m.stage.start, m.stage.days).slice(m.report.perDay.length).map((date, i) => `<li>Day ${m.report.perDay.length + i + 1} · ${time(date)}</li>`);
  const body = [
    '<h1>Every day of the challenge</h1>',
    `<p class="dim">${stageLine(m.stage, m.date)}</p>`,
    past.length ? `<p>Most recent first. Open a day to read everything written on it.</p><ul class="bars">${past.join('')}</ul>` : `<p>Day one is ${time(m.stage.start)}. Its posts will be listed here.</p>`,
    upcoming.length ? `<h2>Still to come</h2><ul class="list dim">${upcoming.join('')}</ul>` : '',
  ];
  return { path: paths.days, content: page({ root: '../', lang, cohortName: m.cohort.name, title: 'Days', section: 'days' }, body.join('\n')) };
}

export function* dayPages(m: SiteModel, lang: string): Generator<File> {
  yield daysIndex(m, lang);
  const size = PAGE_SIZE.day;
  for (const { day: n } of m.days) {
    const d = m.day(n);
    const pages = pageCount(d.posts.length, size);
    const prev = d.day > 1 ? `<a href="../${paths.day(m.days[d.day - 2]!.date)}" rel="prev">Day ${d.day - 1}</a>` : '';
    const next = d.day < m.days.length ? `<a href="../${paths.day(m.days[d.day]!.date)}" rel="next">Day ${d.day + 1}</a>` : '';
    const around = prev || next ? `<nav aria-label="Other days"><p>${[prev, `<a href="../${paths.days}">All days</a>`, next].filter(Boolean).join(' · ')}</p></nav>` : '';
    for (let p = 1; p <= pages; p++) {
      const posts = d.posts.slice((p - 1) * size, p * size);
      const body = [
        `<h1>Day ${d.day} <span class="dim">· ${time(d.date)}</span></h1>`,
        `<p class="cheer">${dayCheer(m.stage, d.day, d.posts.length)}</p>`,
        around,
        posts.length ? `<h2>Posts, in the order they were published</h2><p class="dim">Each title links to the post, each name to the writer's page.</p><ul class="list">${posts.map((post) => `<li>${postLink(post)} · ${memberLink('../', post.handle, post.name)}</li>`).join('')}</ul>` : '',
        pager(p, pages, (n) => `../${paths.day(d.date, n)}`, `Day ${d.day} pages`),
      ];
      yield { path: paths.day(d.date, p), content: page({ root: '../', lang, cohortName: m.cohort.name, title: `Day ${d.day}, ${d.date}${p > 1 ? `, page ${p}` : ''}`, section: 'days' }, body.join('\n')) };
    }
  }
}
