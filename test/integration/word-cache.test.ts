// Draft word counts are remembered by size and mtime, and counted again after an edit.
import { appendFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/adapters/paths.js';
import { draftWords } from '../../src/adapters/word-cache.js';
import { tempDir } from '../helpers/tmp.js';

describe('draft word counts', () => {
  it('are counted once, then counted again when the draft changes', () => {
    const home = tempDir();
    const paths = resolvePaths({ WOTN_HOME: home });
    const post = join(home, 'post.md');
    writeFileSync(post, '---\ntitle: x\n---\nmột hai ba\n');
    expect(draftWords(paths, post, readFileSync(post, 'utf8'))).toBe(3);
    appendFileSync(post, 'bốn năm\n');
    expect(draftWords(paths, post, readFileSync(post, 'utf8'))).toBe(5);
    // Same size, new time: counted again.
    writeFileSync(post, '---\ntitle: x\n---\nmột hai ba bốn sáu\n');
    utimesSync(post, new Date(), new Date(Date.now() + 5_000));
    expect(draftWords(paths, post, readFileSync(post, 'utf8'))).toBe(5);
  });

  it('a corrupt cache file is ignored, not an error', () => {
    const home = tempDir();
    const paths = resolvePaths({ WOTN_HOME: home });
    writeFileSync(join(home, 'post.md'), 'a b\n');
    mkdirSync(paths.cache, { recursive: true });
    writeFileSync(join(paths.cache, 'word-counts.json'), '{not json');
    expect(draftWords(paths, join(home, 'post.md'), 'a b\n')).toBe(2);
  });
});
