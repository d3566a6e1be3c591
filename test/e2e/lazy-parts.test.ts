// The built binary loads parts of itself only when a command needs them (dist/lazy): each
// is exercised here through the binary, since in-process tests run the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { wotnBin, wotnBinJson } from '../helpers/wotn.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
});
afterEach(() => gh.close());

function ledgerOnGitHub(root: string): NodeJS.ProcessEnv {
  const src = join(root, 'src');
  mkdirSync(join(src, 'members'), { recursive: true });
  mkdirSync(join(src, 'progress'), { recursive: true });
  writeFileSync(join(src, 'wotn-cohort.json'), JSON.stringify({ schema: 1, id: 'x', name: 'Lazy', start: '2026-11-01', days: 30, timezone: 'UTC', minWords: 10 }));
  writeFileSync(join(src, 'members', 'lan.json'), JSON.stringify({ schema: 1, handle: 'lan', name: 'Lan' }));
  writeFileSync(join(src, 'progress', 'lan.json'), JSON.stringify({ schema: 1, handle: 'lan', entries: [{ date: '2026-11-01', title: 'Một', words: 100, publishedAt: '2026-11-01T12:00:00Z' }] }));
  gitSync(root, 'init', '--quiet', '--initial-branch=main', src);
  gitSync(src, 'add', '-A');
  gitSync(src, 'commit', '--quiet', '-m', 'ledger');
  mkdirSync(dirname(gh.bare('wotn-vn/lazy')), { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--bare', src, gh.bare('wotn-vn/lazy')]);
  return { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: gh.token, GH_TOKEN: '' };
}

describe('the binary\'s lazy parts', () => {
  it('report, the lead\'s view and the site read a github: ledger as it streams', async () => {
    const root = tempDir();
    const env = ledgerOnGitHub(root);
    const home = join(root, 'home');
    const now = '2026-11-01T20:00:00Z';
    const report = await wotnBinJson(['report', '--ledger', 'github:wotn-vn/lazy'], { home, env, now });
    expect(report.members).toEqual([expect.objectContaining({ handle: 'lan', daysWritten: 1, writtenToday: true })]);
    const html = await wotnBin(['report', '--ledger', 'github:wotn-vn/lazy', '--format', 'html'], { home, env, now });
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("Lazy: lead's view");
    const out = join(root, 'site');
    const site = await wotnBin(['site', '--ledger', 'github:wotn-vn/lazy', '--out', out], { home, env, now });
    expect(site.code).toBe(0);
    expect(existsSync(join(out, 'members', 'lan.html'))).toBe(true);
    const refused = await wotnBin(['site', '--ledger', 'github:wotn-vn/lazy', '--out', join(root, 'src')], { home, env, now });
    expect(refused.code).toBe(2);
  });

  it('import reads CSV with its parser', async () => {
    const home = tempDir();
    const file = join(home, 'journal.csv');
    writeFileSync(file, 'date,day,title,words,url,publishedAt,path,push,synced,late\n2026-11-01,1,"Một, hai",120,,2026-11-01T20:00:00+07:00,,none,false,\n');
    const r = await wotnBinJson(['import', file], { home });
    expect(r).toMatchObject({ added: 1, refused: [] });
  });
});
