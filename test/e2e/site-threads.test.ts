// The built binary renders and writes the member pages on a second thread (in-process runs of
// the source have no built worker file, so they render them all on one): the two sites must
// be the same, and a failure on the second thread must fail the build cleanly.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIL_NAME, EVIL_TITLE, writeSiteLedger } from '../helpers/site-ledger.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnBin } from '../helpers/wotn.js';

const now = '2026-11-09T15:00:00Z';
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('wotn site on two threads', () => {
  it('writes the same site as one thread does, byte for byte, hostile strings escaped the same', async () => {
    const root = tempDir();
    // 307 writers: 5 chunks of member pages, enough for the binary to start its second thread.
    const ledger = writeSiteLedger(join(root, 'ledger'), 300);
    const home = join(root, 'home');
    const built = await wotnBin(['site', '--ledger', ledger, '--out', join(root, 'bin-site')], { home, now });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect((await wotn(['site', '--ledger', ledger, '--out', join(root, 'src-site')], { home, now })).code).toBe(0);
    const files = tree(join(root, 'bin-site'));
    expect(files).toEqual(tree(join(root, 'src-site')));
    expect(files.filter((f) => f.startsWith('members/'))).toHaveLength(307);
    // The search script embeds the tokenizer by its source, which the build minifies: the one file that differs.
    for (const f of files.filter((path) => path !== 'assets/search.js')) {
      expect(readFileSync(join(root, 'bin-site', f)).equals(readFileSync(join(root, 'src-site', f))), f).toBe(true);
    }
    const eve = readFileSync(join(root, 'bin-site', 'members', 'eve.html'), 'utf8');
    expect(eve).not.toContain(EVIL_NAME);
    expect(eve).not.toContain(EVIL_TITLE);
    expect(eve).not.toContain('href="javascript:');
  });

  it('reads the members\' files on the second thread as one thread does: links, odd files and oversized files refused alike', async () => {
    const root = tempDir();
    const ledger = writeSiteLedger(join(root, 'ledger'), 300);
    writeFileSync(join(root, 'secret.json'), '{"schema":1,"handle":"zed","entries":[]}');
    symlinkSync(join(root, 'secret.json'), join(ledger, 'progress', 'zed.json'));
    mkdirSync(join(ledger, 'members', 'dir.json'));
    writeFileSync(join(ledger, 'progress', 'big.json'), ' '.repeat((1 << 20) + 1));
    writeFileSync(join(ledger, 'progress', 'bad.json'), '{ not json');
    const home = join(root, 'home');
    const built = await wotnBin(['site', '--ledger', ledger, '--out', join(root, 'bin-site')], { home, now });
    const source = await wotn(['site', '--ledger', ledger, '--out', join(root, 'src-site')], { home, now });
    expect(built.code).toBe(0);
    const warnings = (out: string) => out.split('\n').filter((line) => line.startsWith('warning: ')).sort();
    expect(warnings(built.stdout + built.stderr)).toEqual(warnings(source.stdout + source.stderr));
    expect(warnings(built.stdout + built.stderr).join('\n')).toMatch(/progress\/zed\.json: is a symbolic link; skipped/);
    expect(warnings(built.stdout + built.stderr).join('\n')).toMatch(/progress\/big\.json: is larger than 1 MiB; skipped/);
    expect(warnings(built.stdout + built.stderr).join('\n')).toMatch(/members\/dir\.json: is not a regular file; skipped/);
    expect(tree(join(root, 'bin-site'))).toEqual(tree(join(root, 'src-site')));
  });

  it('a Vietnamese cohort\'s member pages are Vietnamese on the second thread too', async () => {
    const root = tempDir();
    const ledger = writeSiteLedger(join(root, 'ledger'), 300, { lang: 'vi' });
    const home = join(root, 'home');
    expect((await wotnBin(['site', '--ledger', ledger, '--out', join(root, 'bin-site')], { home, now })).code).toBe(0);
    expect((await wotn(['site', '--ledger', ledger, '--out', join(root, 'src-site')], { home, now })).code).toBe(0);
    // The last writer's page is rendered by whichever thread claims the last chunk.
    for (const page of ['members/eve.html', 'members/writer-299.html']) {
      const built = readFileSync(join(root, 'bin-site', page), 'utf8');
      expect(built).toContain('lang="vi"');
      expect(built).toBe(readFileSync(join(root, 'src-site', page), 'utf8'));
    }
  });

  it('a page the second thread cannot write fails the build in one line, and leaves nothing behind', async () => {
    const root = tempDir();
    const ledger = writeSiteLedger(join(root, 'ledger'), 300);
    // A folder whose new site's member pages (members/writer-100.html, 23 characters) reach
    // past the longest path Linux opens (4,095), while every other page (at most 22) fits.
    let parent = root;
    while (parent.length < 4054 - 201) parent = join(parent, 'd'.repeat(200));
    parent = join(parent, 'e'.repeat(4054 - parent.length - 1));
    mkdirSync(parent, { recursive: true });
    expect(parent).toHaveLength(4054);
    const r = await wotnBin(['site', '--ledger', ledger, '--out', join(parent, 'site')], { home: join(root, 'home'), now });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^wotn: writing the site: ENAMETOOLONG: name too long, open '.*\/members\/[^/]+\.html'$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(parent)).toEqual([]);
  });
});
