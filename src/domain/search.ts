// Finding a writer by name or handle without loading the whole cohort: the index is split
// into small shards keyed by the first two letters of each word, so a search fetches one.
// Pure. searchTokens and searchKey run in the browser too (the site embeds their source),
// so they use nothing but their arguments and built-ins.
import type { Ranked } from './report.js';

/** [handle, name, rank, days written, leaderboard page] */
export type SearchEntry = [handle: string, name: string, rank: number, days: number, page: number];

/** Words of a name or handle, lowercased, without diacritics: "Nguyễn Thị Đào" → nguyen thi dao. */
export function searchTokens(text: string): string[] {
  // Plain ASCII (every handle, many names) has no marks to strip: the same words, sooner.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The shard a word belongs to: its first two characters (one for a one-letter word), spelled safely for a file name. */
export function searchKey(token: string): string {
  const head = token.slice(0, 2);
  if (/^[a-z0-9]+$/.test(head)) return head;
  return Array.from(token)
    .slice(0, 2)
    .map((c) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`))
    .join('');
}

/** Shards of the index: each writer is in the shard of every word of their name and handle. */
export function searchShards(ranked: readonly Ranked[], pageSize: number): Map<string, SearchEntry[]> {
  const shards = new Map<string, SearchEntry[]>();
  ranked.forEach(({ rank, member: m }, i) => {
    const entry: SearchEntry = [m.handle, m.name, rank, m.daysWritten, Math.floor(i / pageSize) + 1];
    const keys = new Set([...searchTokens(m.name), ...searchTokens(m.handle)].map(searchKey));
    for (const key of keys) {
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = []));
      shard.push(entry);
    }
  });
  return shards;
}
