// The cohort report in every format: terminal table, Markdown, CSV and the leaderboard.
import type { ChalkInstance } from 'chalk';
import { addDays } from '../domain/calendar.js';
import { rankMembers, type MemberReport, type Ranked, type Report } from '../domain/report.js';
import { csv, markdown, safeUrl, terminal } from './escape.js';
import { batched, joined, lines } from './chunks.js';
import { english, type Translator } from '../i18n/index.js';
import { togetherLines } from './together.js';
import { humanDate, shortDate } from './writer.js';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** A member who hides their streak has it hidden in every output: '—' for people, empty in a sheet. */
const streakCell = (m: MemberReport, which: 'current' | 'longest', hidden = '—') => (m.hideStreak ? hidden : String(m.streak[which]));

function dayLabel(r: Report, tr: Translator): string {
  if (r.phase === 'before') return tr.t('report.starts', { start: humanDate(r.cohort.start, tr) });
  if (r.phase === 'finished') return tr.t('report.finished', { days: r.cohort.days });
  return tr.t('report.dayOf', { day: r.day ?? 0, days: r.cohort.days });
}

export function reportSummary(r: Report, tr: Translator = english): string {
  const t = r.totals;
  return tr.t('report.summary', { members: t.members, words: t.words, percent: percent(t.completionRate), today: t.activeToday });
}

/** Characters as a terminal counts them (code points, not UTF-16 units). */
function width(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) n--;
  }
  return n;
}

function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  return `${[...text].slice(0, max - 1).join('')}…`;
}

const pad = (text: string, to: number) => {
  const len = width(text);
  return len >= to ? text : text + ' '.repeat(to - len);
};

const tableHead = (tr: Translator) => [
  tr.t('report.col.member'), tr.t('report.col.days'), tr.t('report.col.streak'), tr.t('report.col.longest'),
  tr.t('report.col.words'), tr.t('report.col.lastPost'), tr.t('report.col.today'), '',
];

function tableRow(m: MemberReport, elapsed: number, tr: Translator): string[] {
  return [
    `${terminal(m.name)}${m.standing === 'left' ? tr.t('report.left') : ''} @${m.handle}`,
    `${m.daysWritten}/${elapsed}`,
    streakCell(m, 'current'),
    streakCell(m, 'longest'),
    tr.n(m.words),
    m.lastPost && m.lastDate ? `${shortDate(m.lastDate, tr)} ${clip(terminal(m.lastPost.title), 32)}` : '—',
    tr.t(m.writtenToday ? 'report.yes' : 'report.no'),
    m.atRisk ? tr.t('report.atRisk') : '',
  ];
}

/** "Name @handle" within `max`: the name is clipped, never the handle (it names the writer). */
function clipMember(cell: string, max: number): string {
  if (width(cell) <= max) return cell;
  const at = cell.lastIndexOf(' @');
  const handle = at < 0 ? '' : cell.slice(at);
  return width(handle) + 2 > max ? clip(cell, max) : clip(cell.slice(0, at), max - width(handle)) + handle;
}

/**
 * Fits the table to `columns`: the last post's title and then the member's name are clipped
 * first (down to a readable minimum); below that, Longest, Words, Last post and Streak are left out.
 * Today and AT RISK are never cut.
 */
function fitColumns(widths: number[], columns: number): { widths: number[]; shown: number[] } {
  const w = [...widths];
  let shown = w.map((_, i) => i);
  const total = () => shown.reduce((sum, i) => sum + w[i]!, 0) + 2 * (shown.length - 1);
  // Never wider than its widest cell; never narrower than a readable minimum (a long handle fits in 32).
  for (const [col, min] of [[5, 12], [0, 32]] as const) if (total() > columns) w[col] = Math.min(w[col]!, Math.max(min, w[col]! - (total() - columns)));
  for (const drop of [3, 4, 5, 2]) if (total() > columns) shown = shown.filter((i) => i !== drop);
  return { widths: w, shown };
}

function* tableLines(r: Report, c: ChalkInstance, columns: number, tr: Translator): Generator<string> {
  const elapsed = r.perDay.length;
  const head = tableHead(tr);
  // Two passes over the members (widths, then rows), so 50,000 rows are never held at once.
  const natural = head.map(width);
  for (const m of r.members) tableRow(m, elapsed, tr).forEach((cell, i) => (natural[i] = Math.max(natural[i]!, width(cell))));
  const { widths, shown } = fitColumns(natural, columns);
  const line = (cells: string[]) => shown.map((i) => pad(i === 0 ? clipMember(cells[0]!, widths[0]!) : clip(cells[i]!, widths[i]!), widths[i]!)).join('  ').trimEnd();
  yield c.bold(`${terminal(r.cohort.name)} · ${humanDate(r.date, tr)} · ${dayLabel(r, tr)}`);
  yield reportSummary(r, tr);
  yield* togetherLines(r, terminal, tr);
  yield '';
  yield c.dim(line(head));
  for (const m of r.members) {
    const text = line(tableRow(m, elapsed, tr));
    yield m.atRisk ? c.yellow(text) : m.writtenToday ? c.green(text) : text;
  }
  const thanked = kudosLines(r);
  if (thanked.length) {
    yield '';
    yield c.bold(tr.t('report.kudosTitle'));
    for (const k of thanked) yield `  ${clipMember(`${terminal(k.m.name)} @${k.m.handle}`, 48)}  ${k.m.kudos.given} / ${k.m.kudos.received}`;
  }
  if (r.perDay.length) {
    const most = Math.max(1, ...r.perDay.map((d) => d.writers));
    const barWidth = 30;
    // Days as the cohort's language writes them, padded so the bars start in one column.
    const dates = r.perDay.map((d) => humanDate(d.date, tr));
    const dateWidth = Math.max(...dates.map(width));
    yield '';
    yield c.bold(tr.t('report.perDay'));
    for (const [i, d] of r.perDay.entries()) {
      const bar = '█'.repeat(Math.round((d.writers / most) * barWidth));
      yield `${String(d.day).padStart(3)} ${pad(dates[i]!, dateWidth)} ${c.cyan(bar)} ${d.writers}`;
    }
  }
  if (r.warnings.length) {
    yield '';
    yield c.yellow(tr.t('report.warnings', { count: r.warnings.length }));
    for (const w of r.warnings) yield `  ${terminal(tr.say(w))}`;
  }
}

/** Members who gave or received kudos, most thanked first: giving feedback is taking part too. */
function kudosLines(r: Report): { m: MemberReport }[] {
  return r.members.filter((m) => m.kudos.given || m.kudos.received)
    .sort((a, b) => b.kudos.received - a.kudos.received || b.kudos.given - a.kudos.given || (a.handle < b.handle ? -1 : 1))
    .map((m) => ({ m }));
}

/** The terminal table, in chunks of whole lines. */
/** The lead's terminal table, fitted to `columns` (80 when not a terminal). */
export function reportTable(r: Report, c: ChalkInstance, columns = 80, tr: Translator = english): Iterable<string> {
  return batched(lines(tableLines(r, c, columns, tr)));
}

const CSV_COLUMNS = [
  'handle', 'name', 'role', 'daysWritten', 'currentStreak', 'longestStreak', 'words', 'lastDate', 'lastTitle', 'lastUrl',
  'writtenToday', 'atRisk', 'lateEntries', 'flaggedEntries', 'kudosGiven', 'kudosReceived', 'left',
] as const;

function* csvRows(r: Report): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const m of r.members) {
    yield [m.handle, m.name, m.role, m.daysWritten, m.hideStreak ? null : m.streak.current, m.hideStreak ? null : m.streak.longest, m.words, m.lastDate, m.lastPost?.title ?? null,
      m.lastPost?.url ?? null, m.writtenToday, m.atRisk, m.lateEntries, m.flaggedEntries, m.kudos.given, m.kudos.received, m.standing === 'left'].map(csv).join(',') + '\r\n';
  }
}

export function reportCsv(r: Report): Iterable<string> {
  return batched(csvRows(r));
}

function memberLink(m: MemberReport, tr: Translator): string {
  const name = `${markdown(m.name)} (@${m.handle})${m.standing === 'left' ? tr.t('report.leftShort') : ''}`;
  const blog = safeUrl(m.blog);
  return blog ? `[${name}](<${blog}>)` : name;
}

function postLink(m: MemberReport, tr: Translator): string {
  if (!m.lastPost) return '—';
  const url = safeUrl(m.lastPost.url);
  const title = markdown(m.lastPost.title || (m.lastDate ? shortDate(m.lastDate, tr) : ''));
  return url ? `[${title}](<${url}>)` : title;
}

function* markdownLines(r: Report, tr: Translator): Generator<string> {
  yield `# ${markdown(r.cohort.name)}: ${humanDate(r.date, tr)}, ${dayLabel(r, tr)}`;
  yield '';
  yield reportSummary(r, tr);
  for (const t of togetherLines(r, markdown, tr)) yield* ['', t];
  yield '';
  yield `| ${tableHead(tr).slice(0, 7).join(' | ')} | ${tr.t('report.col.atRisk')} |`;
  yield '| --- | ---: | ---: | ---: | ---: | --- | :---: | :---: |';
  for (const m of r.members) {
    yield `| ${memberLink(m, tr)} | ${m.daysWritten} | ${streakCell(m, 'current')} | ${streakCell(m, 'longest')} | ${tr.n(m.words)} | ${postLink(m, tr)} | ${m.writtenToday ? '✅' : '·'} | ${m.atRisk ? '⚠️' : ''} |`;
  }
  const thanked = kudosLines(r);
  if (thanked.length) {
    yield* ['', `## ${tr.t('report.kudos')}`, '', `| ${tr.t('report.col.member')} | ${tr.t('report.col.given')} | ${tr.t('report.col.received')} |`, '| --- | ---: | ---: |'];
    for (const { m } of thanked) yield `| ${markdown(m.name)} (@${m.handle}) | ${m.kudos.given} | ${m.kudos.received} |`;
  }
  if (r.perDay.length) {
    yield* ['', `## ${tr.t('report.perDay')}`, '', `| ${tr.t('report.col.day')} | ${tr.t('report.col.date')} | ${tr.t('report.col.writers')} |`, '| ---: | --- | ---: |'];
    for (const d of r.perDay) yield `| ${d.day} | ${humanDate(d.date, tr)} | ${d.writers} |`;
  }
  if (r.warnings.length) {
    yield* ['', `## ${tr.t('report.warningsTitle')}`, ''];
    for (const w of r.warnings) yield `- ${markdown(tr.say(w))}`;
  }
}

/** The report as Markdown, in chunks of whole lines. */
export function reportMarkdownChunks(r: Report, tr: Translator = english): Iterable<string> {
  return batched(lines(markdownLines(r, tr)));
}

export const reportMarkdown = (r: Report, tr: Translator = english): string => joined(reportMarkdownChunks(r, tr));

/** `ranked`: the members already ranked, when the caller has them (the site does). */
export function leaderboardMarkdown(r: Report, ranked: readonly Ranked[] = rankMembers(r.members), tr: Translator = english): string {
  const lines = [
    `# ${tr.t('report.leaderboard', { name: markdown(r.cohort.name) })}`,
    '',
    `${humanDate(r.date, tr)} · ${dayLabel(r, tr)} · ${reportSummary(r, tr)}`,
    ...togetherLines(r, markdown, tr).flatMap((t) => ['', t]),
    '',
    `| ${['report.col.rank', 'report.col.writer', 'report.col.days', 'report.col.streak', 'report.col.words', 'report.col.badges'].map((k) => tr.t(k as 'report.col.rank')).join(' | ')} |`,
    '| ---: | --- | ---: | ---: | ---: | --- |',
    ...ranked.map(({ rank, member: m, badges }) =>
      `| ${rank} | ${memberLink(m, tr)} | ${m.daysWritten} | ${streakCell(m, 'current')} | ${tr.n(m.words)} | ${badges.map((b) => `🏅${b}`).join(' ')} |`,
    ),
    '',
    `_${tr.t('report.generated')}_`,
  ];
  return lines.join('\n') + '\n';
}

/** The aggregated, shared progress file that CI publishes for everyone to read. */
/** Compact: at 10,000 members the indented file is 9 MB; tools parse it, browsers indent it. */
export function progressJson(r: Report, ranked: readonly Ranked[] = rankMembers(r.members)): string {
  return JSON.stringify({
    schema: 1,
    cohort: r.cohort,
    date: r.date,
    day: r.day,
    phase: r.phase,
    totals: r.totals,
    perDay: r.perDay,
    members: ranked.map(({ rank, member: m, badges }) => ({
      rank,
      handle: m.handle,
      name: m.name,
      role: m.role,
      blog: safeUrl(m.blog) ?? null,
      daysWritten: m.daysWritten,
      streak: m.hideStreak ? null : m.streak,
      words: m.words,
      badges,
      // Which days someone wrote shows their streak: hidden with it.
      days: m.hideStreak ? null : m.days.map((n) => addDays(r.cohort.start, n - 1)),
      lastPost: m.lastPost,
    })),
  }) + '\n';
}

/** The report as JSON, with hidden streaks hidden as in every other output. */
