// The member pages travel to a second thread packed (strings in one JSON text per chunk,
// numbers in shared memory): what comes out must be the model's own pages, byte for byte,
// and each page must be rendered by exactly one of the two threads.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSource } from '../../src/adapters/ledger-files.js';
import { readSiteData } from '../../src/adapters/site-reader.js';
import { MessageChannel } from 'node:worker_threads';
import { chunksFrom, claimedMemberPages, claimedModelPages, membersToPack, packMembers, stopClaims } from '../../src/app/site-members.js';
import { siteModel } from '../../src/domain/site.js';
import { renderSite, type SiteFile } from '../../src/render/site/index.js';
import { english, translator } from '../../src/i18n/index.js';
import { EVIL_NAME, writeSiteLedger } from '../helpers/site-ledger.js';
import { tempDir } from '../helpers/tmp.js';

async function packed(date: string, crowd: number) {
  const dir = writeSiteLedger(join(tempDir(), 'ledger'), crowd);
  const data = await readSiteData(folderSource(dir, 'ledger'), () => date);
  const model = siteModel(data);
  return { model, packed: packMembers(model, data, 'en') };
}

describe('member pages from packed data', () => {
  // Before the challenge, on a day of it, and after it: the calendar, streak and cheer differ.
  it.each(['2026-10-30', '2026-11-07', '2026-12-15'])('on %s are the pages the model renders, hostile strings escaped the same', async (date) => {
    const { model, packed: p } = await packed(date, 150);
    const expected = [...renderSite(model)].filter((f) => f.path.startsWith('members/'));
    expect(expected).toHaveLength(157);
    expect(p.chunks.length).toBe(3);
    const got = [...claimedMemberPages(p, english)];
    expect(got).toEqual(expected);
    const eve = got.find((f) => f.path === 'members/eve.html')!.content;
    expect(eve).not.toContain(EVIL_NAME);
    expect(eve).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('in the cohort\'s language: the packed pages are the model\'s Vietnamese pages', async () => {
    const { model, packed: p } = await packed('2026-11-07', 150);
    const vi = await translator('vi');
    const expected = [...renderSite(model, vi)].filter((f) => f.path.startsWith('members/'));
    expect([...claimedMemberPages(p, vi)]).toEqual(expected);
    expect(expected[0]!.content).toContain('lang="vi"');
  });

  it('leaves them out of the other pages when asked, and nothing else', async () => {
    const { model } = await packed('2026-11-07', 0);
    const all = [...renderSite(model)].map((f) => f.path);
    const rest = [...renderSite(model, english, { memberPages: false })].map((f) => f.path);
    expect(rest).toEqual(all.filter((path) => !path.startsWith('members/')));
  });

  it('chunks posted one by one, as the second thread receives them, give the same pages', async () => {
    const { model, packed: p } = await packed('2026-11-07', 250);
    const expected = [...renderSite(model)].filter((f) => f.path.startsWith('members/'));
    // The receiving side starts with no chunk; each is posted and counted, as wotn site does.
    const { port1, port2 } = new MessageChannel();
    const there = { ...membersToPack(model, 'en'), counters: p.counters };
    for (const chunk of p.chunks) {
      port1.postMessage(chunk);
      Atomics.add(p.counters, 1, 1);
    }
    const got = [...claimedMemberPages(there, english, chunksFrom(port2, there))];
    expect(got.map((f) => f.path)).toEqual(expected.map((f) => f.path));
    expect(got).toEqual(expected);
    port1.close();
  });

  it('a thread waiting for a chunk that will not come stops when the build stops', async () => {
    const { model } = await packed('2026-11-07', 250);
    const { port2 } = new MessageChannel();
    const there = membersToPack(model, 'en');
    stopClaims(there);
    Atomics.store(there.counters, 0, 0); // it had claimed chunk 0 before the stop
    expect([...claimedMemberPages(there, english, chunksFrom(port2, there))]).toEqual([]);
    port2.close();
  });

  it('gives each chunk to one thread only, and none once stopped', async () => {
    const { model, packed: p } = await packed('2026-11-07', 250);
    // Two claimers taking turns, as the two threads do (this one renders its claims from the
    // model, the other from the chunks): each page comes out once, and as the model renders it.
    const a = claimedModelPages(model, p, english), b = claimedMemberPages(p, english);
    const seen: SiteFile[] = [];
    for (let done = 0; done < 2;) {
      done = 0;
      for (const g of [a, b]) {
        const r = g.next();
        if (r.done) done++;
        else seen.push(r.value);
      }
    }
    expect(seen).toHaveLength(257);
    expect(new Set(seen.map((f) => f.path)).size).toBe(257);
    const expected = [...renderSite(model)].filter((f) => f.path.startsWith('members/'));
    expect([...seen].sort((x, y) => (x.path < y.path ? -1 : 1))).toEqual([...expected].sort((x, y) => (x.path < y.path ? -1 : 1)));
    const { packed: q } = await packed('2026-11-07', 250);
    stopClaims(q);
    expect([...claimedMemberPages(q, english)]).toEqual([]);
  });
});
