// The archive reader against archives made by real git (as GitHub makes them) and, for what
// git never writes (hard links, FIFOs, paths that climb out), archives made by a tar writer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { readLedgerArchive } from '../../src/adapters/ledger-archive.js';
import type { MemberFiles } from '../../src/domain/report.js';
import { gitSync, workRepo } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import type { Said } from '../../src/domain/said.js';

const COHORT = JSON.stringify({ schema: 1, name: 'Archive', start: '2026-11-01', days: 30, timezone: 'UTC', minWords: 10 });
const card = (handle: string) => JSON.stringify({ schema: 1, handle, name: handle.toUpperCase(), joinedAt: '2026-10-30T00:00:00Z' });
const progress = (handle: string) => JSON.stringify({ schema: 1, handle, entries: [{ date: '2026-11-02', title: 'T', words: 50, publishedAt: '2026-11-02T10:00:00Z' }] });

async function read(archive: Buffer) {
  const warnings: Said[] = [];
  const members: MemberFiles[] = [];
  const { cohortText } = await readLedgerArchive(Readable.from([archive]), { label: 'github:o/r', visit: (m) => members.push(m), warnings });
  members.sort((a, b) => (a.handle < b.handle ? -1 : 1));
  return { cohortText, warnings: warnings.map((w) => w.text), members: members.map((m) => [m.handle, m.card?.name ?? null, m.progress?.entries.length ?? null]) };
}

function gitArchive(files: Record<string, string>, links: Record<string, string> = {}): Buffer {
  const repo = workRepo(tempDir());
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    symlinkSync(target, join(repo, path));
  }
  gitSync(repo, 'add', '-A');
  gitSync(repo, 'commit', '-qm', 'ledger');
  return execFileSync('git', ['archive', '--format=tar.gz', '--prefix=wotn-vn-ledger-abc1234/', 'HEAD'], { cwd: repo });
}

/** A .tar.gz written entry by entry, for archives git would never make. */
async function tarGz(entries: (Partial<Header> & { name: string; body?: string | Buffer })[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c) => void chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => p.on('end', () => resolve()));
  for (const { body, ...header } of entries) await new Promise<void>((resolve, reject) => p.entry(header, body ?? '', (e) => (e ? reject(e) : resolve())));
  p.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

describe('readLedgerArchive', () => {
  it('reads only the ledger\'s own files from a git archive, cards and progress together', async () => {
    const r = await read(gitArchive({
      'wotn-cohort.json': COHORT,
      'README.md': '# not a ledger file',
      [`site/${'x'.repeat(120)}/index.html`]: '<p>a path long enough for a pax header</p>',
      'members/.gitkeep': '',
      'members/ann.json': card('ann'),
      'members/bao.json': card('bao'),
      'progress/ann.json': progress('ann'),
      'progress/chi.json': progress('chi'),
    }));
    expect(r.cohortText).toBe(COHORT);
    expect(r.members).toEqual([['ann', 'ANN', 1], ['bao', 'BAO', null], ['chi', null, 1]]);
    expect(r.warnings).toEqual([]);
  });

  it('refuses links, non-regular and oversized files by name, showing none of their content', async () => {
    const secret = 'SECRET'.repeat(200_000); // over 1 MiB
    const r = await read(await tarGz([
      { name: 'top/', type: 'directory' },
      { name: 'top/members/ann.json', body: card('ann') },
      { name: 'top/members/hard.json', type: 'link', linkname: 'top/members/ann.json' },
      { name: 'top/progress/big.json', body: secret },
      { name: 'top/progress/pipe.json', type: 'fifo' },
      { name: 'top/progress/sneaky.json', type: 'symlink', linkname: '/etc/passwd' },
      { name: 'top/wotn-cohort.json', body: COHORT },
    ]));
    expect(r.warnings).toEqual([
      'members/hard.json: is a hard link; skipped',
      'progress/big.json: is larger than 1 MiB; skipped',
      'progress/pipe.json: is not a regular file; skipped',
      'progress/sneaky.json: is a symbolic link; skipped',
    ]);
    expect(r.warnings.join('\n')).not.toMatch(/SECRET|passwd/);
    expect(r.members).toEqual([['ann', 'ANN', null]]);
  });

  it('refuses a symlink git put in the archive, like a checkout\'s', async () => {
    const r = await read(gitArchive({ 'wotn-cohort.json': COHORT, 'members/ann.json': card('ann') }, { 'progress/ann.json': '../members/ann.json' }));
    expect(r.warnings).toEqual(['progress/ann.json: is a symbolic link; skipped']);
    expect(r.members).toEqual([['ann', 'ANN', null]]);
  });

  it('refuses entries outside the archive\'s one top folder, and reads on', async () => {
    const r = await read(await tarGz([
      { name: 'top/', type: 'directory' },
      { name: 'top/../../progress/evil.json', body: progress('evil') },
      { name: 'elsewhere/progress/evil.json', body: progress('evil') },
      { name: 'top/progress/ann.json', body: progress('ann') },
      { name: 'top/wotn-cohort.json', body: COHORT },
    ]));
    expect(r.warnings).toEqual([
      '"top/../../progress/evil.json": is outside the ledger; skipped',
      '"elsewhere/progress/evil.json": is outside the ledger; skipped',
    ]);
    expect(r.members).toEqual([['ann', null, 1]]);
  });

  it('refuses a symlinked rules file, and an archive that is not in git\'s path order', async () => {
    await expect(read(await tarGz([{ name: 'top/wotn-cohort.json', type: 'symlink', linkname: 'x' }]))).rejects.toThrow('github:o/r/wotn-cohort.json: is a symbolic link');
    const unordered = await tarGz([{ name: 'top/progress/ann.json', body: progress('ann') }, { name: 'top/members/ann.json', body: card('ann') }]);
    await expect(read(unordered)).rejects.toThrow('lists members/ann.json out of order');
    await expect(read(Buffer.from('not gzip at all'))).rejects.toThrow('cannot read the archive of github:o/r');
  });
});
