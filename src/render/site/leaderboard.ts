// The leaderboard, a page per hundred writers. Narrow screens see rank, writer, days and
// streak, with words and badges under the name; wider ones get words and the latest post.
import type { Ranked } from '../../domain/report.js';
import { pageCount, PAGE_SIZE, type SiteModel } from '../../domain/site.js';
import type { Translator } from '../../i18n/index.js';
import { countLabel, dayBadges, dayInWords, memberLink, outLink, page, pager, paths, roleBadge, searchBox, streakColumn, text } from './layout.js';
import { stageLine } from './words.js';

type Column = ReturnType<typeof streakColumn>;

function row({ rank, member: m, badges }: Ranked, streak: Column, tr: Translator): string {
  const latest = m.lastPost && m.lastDate ? `${outLink(text(m.lastPost.title || m.lastDate), m.lastPost.url)} <span class="dim">${dayInWords(m.lastDate, tr)}</span>` : '<span class="dim">&mdash;</span>';
  return `<tr id="m-${m.handle}"><td class="n">${rank}</td><td>${memberLink('../', m.handle, m.name)} <span class="dim">@${m.handle}</span>${roleBadge(m.role)}`
    + `<span class="meta narrow">${countLabel(tr, 'unit.words', m.words)}</span>${m.kudos.received ? `<span class="meta">${countLabel(tr, 'site.kudosCount', m.kudos.received)}</span>` : ''}${badges.length ? `<span class="meta">${dayBadges(badges, tr)}</span>` : ''}</td>`
    + `<td class="n">${m.daysWritten}</td><td class="n">${streak.cell(m)}</td><td class="n wide">${tr.n(m.words)}</td><td class="wide">${latest}</td></tr>`;
}

export function leaderboardTable(rows: readonly Ranked[], caption: string, streak: Column, tr: Translator): string {
  return `<table class="table"><caption class="sr">${caption}</caption><thead><tr><th scope="col" class="n">${tr.t('report.col.rank')}</th><th scope="col">${tr.t('report.col.writer')}</th>`
    + `<th scope="col" class="n">${tr.t('report.col.days')}</th><th scope="col" class="n">${streak.header}</th><th scope="col" class="n wide">${tr.t('report.col.words')}</th><th scope="col" class="wide">${tr.t('site.col.latest')}</th></tr></thead>`
    + `<tbody>${rows.map((r) => row(r, streak, tr)).join('')}</tbody></table>`;
}

export function* leaderboardPages(m: SiteModel, tr: Translator): Generator<{ path: string; content: string }> {
  const size = PAGE_SIZE.leaderboard;
  const pages = pageCount(m.ranked.length, size);
  const href = (p: number) => `../${paths.leaderboard(p)}`;
  for (let p = 1; p <= pages; p++) {
    const rows = m.ranked.slice((p - 1) * size, p * size);
    const range = rows.length ? tr.t('site.lb.range', { from: rows[0]!.rank, to: rows.at(-1)!.rank }) : tr.t('site.lb.noWriters');
    const body = [
      `<h1>${tr.t('site.nav.leaderboard')}</h1>`,
      `<p class="dim">${stageLine(m.stage, m.date, tr)} · ${tr.t('site.writers', { count: m.ranked.length })}</p>`,
      `<p class="dim">${tr.t('site.rankingRule')}</p>`,
      searchBox('../', tr.t('site.lb.search'), tr),
      pages > 1 ? pager(p, pages, href, tr.t('site.lb.pagesTop'), tr) : '',
      rows.length ? leaderboardTable(rows, tr.t('site.lb.caption', { range }), streakColumn(m.stage.phase, tr), tr) : `<p>${tr.t('site.lb.empty')}</p>`,
      pager(p, pages, href, tr.t('site.lb.pages'), tr),
    ];
    yield { path: paths.leaderboard(p), content: page({ root: '../', tr, cohortName: m.cohort.name, title: p === 1 ? tr.t('site.nav.leaderboard') : tr.t('site.lb.title', { page: p }), section: 'leaderboard', search: true }, body.join('\n')) };
  }
}
