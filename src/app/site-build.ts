// Everything `wotn site` needs beyond the ledger copy: reading the ledger's site data,
// the site model, the pages and writing the folder. Built as a lazy part (dist/lazy/site.js):
// no other command loads its renderers.
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { readSiteData } from '../adapters/site-reader.js';
import { siteModel } from '../domain/site.js';
import { renderSite } from '../render/site/index.js';
import { translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';
import { writeSiteDir } from '../adapters/site-dir.js';
import type { LedgerSource } from '../adapters/ledger-files.js';

/** `siteUrl`: where the site is served (ends with /), when known: the feed links there. */
export async function buildSiteFiles(source: LedgerSource, dateFor: (cohort: Cohort) => LocalDate, out: string, siteUrl?: string) {
  const data = await readSiteData(source, dateFor);
  const model = siteModel(data);
  // Read by the whole cohort: in its language, not the reader's.
  const written = await writeSiteDir(out, renderSite(model, await translator(cohortLanguage(model.cohort)), { siteUrl }));
  return { written, report: data.report };
}
