// wotn ledger verify on a real ledger history: a foreign edit, a lead's edit, a clean range.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitSync } from '../helpers/git.js';
import { joinAs, publishUrl, startCohort } from '../helpers/cohort.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

async function ledgerClone(flags: string[] = []) {
  const c = await startCohort(flags);
  const lan = await joinAs(c, 'lan');
  const minh = await joinAs(c, 'minh');
  await publishUrl(lan, '2026-11-01T20:00:00+07:00');
  const dir = join(tempDir(), 'ledger');
  gitSync(tempDir(), 'clone', '--quiet', c.ledger, dir);
  return { c, dir, lan, minh, head: () => gitSync(dir, 'rev-parse', 'HEAD').trim() };
}

function commitChange(dir: string, path: string, content: string) {
  writeFileSync(join(dir, path), content);
  gitSync(dir, 'add', path);
  gitSync(dir, 'commit', '-qm', `edit ${path}`);
}

describe('wotn ledger verify', () => {
  it('passes a clean range: each member changed only their own files', async () => {
    const { dir, minh } = await ledgerClone();
    await publishUrl(minh, '2026-11-01T21:00:00+07:00');
    gitSync(dir, 'pull', '--quiet');
    const head = gitSync(dir, 'rev-parse', 'HEAD').trim();
    const last = gitSync(dir, 'rev-parse', 'HEAD~1').trim();
    const r = await wotnJson(['ledger', 'verify', '--base', last, '--head', head, '--actor', 'minh', '--ledger', dir], { home: tempDir() });
    expect(r).toMatchObject({ actor: 'minh', lead: false, commits: 1, violations: [] });
  });

  it('fails when a member edits someone else\'s progress, naming the commit and file', async () => {
    const { dir, head } = await ledgerClone();
    const base = head();
    commitChange(dir, 'progress/lan.json', '{"schema":1,"handle":"lan","entries":[]}\n');
    const r = await wotn(['ledger', 'verify', '--base', base, '--head', head(), '--actor', 'minh', '--ledger', dir], { home: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("progress/lan.json: minh may not change lan's progress");
    expect(r.stderr).toContain('1 change in this push touches files minh does not own');
  });

  it('in a lang: vi cohort, says why in Vietnamese, naming the file; --json keeps the English reason', async () => {
    const { dir, head } = await ledgerClone(['--lang', 'vi']);
    const base = head();
    commitChange(dir, 'progress/lan.json', '{"schema":1,"handle":"lan","entries":[]}\n');
    const args = ['ledger', 'verify', '--base', base, '--head', head(), '--actor', 'minh', '--ledger', dir];
    const r = await wotn(args, { home: tempDir(), env: { WOTN_LANG: 'en' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^[0-9a-f]{10} progress\/lan\.json: minh không được sửa tiến độ của lan$/m);
    expect(r.stderr).toContain('1 thay đổi trong lần push này chạm vào tệp không thuộc về minh');
    const json = await wotn([...args, '--json'], { home: tempDir() });
    expect(JSON.parse(json.stdout)).toEqual({ actor: 'minh', lead: false, commits: 1, violations: [{ commit: head(), path: 'progress/lan.json', reason: "minh may not change lan's progress" }] });
    expect(json.stderr).toContain('1 change in this push touches files minh does not own');
  });

  it('in a lang: vi cohort, speaks the cohort\'s language on every line, whatever the runner\'s: a clean range, and pods.json that is not pods', async () => {
    const { dir, head } = await ledgerClone(['--lang', 'vi']);
    const base = head();
    commitChange(dir, 'pods.json', '{"schema":1,"rounds":[{"period":1,"from":"2026-11-01","to":"2026-11-07","seed":"s","pods":[{"members":["minh"]}]}]}\n');
    const verify = (actor: string, range: string[]) => wotn(['ledger', 'verify', ...range, '--actor', actor, '--ledger', dir], { home: tempDir(), env: { LANG: 'C.UTF-8', WOTN_LANG: '' } });
    const pods = await verify('lan', ['--base', base, '--head', head()]);
    expect(pods.code).toBe(1);
    expect(pods.stdout.trim()).toMatch(/^[0-9a-f]{10} pods\.json: rounds\[0\]: pods\[0\]: mỗi nhóm nhỏ có từ 2 đến 12 thành viên$/);
    expect(pods.stderr).toContain('1 thay đổi trong lần push này phạm luật của sổ cái');
    const clean = await verify('lan', ['--base', base, '--head', base]);
    expect(clean.stdout.trim()).toBe('OK: 0 commit của lan (lead) chỉ thay đổi những gì được phép.');
  });

  it('lets a lead edit anything, and reads roles from the base so a push cannot crown itself', async () => {
    const { dir, head } = await ledgerClone();
    const base = head();
    commitChange(dir, 'progress/minh.json', '{"schema":1,"handle":"minh","entries":[]}\n');
    expect((await wotn(['ledger', 'verify', '--base', base, '--head', head(), '--actor', 'lan', '--ledger', dir], { home: tempDir() })).code).toBe(0);
    const rules = JSON.parse(gitSync(dir, 'show', 'HEAD:wotn-cohort.json'));
    commitChange(dir, 'wotn-cohort.json', JSON.stringify({ ...rules, roles: { ...rules.roles, minh: 'lead' } }));
    const coup = await wotn(['ledger', 'verify', '--base', base, '--head', head(), '--actor', 'minh', '--ledger', dir, '--json'], { home: tempDir() });
    expect(coup.code).toBe(1);
    // minh's own progress is fine; making themself lead is not, though HEAD says they are
    expect(JSON.parse(coup.stdout).violations.map((v: { path: string }) => v.path)).toEqual(['wotn-cohort.json']);
  });

  it('refuses bad arguments with exit 2', async () => {
    const { dir } = await ledgerClone();
    const r = await wotn(['ledger', 'verify', '--base', '--upload-pack=x', '--head', 'HEAD', '--actor', 'minh', '--ledger', dir], { home: tempDir() });
    expect(r.code).toBe(2);
    const actor = await wotn(['ledger', 'verify', '--base', 'HEAD~1', '--head', 'HEAD', '--actor', '../x', '--ledger', dir], { home: tempDir() });
    expect(actor.code).toBe(2);
    expect(actor.stderr).toContain('--actor "../x"');
  });
});

describe('wotn feed', () => {
  it('lists the cohort\'s latest posts, newest first', async () => {
    const c = await startCohort();
    const lan = await joinAs(c, 'lan', { name: 'Lan' });
    const minh = await joinAs(c, 'minh', { name: 'Minh' });
    await publishUrl(lan, '2026-11-01T20:00:00+07:00', 120, 'Một');
    await publishUrl(minh, '2026-11-02T09:00:00+07:00', 150, 'Hai');
    await publishUrl(lan, '2026-11-02T21:00:00+07:00', 130, 'Ba');
    const feed = await wotnJson(['feed', '--days', '2'], { home: lan, now: '2026-11-02T22:00:00+07:00' });
    expect(feed.items.map((i: { title: string; handle: string; day: number }) => [i.title, i.handle, i.day])).toEqual([['Ba', 'lan', 2], ['Hai', 'minh', 2], ['Một', 'lan', 1]]);
    const one = await wotn(['feed', '--days', '1'], { home: lan, now: '2026-11-02T22:00:00+07:00' });
    expect(one.stdout).toContain('Day 2 Ba · Lan @lan · 130 words');
    expect(one.stdout).not.toContain('Một');
  });
});
