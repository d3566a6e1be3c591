// The frame every site page shares, and the small pieces pages are made of. Every string a
// member wrote goes through text() or a link helper here; nothing else reaches the markup.
import type { FeedItem } from '../../domain/feed.js';
import { htmlText, html, safeUrl } from '../escape.js';
import { grouped } from '../text.js';
import { humanDate } from '../writer.js';
import type { Translator } from '../../i18n/index.js';

/** Where each page lives, relative to the site's root. */
export const paths = {
  home: 'index.html',
  leaderboard: (page = 1) => (page === 1 ? 'leaderboard/index.html' : `leaderboard/${page}.html`),
  directory: (page = 1) => (page === 1 ? 'directory/index.html' : `directory/${page}.html`),
  days: 'days/index.html',
  day: (date: string, page = 1) => (page === 1 ? `days/${date}.html` : `days/${date}-${page}.html`),
  member: (handle: string) => `members/${handle}.html`,
  wisdom: 'wisdom.html',
  feed: 'feed.xml',
  progress: 'progress.json',
  css: 'assets/site.css',
  js: 'assets/search.js',
  shard: (key: string) => `search/${key}.json`,
};

export type Section = 'home' | 'leaderboard' | 'days' | 'directory' | 'wisdom';

export interface PageFrame {
  /** '' for pages at the root, '../' for pages one folder down. */
  root: string;
  /** The cohort's language: of the page's own words and its lang attribute. */
  tr: Translator;
  cohortName: string;
  title: string;
  section?: Section;
  /** Pages with a search box load the search script. */
  search?: boolean;
  description?: string;
}

/**
 * A member's text, cleaned and escaped. Where it lands (links, headings, intros) the
 * stylesheet isolates it, so a right-to-left name can't reorder the line around it.
 */
export const text = htmlText;
export const num = grouped;
/** A whole number as the cohort's language groups it (1,250 / 1.250). */
export const numIn = (tr: Translator, n: number) => tr.n(n);
const days = new WeakMap<Translator, Map<string, string>>();
/**
 * A day in words for the page's language ("Thứ Năm, 3/12/2026"), the ISO date kept in the
 * datetime attribute; made once per day and language (every page names the same few days).
 */
export function dayInWords(date: string, tr: Translator): string {
  let made = days.get(tr);
  if (!made) days.set(tr, (made = new Map()));
  let shown = made.get(date);
  if (shown === undefined) made.set(date, (shown = `<time datetime="${html(date)}">${humanDate(date, tr)}</time>`));
  return shown;
}
export const plural = (n: number, one: string, many = `${one}s`) => `${grouped(n)} ${n === 1 ? one : many}`;

type CountKey = 'site.day' | 'unit.words' | 'site.badgeDays' | 'site.kudosCount';
const PARAM: Record<CountKey, string> = { 'site.day': 'day', 'unit.words': 'count', 'site.badgeDays': 'days', 'site.kudosCount': 'count' };
const labels = new WeakMap<Translator, Record<CountKey, string[]>>();

/**
 * "Day 3", "151 words": a message of one whole number, made once per number and language
 * (a 10,000-member site asks for them half a million times).
 */
export function countLabel(tr: Translator, key: CountKey, n: number): string {
  let made = labels.get(tr);
  if (!made) labels.set(tr, (made = { 'site.day': [], 'unit.words': [], 'site.badgeDays': [], 'site.kudosCount': [] }));
  const cache = made[key];
  if (!Number.isInteger(n) || n < 0 || n > 100_000) return tr.t(key, { [PARAM[key]]: n });
  return (cache[n] ??= tr.t(key, { [PARAM[key]]: n }));
}

/** A link to a member's own site or post: only http(s) URLs become links. */
export function outLink(label: string, url: string | null | undefined): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${html(safe)}">${label}</a>` : `<bdi>${label}</bdi>`;
}

/** A post's title, linking to the post when its URL is a web link. */
export const postLink = (p: FeedItem, tr: Translator) => outLink(text(p.title || countLabel(tr, 'site.day', p.day)), p.url);

export const memberLink = (root: string, handle: string, name: string) => `<a href="${root}${paths.member(handle)}">${text(name)}</a>`;

const NAV: [Section, 'site.nav.today' | 'site.nav.leaderboard' | 'site.nav.days' | 'site.nav.directory' | 'site.nav.wisdom', string][] = [
  ['home', 'site.nav.today', paths.home],
  ['leaderboard', 'site.nav.leaderboard', paths.leaderboard()],
  ['days', 'site.nav.days', paths.days],
  ['directory', 'site.nav.directory', paths.directory()],
  ['wisdom', 'site.nav.wisdom', paths.wisdom],
];

// No inline script or style anywhere, so the policy can forbid both: even a string that
// slipped past escaping could not run.
const CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const navs = new Map<string, string>();
function nav(root: string, section: Section | undefined, tr: Translator): string {
  const key = `${tr.lang}|${root}|${section}`;
  let html = navs.get(key);
  if (!html) navs.set(key, (html = NAV.map(([s, label, href]) => `<li><a href="${root}${href}"${s === section ? ' aria-current="page"' : ''}>${tr.t(label)}</a></li>`).join('')));
  return html;
}

export function page(f: PageFrame, body: string): string {
  return `<!doctype html>
<html lang="${f.tr.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="color-scheme" content="light dark">
<title>${htmlText(f.title)} · ${htmlText(f.cohortName)}</title>${f.description ? `<meta name="description" content="${htmlText(f.description)}">` : ''}
<link rel="stylesheet" href="${f.root}${paths.css}">${f.section ? `<link rel="alternate" type="application/atom+xml" title="${f.tr.t('site.feedTitle')}" href="${f.root}${paths.feed}">` : ''}${f.search ? `<script src="${f.root}${paths.js}" defer></script>` : ''}
</head><body><a class="skip" href="#main">${f.tr.t('site.skip')}</a>
<header class="top"><div class="wrap"><a class="brand" href="${f.root}${paths.home}">${text(f.cohortName)}</a><nav aria-label="${f.tr.t('site.navLabel')}"><ul>${nav(f.root, f.section, f.tr)}</ul></nav></div></header>
<main id="main" class="wrap">
${body}
</main>
<footer class="wrap dim"><p>${f.tr.t('site.builtBy')} <a href="${f.root}${paths.feed}">${f.tr.t('site.atomFeed')}</a> · <a href="${f.root}${paths.progress}">progress.json</a></p></footer>
</body></html>
`;
}

/** The search box: hidden until the script runs (the lists it searches work without it). */
export function searchBox(root: string, label: string, tr: Translator): string {
  // The script's own words come with the form, in the cohort's language.
  const words = ['one', 'many', 'first20', 'none', 'rank', 'day', 'days'].map((w) => ` data-t-${w}="${html(tr.t(`site.search.${w}` as 'site.search.one'))}"`).join('');
  return `<form class="search" role="search" data-search data-root="${root}"${words} hidden>
<label for="q">${label}</label><input id="q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="${html(tr.t('site.search.placeholder'))}">
<p class="dim" data-status aria-live="polite"></p><ul class="results" data-results></ul></form>`;
}

/** Page links: first, last, and the pages near the current one. */
export function pager(current: number, total: number, href: (page: number) => string, label: string, tr: Translator): string {
  if (total <= 1) return '';
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  const items: string[] = [];
  if (current > 1) items.push(`<li><a href="${href(current - 1)}" rel="prev">${tr.t('site.previous')}</a></li>`);
  shown.forEach((p, i) => {
    if (i && p - shown[i - 1]! > 1) items.push('<li><span aria-hidden="true">&hellip;</span></li>');
    items.push(p === current ? `<li><a href="${href(p)}" aria-current="page">${p}</a></li>` : `<li><a href="${href(p)}">${p}</a></li>`);
  });
  if (current < total) items.push(`<li><a href="${href(current + 1)}" rel="next">${tr.t('site.next')}</a></li>`);
  return `<nav class="pager" aria-label="${label}"><p class="dim">${tr.t('site.pageOf', { page: current, pages: total })}</p><ul>${items.join('')}</ul></nav>`;
}

/**
 * The streak column: the current streak while the challenge runs; before and after it,
 * when every current streak is 0, the best one. A hidden streak shows as a dash.
 */
export function streakColumn(phase: 'before' | 'active' | 'finished', tr: Translator) {
  const current = phase === 'active';
  const hidden = `<span aria-label="${tr.t('site.hidden')}">&mdash;</span>`;
  return {
    header: tr.t(current ? 'site.col.streak' : 'site.col.bestStreak'),
    cell: (m: { hideStreak: boolean; streak: { current: number; longest: number } }) =>
      (m.hideStreak ? hidden : String(current ? m.streak.current : m.streak.longest)),
  };
}

/** A role or milestone badge. */
export const badge = (label: string) => `<span class="badge">${label}</span>`;

export const roleBadge = (role: string) => (role === 'member' ? '' : ` ${badge(htmlText(role))}`);

export const dayBadges = (badges: readonly number[], tr: Translator) => badges.map((b) => badge(countLabel(tr, 'site.badgeDays', b))).join('');
