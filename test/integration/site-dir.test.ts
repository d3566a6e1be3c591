// Writing the site's folder on a real file system: fresh every time, never through a link.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MARKER, writeSiteDir } from '../../src/adapters/site-dir.js';
import { tempDir } from '../helpers/tmp.js';

const files = (...paths: string[]) => paths.map((path) => ({ path, content: `<p>${path}</p>` }));
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('writeSiteDir', () => {
  it('writes a new folder, readable by everyone, marked as a site', async () => {
    const out = join(tempDir(), 'public', 'site');
    const r = await writeSiteDir(out, files('index.html', 'members/lan.html', 'search/ng.json'));
    expect(r).toEqual({ dir: out, files: 3, bytes: ['index.html', 'members/lan.html', 'search/ng.json'].reduce((n, p) => n + `<p>${p}</p>`.length, 0) });
    expect(tree(out)).toEqual([SITE_MARKER, 'index.html', 'members/lan.html', 'search/ng.json']);
    expect(readFileSync(join(out, 'members/lan.html'), 'utf8')).toBe('<p>members/lan.html</p>');
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(readdirSync(join(out, '..'))).toEqual(['site']); // no temporary folder left beside it
  });

  it('replaces an earlier site whole: no stale page survives', async () => {
    const out = join(tempDir(), 'site');
    await writeSiteDir(out, files('index.html', 'members/gone.html', 'days/2026-11-01.html'));
    await writeSiteDir(out, files('index.html', 'members/lan.html'));
    expect(tree(out)).toEqual([SITE_MARKER, 'index.html', 'members/lan.html']);
    expect(readdirSync(join(out, '..'))).toEqual(['site']);
  });

  it('replaces what wotn leaderboard wrote before the site, and an empty folder', async () => {
    const root = tempDir();
    const legacy = join(root, 'legacy');
    mkdirSync(legacy);
    for (const f of ['index.html', 'progress.json', 'LEADERBOARD.md']) writeFileSync(join(legacy, f), 'old');
    await writeSiteDir(legacy, files('index.html'));
    expect(tree(legacy)).toEqual([SITE_MARKER, 'index.html']);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    await writeSiteDir(empty, files('index.html'));
    expect(tree(empty)).toEqual([SITE_MARKER, 'index.html']);
  });

  it('refuses a link, and leaves what it points to alone', async () => {
    const root = tempDir();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, SITE_MARKER), '');
    writeFileSync(join(elsewhere, 'keep.txt'), 'mine');
    symlinkSync(elsewhere, join(root, 'site'));
    await expect(writeSiteDir(join(root, 'site'), files('index.html'))).rejects.toThrow(/is a symbolic link/);
    expect(tree(elsewhere)).toEqual([SITE_MARKER, 'keep.txt']);
    expect(lstatSync(join(root, 'site')).isSymbolicLink()).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['elsewhere', 'site']);
  });

  it('refuses a folder it did not make, and a file', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'ledger'));
    writeFileSync(join(root, 'ledger', 'wotn-cohort.json'), '{}');
    await expect(writeSiteDir(join(root, 'ledger'), files('index.html'))).rejects.toThrow(/is a folder wotn did not make/);
    expect(readFileSync(join(root, 'ledger', 'wotn-cohort.json'), 'utf8')).toBe('{}');
    writeFileSync(join(root, 'file'), 'x');
    await expect(writeSiteDir(join(root, 'file'), files('index.html'))).rejects.toThrow(/is not a folder/);
  });

  it.each(['../escape.html', '/etc/passwd', 'a/../../b.html', 'members/.hidden', 'a//b.html', ''])('refuses to write %j, keeps the old site and cleans up', async (path) => {
    const root = tempDir();
    const out = join(root, 'site');
    await writeSiteDir(out, files('index.html'));
    await expect(writeSiteDir(out, [...files('ok.html'), { path, content: 'x' }])).rejects.toThrow(/not a plain relative path/);
    expect(tree(out)).toEqual([SITE_MARKER, 'index.html']);
    expect(readdirSync(root)).toEqual(['site']);
    expect(existsSync(join(root, 'escape.html'))).toBe(false);
  });

  it('never writes one path twice (a file is created, never overwritten)', async () => {
    const root = tempDir();
    await expect(writeSiteDir(join(root, 'site'), files('index.html', 'index.html'))).rejects.toThrow(/EEXIST/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('counts the files of a writer beside it, which fills the same fresh folder', async () => {
    const out = join(tempDir(), 'site');
    const r = await writeSiteDir(out, files('index.html'), (dir) => {
      mkdirSync(join(dir, 'members'));
      writeFileSync(join(dir, 'members', 'lan.html'), 'lan');
      return { done: Promise.resolve({ files: 1, bytes: 3 }), stop: async () => {} };
    });
    expect(r).toEqual({ dir: out, files: 2, bytes: 3 + '<p>index.html</p>'.length });
    expect(tree(out)).toEqual([SITE_MARKER, 'index.html', 'members/lan.html']);
  });

  it('when the writer beside it fails, keeps the old site and leaves nothing half-written', async () => {
    const root = tempDir();
    const out = join(root, 'site');
    await writeSiteDir(out, files('index.html'));
    let stopped = false;
    await expect(writeSiteDir(out, files('new.html'), (dir) => {
      writeFileSync(join(dir, 'half.html'), 'x');
      return { done: Promise.reject(new Error('writing the site: ENOSPC')), stop: async () => void (stopped = true) };
    })).rejects.toThrow('writing the site: ENOSPC');
    expect(stopped).toBe(true); // stopped before its folder was removed
    expect(tree(out)).toEqual([SITE_MARKER, 'index.html']);
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('stops the writer beside it when its own pages fail', async () => {
    const root = tempDir();
    let settle: () => void = () => {};
    const stops: string[] = [];
    await expect(writeSiteDir(join(root, 'site'), [...files('ok.html'), { path: '../x.html', content: 'x' }], () => ({
      done: new Promise((resolve) => (settle = () => resolve({ files: 0, bytes: 0 }))),
      stop: async () => {
        stops.push('stop');
        settle();
      },
    }))).rejects.toThrow(/not a plain relative path/);
    expect(stops.length).toBeGreaterThan(0);
    expect(readdirSync(root)).toEqual([]);
  });
});
