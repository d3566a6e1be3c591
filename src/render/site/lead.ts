// The lead's view (`wotn report --format html`): one self-contained file, who has not
// written today and who is at risk first, then who has, then participation per day.
import { rankMembers, type MemberReport, type Report } from '../../domain/report.js';
import { stageOf } from '../../domain/site.js';
import { htmlText } from '../escape.js';
import { SITE_CSS } from './assets.js';
import { num, outLink, plural, roleBadge, streakColumn, text, time } from './layout.js';
import { stageLine } from './words.js';
import { batched } from '../chunks.js';

const writer = (m: MemberReport) => `${outLink(text(m.name), m.blog)} <span class="dim">@${m.handle}</span>${roleBadge(m.role)}${m.standing === 'left' ? ' <span class="dim">(left)</span>' : ''}`;
const last = (m: MemberReport) => (m.lastPost && m.lastDate ? `${outLink(text(m.lastPost.title || m.lastDate), m.lastPost.url)} <span class="dim">${time(m.lastDate)}</span>` : '<span class="dim">nothing yet</span>');

/** A table of writers, a row at a time: a 50,000-member page is never built as one string. */
function* table(caption: string, members: readonly MemberReport[], streak: ReturnType<typeof streakColumn>, status: (m: MemberReport) => string = () => ''): Generator<string> {
  yield `<table class="table"><caption class="sr">${caption}</caption><thead><tr><th scope="col">Writer</th><th scope="col" class="n">Days</th><th scope="col" class="n">${streak.header}</th>`
    + '<th scope="col" class="n wide">Words</th><th scope="col" class="wide">Last post</th></tr></thead><tbody>';
  for (const m of members) yield `<tr><td>${writer(m)}${status(m)}</td><td class="n">${m.daysWritten}</td><td class="n">${streak.cell(m)}</td><td class="n wide">${num(m.words)}</td><td class="wide">${last(m)}</td></tr>`;
  yield '</tbody></table>';
}

/** At risk first; within each group, the longest streak (the most to lose) first. */
function notYet(r: Report): MemberReport[] {
  return r.members.filter((m) => !m.writtenToday).sort((a, b) => Number(b.atRisk) - Number(a.atRisk) || b.streak.current - a.streak.current || b.daysWritten - a.daysWritten || (a.handle < b.handle ? -1 : 1));
}

function* leadPieces(r: Report, lang: string): Generator<string> {
  const s = stageOf(r.cohort, r.date);
  const t = r.totals;
  const column = streakColumn(s.phase);
  yield `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"><meta name="color-scheme" content="light dark">
<title>Lead's view · ${htmlText(r.cohort.name)}</title><style>${SITE_CSS}</style></head>
<body><main class="wrap">
`;
  yield `<h1>${text(r.cohort.name)}: lead's view</h1>\n<p class="dim">${stageLine(s, r.date)} · ${plural(t.members, 'writer')}</p>`;
  if (s.phase === 'active') {
    const waiting = notYet(r);
    const risk = waiting.filter((m) => m.atRisk).length;
    yield `\n<ul class="stats"><li><b>${num(risk)}</b>at risk</li><li><b>${num(waiting.length)}</b>not posted yet today</li><li><b>${num(t.activeToday)}</b>posted today</li><li><b>${Math.round(t.completionRate * 100)}%</b>of days written</li></ul>`;
    yield `\n<h2>Not posted yet today (${num(waiting.length)})</h2>\n`;
    if (waiting.length) {
      yield '<p>At risk first: missing today would cost them their streak, or they have none left to keep. A kind word today helps.</p>';
      yield* table('Not posted yet today, at risk first', waiting, column, (m) => (m.atRisk ? ' <span class="risk">at risk</span>' : ''));
    } else yield '<p>Everyone has posted today. 🎉</p>';
    const done = r.members.filter((m) => m.writtenToday);
    yield `\n<h2>Posted today (${num(done.length)})</h2>\n`;
    if (done.length) yield* table('Posted today', done, column);
    else yield '<p>No posts yet today.</p>';
  } else {
    yield `\n<h2>${s.phase === 'before' ? 'Writers who have joined' : 'Final standings'}</h2>\n`;
    yield* table('Writers', rankMembers(r.members).map((x) => x.member), column);
  }
  const thanked = r.members.filter((m) => m.kudos.given || m.kudos.received)
    .sort((a, b) => b.kudos.received - a.kudos.received || b.kudos.given - a.kudos.given || (a.handle < b.handle ? -1 : 1));
  if (thanked.length) {
    yield '\n<h2>Kudos</h2><p>Giving feedback is taking part too.</p><table class="table"><caption class="sr">Kudos given and received</caption><thead><tr><th scope="col">Writer</th><th scope="col" class="n">Given</th><th scope="col" class="n">Received</th></tr></thead><tbody>';
    for (const m of thanked) yield `<tr><td>${writer(m)}</td><td class="n">${num(m.kudos.given)}</td><td class="n">${num(m.kudos.received)}</td></tr>`;
    yield '</tbody></table>';
  }
  if (r.perDay.length) {
    const most = Math.max(1, ...r.perDay.map((d) => d.writers));
    yield '\n<h2>Writers per day</h2><ul class="bars">' + r.perDay.map((d) => `<li><span class="nw">Day ${d.day} · ${time(d.date)}</span><meter min="0" max="${most}" value="${d.writers}" aria-label="Writers on day ${d.day}">${d.writers}</meter><span>${num(d.writers)}</span></li>`).join('') + '</ul>';
  }
  if (r.warnings.length) yield `\n<h2>Warnings (${num(r.warnings.length)})</h2><ul class="list">${r.warnings.map((w) => `<li>${htmlText(w)}</li>`).join('')}</ul>`;
  yield `\n</main><footer class="wrap dim"><p>Built by wotn from the cohort's ledger on ${time(r.date)}.</p></footer></body></html>\n`;
}

/** The lead's view in chunks of whole pieces (rows), for writing a large cohort's page. */
export function leadHtmlChunks(r: Report, lang = 'en'): Iterable<string> {
  return batched(leadPieces(r, lang));
}

export function leadHtml(r: Report, lang = 'en'): string {
  return [...leadPieces(r, lang)].join('');
}
