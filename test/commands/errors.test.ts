// Bad input: one line naming the file, flag or value; exit 2; nothing lost or half-written.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { wotn } from '../helpers/wotn.js';

const now = '2026-11-01T20:00:00+07:00';

describe('bad input', () => {
  it.each([
    ['config.json', '{"schema": 1, "profile": {'],
    ['config.json', '{"schema": 7, "profile": {}, "blog": {}, "challenge": {}}'],
    ['journal.json', 'not json'],
    ['journal.json', '{"schema": 1, "drafts": {}, "entries": [{"date": 3}]}'],
  ])('a corrupt %s is named, exit 2, and left untouched', async (file, content) => {
    const home = tempDir();
    writeFileSync(join(home, file), content);
    for (const args of [['status'], ['today', '--no-edit'], ['publish', '--url', 'https://x.dev', '--words', '9']]) {
      const r = await wotn(args, { home, now });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(join(home, file));
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(home, file), 'utf8')).toBe(content);
    }
  });

  it('shows a stack trace only with --debug', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), '{');
    expect((await wotn(['status', '--debug'], { home, now })).stderr).toMatch(/\n\s+at /);
  });

  it.each([
    [['statu'], /unknown command 'statu'[\s\S]*Did you mean status\?/],
    [['status', '--jsn'], /unknown option '--jsn'[\s\S]*Did you mean --json\?/],
    [['init', '--goal', 'lots'], /--goal "lots" is not a whole number from 1 to 100,000/],
    [['init', '--goal', '99999999999999999999999'], /--goal "99999999999999999999999" is not a whole number from 1 to 100,000/],
    [['cohort', 'init', 'x', '--name', 'X', '--start', '2026-12-01', '--days', '99999999999'], /--days "99999999999" is not a whole number from 1 to 366/],
    [['publish', '--url', 'https://x.dev/a', '--words', '1000000000'], /--words "1000000000" is not a whole number from 0 to 1,000,000/],
    [['init', '--yes', '--timezone', 'Mars/Base'], /--timezone "Mars\/Base" is not an IANA time zone/],
    [['init', '--yes', '--handle', '-bad-'], /--handle "-bad-" starts or ends with a hyphen/],
    [['init', '--yes', '--day-starts-at', '3am'], /--day-starts-at "3am" is not a time as HH:MM/],
    [['init', '--yes', '--file-name', '{title}.md'], /--file-name "\{title\}.md" has unknown token \{title\}/],
    [['init', '--name', 'Lan'], /--handle is required when not running interactively/],
    [['init'], /--name and --handle are required when not running interactively/],
    [['publish', 'nope.md'], /nope.md: no such file/],
    [['publish'], /there is no post for today yet[\s\S]*wotn today/],
  ])('wotn %j → exit 2 with a clear message', async (args, message) => {
    const home = tempDir();
    const r = await wotn(args, { home, now });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a WOTN_NOW that is not an ISO-8601 instant', async () => {
    const r = await wotn(['status'], { home: tempDir(), now: 'yesterday' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wotn: WOTN_NOW="yesterday" is not an ISO-8601 instant (e.g. 2026-11-23T08:00:00+07:00)\n');
  });

  it('refuses executable front matter without running it', async () => {
    const home = tempDir();
    const blog = join(home, 'writing', 'posts');
    mkdirSync(blog, { recursive: true });
    const marker = join(home, 'pwned');
    const post = join(blog, 'evil.md');
    const text = `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n${'word '.repeat(300)}`;
    writeFileSync(post, text);
    const r = await wotn(['publish', post], { home, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evil.md: front matter in JavaScript is not allowed; use YAML');
    expect(() => readFileSync(marker)).toThrow();
    expect(readFileSync(post, 'utf8')).toBe(text);
  });

  it('prints only JSON on stdout with --json', async () => {
    const r = await wotn(['status', '--json'], { home: tempDir(), now });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const status = JSON.parse(r.stdout);
    expect(status).toMatchObject({ date: '2026-11-01', day: 1, days: 30, published: false, words: { today: 0, total: 0 }, streak: { current: 0, longest: 0 } });
    expect(status.calendar).toHaveLength(30);
  });

  it('--help teaches the daily loop and the environment', async () => {
    const r = await wotn(['--help'], { home: tempDir() });
    expect(r.code).toBe(0);
    for (const text of ['wotn today', 'wotn publish', 'WOTN_HOME', 'WOTN_NOW', 'Exit codes']) expect(r.stdout).toContain(text);
  });
});

const ANSI = new RegExp(String.raw`\x1b\[`);

describe('colour', () => {
  it('is off with NO_COLOR and on when forced', async () => {
    const home = tempDir();
    const plain = await wotn(['status'], { home, now });
    expect(plain.stdout).not.toMatch(ANSI);
    const forced = await wotn(['status'], { home, now, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    const flag = await wotn(['status', '--no-color'], { home, now, env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toMatch(ANSI);
  });
});

describe('--json failures', () => {
  it.each([
    [['publish'], 'not-found', 2, /there is no post for today yet/],
    [['status', '--jsn'], 'usage', 2, /unknown option '--jsn'/],
    [['report', '--ledger', '/nowhere/at/all'], 'not-found', 2, /no such folder/],
  ])('wotn %j --json: one error document on stdout, the exit code of its kind', async (args, kind, code, message) => {
    const r = await wotn([...args, '--json'], { home: tempDir(), now });
    expect(r.code).toBe(code);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]!);
    expect(doc.error.kind).toBe(kind);
    expect(doc.error.message).toMatch(message);
  });

  it('a command that reports its own failure in its result prints only that document', async () => {
    const home = tempDir();
    await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--remote', join(home, 'gone.git')], { home, now });
    const today = JSON.parse((await wotn(['today', '--no-edit', '--json'], { home, now })).stdout);
    writeFileSync(today.path, readFileSync(today.path, 'utf8') + 'word '.repeat(250));
    await wotn(['publish', '--json'], { home, now });
    const r = await wotn(['sync', '--json'], { home, now });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).blog).toMatchObject({ pending: 1, pushed: false });
  });
});

describe('posts that are not posts', () => {
  it.each([
    ['a binary file named .md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe]), /is not a text file/],
    ['Latin-1 bytes, not UTF-8', Buffer.from('---\ntitle: caf\xe9\n---\n' + 'word '.repeat(300), 'latin1'), /is not a text file/],
    ['an unknown YAML tag', Buffer.from('---\ntitle: !!js/function "function () {}"\n---\n' + 'word '.repeat(300)), /front matter is not valid YAML/],
    ['a day that is not a number', Buffer.from('---\nday: banana\n---\n' + 'word '.repeat(300)), /day: "banana" is not a day number/],
  ])('%s: exit 2 naming the file, nothing written or committed', async (_what, bytes, message) => {
    const home = tempDir();
    const posts = join(home, 'writing', 'posts');
    mkdirSync(posts, { recursive: true });
    const post = join(posts, 'odd.md');
    writeFileSync(post, bytes);
    const r = await wotn(['publish', post], { home, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('odd.md');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/YAMLWarning|\n\s+at /);
    expect(readFileSync(post)).toEqual(bytes);
    expect(existsSync(join(home, 'journal.json'))).toBe(false);
  });
});
