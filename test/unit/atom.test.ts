// The cohort's Atom feed, parsed as XML by a real parser and checked against RFC 4287.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../src/adapters/site-reader.js';
import { folderSource } from '../../src/adapters/ledger-files.js';
import { siteModel, FEED_SIZE } from '../../src/domain/site.js';
import { atomFeed, uuidV5 } from '../../src/render/site/atom.js';
import { EVIL_NAME, writeSiteLedger } from '../helpers/site-ledger.js';
import { tempDir } from '../helpers/tmp.js';
import { english } from '../../src/i18n/index.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  return doc.documentElement!;
}
const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name);
const one = (el: Element, name: string) => {
  const found = children(el, name);
  expect(found, `exactly one atom:${name}`).toHaveLength(1);
  return found[0]!;
};

async function feedFor(date: string, crowd = 0, siteUrl?: string): Promise<string> {
  const dir = writeSiteLedger(join(tempDir(), 'ledger'), crowd);
  return atomFeed(siteModel(await readSiteData(folderSource(dir, 'ledger'), () => date)), english, siteUrl);
}
/** Every link of the feed resolved as a reader does: against xml:base, itself against the feed's address. */
const resolved = (feed: Element, feedUrl: string) => {
  const base = new URL(feed.getAttribute('xml:base')!, feedUrl);
  const hrefs = [...children(feed, 'link'), ...children(feed, 'entry').flatMap((e) => children(e, 'link'))].map((l) => l.getAttribute('href')!);
  const uris = children(feed, 'entry').map((e) => one(one(e, 'author'), 'uri').textContent!);
  return [...hrefs, ...uris].map((h) => new URL(h, base).href);
};

describe('the Atom feed', () => {
  it('is Atom 1.0 with the required feed and entry elements', async () => {
    const feed = parse(await feedFor('2026-11-05'));
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xml:lang')).toBe('en');
    expect(one(feed, 'id').textContent).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one(feed, 'title').textContent).toBe('Writing On The Net #11');
    expect(one(feed, 'updated').textContent).toMatch(RFC3339);
    expect(children(one(feed, 'author'), 'name')).toHaveLength(1);
    expect(children(feed, 'link').some((l) => l.getAttribute('rel') === 'self')).toBe(true);

    const entries = children(feed, 'entry');
    expect(entries.length).toBeGreaterThan(10);
    const ids = new Set<string>();
    for (const e of entries) {
      const id = one(e, 'id').textContent!;
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      expect(one(e, 'title').textContent).not.toBe('');
      expect(one(e, 'updated').textContent).toMatch(RFC3339);
      expect(one(e, 'published').textContent).toMatch(RFC3339);
      expect(children(one(e, 'author'), 'name')).toHaveLength(1);
      const alternate = children(e, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
      expect(alternate).toHaveLength(1); // an entry with no content needs one
      expect(alternate[0]!.getAttribute('href')).toMatch(/^(https?:\/\/|members\/[\w-]+\.html$)/);
      expect(one(e, 'summary').getAttribute('type')).toBe('text');
    }
    const updated = entries.map((e) => Date.parse(one(e, 'updated').textContent!));
    expect(updated).toEqual([...updated].sort((a, b) => b - a)); // newest first
    expect(one(feed, 'updated').textContent).toBe(one(entries[0]!, 'updated').textContent);
  });

  it('keeps the newest posts only, and ids stay the same from one build to the next', async () => {
    const a = parse(await feedFor('2026-11-20', 40));
    const b = parse(await feedFor('2026-11-20', 40));
    expect(children(a, 'entry')).toHaveLength(FEED_SIZE);
    expect(children(a, 'entry').map((e) => one(e, 'id').textContent)).toEqual(children(b, 'entry').map((e) => one(e, 'id').textContent));
    expect(uuidV5('wotn:x')).toBe(uuidV5('wotn:x'));
    expect(uuidV5('wotn:x')).not.toBe(uuidV5('wotn:y'));
  });

  it('carries a hostile member\'s text as text, and never their non-web links', async () => {
    const xml = await feedFor('2026-11-05');
    const feed = parse(xml);
    const eve = children(feed, 'entry').filter((e) => one(one(e, 'author'), 'name').textContent === EVIL_NAME);
    expect(eve.length).toBeGreaterThan(0);
    for (const e of eve) {
      expect(one(e, 'title').textContent).toBe('gnp.exe "><svg onload=alert(2)>');
      expect(children(e, 'link')[0]!.getAttribute('href')).toBe('members/eve.html');
    }
    expect(xml).not.toMatch(/[\u202a-\u202e]|javascript:|data:text/);
  });

  it('links absolutely to the site when its address is known, and says it in xml:base', async () => {
    const feed = parse(await feedFor('2026-11-05', 0, 'https://wotn-vn.github.io/cohort-11/'));
    expect(feed.getAttribute('xml:base')).toBe('https://wotn-vn.github.io/cohort-11/');
    const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self')!;
    expect(self.getAttribute('href')).toBe('https://wotn-vn.github.io/cohort-11/feed.xml');
    const eve = children(feed, 'entry').find((e) => one(one(e, 'author'), 'name').textContent === EVIL_NAME)!;
    expect(children(eve, 'link')[0]!.getAttribute('href')).toBe('https://wotn-vn.github.io/cohort-11/members/eve.html');
    expect(one(one(eve, 'author'), 'uri').textContent).toBe('https://wotn-vn.github.io/cohort-11/members/eve.html');
    // Whatever address the feed is fetched from, its links lead to the site.
    for (const href of resolved(feed, 'https://reader.example/proxy/feed.xml')) expect(href).toMatch(/^https:\/\/(wotn-vn\.github\.io\/cohort-11\/|[\w.-]+\.example\.com\/)/);
  });

  it('keeps links relative to the feed when the address is unknown (xml:base="./")', async () => {
    const feed = parse(await feedFor('2026-11-05'));
    expect(feed.getAttribute('xml:base')).toBe('./');
    const links = resolved(feed, 'https://lan.example.org/site/feed.xml');
    expect(links).toContain('https://lan.example.org/site/feed.xml');
    expect(links).toContain('https://lan.example.org/site/index.html');
    expect(links).toContain('https://lan.example.org/site/members/eve.html');
  });

  it('is valid with no posts at all (before the start)', async () => {
    const feed = parse(await feedFor('2026-10-20'));
    expect(children(feed, 'entry')).toEqual([]);
    expect(one(feed, 'updated').textContent).toBe('2026-10-20T00:00:00Z');
  });
});
