// The site's pages rendered from a ledger folder: what each page says and links, and that
// nothing a member wrote becomes markup. (The browser test checks the same pages run.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../src/adapters/site-reader.js';
import { folderSource } from '../../src/adapters/ledger-files.js';
import { readReport } from '../../src/adapters/report-reader.js';
import { siteModel } from '../../src/domain/site.js';
import { renderSite } from '../../src/render/site/index.js';
import { wisdomPages } from '../../src/app/wisdom.js';
import { leadHtml } from '../../src/render/site/lead.js';
import { pager } from '../../src/render/site/layout.js';
import { writeSiteLedger } from '../helpers/site-ledger.js';
import { tempDir } from '../helpers/tmp.js';
import { english } from '../../src/i18n/index.js';

async function build(date: string, crowd = 0, extra: Record<string, unknown> = {}): Promise<Map<string, string>> {
  const dir = writeSiteLedger(join(tempDir(), 'ledger'), crowd, extra);
  const files = new Map<string, string>();
  const data = await readSiteData(folderSource(dir, 'ledger'), () => date);
  // As the site build does: the pages, and the collective wisdom beside them.
  const names = new Map(data.report.members.map((m) => [m.handle, m.name]));
  const members = [...data.details].map(([handle, d]) => ({ handle, name: names.get(handle) ?? handle, entries: d.entries }));
  for (const f of [...renderSite(siteModel(data)), ...wisdomPages(data.cohort, members, undefined, data.hidden)]) {
    expect(files.has(f.path), f.path).toBe(false);
    files.set(f.path, f.content);
  }
  return files;
}

const pagesOf = (files: Map<string, string>) => [...files].filter(([p]) => p.endsWith('.html'));
// What a reader sees: tags gone, the named characters the templates write (so an English page stays Latin-1) shown.
const ENTITIES: Record<string, string> = { ndash: '–', mdash: '—', hellip: '…' };
const text = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/&(ndash|mdash|hellip);/g, (_, name: string) => ENTITIES[name]!).replace(/\s+/g, ' ');

describe('the site', () => {
  it('has every page type, and a page for every member and every day so far', async () => {
    const files = await build('2026-11-05');
    for (const path of ['index.html', 'leaderboard/index.html', 'directory/index.html', 'days/index.html', 'days/2026-11-05.html', 'members/lan.html', 'members/an.html', 'feed.xml', 'progress.json', 'LEADERBOARD.md', 'assets/site.css', 'assets/search.js']) {
      expect(files.has(path), path).toBe(true);
    }
    expect([...files.keys()].filter((p) => p.startsWith('members/'))).toHaveLength(7);
    expect([...files.keys()].filter((p) => /^days\/\d/.test(p))).toEqual(['days/2026-11-01.html', 'days/2026-11-02.html', 'days/2026-11-03.html', 'days/2026-11-04.html', 'days/2026-11-05.html']);
  });

  it('nothing a member wrote becomes markup, a link to a non-web URL, or a bidi override', async () => {
    const files = await build('2026-11-05');
    for (const [path, page] of [...files].filter(([p]) => /\.(html|xml)$/.test(p))) {
      expect(page, path).not.toMatch(/<(img|svg|iframe|object|embed)\b/i);
      expect(page.match(/<script\b[^>]*>/g) ?? [], path).toEqual(page.includes('data-search') ? [expect.stringMatching(/^<script src="(\.\.\/)?assets\/search\.js" defer>$/)] : []);
      expect(page, path).not.toMatch(/<[^>]*\son\w+\s*=/i); // no event handler attribute anywhere
      expect(page, path).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
      expect(page, path).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(page, path).not.toMatch(/style="/); // inline styles are forbidden by the policy too
    }
    expect(files.get('members/eve.html')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(files.get('members/eve.html')).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(files.get('members/eve.html')).toContain('gnp.exe &quot;&gt;&lt;svg onload=alert(2)&gt;');
  });

  it('every link inside the site points at a file the site has; others are http(s)', async () => {
    const files = await build('2026-11-05', 250);
    for (const [path, page] of pagesOf(files)) {
      for (const [, href] of page.matchAll(/href="([^"]*)"/g)) {
        if (/^https?:\/\//.test(href!)) continue;
        const target = new URL(href!, `http://site/${path}`);
        const file = target.pathname.slice(1);
        expect(files.has(file), `${path} → ${href}`).toBe(true);
        if (target.hash) expect(files.get(file), `${path} → ${href}`).toContain(`id="${target.hash.slice(1)}"`);
      }
    }
  });

  it('pages are declared in a language, set the viewport and load only the site\'s own files', async () => {
    for (const [path, page] of pagesOf(await build('2026-11-05'))) {
      expect(page, path).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(page, path).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
      expect(page, path).toContain('Content-Security-Policy');
      for (const [, url] of page.matchAll(/(?:<link[^>]+href|<script[^>]+src)="([^"]+)"/g)) expect(url, path).not.toMatch(/^(https?:)?\/\//);
    }
  });

  it('the leaderboard states its rule, shares ranks on ties and pages through everyone', async () => {
    const files = await build('2026-11-05', 250);
    const first = files.get('leaderboard/index.html')!;
    expect(text(first)).toContain('Ranked by days written, then current streak, then words; writers level on all three share a rank.');
    expect(first.match(/<tr id=/g)).toHaveLength(100);
    expect(files.has('leaderboard/3.html')).toBe(true);
    expect(files.has('leaderboard/4.html')).toBe(false);
    const ranks = [...first.matchAll(/<tr id="m-[^"]+"><td class="n">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(ranks[0]).toBe(1);
    expect(new Set(ranks).size).toBeLessThan(ranks.length); // ties share a rank
    expect(first).toContain('aria-current="page">1</a>');
    expect(files.get('members/hoa.html')).toContain('streak hidden by choice');
    const hoa = /<tr id="m-hoa">.*?<\/tr>/.exec([...files].filter(([p]) => p.startsWith('leaderboard/')).map(([, page]) => page).join(''))![0];
    expect(hoa).toContain('<td class="n"><span aria-label="hidden">&mdash;</span></td>');
  });

  it('a member\'s page: intro, blog, roles, badges, a calendar with a legend and every post', async () => {
    const lan = (await files('2026-11-05')).get('members/lan.html')!;
    expect(lan).toContain('<h1>Nguyễn Thị Lan</h1>');
    expect(lan).toContain('Viết về học tập suốt đời và cộng đồng.');
    expect(lan).toContain('<a href="https://lan.example.com/">https://lan.example.com</a>');
    expect(lan).toContain('<span class="badge">lead</span>');
    expect(lan).toContain('<span class="badge">3 days</span>');
    expect(text(lan)).toContain('Written: days 1–5. Still to come: days 6–30.');
    for (const state of ['written', 'frozen (a freeze kept the streak)', 'missed', 'today', 'still to come']) expect(lan).toContain(`</i>${state}</li>`);
    expect(lan.match(/<ol class="cal"[^>]*>(.*?)<\/ol>/)![1]!.match(/<li/g)).toHaveLength(30);
    const posts = [...lan.matchAll(/<li><a href="(https:[^"]+)">([^<]+)<\/a><span class="meta">Day (\d+) · <time datetime="([\d-]+)">([^<]+)<\/time>/g)].map((m) => [m[3], m[4], m[5], m[2], m[1]]);
    const shown = ['Sun 1 Nov 2026', 'Mon 2 Nov 2026', 'Tue 3 Nov 2026', 'Wed 4 Nov 2026', 'Thu 5 Nov 2026'];
    expect(posts).toEqual([1, 2, 3, 4, 5].map((d) => [String(d), `2026-11-0${d}`, shown[d - 1], `Ngày ${d}: học cùng nhau`, `https://lan.example.com/2026-11-0${d}/`]));
    const an = (await files('2026-11-05')).get('members/an.html')!;
    expect(text(an)).toContain('No posts yet, and today still counts');
  });

  it('a day\'s page links every post of that day and who wrote it, paged at 500', async () => {
    const files = await build('2026-11-05', 560);
    const day1 = files.get('days/2026-11-01.html')!;
    const items = (page: string) => page.match(/<li><(a href="https:|bdi>)/g)?.length ?? 0;
    expect(items(day1)).toBe(500);
    expect(files.has('days/2026-11-01-2.html')).toBe(true);
    const all = [...files].filter(([p]) => p.startsWith('days/2026-11-01')).map(([, page]) => page).join('');
    expect(all).toContain('<li><a href="https://lan.example.com/2026-11-01/">Ngày 1: học cùng nhau</a> · <a href="../members/lan.html">Nguyễn Thị Lan</a></li>');
    const total = [...files].filter(([p]) => p.startsWith('days/2026-11-01')).reduce((n, [, page]) => n + items(page), 0);
    expect(total).toBe(Number(/(\d+) writers posted on day 1/.exec(day1)![1]));
  });

  it('the directory lists everyone with their intro, by name, with a search box', async () => {
    const dir = (await build('2026-11-05')).get('directory/index.html')!;
    expect(dir).toContain('data-search');
    expect(dir).toContain('<p class="intro">Bắt đầu chậm thôi.</p>');
    const names = [...dir.matchAll(/<li><a href="\.\.\/members\/([^.]+)\.html">/g)].map((m) => m[1]);
    expect(names).toEqual(['eve', 'supercalifragilisticexpialidocious-vn', 'an', 'lan', 'hoa', 'minh', 'layla']);
  });

  it('search shards hold cleaned names, and the script reads them as text', async () => {
    const files = await build('2026-11-05');
    expect(JSON.parse(files.get('search/ng.json')!)).toEqual([['lan', 'Nguyễn Thị Lan', expect.any(Number), 5, 1]]);
    expect(JSON.parse(files.get('search/im.json')!)).toEqual([['eve', '<img src=x onerror=alert(1)>', 1, 5, 1]]);
    const js = files.get('assets/search.js')!;
    expect(js).toContain('textContent');
    expect(js).not.toContain('innerHTML');
  });
});

// A small cache: several tests read the same day's site.
const cache = new Map<string, Map<string, string>>();
async function files(date: string): Promise<Map<string, string>> {
  if (!cache.has(date)) cache.set(date, await build(date));
  return cache.get(date)!;
}

describe('words at every stage', () => {
  it.each([
    ['2026-10-29', 'The challenge starts in 3 days.'],
    ['2026-10-31', 'The challenge starts tomorrow.'],
    ['2026-11-01', 'Day one: every streak starts with a single post.'],
    ['2026-11-10', '20 days to go.'],
    ['2026-11-15', 'Halfway there, 15 days to go.'],
    ['2026-11-30', 'Last day!'],
    ['2026-12-05', 'We did it:'],
  ])('on %s the home page says %j and nothing discouraging', async (date, words) => {
    const home = text((await build(date)).get('index.html')!);
    expect(home).toContain(words);
    expect(home).not.toMatch(/\b0 (finished|wrote|writers? (has|have) posted|posted today|on a streak)/);
    expect(home).not.toMatch(/\b0\/\d/);
  });

  it('before the start, and after the end, nobody is told they did not write today', async () => {
    for (const date of ['2026-10-29', '2026-12-05']) {
      const site = await build(date);
      for (const [path, page] of pagesOf(site)) expect(text(page), path).not.toMatch(/posted today|not posted/i);
    }
  });

  it('when nobody has posted yet today, the first post is invited', async () => {
    const home = text((await build('2026-11-05', 0, { start: '2026-11-05' })).get('index.html')!);
    expect(home).toContain('Day one: every streak starts with a single post.');
    expect(home).toMatch(/Nobody has posted yet today: yours could be the first|posted today; there is still time/);
  });
});

describe('pager', () => {
  it('links first, last and the pages near the current one; marks the current page', async () => {
    const nav = pager(50, 100, (p) => `${p}.html`, 'Pages', english);
    expect([...nav.matchAll(/>(\d+|Previous|Next)<\/a>/g)].map((m) => m[1])).toEqual(['Previous', '1', '48', '49', '50', '51', '52', '100', 'Next']);
    expect(nav).toContain('<a href="50.html" aria-current="page">50</a>');
    expect(pager(1, 1, String, 'Pages', english)).toBe('');
  });
});

describe('the lead\'s view (report --format html)', () => {
  it('who has not posted today, at risk first, then who has; streaks hidden stay hidden', async () => {
    const dir = writeSiteLedger(join(tempDir(), 'ledger'));
    const page = leadHtml(await readReport(folderSource(dir, 'ledger'), () => '2026-11-05'));
    const waiting = page.slice(page.indexOf('Not posted yet today'), page.indexOf('<h2>Posted today'));
    const handles = [...waiting.matchAll(/@([\w-]+)<\/span>(?: <span class="badge">\w+<\/span>)?( <span class="risk">at risk<\/span>)?/g)].map((m) => [m[1], Boolean(m[2])]);
    // layla's one freeze covered day 4, so today decides her streak; an has none to keep
    expect(handles).toEqual([['layla', true], ['an', true], ['minh', false]]);
    const done = page.slice(page.indexOf('<h2>Posted today'));
    expect(done).toContain('@lan');
    expect(done).toMatch(/@hoa<\/span><\/td><td class="n">\d+<\/td><td class="n"><span aria-label="hidden">&mdash;<\/span>/);
    expect(page).not.toMatch(/<script|<img|href="javascript/i);
    expect(page).toContain("default-src 'none'");
  });
});
