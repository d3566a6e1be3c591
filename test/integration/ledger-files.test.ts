// A ledger folder read as an archive is: the same files refused, with the same words, and
// nothing of a refused file shown.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSource, readLedgerData } from '../../src/adapters/ledger-files.js';
import { tempDir } from '../helpers/tmp.js';

const COHORT = { schema: 1, name: 'Folder', start: '2026-11-01', days: 30, timezone: 'UTC', minWords: 10 };
const card = (handle: string) => ({ schema: 1, handle, name: handle.toUpperCase(), joinedAt: '2026-10-30T00:00:00Z' });

function ledger(files: Record<string, unknown>): string {
  const dir = tempDir();
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

describe('folderSource', () => {
  it('refuses symlinks (files and folders), FIFOs and files over 1 MiB by name', async () => {
    const outside = ledger({ 'progress/ann.json': { schema: 1, handle: 'ann', entries: [] } });
    const dir = ledger({ 'wotn-cohort.json': COHORT, 'members/ann.json': card('ann'), 'members/big.json': `"${'SECRET'.repeat(200_000)}"` });
    symlinkSync(join(outside, 'progress'), join(dir, 'progress'));
    symlinkSync('/etc/passwd', join(dir, 'members', 'passwd.json'));
    execFileSync('mkfifo', [join(dir, 'members', 'pipe.json')]);
    const data = await readLedgerData(folderSource(dir, 'the ledger'));
    expect(data.members.map((m) => m.handle)).toEqual(['ann']);
    expect(data.warnings.map((w) => w.text)).toEqual([
      'members/big.json: is larger than 1 MiB; skipped',
      'members/passwd.json: is a symbolic link; skipped',
      'members/pipe.json: is not a regular file; skipped',
      'progress: is a symbolic link; skipped',
    ]);
    expect(data.warnings.map((w) => w.text).join('\n')).not.toMatch(/SECRET|root:/);
  });

  it('names the folder when it holds no rules, and refuses symlinked rules', async () => {
    await expect(readLedgerData(folderSource(ledger({ 'README.md': 'x' }), 'the ledger'))).rejects.toThrow('the ledger: no wotn-cohort.json here; is this a wotn cohort ledger?');
    const dir = ledger({ 'rules.json': COHORT });
    symlinkSync('rules.json', join(dir, 'wotn-cohort.json'));
    await expect(readLedgerData(folderSource(dir, 'the ledger'))).rejects.toThrow('the ledger/wotn-cohort.json: is a symbolic link');
  });
});
