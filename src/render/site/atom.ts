// The cohort's posts as an Atom 1.0 feed (RFC 4287), newest first. When the site's address
// is known its links are absolute (and xml:base says it); otherwise they are relative to the
// feed's own address (xml:base="./"), which Atom allows and feed readers resolve. Ids are
// name-based UUIDs (RFC 9562 version 5), stable across builds wherever the site is hosted.
import { createHash } from 'node:crypto';
import type { SiteModel } from '../../domain/site.js';
import { htmlText as x, safeUrl } from '../escape.js';
import { paths } from './layout.js';
import type { Translator } from '../../i18n/index.js';

const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

export function uuidV5(name: string): string {
  const b = createHash('sha1').update(URL_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const rfc3339 = (timestamp: string) => new Date(Date.parse(timestamp)).toISOString().replace('.000Z', 'Z');

/** `siteUrl`: the site's address, ending with "/", when known. */
export function atomFeed(m: SiteModel, tr: Translator, siteUrl?: string): string {
  const base = siteUrl ?? '';
  const updated = m.feed[0] ? rfc3339(m.feed[0].publishedAt) : `${m.date}T00:00:00Z`;
  const entries = m.feed.map((p) => {
    const link = safeUrl(p.url) ?? base + paths.member(p.handle);
    return `<entry>
<id>${uuidV5(`wotn:${m.cohort.id}:${p.handle}:${p.date}`)}</id>
<title type="text">${x(p.title || tr.t('site.day', { day: p.day }))}</title>
<link rel="alternate" type="text/html" href="${x(link)}"/>
<published>${rfc3339(p.publishedAt)}</published>
<updated>${rfc3339(p.publishedAt)}</updated>
<author><name>${x(p.name)}</name><uri>${x(base + paths.member(p.handle))}</uri></author>
<summary type="text">${tr.t('site.day', { day: p.day })} · ${tr.t('unit.words', { count: p.words })} · ${x(p.name)} (@${p.handle})</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${tr.lang}" xml:base="${siteUrl ? x(siteUrl) : './'}">
<id>${uuidV5(`wotn:${m.cohort.id}`)}</id>
<title type="text">${x(m.cohort.name)}</title>
<subtitle type="text">${x(tr.t('site.feedSubtitle', { days: m.cohort.days }))}</subtitle>
<updated>${updated}</updated>
<author><name>${x(m.cohort.name)}</name></author>
<link rel="self" type="application/atom+xml" href="${x(base + paths.feed)}"/>
<link rel="alternate" type="text/html" href="${x(base + paths.home)}"/>
<generator>wotn</generator>
${entries.join('\n')}
</feed>
`;
}
