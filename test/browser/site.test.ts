/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The built site in a real browser (Debian's Chromium): every page type at phone and
// desktop widths, light and dark. No sideways scroll, no word or date broken across lines,
// every link resolves inside the site, search finds writers while loading one index
// shard, no serious or critical axe-core violation, and nothing a member wrote runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { EVIL_NAME, writeSiteLedger } from '../helpers/site-ledger.js';
import { serveDir } from '../helpers/static-server.js';
import { BIN } from '../helpers/wotn.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LONG = 'supercalifragilisticexpialidocious-vn';
const PAGES: [string, string][] = [
  ['home', 'site/index.html'],
  ['leaderboard', 'site/leaderboard/index.html'],
  ['leaderboard, last page', 'site/leaderboard/3.html'],
  ['member', 'site/members/lan.html'],
  ['member with no posts', 'site/members/an.html'],
  ['hostile member', 'site/members/eve.html'],
  ['member with a long name', `site/members/${LONG}.html`],
  ['day', 'site/days/2026-11-05.html'],
  ['days', 'site/days/index.html'],
  ['directory', 'site/directory/index.html'],
  ['lead\'s view', 'lead.html'],
];
const SIZES = [[390, 844], [1280, 800]] as const;
const STAGES = { before: '2026-10-29T10:00:00+07:00', 'last-day': '2026-11-30T10:00:00+07:00', finished: '2026-12-05T10:00:00+07:00' };

let root: string;
let base: string;
let server: Server;
let requests: string[];
let browser: { context: BrowserContext; close: () => Promise<void> };
let dark: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wotn-site-browser-'));
  const ledger = writeSiteLedger(join(root, 'ledger'), 250);
  const env = { ...process.env, WOTN_HOME: join(root, 'home'), WOTN_NOW: '2026-11-05T15:00:00+07:00', NO_COLOR: '1' };
  execFileSync(process.execPath, [BIN, 'site', '--ledger', ledger, '--out', join(root, 'site')], { env, stdio: 'pipe' });
  execFileSync(process.execPath, [BIN, 'report', '--ledger', ledger, '--format', 'html', '--out', join(root, 'lead.html')], { env, stdio: 'pipe' });
  for (const [stage, now] of Object.entries(STAGES)) {
    const at = { ...env, WOTN_NOW: now };
    execFileSync(process.execPath, [BIN, 'site', '--ledger', ledger, '--out', join(root, stage)], { env: at, stdio: 'pipe' });
    execFileSync(process.execPath, [BIN, 'report', '--ledger', ledger, '--format', 'html', '--out', join(root, stage, 'lead.html')], { env: at, stdio: 'pipe' });
  }
  ({ url: base, server, requests } = await serveDir(root));
  browser = await launchBrowser();
  dark = await launchBrowser({ colorScheme: 'dark' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dark?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
  offsite: string[];
}

/** A page that records what must never happen: dialogs, script errors, requests elsewhere, CSP violations. */
async function open(context: BrowserContext, path: string, width: number, height: number): Promise<Watched> {
  const page = await context.newPage();
  const w: Watched = { page, dialogs: [], errors: [], offsite: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) w.offsite.push(r.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewportSize({ width, height });
  const response = await page.goto(`${base}/${path}`);
  expect(response?.status()).toBe(200);
  return w;
}

async function nothingRan(w: Watched): Promise<void> {
  expect(w.dialogs).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(w.offsite).toEqual([]);
  expect(await w.page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, violations: (window as unknown as { __violations: string[] }).__violations }))).toEqual({ pwned: undefined, violations: [] });
}

async function noSidewaysScroll(page: Page, width: number): Promise<void> {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
  expect(widths.view).toBe(width);
  expect(widths.doc).toBeLessThanOrEqual(width);
  expect(widths.body).toBeLessThanOrEqual(width);
}

/** Words (up to 18 letters: longer ones may have to break) and dates each on one line. */
async function nothingBrokenAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const main = document.querySelector('main')!;
    for (const el of main.querySelectorAll('time, .badge')) if (el.getClientRects().length > 1) broken.push(el.textContent!);
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('.sr, [hidden], [aria-hidden="true"]') || getComputedStyle(el).display === 'none') continue;
      for (const m of node.textContent!.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
        if (m[0].length < 2 || m[0].length > 18) continue;
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

/** Every link is http(s) or resolves to a page of the site (and its #fragment to an element). */
async function linksResolve(w: Watched): Promise<number> {
  const links = await w.page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href));
  const inside = [...new Set(links.filter((href) => href.startsWith(base)))];
  for (const href of links) expect(href, href).toMatch(/^https?:\/\//);
  for (const href of inside) {
    const url = new URL(href);
    const r = await w.page.request.get(url.origin + url.pathname);
    expect(r.status(), href).toBe(200);
    if (url.hash) expect(await r.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }
  return inside.length;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // evaluated by the driver, outside the page's content policy
  const result = await page.evaluate(() => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(SIZES)('every page type at %i×%i', (width, height) => {
  it.each(PAGES)('%s: fits, nothing broken mid-word, links resolve, accessible, nothing runs', async (_, path) => {
    const w = await open(browser.context, path, width, height);
    await noSidewaysScroll(w.page, width);
    expect(await nothingBrokenAcrossLines(w.page)).toEqual([]);
    expect(await linksResolve(w)).toBeGreaterThan(path === 'lead.html' ? -1 : 3);
    expect(await axeViolations(w.page)).toEqual([]);
    await nothingRan(w);
    await w.page.close();
  });
});

describe('dark mode', () => {
  it.each(PAGES)('%s: fits and has enough contrast', async (_, path) => {
    const w = await open(dark.context, path, 390, 844);
    expect(await w.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 253, 248)');
    await noSidewaysScroll(w.page, 390);
    expect(await axeViolations(w.page)).toEqual([]);
    await w.page.close();
  });
});

describe.each(Object.keys(STAGES))('%s', (stage) => {
  it.each(['index.html', 'leaderboard/index.html', 'members/minh.html', 'days/index.html', 'directory/index.html', 'lead.html'])('%s fits a phone and is accessible', async (path) => {
    const w = await open(browser.context, `${stage}/${path}`, 390, 844);
    await noSidewaysScroll(w.page, 390);
    expect(await nothingBrokenAcrossLines(w.page)).toEqual([]);
    expect(await axeViolations(w.page)).toEqual([]);
    await nothingRan(w);
    await w.page.close();
  });
});

describe('search', () => {
  it.each([
    ['site/index.html', 'lan', 'lan', 'Nguyễn Thị Lan'],
    ['site/leaderboard/index.html', 'nguyen thi', 'lan', 'Nguyễn Thị Lan'],
    ['site/directory/index.html', '@minh', 'minh', 'Trần Minh'],
    ['site/leaderboard/2.html', 'writer-123', 'writer-123', 'Người viết 123'],
    ['site/directory/2.html', 'NGUOI VIET 7', 'writer-7', 'Người viết 7'],
  ])('on %s, %j finds @%s, loading one shard of the index', async (path, query, handle, name) => {
    const w = await open(browser.context, path, 390, 844);
    const before = requests.length;
    await w.page.getByLabel(/find a writer|search by name/i).fill(query);
    const result = w.page.locator(`[data-results] a[href$="members/${handle}.html"]`);
    await result.waitFor();
    expect(await result.textContent()).toBe(name);
    const shards = requests.slice(before).filter((r) => r.startsWith('/site/search/'));
    expect(shards).toHaveLength(1);
    await result.click();
    await w.page.waitForURL(`**/site/members/${handle}.html`);
    expect(await w.page.locator('h1').textContent()).toBe(name);
    await nothingRan(w);
    await w.page.close();
  });

  it('says so when nobody matches, and shows a hostile name as text', async () => {
    const w = await open(browser.context, 'site/index.html', 390, 844);
    const input = w.page.getByLabel('Search by name or handle');
    await input.fill('khongaica');
    await w.page.getByText('No writer found').waitFor();
    await input.fill('img onerror');
    const hit = w.page.locator('[data-results] a[href$="members/eve.html"]');
    await hit.waitFor();
    expect(await hit.textContent()).toBe(EVIL_NAME);
    await nothingRan(w);
    await w.page.close();
  });
});

describe('without JavaScript', () => {
  it('every page still shows its content; search is hidden, paging works', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/site/leaderboard/index.html`);
      expect(await page.locator('tbody tr').count()).toBe(100);
      expect(await page.locator('form[data-search]').isVisible()).toBe(false);
      await page.locator('nav.pager').last().getByRole('link', { name: 'Next' }).click();
      await page.waitForURL('**/leaderboard/2.html');
      expect(await page.locator('tbody tr').count()).toBe(100);
      await page.goto(`${base}/site/members/minh.html`);
      expect(await page.locator('ol.cal li').count()).toBe(30);
      expect(await page.locator('.sr').first().textContent()).toMatch(/^Written: days 1–4\. Today: day 5\. Still to come: days 6–30\.$/);
      await page.goto(`${base}/site/index.html`);
      expect(await page.getByRole('heading', { name: 'Latest posts to read' }).isVisible()).toBe(true);
    } finally {
      await noJs.close();
    }
  });
});

describe('a hostile member, on every page they appear', () => {
  it('is shown as text: the name, a reversed title made plain, no link to javascript: or data:', async () => {
    const w = await open(browser.context, 'site/members/eve.html', 390, 844);
    expect(await w.page.locator('h1').textContent()).toBe(EVIL_NAME);
    expect(await w.page.locator('img, svg, iframe, object').count()).toBe(0);
    const body = await w.page.evaluate(() => document.body.innerText);
    expect(body).toContain('gnp.exe "><svg onload=alert(2)>');
    expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(await w.page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    await nothingRan(w);
    const seen = new Map<string, number>();
    for (const path of ['site/index.html', 'site/leaderboard/index.html', 'site/leaderboard/2.html', 'site/leaderboard/3.html', 'site/directory/index.html', 'site/days/2026-11-01.html', 'site/days/2026-11-05.html', 'lead.html']) {
      const other = await open(browser.context, path, 1280, 800);
      const kind = path.replace(/\/[^/]*$/, '');
      seen.set(kind, (seen.get(kind) ?? 0) + (await other.page.getByText(EVIL_NAME, { exact: true }).count()));
      expect(await other.page.locator('img, svg').count(), path).toBe(0);
      await nothingRan(other);
      await other.page.close();
    }
    for (const [kind, n] of seen) expect(n, kind).toBeGreaterThan(0);
    await w.page.close();
  });
});
