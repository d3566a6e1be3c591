// The built binary keeps V8's compiled code for its own files under the cache folder, one
// per command, and a run with a missing, refused or stale cache behaves exactly as one
// without: the cache only makes a start faster.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { wotnBin } from '../helpers/wotn.js';

const now = '2026-11-01T20:00:00+07:00';
const codeDir = (home: string) => {
  const root = join(home, 'cache', 'code');
  const [folder] = existsSync(root) ? readdirSync(root) : [];
  return folder ? join(root, folder) : undefined;
};
const cached = (home: string) => {
  const dir = codeDir(home);
  return dir ? readdirSync(dir).sort() : [];
};

describe('the compiled-code cache', () => {
  it('is written by the first run of a command and serves the next with the same output', async () => {
    const home = tempDir();
    await wotnBin(['today', '--no-edit'], { home, now });
    const first = await wotnBin(['status', '--json'], { home, now });
    expect(first.code).toBe(0);
    expect(cached(home)).toEqual(expect.arrayContaining([expect.stringMatching(/^main\.js-status-\d+-\d+\.bin$/), expect.stringMatching(/^main\.js-today-\d+-\d+\.bin$/)]));
    const second = await wotnBin(['status', '--json'], { home, now });
    expect(second).toEqual(first);
  });

  it('a cache V8 refuses (garbage) is replaced, and the run is unaffected', async () => {
    const home = tempDir();
    const clean = await wotnBin(['status', '--json'], { home, now });
    const dir = codeDir(home)!;
    const [file] = cached(home).filter((f) => f.startsWith('main.js-status-'));
    writeFileSync(join(dir, file!), 'not a code cache');
    const again = await wotnBin(['status', '--json'], { home, now });
    expect(again).toEqual(clean);
    expect(readFileSync(join(dir, file!), 'utf8')).not.toBe('not a code cache');
  });

  it('the cache of an earlier build is removed when this build writes its own', async () => {
    const home = tempDir();
    await wotnBin(['status'], { home, now });
    const dir = codeDir(home)!;
    writeFileSync(join(dir, 'main.js-status-1-1.bin'), 'an older build');
    writeFileSync(join(dir, 'main.js-status-1-1.bin.tmp'), 'not ours to judge');
    const [current] = cached(home).filter((f) => /^main\.js-status-\d+-\d+\.bin$/.test(f) && f !== 'main.js-status-1-1.bin');
    writeFileSync(join(dir, current!), 'refused');
    await wotnBin(['status'], { home, now });
    expect(cached(home)).not.toContain('main.js-status-1-1.bin');
    expect(cached(home)).toContain(current);
  });

  it('is not kept for the commands that read a whole ledger (report, site): the run is the data', async () => {
    const home = tempDir();
    await wotnBin(['today', '--no-edit'], { home, now });
    const r = await wotnBin(['report', '--ledger', join(home, 'no-such-ledger')], { home, now });
    expect(r.code).not.toBe(0);
    expect(cached(home).some((f) => f.includes('-report-'))).toBe(false);
    expect(cached(home).some((f) => f.includes('-today-'))).toBe(true);
  });

  it('WOTN_NO_CODE_CACHE=1 writes none', async () => {
    const home = tempDir();
    const r = await wotnBin(['status'], { home, now, env: { WOTN_NO_CODE_CACHE: '1' } });
    expect(r.code).toBe(0);
    expect(existsSync(join(home, 'cache', 'code'))).toBe(false);
  });
});
