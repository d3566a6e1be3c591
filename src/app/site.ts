// The site use case: the cohort's static site from the ledger (CI runs it on every ingest),
// written fresh into the output folder.
import { resolve } from 'node:path';
import { isLocalDate, localDay } from '../domain/calendar.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { chosenLedger, readableLedger } from './ledger-choice.js';

export interface SiteResult {
  out: string;
  files: number;
  bytes: number;
  members: number;
  date: string;
  warnings: string[];
}

export async function buildSite(o: { ledger?: string; date?: string; out: string }, ctx: Context): Promise<SiteResult> {
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', `--date "${o.date}" is not a date (YYYY-MM-DD)`);
  const source = await readableLedger(chosenLedger(o.ledger, ctx), ctx);
  const { buildSiteFiles } = await import('./site-build.js');
  const { written, report: r } = await buildSiteFiles(source, (cohort) => o.date ?? localDay(ctx.now(), cohort.timezone), resolve(ctx.cwd, o.out));
  return { out: written.dir, files: written.files, bytes: written.bytes, members: r.members.length, date: r.date, warnings: r.warnings };
}
