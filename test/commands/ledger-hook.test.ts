// wotn ledger hook install / run: the hook file an admin gets, and what a pusher sees.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareRepo, gitEnv, gitSync, workRepo } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { BIN, wotn, wotnJson } from '../helpers/wotn.js';

const hookOf = (bare: string) => join(bare, 'hooks', 'pre-receive');

/** A first push of a ledger whose rules make `lead` a lead, as `pusher`. */
function pushLedger(root: string, bare: string, pusher: string) {
  const dir = workRepo(root, `work-${pusher}`);
  writeFileSync(join(dir, 'wotn-cohort.json'), JSON.stringify({ schema: 1, id: 'x', name: 'X', start: '2026-12-01', days: 30, timezone: 'UTC', minWords: 50, freezes: 0, graceHours: 0, roles: { lan: 'lead' } }));
  gitSync(dir, 'add', '-A');
  gitSync(dir, 'commit', '--quiet', '-m', 'rules');
  return spawnSync('git', ['push', bare, 'HEAD:refs/heads/main'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...gitEnv, WOTN_PUSHER: pusher } });
}

describe('wotn ledger hook install', () => {
  it('writes an executable sh hook that runs this node and this wotn by absolute path', async () => {
    const root = tempDir();
    const bare = bareRepo(root);
    const r = await wotnJson(['ledger', 'hook', 'install', bare], { home: root });
    expect(r).toEqual({ hook: hookOf(bare), replaced: 'nothing', node: process.execPath, wotn: BIN });
    const script = readFileSync(hookOf(bare), 'utf8');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain(`node='${process.execPath}'`);
    expect(script).toContain(`wotn='${BIN}'`);
    expect(script).toContain('exec "$node" "$wotn" ledger hook run');
    expect(statSync(hookOf(bare)).mode & 0o111).toBe(0o111);
    // git runs it: a push whose rules don't make the pusher a lead is refused, the lead's lands
    expect(pushLedger(root, bare, 'minh').stderr).toContain('remote: wotn: refs/heads/main: minh creates this ledger, so wotn-cohort.json must make minh a lead');
    expect(pushLedger(root, bare, 'lan').status).toBe(0);
  });

  it('says what it did, and replaces its own hook (an upgrade) without --force', async () => {
    const root = tempDir();
    const bare = bareRepo(root);
    const first = await wotn(['ledger', 'hook', 'install', bare], { home: root });
    expect(first.stdout).toContain(`Installed the pre-receive hook ${hookOf(bare)}: every push to this ledger is checked`);
    const again = await wotnJson(['ledger', 'hook', 'install', bare], { home: root });
    expect(again.replaced).toBe('wotn');
  });

  it('refuses to overwrite a hook someone else wrote, unless --force', async () => {
    const root = tempDir();
    const bare = bareRepo(root);
    writeFileSync(hookOf(bare), '#!/bin/sh\nexec /opt/ci/check\n', { mode: 0o755 });
    const refused = await wotn(['ledger', 'hook', 'install', bare], { home: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${hookOf(bare)}: a pre-receive hook is already there, and wotn did not write it`);
    expect(refused.stderr).toContain('Pass --force to replace it');
    expect(readFileSync(hookOf(bare), 'utf8')).toBe('#!/bin/sh\nexec /opt/ci/check\n');
    expect((await wotnJson(['ledger', 'hook', 'install', bare, '--force'], { home: root })).replaced).toBe('foreign');
    expect(readFileSync(hookOf(bare), 'utf8')).toContain('ledger hook run');
  });

  it('installs where core.hooksPath points', async () => {
    const root = tempDir();
    const bare = bareRepo(root);
    gitSync(bare, 'config', 'core.hooksPath', join(root, 'server-hooks'));
    expect((await wotnJson(['ledger', 'hook', 'install', bare], { home: root })).hook).toBe(join(root, 'server-hooks', 'pre-receive'));
  });

  it.each([
    ['a working copy', (root: string) => workRepo(root), 2, 'is not a bare repository'],
    ['a folder that is no repository', (root: string) => root, 2, 'is not a git repository'],
  ])('refuses %s', async (_, target, code, message) => {
    const root = tempDir();
    const r = await wotn(['ledger', 'hook', 'install', target(root)], { home: tempDir() });
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it('a hook whose node has moved refuses every push and says what to do', async () => {
    const root = tempDir();
    const bare = bareRepo(root);
    await wotn(['ledger', 'hook', 'install', bare], { home: root });
    writeFileSync(hookOf(bare), readFileSync(hookOf(bare), 'utf8').replace(/^node=.*$/m, `node='${join(root, 'gone', 'node')}'`));
    const r = pushLedger(root, bare, 'lan');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('pre-receive hook cannot find');
    expect(r.stderr).toContain('run wotn ledger hook install on the server again');
  });
});

describe('wotn ledger hook run', () => {
  it('prints one line per violation and exits 1; exits 0 with nothing to say', async () => {
    const root = tempDir();
    const bare = bareRepo(root);
    const zero = '0'.repeat(40);
    const deletion = await wotn(['ledger', 'hook', 'run'], { home: root, cwd: bare, input: `${'1'.repeat(40)} ${zero} refs/heads/main\n${'1'.repeat(40)} ${zero} refs/tags/v1\n`, env: { WOTN_PUSHER: 'minh' } });
    expect(deletion.code).toBe(1);
    expect(deletion.stderr).toBe("wotn: refs/heads/main: deleting the ledger's branch is refused\nwotn: refs/tags/v1: only leads may push anything but refs/heads/main\n");
    expect(deletion.stdout).toBe('');
    expect(await wotn(['ledger', 'hook', 'run'], { home: root, cwd: bare, input: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
