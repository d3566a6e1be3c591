// Everything `wotn site` needs beyond the ledger copy: reading the ledger's site data,
// the site model, the pages and writing the folder. Built as a lazy part (dist/lazy/site.js):
// no other command loads its renderers. The day and member pages are rendered and written
// by a second thread (dist/lazy/site-worker.js, see site-members.ts) while this one does the rest.
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { readSiteData } from '../adapters/site-reader.js';
import { siteModel } from '../domain/site.js';
import { renderSite } from '../render/site/index.js';
import { translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';
import { writeSiteDir } from '../adapters/site-dir.js';
import type { LedgerSource } from '../adapters/ledger-files.js';
import { wisdomPages } from './wisdom.js';
import { claimedModelPages, memberPagesThread, membersToPack, packChunks } from './site-members.js';

/** `siteUrl`: where the site is served (ends with /), when known: the feed links there. */
export async function buildSiteFiles(source: LedgerSource, dateFor: (cohort: Cohort) => LocalDate, out: string, siteUrl?: string, now?: number) {
  const thread = memberPagesThread();
  try {
    // A folder's member files are read by the second thread, ahead of this one parsing them.
    const data = await readSiteData((thread && source.readingWith?.(thread.reads)) || source, dateFor, now);
    const names = new Map(data.report.members.map((m) => [m.handle, m.name]));
    const members = [...data.details].map(([handle, d]) => ({ handle, name: names.get(handle) ?? handle, entries: d.entries }));
    // Read by the whole cohort: in its language, not the reader's.
    const lang = cohortLanguage(data.cohort);
    const tr = await translator(lang);
    const model = siteModel(data);
    const packed = membersToPack(model, lang);
    const shared = thread?.use(packed);
    // This thread packs the member pages for the second thread (which starts on each chunk
    // as it is posted), renders the other pages, then helps with the member pages still
    // unclaimed; without a second thread (a small site, or the source under test), it
    // renders them all.
    function* pages() {
      if (shared) for (const chunk of packChunks(model, data)) shared.send(chunk);
      yield* renderSite(model, tr, { siteUrl, memberPages: false });
      yield* claimedModelPages(model, packed, tr);
      // The cohort's collective wisdom (wisdom.md and wisdom.html) beside the other pages, in the cohort's language.
      yield* wisdomPages(data.cohort, members, tr, data.hidden);
    }
    const written = await writeSiteDir(out, pages(), shared?.beside);
    return { written, report: data.report };
  } finally {
    await thread?.end();
  }
}
