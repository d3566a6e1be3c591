// The pre-receive hook on a real bare repository: real `git push`es, accepted or refused
// by the hook `wotn ledger hook install` wrote (test/helpers/hook.ts), with nothing to revert afterwards.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bareRepo, gitEnv, gitSync } from '../helpers/git.js';
import { installHook } from '../helpers/hook.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = '2026-12-05T20:00:00+07:00';
const rules = { schema: 1, id: 'dec', name: 'Dec', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6, roles: { lan: 'lead' } };
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const entry = (date: string, words = 300) => ({ date, title: `Post ${date}`, words, publishedAt: `${date}T19:00:00+07:00` });
const progress = (handle: string, entries: unknown[]) => json({ schema: 1, handle, entries });
const card = (handle: string, name = handle) => json({ schema: 1, handle, name, joinedAt: '2026-11-20T10:00:00+07:00' });

let root: string;
let bare: string;

function clone(name: string): string {
  const dir = join(root, name);
  gitSync(root, 'clone', '--quiet', bare, dir);
  gitSync(dir, 'config', 'commit.gpgSign', 'false');
  return dir;
}

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function commit(dir: string, files: Record<string, string>, message = 'update') {
  write(dir, files);
  gitSync(dir, 'add', '-A');
  gitSync(dir, 'commit', '--quiet', '-m', message);
}

function push(dir: string, pusher: string, ...args: string[]) {
  const r = spawnSync('git', ['push', ...(args.length ? args : ['origin', 'HEAD:main'])], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...gitEnv, WOTN_PUSHER: pusher, WOTN_NOW: NOW } });
  return { code: r.status, stderr: r.stderr };
}

const tip = () => gitSync(bare, 'rev-parse', 'main').trim();
/** Lines the hook wrote, as the pusher sees them. */
const refusals = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('remote: wotn: ')).map((l) => l.slice('remote: wotn: '.length).trim());

let minh: string;
beforeEach(async () => {
  root = tempDir();
  bare = bareRepo(root, 'ledger.git');
  await installHook(bare);
  const lead = clone('lead');
  commit(lead, { 'wotn-cohort.json': json(rules), 'members/lan.json': card('lan'), 'progress/lan.json': progress('lan', [entry('2026-12-01')]), '.github/workflows/wotn.yml': 'on: push\n' }, 'scaffold');
  expect(push(lead, 'lan').code).toBe(0);
  minh = clone('minh');
  commit(minh, { 'members/minh.json': card('minh'), 'progress/minh.json': progress('minh', [entry('2026-12-05')]) }, 'minh joins');
  expect(push(minh, 'minh').code).toBe(0);
});

describe('a member pushing to a plain git ledger', () => {
  it('records their own card and entries', () => {
    expect(JSON.parse(gitSync(bare, 'show', 'main:progress/minh.json')).entries).toEqual([entry('2026-12-05')]);
    commit(minh, { 'progress/minh.json': progress('minh', [entry('2026-12-04'), entry('2026-12-05', 900)]) });
    expect(push(minh, 'minh').code).toBe(0);
    expect(tip()).toBe(gitSync(minh, 'rev-parse', 'HEAD').trim());
  });

  it.each<[string, (dir: string) => void, string[]]>([
    ['another member\'s progress', (d) => commit(d, { 'progress/lan.json': progress('lan', []) }), ['progress/lan.json: minh may not change lan\'s progress']],
    ['the workflow', (d) => commit(d, { '.github/workflows/wotn.yml': 'on: push\njobs: { pwn: {} }\n' }), ['.github/workflows/wotn.yml: minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json']],
    ['another member\'s card', (d) => commit(d, { 'members/lan.json': card('lan', 'Lan, renamed by minh') }), ['members/lan.json: minh may not change lan\'s card']],
    ['the README', (d) => commit(d, { 'README.md': '# Join my other cohort instead\n' }), ['README.md: minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json']],
    ['the rules, even without a role change', (d) => commit(d, { 'wotn-cohort.json': json({ ...rules, minWords: 1 }) }), ['wotn-cohort.json: minh may not change the cohort\'s rules or roles; only a lead may']],
    ['an entry dated tomorrow', (d) => commit(d, { 'progress/minh.json': progress('minh', [entry('2026-12-05'), { ...entry('2026-12-06'), publishedAt: '2026-12-05T19:00:00+07:00' }]) }), ['progress/minh.json: 2026-12-06 has not begun yet (today is 2026-12-05 in Asia/Ho_Chi_Minh)']],
    ['a self-promotion to lead', (d) => commit(d, { 'wotn-cohort.json': json({ ...rules, roles: { lan: 'lead', minh: 'lead' } }) }), ['wotn-cohort.json: minh may not change the cohort\'s roles (this push would make minh lead); only a lead may']],
    ['30 days × 100,000 words on day 5', (d) => commit(d, { 'progress/minh.json': progress('minh', Array.from({ length: 30 }, (_, i) => entry(`2026-12-${String(i + 1).padStart(2, '0')}`, 100_000))) }), [
      ...['01', '02', '03', '04', '05'].map((n) => `progress/minh.json: 2026-12-${n}: 100000 words is over the cohort's cap of 20000 words a day`),
      ...Array.from({ length: 25 }, (_, i) => `progress/minh.json: 2026-12-${String(i + 6).padStart(2, '0')} has not begun yet (today is 2026-12-05 in Asia/Ho_Chi_Minh)`),
    ]],
    ['words: 1e300', (d) => commit(d, { 'progress/minh.json': progress('minh', [entry('2026-12-05')]).replace('"words": 300', '"words": 1e300') }), ['progress/minh.json: 2026-12-05: words 1e+300 is not a whole number']],
    ['a symlink at their own path', (d) => {
      gitSync(d, 'rm', '--quiet', 'progress/minh.json');
      symlinkSync('/etc/passwd', join(d, 'progress/minh.json'));
      commit(d, {});
    }, ['progress/minh.json: a symbolic link is refused; a ledger holds only regular files']],
    ['a symlinked card pointing into a home directory', (d) => {
      gitSync(d, 'rm', '--quiet', 'members/minh.json');
      symlinkSync('../../../.ssh/authorized_keys', join(d, 'members/minh.json'));
      commit(d, {});
    }, ['members/minh.json: a symbolic link is refused; a ledger holds only regular files']],
    ['an executable file', (d) => {
      gitSync(d, 'config', 'core.fileMode', 'true');
      chmodSync(join(d, 'progress/minh.json'), 0o755);
      commit(d, {});
    }, ['progress/minh.json: an executable file is refused; a ledger holds only regular files']],
    ['a submodule', (d) => {
      gitSync(d, 'rm', '--quiet', '--cached', 'progress/minh.json');
      gitSync(d, 'update-index', '--add', '--cacheinfo', `160000,${gitSync(d, 'rev-parse', 'HEAD').trim()},progress/minh.json`);
      gitSync(d, 'commit', '--quiet', '-m', 'submodule');
    }, ['progress/minh.json: a submodule is refused; a ledger holds only regular files']],
  ])('refuses %s, and the ledger stays as it was', (_, change, lines) => {
    const before = tip();
    change(minh);
    const r = push(minh, 'minh');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('pre-receive hook declined');
    expect(refusals(r.stderr)).toEqual(lines);
    expect(tip()).toBe(before);
  });

  it('refuses a join under someone else\'s handle', () => {
    const an = clone('an');
    commit(an, { 'members/minh.json': card('minh', 'not minh'), 'progress/minh.json': progress('minh', []) });
    const r = push(an, 'an');
    expect(refusals(r.stderr)).toEqual(['members/minh.json: an may not change minh\'s card', 'progress/minh.json: an may not change minh\'s progress']);
    expect(JSON.parse(gitSync(bare, 'show', 'main:members/minh.json')).name).toBe('minh');
  });

  it.each([
    ['rewinds history', (d: string) => gitSync(d, 'reset', '--quiet', '--hard', 'HEAD~1')],
    ['rewrites history', (d: string) => { write(d, { 'progress/minh.json': progress('minh', [entry('2026-12-05', 400)]) }); gitSync(d, 'commit', '--quiet', '-a', '--amend', '-m', 'rewritten'); }],
  ])('refuses a force push that %s, even by a lead', (_, change) => {
    const before = tip();
    change(minh);
    for (const pusher of ['minh', 'lan']) {
      const r = push(minh, pusher, '--force', 'origin', 'HEAD:main');
      expect(refusals(r.stderr)).toEqual(['refs/heads/main: not a fast-forward; the ledger\'s history is never rewound or rewritten (fetch, rebase, push again)']);
    }
    expect(tip()).toBe(before);
  });

  it('refuses deleting the branch, and other refs from members', () => {
    expect(refusals(push(minh, 'lan', 'origin', ':main').stderr)).toEqual(['refs/heads/main: deleting the ledger\'s branch is refused']);
    expect(refusals(push(minh, 'minh', 'origin', 'HEAD:refs/heads/evil').stderr)).toEqual(['refs/heads/evil: only leads may push anything but refs/heads/main']);
    expect(gitSync(bare, 'branch', '--list').trim()).toBe('* main');
  });

  it('refuses a push whose pusher it cannot tell', () => {
    commit(minh, { 'progress/minh.json': progress('minh', [entry('2026-12-05', 500)]) });
    const r = spawnSync('git', ['push', 'origin', 'HEAD:main'], { cwd: minh, encoding: 'utf8', env: { ...process.env, ...gitEnv, WOTN_PUSHER: '', USER: '', GL_USERNAME: '', GITEA_PUSHER_NAME: '', FORGEJO_PUSHER_NAME: '', WOTN_NOW: NOW } });
    expect(refusals(r.stderr)).toEqual(['refs/heads/main: cannot tell who is pushing (no name); the server must set WOTN_PUSHER']);
  });
});

describe('a lead pushing', () => {
  it('may change anything that stays regular files and valid rules', () => {
    const lead = join(root, 'lead');
    gitSync(lead, 'pull', '--quiet', '--ff-only');
    commit(lead, { 'README.md': '# Dec\n', 'progress/minh.json': progress('minh', [entry('2026-12-05', 350)]), 'wotn-cohort.json': json({ ...rules, roles: { lan: 'lead', minh: 'mentor' } }) });
    expect(push(lead, 'lan').code).toBe(0);
    commit(lead, { 'wotn-cohort.json': json({ ...rules, days: 0 }) });
    expect(refusals(push(lead, 'lan').stderr)).toEqual(['wotn-cohort.json: days: 0 is not a whole number above 0']);
  });

  it('only a lead named in its rules may create a ledger', () => {
    const other = bareRepo(root, 'other.git');
    return installHook(other).then(() => {
      const dir = join(root, 'fresh');
      mkdirSync(dir);
      gitSync(dir, 'init', '--quiet', '--initial-branch=main');
      commit(dir, { 'wotn-cohort.json': json(rules) });
      gitSync(dir, 'remote', 'add', 'origin', other);
      expect(refusals(push(dir, 'minh').stderr)).toEqual(['refs/heads/main: minh creates this ledger, so wotn-cohort.json must make minh a lead']);
      expect(push(dir, 'lan').code).toBe(0);
    });
  });
});
