// The archive extractor against archives made by real git, and where the token may go.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractTarGz } from '../../src/adapters/tar.js';
import { gitAuthEnv } from '../../src/adapters/github-auth.js';
import { gitSync, workRepo } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';

describe('extractTarGz', () => {
  it('unpacks a git archive (with a long path) and drops the wrapping folder', () => {
    const repo = workRepo(tempDir());
    const long = `progress/${'a'.repeat(39)}/${'b'.repeat(120)}.json`;
    mkdirSync(join(repo, 'progress', 'a'.repeat(39)), { recursive: true });
    writeFileSync(join(repo, long), '{"long":true}');
    writeFileSync(join(repo, 'wotn-cohort.json'), '{"x":"Viết"}');
    gitSync(repo, 'add', '-A');
    gitSync(repo, 'commit', '-qm', 'x');
    const archive = execFileSync('git', ['archive', '--format=tar.gz', '--prefix=owner-repo-abc1234/', 'HEAD'], { cwd: repo });
    const out = tempDir();
    expect(extractTarGz(archive, out)).toBe(2);
    expect(readFileSync(join(out, 'wotn-cohort.json'), 'utf8')).toBe('{"x":"Viết"}');
    expect(readFileSync(join(out, long), 'utf8')).toBe('{"long":true}');
  });

  it('refuses an entry that would escape the folder', () => {
    const header = Buffer.alloc(512);
    header.write('wrap/../../evil.txt', 0);
    header.write('0000644\0', 100);
    header.write('00000000004\0', 124);
    header.write('0', 156);
    header.write('ustar\0', 257);
    let sum = 0;
    header.fill(' ', 148, 156);
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    const body = Buffer.alloc(512);
    body.write('evil');
    const archive = gzipSync(Buffer.concat([header, body, Buffer.alloc(1024)]));
    expect(() => extractTarGz(archive, tempDir())).toThrow(/escapes the folder/);
  });
});

describe('gitAuthEnv', () => {
  const env = { GITHUB_TOKEN: 'ghp_secret', GITHUB_SERVER_URL: 'https://github.com' };
  it('scopes the header to the GitHub server and carries the token only in the environment', () => {
    const e = gitAuthEnv('https://github.com/wotn-vn/ledger.git', env);
    expect(e.GIT_CONFIG_COUNT).toBe('1');
    expect(e.GIT_CONFIG_KEY_0).toBe('http.https://github.com/.extraheader');
    expect(Buffer.from(e.GIT_CONFIG_VALUE_0!.replace('AUTHORIZATION: basic ', ''), 'base64').toString()).toBe('x-access-token:ghp_secret');
  });
  it.each(['https://gitlab.com/x/y.git', 'file:///tmp/ledger.git', 'git@github.com:x/y.git', '/tmp/ledger.git'])('sends nothing to %s', (url) => {
    expect(gitAuthEnv(url, env)).toEqual({});
  });
});
