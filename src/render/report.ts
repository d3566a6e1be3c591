// The cohort report in every format: terminal table, Markdown, CSV and the leaderboard.
import type { ChalkInstance } from 'chalk';
import { addDays } from '../domain/calendar.js';
import { rankMembers, type MemberReport, type Report } from '../domain/report.js';
import { csv, markdown, safeUrl, terminal } from './escape.js';
import { grouped } from './text.js';

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

function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  const len = [...text].length;
  return len >= width ? text : text + ' '.repeat(width - len);
}

export function reportTable(r: Report, c: ChalkInstance): string {
  const elapsed = r.perDay.length;
  const rows = r.members.map((m) => [
    `${terminal(m.name)} @${m.handle}`,
    `${m.daysWritten}/${elapsed}`,
    streakCell(m, 'current'),
    streakCell(m, 'longest'),
    grouped(m.words),
    m.lastPost ? `${m.lastDate} ${clip(terminal(m.lastPost.title), 32)}` : '—',
    m.writtenToday ? 'yes' : 'no',
    m.atRisk ? 'AT RISK' : '',
  ]);
  const head = ['Member', 'Days', 'Streak', 'Longest', 'Words', 'Last post', 'Today', ''];
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd();
  const out = [
    c.bold(`${terminal(r.cohort.name)} · ${r.date} · ${dayLabel(r)}`),
    reportSummary(r),
    '',
    c.dim(line(head)),
    ...rows.map((row, i) => {
      const m = r.members[i]!;
      const text = line(row);
      return m.atRisk ? c.yellow(text) : m.writtenToday ? c.green(text) : text;
    }),
  ];
  if (r.perDay.length) {
    const most = Math.max(1, ...r.perDay.map((d) => d.writers));
    const barWidth = 30;
    out.push('', c.bold('Writers per day'));
    for (const d of r.perDay) {
      const bar = '█'.repeat(Math.round((d.writers / most) * barWidth));
      out.push(`${String(d.day).padStart(3)} ${d.date} ${c.cyan(bar)} ${d.writers}`);
    }
  }
  if (r.warnings.length) out.push('', c.yellow(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}:`), ...r.warnings.map((w) => `  ${terminal(w)}`));
  return out.join('\n');
}

const CSV_COLUMNS = [
  'handle', 'name', 'role', 'daysWritten', 'currentStreak', 'longestStreak', 'words', 'lastDate', 'lastTitle', 'lastUrl',
  'writtenToday', 'atRisk', 'lateEntries', 'flaggedEntries',
] as const;

export function reportCsv(r: Report): string {
  const row = (m: MemberReport) =>
    [m.handle, m.name, m.role, m.daysWritten, m.hideStreak ? null : m.streak.current, m.hideStreak ? null : m.streak.longest, m.words, m.lastDate, m.lastPost?.title ?? null,
      m.lastPost?.url ?? null, m.writtenToday, m.atRisk, m.lateEntries, m.flaggedEntries].map(csv).join(',');
  return [CSV_COLUMNS.join(','), ...r.members.map(row)].join('\r\n') + '\r\n';
}

function memberLink(m: MemberReport): string {
  const name = `${markdown(m.name)} (@${m.handle})`;
  const blog = safeUrl(m.blog);
  return blog ? `[${name}](<${blog}>)` : name;
}

function postLink(m: MemberReport): string {
  if (!m.lastPost) return '—';
  const url = safeUrl(m.lastPost.url);
  const title = markdown(m.lastPost.title || m.lastDate || '');
  return url ? `[${title}](<${url}>)` : title;
}

export function reportMarkdown(r: Report): string {
  const lines = [
    `# ${markdown(r.cohort.name)}: ${r.date}, ${dayLabel(r)}`,
    '',
    reportSummary(r),
    '',
    '| Member | Days | Streak | Longest | Words | Last post | Today | At risk |',
    '| --- | ---: | ---: | ---: | ---: | --- | :---: | :---: |',
    ...r.members.map((m) =>
      `| ${memberLink(m)} | ${m.daysWritten} | ${streakCell(m, 'current')} | ${streakCell(m, 'longest')} | ${grouped(m.words)} | ${postLink(m)} | ${m.writtenToday ? '✅' : '·'} | ${m.atRisk ? '⚠️' : ''} |`,
    ),
  ];
  if (r.perDay.length) {
    lines.push('', '## Writers per day', '', '| Day | Date | Writers |', '| ---: | --- | ---: |');
    for (const d of r.perDay) lines.push(`| ${d.day} | ${d.date} | ${d.writers} |`);
  }
  if (r.warnings.length) lines.push('', '## Warnings', '', ...r.warnings.map((w) => `- ${markdown(w)}`));
  return lines.join('\n') + '\n';
}

export function leaderboardMarkdown(r: Report): string {
  const lines = [
    `# ${markdown(r.cohort.name)} leaderboard`,
    '',
    `${r.date} · ${dayLabel(r)} · ${reportSummary(r)}`,
    '',
    '| Rank | Writer | Days | Streak | Words | Badges |',
    '| ---: | --- | ---: | ---: | ---: | --- |',
    ...rankMembers(r.members).map(({ rank, member: m, badges }) =>
      `| ${rank} | ${memberLink(m)} | ${m.daysWritten} | ${streakCell(m, 'current')} | ${grouped(m.words)} | ${badges.map((b) => `🏅${b}`).join(' ')} |`,
    ),
    '',
    '_Generated by wotn from this ledger. Do not edit by hand._',
  ];
  return lines.join('\n') + '\n';
}

/** The aggregated, shared progress file that CI publishes for everyone to read. */
export function progressJson(r: Report): string {
  return JSON.stringify({
    schema: 1,
    cohort: r.cohort,
    date: r.date,
    day: r.day,
    phase: r.phase,
    totals: r.totals,
    perDay: r.perDay,
    members: rankMembers(r.members).map(({ rank, member: m, badges }) => ({
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
  }, null, 2) + '\n';
}

/** The report as JSON, with hidden streaks hidden as in every other output. */
export function reportJson(r: Report, pretty: boolean): string {
  const members = r.members.map((m) => (m.hideStreak ? { ...m, streak: null, days: null } : m));
  return JSON.stringify({ ...r, members }, null, pretty ? 2 : undefined) + '\n';
}
