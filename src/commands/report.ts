// wotn report, wotn members and wotn leaderboard: read the whole ledger, aggregate, render.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLocalDate, localDay } from '../domain/calendar.js';
import type { Report } from '../domain/report.js';
import { readLedgerData, type LedgerSource } from '../adapters/ledger-files.js';
import { readReport } from '../adapters/report-reader.js';
import { readConfigOrEmpty } from '../adapters/config.js';
import { writeFileAtomic } from '../adapters/files.js';
import { openLedgerStore } from '../adapters/ledger-store.js';
import { UsageError } from '../errors.js';
import { style } from '../render/style.js';
import { terminal } from '../render/escape.js';
import type { Context } from '../context.js';

export interface LedgerOptions {
  ledger?: string;
  date?: string;
}

interface ChosenLedger {
  ledger: string;
  /** From the config rather than typed: a local folder that is gone is unreachable, not a typo. */
  configured: boolean;
}

/** The ledger a read command works on: --ledger, else the one the writer joined. */
export function chosenLedger(o: LedgerOptions, ctx: Context): ChosenLedger {
  if (o.ledger) return { ledger: o.ledger, configured: false };
  const ledger = readConfigOrEmpty(ctx.paths).cohort?.ledger;
  if (!ledger) throw new UsageError('no ledger: pass --ledger LEDGER (a git URL, a folder or github:OWNER/REPO), or join one with wotn cohort join');
  return { ledger, configured: true };
}

export async function loadReport(o: LedgerOptions, ctx: Context, chosen = chosenLedger(o, ctx)): Promise<Report> {
  if (o.date !== undefined && !isLocalDate(o.date)) throw new UsageError(`--date "${o.date}" is not a date (YYYY-MM-DD)`);
  return readReport(await readableLedger(chosen, ctx), (cohort) => o.date ?? localDay(ctx.now(), cohort.timezone));
}

/** The ledger to read (refreshed when it can be): a folder, a clone or a GitHub archive. */
export async function readableLedger(chosen: ChosenLedger, ctx: Context): Promise<LedgerSource> {
  const store = await openLedgerStore(chosen.ledger, ctx, chosen.configured);
  const { source, stale } = await store.open();
  if (stale) ctx.out.info(`warning: ${stale}; showing the ledger as last fetched`);
  return source;
}

export type ReportFormat = 'table' | 'md' | 'json' | 'csv' | 'html';

/** Renderers load only for the format asked for. Each gives its text in chunks, not one string. */
export async function renderReport(r: Report, format: ReportFormat, color: boolean, pretty = true): Promise<Iterable<string>> {
  if (format === 'json') return (await import('../render/report-json.js')).reportJson(r, pretty);
  if (format === 'html') return (await import('../render/html.js')).leaderboardHtmlChunks(r, { showRisk: true });
  const render = await import('../render/report.js');
  if (format === 'csv') return render.reportCsv(r);
  if (format === 'md') return render.reportMarkdownChunks(r);
  return render.reportTable(r, style(color));
}

export async function reportCommand(ctx: Context, args: unknown[]): Promise<void> {
  const o = args[0] as LedgerOptions & { format?: ReportFormat; out?: string; notify?: boolean };
  const format: ReportFormat = ctx.json ? 'json' : o.format ?? 'table';
  const chosen = chosenLedger(o, ctx);
  const github = /^github:([^/]+)\/(.+)$/.exec(chosen.ledger);
  if (o.notify && !github) throw new UsageError(`--notify needs a github:OWNER/REPO ledger (this one is "${chosen.ledger}")`);
  const r = await loadReport(o, ctx, chosen);
  if (o.notify && github) {
    const { notify } = await import('./github.js');
    const n = await notify(r, { owner: github[1]!, repo: github[2]! }, ctx);
    ctx.out.info(`${n.updated ? 'Updated' : 'Opened'} the check-in issue #${n.issue}: ${n.url}`);
  }
  const chunks = await renderReport(r, format, ctx.color && !o.out, Boolean(o.out || process.stdout.isTTY));
  if (o.out) {
    writeFileAtomic(resolve(o.out), chunks);
    ctx.out.info(`Wrote ${o.out} (${format}, ${r.members.length} members).`);
  } else for (const chunk of chunks) process.stdout.write(chunk); // chunks end mid-line: no ctx.out.data
}

export async function membersCommand(ctx: Context, args: unknown[]): Promise<void> {
  const o = args[0] as LedgerOptions;
  const data = await readLedgerData(await readableLedger(chosenLedger(o, ctx), ctx));
  for (const w of data.warnings) ctx.out.info(`warning: ${terminal(w)}`);
  const members = data.members
    .filter((m) => m.card)
    .map((m) => ({ handle: m.handle, name: m.card!.name, role: data.cohort.roles[m.handle] ?? 'member', blog: m.card!.blog ?? null, intro: m.card!.intro ?? null, timezone: m.card!.timezone ?? null }))
    .sort((a, b) => a.handle.localeCompare(b.handle));
  if (ctx.json) return ctx.out.json({ cohort: { id: data.cohort.id, name: data.cohort.name }, members });
  const c = style(ctx.color);
  ctx.out.data(c.bold(`${terminal(data.cohort.name)}: ${members.length} member${members.length === 1 ? '' : 's'}`));
  for (const m of members) {
    ctx.out.data(`${terminal(m.name)} ${c.dim(`@${m.handle}`)}${m.role !== 'member' ? ` ${c.cyan(terminal(m.role))}` : ''}${m.blog ? ` · ${terminal(m.blog)}` : ''}`);
    if (m.intro) ctx.out.data(`  ${c.dim(terminal(m.intro).replace(/\s+/g, ' '))}`);
  }
}

export async function leaderboardCommand(ctx: Context, args: unknown[]): Promise<void> {
  const o = args[0] as LedgerOptions & { out: string };
  const r = await loadReport(o, ctx);
  const dir = resolve(o.out);
  mkdirSync(dir, { recursive: true });
  const [{ leaderboardHtml }, { leaderboardMarkdown, progressJson }] = await Promise.all([import('../render/html.js'), import('../render/report.js')]);
  const files = { 'LEADERBOARD.md': leaderboardMarkdown(r), 'index.html': leaderboardHtml(r), 'progress.json': progressJson(r) };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const w of r.warnings) ctx.out.info(`warning: ${terminal(w)}`);
  if (ctx.json) return ctx.out.json({ out: dir, files: Object.keys(files), members: r.members.length, date: r.date });
  ctx.out.data(`Wrote ${Object.keys(files).join(', ')} to ${o.out} (${r.members.length} members, ${r.date}).`);
}
