// The report use case: read the whole ledger, aggregate it as of a day, render it in the
// format asked for. Renderers load only for that format.
import { isLocalDate, localDay } from '../domain/calendar.js';
import type { Report } from '../domain/report.js';
import { readReport } from '../adapters/report-reader.js';
import { WotnError } from '../errors.js';
import { style } from '../render/style.js';
import type { ReportFormat } from '../render/formats.js';
import type { Context } from '../context.js';
import { chosenLedger, readableLedger, type ChosenLedger } from './ledger-choice.js';
import { translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';
import { t } from '../i18n/index.js';


export interface ReportOptions {
  ledger?: string;
  /** As of this day (default: today in the cohort's time zone). */
  date?: string;
}

export async function loadReport(o: ReportOptions, ctx: Context, chosen: ChosenLedger = chosenLedger(o.ledger, ctx)): Promise<Report> {
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', t('error.notADate', { flag: '--date', value: o.date }));
  return readReport(await readableLedger(chosen, ctx), (cohort) => o.date ?? localDay(ctx.now(), cohort.timezone));
}

/** The report in the format asked for, in chunks: a 50,000-member report is never one string. */
export async function renderReport(r: Report, format: ReportFormat, color: boolean, pretty = true, columns = 80): Promise<Iterable<string>> {
  if (format === 'json') return (await import('../render/report-json.js')).reportJson(r, pretty);
  // The lead's view: who has not written today and who is at risk first (render/site/lead.ts).
  if (format === 'html') return (await import('../render/site/lead.js')).leadHtmlChunks(r, await translator(cohortLanguage(r.cohort)));
  const render = await import('../render/report.js');
  if (format === 'csv') return render.reportCsv(r);
  // Read by the whole cohort: in the cohort's language, not the reader's.
  const tr = await translator(cohortLanguage(r.cohort));
  if (format === 'md') return render.reportMarkdownChunks(r, tr);
  return render.reportTable(r, await style(color), columns, tr);
}
