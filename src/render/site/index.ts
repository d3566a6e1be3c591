// The whole site, one file at a time: plain data in, {path, content} out, no I/O. A
// generator, so a 10,000-member site is written as it is rendered, never held whole.
import type { SiteModel } from '../../domain/site.js';
import { plain } from '../escape.js';
import { leaderboardMarkdown, progressJson } from '../report.js';
import { SEARCH_JS, SITE_CSS } from './assets.js';
import { atomFeed } from './atom.js';
import { dayPages } from './days.js';
import { directoryPages } from './directory.js';
import { homePage } from './home.js';
import { paths } from './layout.js';
import { leaderboardPages } from './leaderboard.js';
import { memberPage } from './member.js';
import { english, type Translator } from '../../i18n/index.js';

export interface SiteFile {
  /** Relative to the site's root, with forward slashes. */
  path: string;
  content: string;
}

/**
 * `tr`: the cohort's language (its `lang` in wotn-cohort.json), of every page's own words.
 * `memberPages: false` leaves out the member pages (wotn site renders them from packed data, on two threads).
 */
export function* renderSite(m: SiteModel, tr: Translator = english, o: { siteUrl?: string; memberPages?: boolean } = {}): Generator<SiteFile> {
  yield { path: paths.css, content: SITE_CSS };
  yield { path: paths.js, content: SEARCH_JS };
  yield { path: paths.home, content: homePage(m, tr) };
  yield* leaderboardPages(m, tr);
  yield* directoryPages(m, tr);
  yield* dayPages(m, tr);
  if (o.memberPages !== false) for (const p of m.members()) yield memberPage(m, p, tr);
  yield { path: paths.feed, content: atomFeed(m, tr, o.siteUrl) };
  for (const [key, entries] of m.search) {
    yield { path: paths.shard(key), content: JSON.stringify(entries.map(([handle, name, ...rest]) => [handle, plain(name), ...rest])) };
  }
  yield { path: paths.progress, content: progressJson(m.report, m.ranked) };
  yield { path: 'LEADERBOARD.md', content: leaderboardMarkdown(m.report, m.ranked, tr) };
}
