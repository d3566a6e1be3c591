// The days: an index of every challenge day so far, and a page per day with every post.
import { pageCount, PAGE_SIZE, type SiteModel } from '../../domain/site.js';
import { dateRange } from '../../domain/calendar.js';
import type { Translator } from '../../i18n/index.js';
import { dayInWords, memberLink, page, pager, paths, postLink } from './layout.js';
import { dayCheer, stageLine } from './words.js';
import { shortDate } from '../writer.js';

type File = { path: string; content: string };

function daysIndex(m: SiteModel, tr: Translator): File {
  const everyone = Math.max(1, m.report.totals.members);
  const past = [...m.report.perDay].reverse().map((d) =>
    `<li><a href="../${paths.day(d.date)}">${tr.t('site.day', { day: d.day })} · ${dayInWords(d.date, tr)}</a><meter min="0" max="${everyone}" value="${d.writers}" aria-label="${tr.t('site.days.writersOn', { day: d.day })}">${d.writers}</meter><span>${tr.t('site.days.of', { writers: d.writers, count: everyone })}</span></li>`);
  const upcoming = dateRange(m.stage.start, m.stage.days).slice(m.report.perDay.length).map((date, i) => `<li>${tr.t('site.day', { day: m.report.perDay.length + i + 1 })} · ${dayInWords(date, tr)}</li>`);
  const body = [
    `<h1>${tr.t('site.days.title')}</h1>`,
    `<p class="dim">${stageLine(m.stage, m.date, tr)}</p>`,
    past.length ? `<p>${tr.t('site.days.recent')}</p><ul class="bars">${past.join('')}</ul>` : `<p>${tr.t('site.days.dayOne', { start: dayInWords(m.stage.start, tr) })}</p>`,
    upcoming.length ? `<h2>${tr.t('site.days.toCome')}</h2><ul class="list dim">${upcoming.join('')}</ul>` : '',
  ];
  return { path: paths.days, content: page({ root: '../', tr, cohortName: m.cohort.name, title: tr.t('site.nav.days'), section: 'days' }, body.join('\n')) };
}

export function* dayPages(m: SiteModel, tr: Translator): Generator<File> {
  yield daysIndex(m, tr);
  const size = PAGE_SIZE.day;
  // A writer appears on every day they wrote: their link is made once.
  const links = new Map<string, string>();
  const linkOf = (handle: string, name: string) => links.get(handle) ?? links.set(handle, memberLink('../', handle, name)).get(handle)!;
  for (const { day: n } of m.days) {
    const d = m.day(n);
    const pages = pageCount(d.posts.length, size);
    const prev = d.day > 1 ? `<a href="../${paths.day(m.days[d.day - 2]!.date)}" rel="prev">${tr.t('site.day', { day: d.day - 1 })}</a>` : '';
    const next = d.day < m.days.length ? `<a href="../${paths.day(m.days[d.day]!.date)}" rel="next">${tr.t('site.day', { day: d.day + 1 })}</a>` : '';
    const around = prev || next ? `<nav aria-label="${tr.t('site.days.other')}"><p>${[prev, `<a href="../${paths.days}">${tr.t('site.days.all')}</a>`, next].filter(Boolean).join(' · ')}</p></nav>` : '';
    for (let p = 1; p <= pages; p++) {
      const posts = d.posts.slice((p - 1) * size, p * size);
      const body = [
        `<h1>${tr.t('site.day', { day: d.day })} <span class="dim">· ${dayInWords(d.date, tr)}</span></h1>`,
        `<p class="cheer">${dayCheer(m.stage, d.day, d.posts.length, tr)}</p>`,
        around,
        posts.length ? `<h2>${tr.t('site.days.inOrder')}</h2><p class="dim">${tr.t('site.days.links')}</p><ul class="list">${posts.map((post) => `<li>${postLink(post, tr)} · ${linkOf(post.handle, post.name)}</li>`).join('')}</ul>` : '',
        pager(p, pages, (n) => `../${paths.day(d.date, n)}`, tr.t('site.days.pages', { day: d.day }), tr),
      ];
      yield { path: paths.day(d.date, p), content: page({ root: '../', tr, cohortName: m.cohort.name, title: tr.t('site.days.pageTitle', { day: d.day, date: shortDate(d.date, tr), page: p }), section: 'days' }, body.join('\n')) };
    }
  }
}
