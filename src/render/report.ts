// The cohort report in every format: terminal table, Markdown, CSV and the leaderboard.
import type { ChalkInstance } from 'chalk';
import { addDays } from '../domain/calendar.js';
import { rankMembers, type MemberReport, type Ranked, type Report } from '../domain/report.js';
import { csv, markdown, safeUrl, terminal } from './escape.js';
import { batched, joined, lines } from './chunks.js';
import { grouped } from './text.js';
import { togetherLines } from './together.js';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** A member who hides their streak has it hidden in every output: '—' for people, empty in a sheet. */
const streakCell = (m: MemberReport, which: 'current' | 'longest', hidden = '—') => (m.hideStreak ? hidden : String(m.streak[which]));

function dayLabel(r: Report): string {
  if (r.phase === 'before') return `starts ${r.cohort.start}`;
  if (r.phase === 'finished') return `finished (${r.cohort.days} days)`;
  return `day ${r.day} of ${r.cohort.days}`;
}

export function reportSummary(r: Report): string {
  const t = r.totals;
  return `${t.members} members · ${grouped(t.words)} words written together · ${percent(t.completionRate)} of days written · ${t.activeToday} wrote today`;
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

const TABLE_HEAD = ['Member', 'Days', 'Streak', 'Longest', 'Words', 'Last post', 'Today', ''];

function tableRow(m: MemberReport, elapsed: number): string[] {
  return [
    `${terminal(m.name)}${m.standing === 'left' ? ' (left)' : ''} @${m.handle}`,
    `${m.daysWritten}/${elapsed}`,
    streakCell(m, 'current'),
    streakCell(m, 'longest'),
    grouped(m.words),
    m.lastPost ? `${m.lastDate} ${clip(terminal(m.lastPost.title), 32)}` : '—',
    m.writtenToday ? 'yes' : 'no',
    m.atRisk ? 'AT RISK' : '',
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

function* tableLines(r: Report, c: ChalkInstance, columns: number): Generator<string> {
  const elapsed = r.perDay.length;
  // Two passes over the members (widths, then rows), so 50,000 rows are never held at once.
  const natural = TABLE_HEAD.map(width);
  for (const m of r.members) tableRow(m, elapsed).forEach((cell, i) => (natural[i] = Math.max(natural[i]!, width(cell))));
  const { widths, shown } = fitColumns(natural, columns);
  const line = (cells: string[]) => shown.map((i) => pad(i === 0 ? clipMember(cells[0]!, widths[0]!) : clip(cells[i]!, widths[i]!), widths[i]!)).join('  ').trimEnd();
  yield c.bold(`${terminal(r.cohort.name)} · ${r.date} · ${dayLabel(r)}`);
  yield reportSummary(r);
  yield* togetherLines(r, terminal);
  yield '';
  yield c.dim(line(TABLE_HEAD));
  for (const m of r.members) {
    const text = line(tableRow(m, elapsed));
    yield m.atRisk ? c.yellow(text) : m.writtenToday ? c.green(text) : text;
  }
  const thanked = kudosLines(r);
  if (thanked.length) {
    yield '';
    yield c.bold('Kudos given / received');
    for (const k of thanked) yield `  ${clipMember(`${terminal(k.m.name)} @${k.m.handle}`, 48)}  ${k.m.kudos.given} / ${k.m.kudos.received}`;
  }
  if (r.perDay.length) {
    const most = Math.max(1, ...r.perDay.map((d) => d.writers));
    const barWidth = 30;
    yield '';
    yield c.bold('Writers per day');
    for (const d of r.perDay) {
      const bar = '█'.repeat(Math.round((d.writers / most) * barWidth));
      yield `${String(d.day).padStart(3)} ${d.date} ${c.cyan(bar)} ${d.writers}`;
    }
  }
  if (r.warnings.length) {
    yield '';
    yield c.yellow(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}:`);
    for (const w of r.warnings) yield `  ${terminal(w)}`;
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
export function reportTable(r: Report, c: ChalkInstance, columns = 80): Iterable<string> {
  return batched(lines(tableLines(r, c, columns)));
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

function memberLink(m: MemberReport): string {
  const name = `${markdown(m.name)} (@${m.handle})${m.standing === 'left' ? ', left' : ''}`;
  const blog = safeUrl(m.blog);
  return blog ? `[${name}](<${blog}>)` : name;
}

function postLink(m: MemberReport): string {
  if (!m.lastPost) return '—';
  const url = safeUrl(m.lastPost.url);
  const title = markdown(m.lastPost.title || m.lastDate || '');
  return url ? `[${title}](<${url}>)` : title;
}

function* markdownLines(r: Report): Generator<string> {
  yield `# ${markdown(r.cohort.name)}: ${r.date}, ${dayLabel(r)}`;
  yield '';
  yield reportSummary(r);
  for (const t of togetherLines(r, markdown)) yield* ['', t];
  yield '';
  yield '| Member | Days | Streak | Longest | Words | Last post | Today | At risk |';
  yield '| --- | ---: | ---: | ---: | ---: | --- | :---: | :---: |';
  for (const m of r.members) {
    yield `| ${memberLink(m)} | ${m.daysWritten} | ${streakCell(m, 'current')} | ${streakCell(m, 'longest')} | ${grouped(m.words)} | ${postLink(m)} | ${m.writtenToday ? '✅' : '·'} | ${m.atRisk ? '⚠️' : ''} |`;
  }
  const thanked = kudosLines(r);
  if (thanked.length) {
    yield* ['', '## Kudos', '', '| Member | Given | Received |', '| --- | ---: | ---: |'];
    for (const { m } of thanked) yield `| ${markdown(m.name)} (@${m.handle}) | ${m.kudos.given} | ${m.kudos.received} |`;
  }
  if (r.perDay.length) {
    yield* ['', '## Writers per day', '', '| Day | Date | Writers |', '| ---: | --- | ---: |'];
    for (const d of r.perDay) yield `| ${d.day} | ${d.date} | ${d.writers} |`;
  }
  if (r.warnings.length) {
    yield* ['', '## Warnings', ''];
    for (const w of r.warnings) yield `- ${markdown(w)}`;
  }
}

/** The report as Markdown, in chunks of whole lines. */
export function reportMarkdownChunks(r: Report): Iterable<string> {
  return batched(lines(markdownLines(r)));
}

export const reportMarkdown = (r: Report): string => joined(reportMarkdownChunks(r));

/** `ranked`: the members already ranked, when the caller has them (the site does). */
export function leaderboardMarkdown(r: Report, ranked: readonly Ranked[] = rankMembers(r.members)): string {
  const lines = [
    `# ${markdown(r.cohort.name)} leaderboard`,
    '',
    `${r.date} · ${dayLabel(r)} · ${reportSummary(r)}`,
    ...togetherLines(r, markdown).flatMap((t) => ['', t]),
    '',
    '| Rank | Writer | Days | Streak | Words | Badges |',
    '| ---: | --- | ---: | ---: | ---: | --- |',
    ...ranked.map(({ rank, member: m, badges }) =>
      `| ${rank} | ${memberLink(m)} | ${m.daysWritten} | ${streakCell(m, 'current')} | ${grouped(m.words)} | ${badges.map((b) => `🏅${b}`).join(' ')} |`,
    ),
    '',
    '_Generated by wotn from this ledger. Do not edit by hand._',
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
