// Reads a ledger folder into the site's data, one member at a time, as report-reader does
// for the report; the site also keeps each member's counted entries (its pages show every
// post), which the report drops.
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { siteCollector, type SiteData } from '../domain/site.js';
import { forEachMember, readCohortFile } from './ledger-files.js';

export function readSiteData(dir: string, label: string, date: (cohort: Cohort) => LocalDate): SiteData {
  const cohort = readCohortFile(dir, label);
  const collect = siteCollector(cohort, date(cohort));
  forEachMember(dir, collect.warnings, collect.add);
  return collect.finish();
}
