// The lead's view (`wotn report --format html`): one self-contained file, who has not
// written today and who is at risk first, then who has, then participation per day.
import { rankMembers, type MemberReport, type Report } from '../../domain/report.js';
import { stageOf } from '../../domain/site.js';
import { htmlText } from '../escape.js';
import { SITE_CSS } from './assets.js';
import { dayInWords, outLink, roleBadge, streakColumn, text } from './layout.js';
import { stageLine } from './words.js';
import { batched } from '../chunks.js';
import { english, type Translator } from '../../i18n/index.js';

const writer = (m: MemberReport, tr: Translator) => `${outLink(text(m.name), m.blog)} <span class="dim">@${m.handle}</span>${roleBadge(m.role)}${m.standing === 'left' ? ` <span class="dim">${tr.t('members.left')}</span>` : ''}`;
const last = (m: MemberReport, nothing: string, tr: Translator) => (m.lastPost && m.lastDate ? `${outLink(text(m.lastPost.title || m.lastDate), m.lastPost.url)} <span class="dim">${dayInWords(m.lastDate, tr)}</span>` : nothing);

/** A table of writers, a row at a time: a 50,000-member page is never built as one string. */
function* table(tr: Translator, caption: string, members: readonly MemberReport[], streak: ReturnType<typeof streakColumn>, status: (m: MemberReport) => string = () => ''): Generator<string> {
  const nothing = `<span class="dim">${tr.t('site.lead.nothingYet')}</span>`;
  yield `<table class="table"><caption class="sr">${caption}</caption><thead><tr><th scope="col">${tr.t('report.col.writer')}</th><th scope="col" class="n">${tr.t('report.col.days')}</th><th scope="col" class="n">${streak.header}</th>`
    + `<th scope="col" class="n wide">${tr.t('report.col.words')}</th><th scope="col" class="wide">${tr.t('report.col.lastPost')}</th></tr></thead><tbody>`;
  for (const m of members) yield `<tr><td>${writer(m, tr)}${status(m)}</td><td class="n">${m.daysWritten}</td><td class="n">${streak.cell(m)}</td><td class="n wide">${tr.n(m.words)}</td><td class="wide">${last(m, nothing, tr)}</td></tr>`;
  yield '</tbody></table>';
}

/** At risk first; within each group, the longest streak (the most to lose) first. */
function notYet(r: Report): MemberReport[] {
  return r.members.filter((m) => !m.writtenToday).sort((a, b) => Number(b.atRisk) - Number(a.atRisk) || b.streak.current - a.streak.current || b.daysWritten - a.daysWritten || (a.handle < b.handle ? -1 : 1));
}

function* leadPieces(r: Report, tr: Translator): Generator<string> {
  const s = stageOf(r.cohort, r.date);
  const t = r.totals;
  const column = streakColumn(s.phase, tr);
  yield `<!doctype html>
<html lang="${tr.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"><meta name="color-scheme" content="light dark">
<title>${tr.t('site.lead.title')} · ${htmlText(r.cohort.name)}</title><style>${SITE_CSS}</style></head>
<body><main class="wrap">
`;
  yield `<h1>${tr.t('site.lead.heading', { name: text(r.cohort.name) })}</h1>\n<p class="dim">${stageLine(s, r.date, tr)} · ${tr.t('site.writers', { count: t.members })}</p>`;
  if (s.phase === 'active') {
    const waiting = notYet(r);
    const risk = waiting.filter((m) => m.atRisk).length;
    const stat = (n: string, label: string) => `<li><b>${n}</b>${label}</li>`;
    yield `\n<ul class="stats">${stat(tr.n(risk), tr.t('site.lead.atRisk'))}${stat(tr.n(waiting.length), tr.t('site.lead.notYet'))}${stat(tr.n(t.activeToday), tr.t('site.home.postedToday'))}${stat(`${Math.round(t.completionRate * 100)}%`, tr.t('site.lead.ofDays'))}</ul>`;
    yield `\n<h2>${tr.t('site.lead.notYetTitle', { count: tr.n(waiting.length) })}</h2>\n`;
    if (waiting.length) {
      yield `<p>${tr.t('site.lead.atRiskFirst')}</p>`;
      const risky = ` <span class="risk">${tr.t('site.lead.atRisk')}</span>`;
      yield* table(tr, tr.t('site.lead.notYetCaption'), waiting, column, (m) => (m.atRisk ? risky : ''));
    } else yield `<p>${tr.t('site.lead.everyone')}</p>`;
    const done = r.members.filter((m) => m.writtenToday);
    yield `\n<h2>${tr.t('site.lead.postedTitle', { count: tr.n(done.length) })}</h2>\n`;
    if (done.length) yield* table(tr, tr.t('site.home.postedTodayTitle'), done, column);
    else yield `<p>${tr.t('site.lead.noPosts')}</p>`;
  } else {
    yield `\n<h2>${tr.t(s.phase === 'before' ? 'site.lead.joined' : 'site.lead.final')}</h2>\n`;
    yield* table(tr, tr.t('site.lead.writers'), rankMembers(r.members).map((x) => x.member), column);
  }
  const thanked = r.members.filter((m) => m.kudos.given || m.kudos.received)
    .sort((a, b) => b.kudos.received - a.kudos.received || b.kudos.given - a.kudos.given || (a.handle < b.handle ? -1 : 1));
  if (thanked.length) {
    yield `\n<h2>${tr.t('report.kudos')}</h2><p>${tr.t('site.lead.kudosText')}</p><table class="table"><caption class="sr">${tr.t('site.lead.kudosCaption')}</caption><thead><tr><th scope="col">${tr.t('report.col.writer')}</th><th scope="col" class="n">${tr.t('report.col.given')}</th><th scope="col" class="n">${tr.t('report.col.received')}</th></tr></thead><tbody>`;
    for (const m of thanked) yield `<tr><td>${writer(m, tr)}</td><td class="n">${tr.n(m.kudos.given)}</td><td class="n">${tr.n(m.kudos.received)}</td></tr>`;
    yield '</tbody></table>';
  }
  if (r.perDay.length) {
    const most = Math.max(1, ...r.perDay.map((d) => d.writers));
    yield `\n<h2>${tr.t('report.perDay')}</h2><ul class="bars">` + r.perDay.map((d) => `<li><span class="nw">${tr.t('site.day', { day: d.day })} · ${dayInWords(d.date, tr)}</span><meter min="0" max="${most}" value="${d.writers}" aria-label="${tr.t('site.days.writersOn', { day: d.day })}">${d.writers}</meter><span>${tr.n(d.writers)}</span></li>`).join('') + '</ul>';
  }
  if (r.warnings.length) yield `\n<h2>${tr.t('site.lead.warnings', { count: tr.n(r.warnings.length) })}</h2><ul class="list">${r.warnings.map((w) => `<li>${htmlText(tr.say(w))}</li>`).join('')}</ul>`;
  yield `\n</main><footer class="wrap dim"><p>${tr.t('site.lead.footer', { date: dayInWords(r.date, tr) })}</p></footer></body></html>\n`;
}

/** The lead's view in chunks of whole pieces (rows), for writing a large cohort's page; in the cohort's language. */
export function leadHtmlChunks(r: Report, tr: Translator = english): Iterable<string> {
  return batched(leadPieces(r, tr));
}

export function leadHtml(r: Report, tr: Translator = english): string {
  return [...leadPieces(r, tr)].join('');
}
