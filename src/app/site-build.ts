// Everything `wotn site` needs beyond the ledger copy: reading the ledger's site data,
// the site model, the pages and writing the folder. Built as a lazy part (dist/lazy/site.js):
// no other command loads its renderers. The day and member pages are rendered and written
// by a second thread (dist/lazy/site-worker.js, see site-members.ts) while this one does the rest.
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { readSiteData } from '../adapters/site-reader.js';
import { siteModel } from '../domain/site.js';
import { renderSite, SITE_LANG } from '../render/site/index.js';
import { writeSiteDir } from '../adapters/site-dir.js';
import type { LedgerSource } from '../adapters/ledger-files.js';
import { claimedMemberPages, memberPagesWorker, packMembers } from './site-members.js';

/** `siteUrl`: where the site is served (ends with /), when known: the feed links there. */
export async function buildSiteFiles(source: LedgerSource, dateFor: (cohort: Cohort) => LocalDate, out: string, siteUrl?: string) {
  const data = await readSiteData(source, dateFor);
  const model = siteModel(data);
  const packed = packMembers(model, data, SITE_LANG);
  const worker = memberPagesWorker(packed);
  // This thread renders the other pages, then helps with the member pages still unclaimed;
  // without a second thread (a small site, or the source under test), it renders them all.
  function* pages() {
    yield* renderSite(model, SITE_LANG, { siteUrl, memberPages: false });
    yield* claimedMemberPages(packed);
  }
  const written = await writeSiteDir(out, pages(), worker);
  return { written, report: data.report };
}
