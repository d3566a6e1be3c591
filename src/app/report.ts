// The report use case: read the whole ledger, aggregate it as of a day, render it in the
// format asked for. Renderers load only for that format.
import { isLocalDate, localDay } from '../domain/calendar.js';
import type { Report } from '../domain/report.js';
import { readReport } from '../adapters/report-reader.js';
import { WotnError } from '../errors.js';
import { style } from '../render/style.js';
import type { ReportFormat } from '../render/formats.js';
import type { Context } from '../context.js';
import { chosenLedger, type ChosenLedger } from './ledger-choice.js';
import { rememberTotals } from '../adapters/cohort-totals.js';
import type { LedgerSource } from '../adapters/ledger-files.js';
import type { LedgerStore } from '../adapters/ledger-store.js';
import type { Cohort } from '../domain/ledger.js';
import { translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';
import { t } from '../i18n/index.js';
import { messageOf } from '../errors.js';
import { said, type Said } from '../domain/said.js';


export interface ReportOptions {
  ledger?: string;
  /** As of this day (default: today in the cohort's time zone). */
  date?: string;
}

export async function loadReport(o: ReportOptions, ctx: Context, chosen: ChosenLedger = chosenLedger(o.ledger, ctx)): Promise<Report> {
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', t('error.notADate', { flag: '--date', value: o.date }));
  const store = await ctx.ledger(chosen.ledger, chosen.configured);
  const { source, stale } = await store.open();
  if (stale) ctx.out.info(t('warning', { warning: t('ledger.stale', { problem: stale }) }));
  let extras: Map<string, string> | undefined;
  const r = await readReport(source, (cohort) => o.date ?? localDay(ctx.now(), cohort.timezone), ctx.now(), (read) => (extras = read.extras));
  return withTogether(r, store, source, chosen, ctx, extras);
}

/** Pods and their streaks join the report; the shared goal's words are remembered for status. */
async function withTogether(r: Report, store: LedgerStore, source: LedgerSource, chosen: ChosenLedger, ctx: Context, extras?: Map<string, string>): Promise<Report> {
  if (!r.together) return r;
  if (chosen.configured && r.together.goal) rememberTotals(ctx.paths, { ledger: chosen.ledger, date: r.date, words: r.together.goal.words });
  const { podLines, checkedPods } = await import('./pods.js');
  // An archive read (github:) brought pods.json along: no request of its own.
  const read = await checkedPods(store, source, r.cohort as Cohort, extras).catch((error: unknown) => ({ ok: false as const, said: messageOf(error) }));
  if (!read.ok) r.warnings.push(podsNotShown(read.said));
  const pods = read.ok ? podLines(r, read.value) : [];
  return pods.length ? { ...r, together: { ...r.together, pods } } : r;
}

export const podsNotShown = (problem: Said | string) =>
  said('problem.report.podsNotShown', { problem }, `pods.json: ${typeof problem === 'string' ? problem : problem.text}; pods not shown`);

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
