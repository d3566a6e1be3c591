// The leaderboard page: one self-contained HTML file (inline CSS, no scripts, no external
// requests). Every member-supplied string is escaped; only http(s) links are kept.
import { rankMembers, type Report } from '../domain/report.js';
import { html, safeUrl } from './escape.js';
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

export function leaderboardHtml(r: Report, options: { showRisk?: boolean } = {}): string {
  const ranked = rankMembers(r.members);
  const t = r.totals;
  const title = `${html(r.cohort.name)} · Writing On The Net`;
  const stage = r.phase === 'active' ? `Day ${r.day} of ${r.cohort.days}` : r.phase === 'before' ? `Starts ${r.cohort.start}` : `Finished: ${r.cohort.days} days`;
  const link = (text: string, url: string | null | undefined) => {
    const safe = safeUrl(url);
    return safe ? `<a href="${html(safe)}">${html(text)}</a>` : html(text);
  };
  const rows = ranked.map(({ rank, member: m, badges }) => `<tr>
<td class="n">${rank}</td>
<td>${link(m.name, m.blog)} <span class="dim">@${html(m.handle)}</span>${m.role !== 'member' ? ` <span class="badge">${html(m.role)}</span>` : ''}${m.intro ? `<br><span class="dim">${html(m.intro)}</span>` : ''}</td>
<td class="n">${m.daysWritten}</td>
<td class="n">${m.hideStreak ? '<span class="dim">hidden</span>' : m.streak.current}</td>
<td class="n">${grouped(m.words)}</td>
<td>${badges.map((b) => `<span class="badge">${b} days</span>`).join('')}</td>
<td>${m.lastPost ? link(m.lastPost.title || m.lastDate || '', m.lastPost.url) : '<span class="dim">—</span>'}</td>
${options.showRisk ? `<td>${m.atRisk ? '<span class="risk">at risk</span>' : m.writtenToday ? 'wrote today' : ''}</td>` : ''}
</tr>`);
  const dates = r.perDay.map((d) => d.date);
  // A row of days shows a streak: those who hide theirs have no row.
  const heat = ranked.filter(({ member: m }) => !m.hideStreak).map(({ member: m }) => {
    const written = new Set(m.days);
    const cells = r.perDay.map((d) => `<td><span class="c ${written.has(d.day) ? 'w' : d.date < r.date ? 'm' : ''}" title="${html(m.handle)} ${d.date}"></span></td>`).join('');
    return `<tr><th>@${html(m.handle)}</th>${cells}</tr>`;
  });
  const most = Math.max(1, ...r.perDay.map((d) => d.writers));
  const bars = r.perDay.map((d) => `<tr><td class="n">${d.day}</td><td class="dim">${d.date}</td><td><span class="bar" style="width:${Math.round((d.writers / most) * 240)}px"></span> ${d.writers}</td></tr>`);

  return `<!doctype html>
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
<tbody>${rows.join('\n')}</tbody></table>
${dates.length ? `<h2>Every day, every writer</h2><div class="heat"><table>${heat.join('\n')}</table></div>
<h2>Writers per day</h2><table class="bars">${bars.join('\n')}</table>` : ''}
<footer class="dim">Generated by wotn from the cohort ledger. Ranked by days written, then current streak, then words; ties share a rank.</footer>
</main></body></html>
`;
}
