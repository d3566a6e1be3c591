// The report use case: read the whole ledger, aggregate it as of a day, render it in the
// format asked for. Renderers load only for that format.
import { isLocalDate, localDay } from '../domain/calendar.js';
import type { Report } from '../domain/report.js';
import { readReport } from '../adapters/report-reader.js';
import { WotnError } from '../errors.js';
import { style } from '../render/style.js';
import type { ReportFormat } from '../render/formats.js';
import type { Context } from '../context.js';
import { chosenLedger, readableCopy, type ChosenLedger } from './ledger-choice.js';


export interface ReportOptions {
  ledger?: string;
  /** As of this day (default: today in the cohort's time zone). */
  date?: string;
}

export async function loadReport(o: ReportOptions, ctx: Context, chosen: ChosenLedger = chosenLedger(o.ledger, ctx)): Promise<Report> {
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', `--date "${o.date}" is not a date (YYYY-MM-DD)`);
  const { dir, label } = await readableCopy(chosen, ctx);
  return readReport(dir, label, (cohort) => o.date ?? localDay(ctx.now(), cohort.timezone));
}

export async function renderReport(r: Report, format: ReportFormat, color: boolean, pretty = true): Promise<string> {
  if (format === 'html') return (await import('../render/html.js')).leaderboardHtml(r, { showRisk: true });
  const render = await import('../render/report.js');
  if (format === 'json') return render.reportJson(r, pretty);
  if (format === 'csv') return render.reportCsv(r);
  if (format === 'md') return render.reportMarkdown(r);
  return render.reportTable(r, await style(color)) + '\n';
}
