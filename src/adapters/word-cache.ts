// Word counts of drafts, remembered by file size and modification time. `wotn today` and
// `wotn status` run many times a day on a draft that has not changed since the last run,
// and counting (Intl.Segmenter) is the largest part of their start-up; an edited draft
// (new size or mtime) is counted again.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitPost } from '../domain/post.js';
import { countWords } from '../domain/words.js';
import { withoutReflectionHeadings } from '../domain/wisdom.js';
import { writeFileAtomic } from './files.js';
import type { Paths } from './paths.js';

interface Counted {
  size: number;
  mtimeMs: number;
  words: number;
}

const KEEP = 20;

function readCache(file: string): Record<string, Counted> {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, Counted>) : {};
  } catch {
    return {}; // missing or unreadable: a cache, so start again
  }
}

/** The words in the body of the post at `path` (whose text the caller has read). */
export function draftWords(paths: Paths, path: string, text: string): number {
  const cacheFile = join(paths.cache, 'word-counts.json');
  const { size, mtimeMs } = statSync(path);
  const cache = readCache(cacheFile);
  const hit = cache[path];
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs && Number.isInteger(hit.words)) return hit.words;
  const words = countWords(withoutReflectionHeadings(splitPost(text).body));
  const kept = Object.entries(cache).filter(([p]) => p !== path).slice(-(KEEP - 1));
  try {
    writeFileAtomic(cacheFile, JSON.stringify(Object.fromEntries([...kept, [path, { size, mtimeMs, words }]])));
  } catch {
    // A cache that cannot be written only costs the next run a recount.
  }
  return words;
}
