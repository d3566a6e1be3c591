// The leaderboard page: one self-contained HTML file (inline CSS, no scripts, no external
// requests). Every member-supplied string is escaped; only http(s) links are kept.
import { ranking, type MemberReport, type Ranked, type Report } from '../domain/report.js';
import { html, safeUrl } from './escape.js';
import { batched, joined } from './chunks.js';
import { grouped } from './text.js';

const CSS = `
:root{--bg:#fffdf8;--fg:#1f2328;--dim:#6e7781;--line:#e6e1d6;--ok:#2da44e;--miss:#f3d9d9;--late:#bf8700;--none:#f1efe9;--risk:#cf222e}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--dim:#8b949e;--line:#30363d;--miss:#3d1f1f;--none:#161b22}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:1100px;margin:0 auto;padding:2rem 1rem}h1{margin:0 0 .25rem;font-size:1.8rem}.dim{color:var(--dim)}
.totals{display:flex;flex-wrap:wrap;gap:1rem;margin:1.5rem 0}.totals div{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;min-width:10rem}
.totals b{display:block;font-size:1.5rem}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{padding:.4rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.badge{display:inline-block;border-radius:999px;padding:0 .5rem;margin-right:.25rem;font-size:.8rem;background:#ddf4ff;color:#0969da}
.heat{overflow-x:auto}.heat table{width:auto}.heat td{padding:1px}.c{display:block;width:14px;height:14px;border-radius:3px;background:var(--none)}
.c.w{background:var(--ok)}.c.m{background:var(--miss)}.risk{color:var(--risk);font-weight:600}a{color:inherit}
.bars td{padding:.1rem .5rem;border:0}.bar{display:inline-block;height:.8rem;background:var(--ok);border-radius:2px}
footer{margin-top:2rem;font-size:.85rem}`;

type Link = (text: string, url: string | null | undefined) => string;

const link: Link = (text, url) => {
  const safe = safeUrl(url);
  return safe ? `<a href="${html(safe)}">${html(text)}</a>` : html(text);
};

function leaderRow({ rank, member: m, badges }: Ranked, showRisk: boolean | undefined): string {
  return `<tr>
<td class="n">${rank}</td>
<td>${link(m.name, m.blog)} <span class="dim">@${html(m.handle)}</span>${m.role !== 'member' ? ` <span class="badge">${html(m.role)}</span>` : ''}${m.intro ? `<br><span class="dim">${html(m.intro)}</span>` : ''}</td>
<td class="n">${m.daysWritten}</td>
<td class="n">${m.hideStreak ? '<span class="dim">hidden</span>' : m.streak.current}</td>
<td class="n">${grouped(m.words)}</td>
<td>${badges.map((b) => `<span class="badge">${b} days</span>`).join('')}</td>
<td>${m.lastPost ? link(m.lastPost.title || m.lastDate || '', m.lastPost.url) : '<span class="dim">—</span>'}</td>
${showRisk ? `<td>${m.atRisk ? '<span class="risk">at risk</span>' : m.writtenToday ? 'wrote today' : ''}</td>` : ''}
</tr>`;
}

/**
 * The heatmap's rows. A row is the same text for every writer but for which days are
 * written and the handle in each cell's title, so the text between two handles is built
 * once per day and state, and a row is one join of those pieces around the handle.
 */
function heatRows(r: Report): (m: MemberReport, first: boolean) => string {
  const cell = (d: Report['perDay'][number], written: boolean): [string, string] =>
    [`<td><span class="c ${written ? 'w' : d.date < r.date ? 'm' : ''}" title="`, ` ${d.date}"></span></td>`];
  const cells = r.perDay.map((d) => [cell(d, false), cell(d, true)] as const);
  const n = cells.length;
  // between[k][prev][cur]: the text between the handles of cells k-1 and k (0: not written, 1: written)
  const between = cells.map((pair, k) => [0, 1].map((prev) => [0, 1].map((cur) => (k === 0 ? '</th>' : cells[k - 1]![prev]![1]) + pair[cur]![0])));
  const last = [0, 1].map((prev) => cells[n - 1]![prev]![1] + '</tr>');
  const segments = new Array<string>(n + 2);
  return (m, first) => {
    segments[0] = first ? '<tr><th>@' : '\n<tr><th>@'; // the newline inside, so the row is one flat string
    const days = m.days;
    let next = 0; // days is sorted: walk it beside the cells
    let prev = 0;
    for (let k = 0; k < n; k++) {
      while (next < days.length && days[next]! < k + 1) next++;
      const cur = days[next] === k + 1 ? 1 : 0;
      segments[k + 1] = between[k]![prev]![cur]!;
      prev = cur;
    }
    segments[n + 1] = last[prev]!;
    return segments.join(html(m.handle));
  };
}

function* pieces(r: Report, options: { showRisk?: boolean }): Generator<string> {
  const ranked = ranking(r.members);
  const t = r.totals;
  const title = `${html(r.cohort.name)} · Writing On The Net`;
  const stage = r.phase === 'active' ? `Day ${r.day} of ${r.cohort.days}` : r.phase === 'before' ? `Starts ${r.cohort.start}` : `Finished: ${r.cohort.days} days`;
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${CSS}</style></head>
<body><main>
<h1>${html(r.cohort.name)}</h1>
<p class="dim">${stage} · ${r.date} · ${r.cohort.minWords} words a day, together</p>
<section class="totals">
<div><b>${grouped(t.words)}</b>words written together</div>
<div><b>${t.activeToday}/${t.members}</b>wrote today</div>
<div><b>${Math.round(t.completionRate * 100)}%</b>of days written</div>
<div><b>${t.finished}</b>finished all ${r.cohort.days} days</div>
</section>
<h2>Leaderboard</h2>
<table><thead><tr><th class="n">Rank</th><th>Writer</th><th class="n">Days</th><th class="n">Streak</th><th class="n">Words</th><th>Badges</th><th>Latest post</th>${options.showRisk ? '<th></th>' : ''}</tr></thead>
<tbody>`;
  for (let i = 0; i < ranked.length; i++) yield (i ? '\n' : '') + leaderRow(ranked.at(i), options.showRisk);
  yield '</tbody></table>\n';
  if (r.perDay.length) {
    const heatRow = heatRows(r);
    yield '<h2>Every day, every writer</h2><div class="heat"><table>';
    for (let i = 0; i < ranked.length; i++) yield heatRow(ranked.memberAt(i), i === 0);
    const most = Math.max(1, ...r.perDay.map((d) => d.writers));
    const bars = r.perDay.map((d) => `<tr><td class="n">${d.day}</td><td class="dim">${d.date}</td><td><span class="bar" style="width:${Math.round((d.writers / most) * 240)}px"></span> ${d.writers}</td></tr>`);
    yield `</table></div>
<h2>Writers per day</h2><table class="bars">${bars.join('\n')}</table>`;
  }
  yield `
<footer class="dim">Generated by wotn from the cohort ledger. Ranked by days written, then current streak, then words; ties share a rank.</footer>
</main></body></html>
`;
}

/** The leaderboard page in chunks: a 50,000-writer page is ~100 MB, never built whole. */
export function leaderboardHtmlChunks(r: Report, options: { showRisk?: boolean } = {}): Iterable<string> {
  return batched(pieces(r, options));
}

export const leaderboardHtml = (r: Report, options: { showRisk?: boolean } = {}): string => joined(leaderboardHtmlChunks(r, options));
