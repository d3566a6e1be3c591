// Reads a ledger (a folder, or a GitHub archive as it downloads) into the site's data, one
// member at a time, as report-reader does for the report; the site also keeps each member's
// counted entries (its pages show every post), which the report drops.
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { siteCollector, type SiteData } from '../domain/site.js';
import type { LedgerSource } from './ledger-files.js';

/** `now`: when the site is built (a member a lead removed before it is left out). */
export async function readSiteData(source: LedgerSource, date: (cohort: Cohort) => LocalDate, now = Number.POSITIVE_INFINITY): Promise<SiteData> {
  let collect: ReturnType<typeof siteCollector> | undefined;
  // A read that starts over (the ledger changed under it) calls start again: a fresh collector.
  await source.read((cohort, warnings, community) => (collect = siteCollector(cohort, date(cohort), warnings, { community, now })).add);
  return collect!.finish();
}
