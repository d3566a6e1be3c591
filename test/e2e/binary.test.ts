// The built binary, run as a user's shell runs it: what only a real process shows (the bin
// shim, exit codes, stdout and stderr as pipes, no terminal to prompt on). Command
// behaviour is tested in-process in test/commands.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareRepo, log } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { BIN, wotnBin, wotnBinJson } from '../helpers/wotn.js';
import pkg from '../../package.json' with { type: 'json' };

const now = '2026-11-01T20:00:00+07:00';
const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ') + '\n';

describe('the wotn binary', () => {
  it('--version prints the package version and nothing else', async () => {
    const r = await wotnBin(['--version'], { home: tempDir() });
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('on a fresh machine, today --no-edit scaffolds a post on embedded defaults', async () => {
    const home = tempDir();
    const r = await wotnBin(['today', '--no-edit'], { home, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Day 1 of 30');
    expect(existsSync(join(home, 'writing', '.git'))).toBe(true);
    expect(existsSync(join(home, 'writing', 'posts', '2026-11-01-day-1.md'))).toBe(true);
  });

  it('a writer\'s day: init, today, publish pushes to the remote, status in JSON', async () => {
    const root = tempDir();
    const home = join(root, 'home');
    const remote = bareRepo(root);
    const init = await wotnBin(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--preset', 'jekyll',
      '--blog', join(root, 'blog'), '--create', '--remote', remote, '--goal', '50'], { home });
    expect(init.code).toBe(0);
    const today = await wotnBinJson(['today', '--no-edit', '--title', 'Viết mỗi ngày'], { home, now });
    appendFileSync(today.path, words(60));
    const published = await wotnBinJson(['publish'], { home, now });
    expect(published).toMatchObject({ day: 1, words: 60, pushed: true, streak: { current: 1, longest: 1 } });
    expect(log(remote, 'main')).toEqual(['Day 1: Viết mỗi ngày']);
    expect(await wotnBinJson(['status'], { home, now })).toMatchObject({ day: 1, published: true, daysWritten: 1 });
  });

  it('a post under the goal: exit 2, one line on stderr, nothing on stdout', async () => {
    const home = tempDir();
    const today = await wotnBinJson(['today', '--no-edit'], { home, now });
    appendFileSync(today.path, words(31));
    const r = await wotnBin(['publish'], { home, now });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^wotn: .*2026-11-01-day-1\.md: 31\/200 words/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown command: exit 2 with a suggestion', async () => {
    const r = await wotnBin(['statsu'], { home: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'statsu'[\s\S]*Did you mean status\?/);
  });

  it('init with stdin and stdout as pipes never prompts: it names the missing flags', async () => {
    const r = await wotnBin(['init'], { home: tempDir(), input: 'Lan\nlan\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name and --handle are required when not running interactively');
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the run quietly: no EPIPE stack trace', async () => {
    const home = tempDir();
    // A folder ledger with many members: `wotn members` writes a line for each.
    const ledger = join(home, 'ledger');
    mkdirSync(join(ledger, 'members'), { recursive: true });
    writeFileSync(join(ledger, 'wotn-cohort.json'), JSON.stringify({ schema: 1, id: 'big', name: 'Big', start: '2026-11-01', days: 30, timezone: 'UTC', minWords: 10 }));
    for (let i = 0; i < 3000; i++) writeFileSync(join(ledger, 'members', `m${i}.json`), JSON.stringify({ schema: 1, handle: `m${i}`, name: `Member ${i}`, intro: 'x'.repeat(200) }));
    const { spawn } = await import('node:child_process');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const env = { ...process.env, WOTN_HOME: home, WOTN_NOW: now, NO_COLOR: '1' };
      // `wotn members | head -c 1`, without a shell: the reader goes away after one chunk.
      const child = spawn(process.execPath, [BIN, 'members', '--ledger', ledger], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    // stderr with the code: a failure says what the run said.
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('knows zones from the build\'s list and still refuses one that is not a zone', async () => {
    const home = tempDir();
    const init = await wotnBin(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home });
    expect(init.code).toBe(0);
    expect((await wotnBinJson(['status'], { home, now })).day).toBe(1);
    const file = join(home, 'config.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Asia/Ho_Chi_Minh', 'Mars/Olympus_Mons'));
    const r = await wotnBin(['status'], { home, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.json.*profile\.timezone: "Mars\/Olympus_Mons" is not an IANA time zone/);
  });
});
