// The leaderboard, a page per hundred writers. Narrow screens see rank, writer, days and
// streak, with words and badges under the name; wider ones get words and the latest post.
import type { Ranked } from '../../domain/report.js';
import { pageCount, PAGE_SIZE, type SiteModel } from '../../domain/site.js';
import { dayBadges, memberLink, num, outLink, page, pager, paths, roleBadge, searchBox, streakColumn, text, time } from './layout.js';
import { RANKING_RULE, stageLine } from './words.js';

type Column = ReturnType<typeof streakColumn>;

function row({ rank, member: m, badges }: Ranked, streak: Column): string {
  const latest = m.lastPost && m.lastDate ? `${outLink(text(m.lastPost.title || m.lastDate), m.lastPost.url)} <span class="dim">${time(m.lastDate)}</span>` : '<span class="dim">—</span>';
  return `<tr id="m-${m.handle}"><td class="n">${rank}</td><td>${memberLink('../', m.handle, m.name)} <span class="dim">@${m.handle}</span>${roleBadge(m.role)}`
    + `<span class="meta narrow">${num(m.words)} words</span>${m.kudos.received ? `<span class="meta">${num(m.kudos.received)} kudos</span>` : ''}${badges.length ? `<span class="meta">${dayBadges(badges)}</span>` : ''}</td>`
    + `<td class="n">${m.daysWritten}</td><td class="n">${streak.cell(m)}</td><td class="n wide">${num(m.words)}</td><td class="wide">${latest}</td></tr>`;
}

export function leaderboardTable(rows: readonly Ranked[], caption: string, streak: Column): string {
  return `<table class="table"><caption class="sr">${caption}</caption><thead><tr><th scope="col" class="n">Rank</th><th scope="col">Writer</th>`
    + `<th scope="col" class="n">Days</th><th scope="col" class="n">${streak.header}</th><th scope="col" class="n wide">Words</th><th scope="col" class="wide">Latest post</th></tr></thead>`
    + `<tbody>${rows.map((r) => row(r, streak)).join('')}</tbody></table>`;
}

export function* leaderboardPages(m: SiteModel, lang: string): Generator<{ path: string; content: string }> {
  const size = PAGE_SIZE.leaderboard;
  const pages = pageCount(m.ranked.length, size);
  const href = (p: number) => `../${paths.leaderboard(p)}`;
  for (let p = 1; p <= pages; p++) {
    const rows = m.ranked.slice((p - 1) * size, p * size);
    const range = rows.length ? `ranks ${rows[0]!.rank} to ${rows.at(-1)!.rank}` : 'no writers yet';
    const body = [
      `<h1>Leaderboard</h1>`,
      `<p class="dim">${stageLine(m.stage, m.date)} · ${num(m.ranked.length)} ${m.ranked.length === 1 ? 'writer' : 'writers'}</p>`,
      `<p class="dim">${RANKING_RULE}</p>`,
      searchBox('../', 'Find a writer on the leaderboard'),
      pages > 1 ? pager(p, pages, href, 'Leaderboard pages (top)') : '',
      rows.length ? leaderboardTable(rows, `Leaderboard, ${range}`, streakColumn(m.stage.phase)) : '<p>No one has joined yet. The first writer to join tops the board!</p>',
      pager(p, pages, href, 'Leaderboard pages'),
    ];
    yield { path: paths.leaderboard(p), content: page({ root: '../', lang, cohortName: m.cohort.name, title: p === 1 ? 'Leaderboard' : `Leaderboard, page ${p}`, section: 'leaderboard', search: true }, body.join('\n')) };
  }
}
