// A cohort on a real bare ledger: init, join, sync, members, report, site.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addDays } from '../../src/domain/calendar.js';
import { bareRepo, gitSync, log, workRepo } from '../helpers/git.js';
import { joinAs, publishUrl, startCohort } from '../helpers/cohort.js';
import { writeSiteLedger } from '../helpers/site-ledger.js';
import { tempDir } from '../helpers/tmp.js';
import { accountOf, wotn, wotnJson } from '../helpers/wotn.js';

const at = (day: number, time = '20:00:00+07:00') => `${addDays('2026-11-01', day - 1)}T${time}`;

function clone(ledger: string): string {
  const dir = join(tempDir(), 'clone');
  gitSync(tempDir(), 'clone', '--quiet', ledger, dir);
  return dir;
}

describe('wotn cohort init', () => {
  it('pushes a scaffold to a bare remote: rules, folders, README and the leaderboard workflow', async () => {
    const c = await startCohort(['--freezes', '1', '--grace-hours', '6']);
    expect(log(c.ledger, 'main')).toEqual(['Start the cohort "WOTN Test"']);
    const dir = clone(c.ledger);
    const rules = JSON.parse(readFileSync(join(dir, 'wotn-cohort.json'), 'utf8'));
    expect(rules).toEqual({
      schema: 1, id: 'wotn-test-2026-11-01', name: 'WOTN Test', start: '2026-11-01', days: 30, timezone: 'Asia/Ho_Chi_Minh',
      minWords: 50, freezes: 1, graceHours: 6, roles: { lan: 'lead' },
    });
    for (const f of ['members/.gitkeep', 'progress/.gitkeep', 'README.md']) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`wotn cohort join ${c.ledger}`);
    const workflow = parseYaml(readFileSync(join(dir, '.github/workflows/wotn.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(['issue_comment', 'schedule', 'push', 'workflow_dispatch']);
    const steps = Object.values(workflow.jobs as Record<string, { steps: { run?: string; uses?: string }[] }>).flatMap((j) => j.steps);
    const run = steps.map((s) => s.run ?? '').join('\n');
    expect(run).toMatch(/wotn@\d+\.\d+\.\d+ leaderboard --ledger \. --out site/);
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    // every wotn command the workflow calls exists in this wotn
    const calls = [...run.matchAll(/wotn@[\d.]+ ([a-z]+(?: [a-z]+)?)/g)].map((m) => m[1]!);
    expect(calls).toEqual(['ledger verify', 'ledger ingest', 'ledger nudge', 'leaderboard']);
    for (const call of calls) expect((await wotn([...call.split(' '), '--help'], { home: c.root })).code).toBe(0);
  });

  it('on a local bare repository installs the pre-receive hook, and says so', async () => {
    const root = tempDir();
    const ledger = bareRepo(root, 'ledger.git');
    const flags = ['--name', 'Dec', '--start', '2026-12-01', '--timezone', 'UTC', '--lead', 'lan'];
    const r = await wotn(['cohort', 'init', ledger, ...flags], { home: join(root, 'lead') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Installed the pre-receive hook ${join(ledger, 'hooks', 'pre-receive')}: the ledger now refuses a push that changes another member's files`);
    expect(readFileSync(join(ledger, 'hooks', 'pre-receive'), 'utf8')).toContain('ledger hook run');

    // a hook someone else wrote is left alone, with a warning
    const other = bareRepo(root, 'other.git');
    writeFileSync(join(other, 'hooks', 'pre-receive'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const json = await wotn(['cohort', 'init', other, ...flags, '--json'], { home: join(root, 'lead') });
    expect(JSON.parse(json.stdout)).toMatchObject({ pushed: true, hook: null });
    expect(json.stderr).toContain('warning: ');
    expect(json.stderr).toContain('a pre-receive hook is already there, and wotn did not write it; pushes are not checked by wotn');
    expect(readFileSync(join(other, 'hooks', 'pre-receive'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });

  it('scaffolds a new folder as a local git repository', async () => {
    const dir = join(tempDir(), 'ledger');
    const r = await wotnJson(['cohort', 'init', dir, '--name', 'Local', '--start', '2026-12-01', '--timezone', 'UTC'], { home: tempDir() });
    expect(r.cohort.id).toBe('local-2026-12-01');
    expect(log(dir)).toEqual(['Start the cohort "Local"']);
    const again = await wotn(['cohort', 'init', dir, '--name', 'Local', '--start', '2026-12-01'], { home: tempDir() });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is not empty');
  });

  it.each([
    [['--start', '2026-11-01'], '--name is required'],
    [['--name', 'X'], '--start YYYY-MM-DD is required'],
    [['--name', 'X', '--start', '2026-02-30'], '--start "2026-02-30" is not a date'],
    [['--name', 'X', '--start', '2026-11-01', '--timezone', 'Nowhere/City'], '--timezone "Nowhere/City" is not an IANA time zone'],
    [['--name', 'X', '--start', '2026-11-01', '--lead', '../x'], '--lead "../x" may use only letters'],
  ])('refuses %j', async (flags, message) => {
    const r = await wotn(['cohort', 'init', join(tempDir(), 'l'), ...flags], { home: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('joining and the member directory', () => {
  it('writes the member\'s card, remembers the ledger and lists members with roles', async () => {
    const c = await startCohort();
    await joinAs(c, 'lan', { name: 'Lan Nguyễn', intro: 'Viết về học máy' });
    const home = await joinAs(c, 'minh', { name: 'Minh', extra: ['--hide-streak'] });
    const card = JSON.parse(readFileSync(join(clone(c.ledger), 'members/minh.json'), 'utf8'));
    expect(card).toMatchObject({ schema: 1, handle: 'minh', name: 'Minh', timezone: 'Asia/Ho_Chi_Minh', hideStreak: true });
    const members = await wotnJson(['members'], { home });
    expect(members.members.map((m: { handle: string; role: string }) => [m.handle, m.role])).toEqual([['lan', 'lead'], ['minh', 'member']]);
    const text = await wotn(['members'], { home });
    expect(text.stdout).toContain('Lan Nguyễn @lan lead');
    expect(text.stdout).toContain('Viết về học máy');
    // joining again changes nothing
    const before = log(c.ledger, 'main').length;
    await wotnJson(['cohort', 'join', c.ledger, '--intro', 'Hi, I am minh'], { home });
    expect(log(c.ledger, 'main')).toHaveLength(before);
  });

  it('nobody can join under someone else\'s handle: the ledger\'s server refuses the push', async () => {
    const c = await startCohort();
    const minh = await joinAs(c, 'minh', { name: 'Minh' });
    await publishUrl(minh, at(1), 300, 'Minh writes');
    const card = gitSync(c.ledger, 'show', 'main:members/minh.json');
    const progress = gitSync(c.ledger, 'show', 'main:progress/minh.json');
    const commits = log(c.ledger, 'main');

    // an, on their own account, claims the handle minh
    const an = c.home('an');
    accountOf(an, 'an');
    expect((await wotn(['init', '--yes', '--name', 'Not Minh', '--handle', 'minh', '--cohort', c.ledger], { home: an })).code).toBe(0);
    const join = await wotn(['cohort', 'join', c.ledger], { home: an, now: at(1) });
    expect(join.code).toBe(1);
    expect(join.stderr).toBe('wotn: the ledger refused the push: members/minh.json: an may not change minh\'s card\n');
    const p = await wotn(['publish', '--url', 'https://an.dev/1', '--words', '300'], { home: an, now: at(1) });
    expect(p.code).toBe(0); // published; the entry stays queued
    expect(p.stderr).toContain('Not synced to the cohort ledger (the ledger refused the push: progress/minh.json: an may not change minh\'s progress)');
    const sync = await wotn(['sync'], { home: an, now: at(1) });
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain('the ledger refused the push: progress/minh.json: an may not change minh\'s progress');

    expect(gitSync(c.ledger, 'show', 'main:members/minh.json')).toBe(card);
    expect(gitSync(c.ledger, 'show', 'main:progress/minh.json')).toBe(progress);
    expect(log(c.ledger, 'main')).toEqual(commits);
  });

  it('needs a handle before joining', async () => {
    const c = await startCohort();
    const r = await wotn(['cohort', 'join', c.ledger], { home: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('your handle is not set');
  });
});

describe('a ledger on GitHub given as a git URL', () => {
  const refusedWith = (r: { code: number; stderr: string }, pointer: string) => {
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is on GitHub, which runs no pre-receive hook to check pushes: use github:wotn-vn/dec-2026');
    expect(r.stderr).toContain(pointer);
  };

  it('is refused for members (join, init --cohort, sync) and for a lead\'s cohort init, pointing to github:OWNER/REPO', async () => {
    const home = tempDir();
    expect((await wotn(['init', '--yes', '--name', 'Minh', '--handle', 'minh'], { home })).code).toBe(0);
    refusedWith(await wotn(['cohort', 'join', 'git@github.com:wotn-vn/dec-2026.git'], { home }), 'wotn cohort join github:wotn-vn/dec-2026');
    refusedWith(await wotn(['init', '--yes', '--cohort', 'https://github.com/wotn-vn/dec-2026'], { home }), 'wotn cohort join github:wotn-vn/dec-2026');
    refusedWith(await wotn(['cohort', 'init', 'https://github.com/wotn-vn/dec-2026.git', '--name', 'Dec', '--start', '2026-12-01'], { home: tempDir() }), 'wotn cohort create wotn-vn/dec-2026');
    // a config written by an older wotn
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
    writeFileSync(join(home, 'config.json'), JSON.stringify({ ...config, cohort: { ledger: 'git@github.com:wotn-vn/dec-2026.git' } }));
    refusedWith(await wotn(['sync'], { home, now: at(1) }), 'wotn cohort join github:wotn-vn/dec-2026');
  });
});

describe('sync', () => {
  it('publish syncs the day to progress/<handle>.json; sync twice changes nothing', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'lan');
    const p = await publishUrl(home, at(1), 120, 'Ngày đầu tiên');
    expect(p.synced).toBe(true);
    const progress = JSON.parse(readFileSync(join(clone(c.ledger), 'progress/lan.json'), 'utf8'));
    expect(progress).toEqual({
      schema: 1, handle: 'lan',
      entries: [{ date: '2026-11-01', title: 'Ngày đầu tiên', url: expect.stringContaining('https://example.com/'), words: 120, publishedAt: '2026-11-01T20:00:00+07:00', posts: 1 }],
    });
    const doctor = await wotnJson(['doctor'], { home, now: at(1) });
    expect(doctor.checks.filter((k: { name: string }) => ['cohort', 'queued for the ledger'].includes(k.name))).toEqual([
      { name: 'cohort', ok: true, detail: 'WOTN Test: 30 days from 2026-11-01, 50 words a post' },
      { name: 'queued for the ledger', ok: true, detail: '0 entries (wotn sync sends them)' },
    ]);
    const commits = log(c.ledger, 'main').length;
    const again = await wotnJson(['sync'], { home, now: at(1) });
    expect(again.ledger).toMatchObject({ changed: false, entries: 1 });
    expect(log(c.ledger, 'main')).toHaveLength(commits);
  });

  it('never drops an entry found in the ledger, even when the journal lost it', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'lan');
    await publishUrl(home, at(1));
    const { rmSync } = await import('node:fs');
    rmSync(join(home, 'journal.json'));
    await publishUrl(home, at(2));
    const progress = JSON.parse(readFileSync(join(clone(c.ledger), 'progress/lan.json'), 'utf8'));
    expect(progress.entries.map((e: { date: string }) => e.date)).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('uses the cohort\'s minimum words and start day', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'lan');
    const refused = await wotn(['publish', '--url', 'https://x.dev/1', '--words', '49'], { home, now: at(3) });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('49/50 words');
    const ok = await publishUrl(home, at(3), 50);
    expect(ok.day).toBe(3);
  });

  it('before the cohort starts, today scaffolds a warm-up post with no day number', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'lan');
    const now = '2026-10-30T09:00:00+07:00';
    const t = await wotnJson(['today', '--no-edit'], { home, now });
    expect(t).toMatchObject({ day: null, startsIn: 2, created: true });
    expect(t.path.endsWith('posts/2026-10-30-warm-up.md')).toBe(true);
    const text = readFileSync(t.path, 'utf8');
    expect(text).toContain('title: "Warm-up"\n');
    expect(text).toContain('day: null\n');
    expect((await wotn(['today', '--no-edit'], { home, now })).stdout).toContain('The challenge starts in 2 days.');
  });

  it('records a post published elsewhere for yesterday within the grace hours, marked late', async () => {
    const c = await startCohort(['--grace-hours', '6']);
    const home = await joinAs(c, 'lan');
    const late = await wotnJson(['publish', '--url', 'https://lan.substack.com/p/1', '--words', '300', '--date', '2026-11-01'], { home, now: at(2, '02:30:00+07:00') });
    expect(late).toMatchObject({ date: '2026-11-01', day: 1, synced: true });
    const tooLate = await wotn(['publish', '--url', 'https://lan.substack.com/p/2', '--words', '300', '--date', '2026-11-01'], { home, now: at(2, '06:30:00+07:00') });
    expect(tooLate.code).toBe(2);
    expect(tooLate.stderr).toContain('--date 2026-11-01 can no longer be recorded');
    const r = await wotnJson(['report', '--date', '2026-11-02'], { home });
    expect(r.members[0]).toMatchObject({ handle: 'lan', daysWritten: 1, lateEntries: 1 });
  });

  it('queues entries when the ledger is unreachable: publish exits 0 and warns, sync exits 1', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'lan');
    const { renameSync } = await import('node:fs');
    renameSync(c.ledger, `${c.ledger}.away`);
    const p = await wotn(['publish', '--url', 'https://x.dev/1', '--words', '80', '--json'], { home, now: at(1) });
    expect(p.code).toBe(0);
    expect(p.stderr).toContain('Not synced to the cohort ledger');
    expect(JSON.parse(p.stdout).synced).toBe(false);
    const s = await wotn(['sync'], { home, now: at(1) });
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/could not sync the ledger: cannot reach the ledger/);
    renameSync(`${c.ledger}.away`, c.ledger);
    expect((await wotnJson(['sync'], { home, now: at(1) })).ledger).toMatchObject({ changed: true, entries: 1 });
    const journal = JSON.parse(readFileSync(join(home, 'journal.json'), 'utf8'));
    expect(journal.entries.every((e: { synced: boolean }) => e.synced)).toBe(true);
  });
});

describe('report', () => {
  it('3 members over 10 days with misses and a freeze', async () => {
    const c = await startCohort(['--freezes', '1', '--grace-hours', '6']);
    const lan = await joinAs(c, 'lan', { name: 'Lan' });
    const minh = await joinAs(c, 'minh', { name: 'Minh', timezone: 'America/New_York' });
    const an = await joinAs(c, 'an', { name: 'An' });
    for (let d = 1; d <= 10; d++) await publishUrl(lan, at(d), 100 + d);
    for (const d of [1, 2, 3, 5, 6, 7, 8, 9]) await publishUrl(minh, `${addDays('2026-11-01', d - 1)}T21:00:00-05:00`, 200);
    for (const d of [1, 2, 3, 4]) await publishUrl(an, at(d), 80);

    const r = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-10'], { home: lan });
    expect(r.cohort).toMatchObject({ id: 'wotn-test-2026-11-01', name: 'WOTN Test', start: '2026-11-01', days: 30 });
    expect(r).toMatchObject({ date: '2026-11-10', day: 10 });
    const byHandle = Object.fromEntries(r.members.map((m: { handle: string }) => [m.handle, m]));
    expect(byHandle.lan).toMatchObject({ daysWritten: 10, streak: { current: 10, longest: 10 }, words: 1055, writtenToday: true, atRisk: false, role: 'lead' });
    // Minh missed day 4 (frozen) and has not written today yet: one freeze used, so at risk.
    expect(byHandle.minh).toMatchObject({ daysWritten: 8, streak: { current: 8, longest: 8 }, words: 1600, writtenToday: false, atRisk: true, lastDate: '2026-11-09' });
    expect(byHandle.an).toMatchObject({ daysWritten: 4, streak: { current: 0, longest: 4 }, atRisk: true });
    expect(r.perDay.map((d: { writers: number }) => d.writers)).toEqual([3, 3, 3, 2, 2, 2, 2, 2, 2, 1]);
    expect(r.totals).toMatchObject({ members: 3, words: 1055 + 1600 + 320, daysWritten: 22, completionRate: 0.733, activeToday: 1 });
    expect(r.warnings).toEqual([]);

    const table = await wotn(['report', '--date', '2026-11-10'], { home: lan });
    expect(table.stdout).toContain('AT RISK');
    expect(table.stdout).toMatch(/ 10 Tue 10 Nov 2026 █+ 1/);
    const csv = await wotn(['report', '--format', 'csv', '--date', '2026-11-10'], { home: lan });
    expect(csv.stdout.split('\r\n')[0]).toBe('handle,name,role,daysWritten,currentStreak,longestStreak,words,lastDate,lastTitle,lastUrl,writtenToday,atRisk,lateEntries,flaggedEntries,kudosGiven,kudosReceived,left');
    expect(csv.stdout).toContain('minh,Minh,member,8,8,8,1600,2026-11-09,A post,');
    const out = join(tempDir(), 'report.md');
    expect((await wotn(['report', '--format', 'md', '--out', out, '--date', '2026-11-10'], { home: lan })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('| Lan (@lan) | 10 | 10 | 10 | 1,055 |');
  }, 120_000);

  it('turns malformed files, mismatched handles, unknown schemas and bad entries into warnings', async () => {
    const c = await startCohort(['--grace-hours', '2']);
    const lan = await joinAs(c, 'lan');
    await publishUrl(lan, at(1));
    const dir = clone(c.ledger);
    const write = (path: string, value: unknown) => writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
    write('members/broken.json', '{ not json');
    write('members/alias.json', { schema: 1, handle: 'someone-else', name: 'X', joinedAt: '2026-11-01T00:00:00Z' });
    write('progress/future.json', { schema: 9, handle: 'future', entries: [] });
    write('progress/bad--name.json', { schema: 1, handle: 'bad--name', entries: [] });
    write('progress/tricky.json', {
      schema: 1, handle: 'tricky', entries: [
        { date: '2026-10-20', title: 'before', words: 100, publishedAt: '2026-10-20T20:00:00+07:00' },
        { date: '2026-11-01', title: 'ok', words: 100, publishedAt: '2026-11-01T20:00:00+07:00' },
        { date: '2026-11-01', title: 'dup', words: 100, publishedAt: '2026-11-01T21:00:00+07:00' },
        { date: '2026-11-02', title: 'late', words: 100, publishedAt: '2026-11-03T01:00:00+07:00' },
        { date: '2026-11-03', title: 'too late', words: 100, publishedAt: '2026-11-04T05:00:00+07:00' },
        { date: '2026-11-04', title: 'backdated', words: 100, publishedAt: '2026-11-03T12:00:00+07:00' },
        { date: 'someday', title: 'x', words: 1, publishedAt: 'x' },
      ],
    });
    // The ledger's hook would refuse these files (test/integration/pre-receive.test.ts), so
    // they stand for a ledger that has none: a lead's working copy, read as a folder.
    const r = await wotnJson(['report', '--ledger', dir, '--date', '2026-11-05'], { home: lan });
    expect(r.members.map((m: { handle: string }) => m.handle)).toEqual(['lan', 'tricky']);
    const tricky = r.members.find((m: { handle: string }) => m.handle === 'tricky');
    expect(tricky).toMatchObject({ daysWritten: 2, lateEntries: 1, flaggedEntries: 3 });
    const w = r.warnings.join('\n');
    expect(w).toContain('members/broken.json: is not valid JSON');
    expect(w).toContain('members/alias.json: handle "someone-else" does not match the file name');
    expect(w).toContain('progress/future.json: unknown schema version 9');
    expect(w).toContain('progress/bad--name.json: "bad--name" is not a valid handle');
    expect(w).toContain('progress/tricky.json: 2026-10-20 is outside the challenge');
    expect(w).toContain('progress/tricky.json: 2026-11-01 appears twice; counted once');
    expect(w).toContain('progress/tricky.json: 2026-11-03 was published 5h after that day ended, beyond the 2h grace');
    expect(w).toContain('progress/tricky.json: 2026-11-04 was published before that day began');
    expect(w).toContain('progress/tricky.json: entries[6] date "someday" is not a date; skipped');
  });

  it('reads a local clone directly, and refuses a folder that is not a ledger', async () => {
    const c = await startCohort();
    const lan = await joinAs(c, 'lan');
    await publishUrl(lan, at(1));
    const r = await wotnJson(['report', '--ledger', clone(c.ledger), '--date', '2026-11-01'], { home: lan });
    expect(r.totals.activeToday).toBe(1);
    const notLedger = workRepo(tempDir());
    writeFileSync(join(notLedger, 'x'), '');
    gitSync(notLedger, 'add', 'x');
    gitSync(notLedger, 'commit', '--quiet', '-m', 'not a ledger');
    const bad = await wotn(['report', '--ledger', notLedger], { home: lan });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no wotn-cohort\.json here; is this a wotn cohort ledger\?/);
    expect(bad.stdout).toBe('');
  });
});

describe('site (and leaderboard, its alias)', () => {
  it('builds the site from a bare ledger: pages for everyone, LEADERBOARD.md and progress.json, members\' strings escaped', async () => {
    const c = await startCohort();
    const evil = await joinAs(c, 'eve', { name: '<script>alert("x")</script>', intro: '<img src=x onerror=alert(1)> | [link](javascript:alert(1))' });
    const lan = await joinAs(c, 'lan', { name: 'Lan', extra: ['--hide-streak'] });
    const minh = await joinAs(c, 'minh', { name: 'Minh' });
    for (let d = 1; d <= 3; d++) for (const h of [evil, lan, minh]) await publishUrl(h, at(d), 100);
    await publishUrl(minh, at(4), 100);
    const out = join(tempDir(), 'site');
    const r = await wotnJson(['site', '--ledger', c.ledger, '--out', out, '--date', '2026-11-04'], { home: lan });
    expect(r).toMatchObject({ out, members: 3, date: '2026-11-04', files: expect.any(Number) });

    for (const page of ['index.html', 'leaderboard/index.html', 'directory/index.html', 'days/index.html', 'days/2026-11-04.html', 'members/eve.html', 'members/lan.html', 'members/minh.html', 'feed.xml']) {
      const text = readFileSync(join(out, page), 'utf8');
      expect(text, page).not.toMatch(/<script>|<img|<[^>]*\son\w+\s*=|href="javascript:/i);
      expect(text, page).not.toMatch(/(src|href)="(https?:)?\/\/(?!example\.com)/); // nothing loaded from elsewhere
    }
    const eve = readFileSync(join(out, 'members/eve.html'), 'utf8');
    expect(eve).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(eve).toContain('&lt;img src=x onerror=alert(1)&gt; | [link](javascript:alert(1))');
    expect(readFileSync(join(out, 'leaderboard/index.html'), 'utf8')).toMatch(/id="m-lan">.*?<td class="n"><span aria-label="hidden">&mdash;<\/span><\/td>/);
    const md = readFileSync(join(out, 'LEADERBOARD.md'), 'utf8');
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('](javascript:');

    const progress = JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8'));
    expect(progress.members.map((m: { handle: string; rank: number }) => [m.rank, m.handle])).toEqual([[1, 'minh'], [2, 'eve'], [2, 'lan']]);
    expect(progress.members[0].badges).toEqual([3]);
    expect(progress.members.find((m: { handle: string }) => m.handle === 'lan').streak).toBeNull();
    expect(progress.totals).toMatchObject({ members: 3, words: 1000 });

    // The scaffolded workflow still runs `leaderboard --out site`: the same site, written fresh.
    writeFileSync(join(out, 'stale.html'), 'from an old build');
    const again = await wotn(['leaderboard', '--ledger', c.ledger, '--out', out, '--date', '2026-11-04'], { home: lan });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Wrote the site to .*: \d+ files, 3 members, Wed 4 Nov 2026\./);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    expect(existsSync(join(out, 'members/minh.html'))).toBe(true);
  }, 120_000);

  it('links the feed to the Pages address in GitHub Actions, or to --site-url; refuses a --site-url that is not a web address', async () => {
    const root = tempDir();
    const ledger = writeSiteLedger(join(root, 'ledger'));
    const home = join(root, 'home');
    const feedBase = (out: string) => /<feed [^>]*xml:base="([^"]*)"/.exec(readFileSync(join(out, 'feed.xml'), 'utf8'))?.[1];
    const actions = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'WOTN-vn/cohort-11', GITHUB_SERVER_URL: 'https://github.com' };
    const ci = join(root, 'ci');
    expect((await wotn(['site', '--ledger', ledger, '--out', ci], { home, now: at(5), env: actions })).code).toBe(0);
    expect(feedBase(ci)).toBe('https://wotn-vn.github.io/cohort-11/');
    expect(readFileSync(join(ci, 'feed.xml'), 'utf8')).toContain('<link rel="self" type="application/atom+xml" href="https://wotn-vn.github.io/cohort-11/feed.xml"/>');
    const own = join(root, 'own');
    expect((await wotn(['site', '--ledger', ledger, '--out', own, '--site-url', 'https://writing.example.org/vn'], { home, now: at(5), env: actions })).code).toBe(0);
    expect(feedBase(own)).toBe('https://writing.example.org/vn/');
    const local = join(root, 'local');
    expect((await wotn(['site', '--ledger', ledger, '--out', local], { home, now: at(5), env: { GITHUB_ACTIONS: '', GITHUB_REPOSITORY: '' } })).code).toBe(0);
    expect(feedBase(local)).toBe('./');
    const bad = await wotn(['site', '--ledger', ledger, '--out', join(root, 'bad'), '--site-url', 'javascript:alert(1)'], { home, now: at(5) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--site-url "javascript:alert(1)" is not a web address');
    expect(existsSync(join(root, 'bad'))).toBe(false);
  });

  it('refuses an --out that is a link or a folder it did not make, naming it', async () => {
    const root = tempDir();
    const ledger = join(root, 'ledger');
    const lan = join(root, 'home');
    writeSiteLedger(ledger);
    const r = await wotn(['site', '--ledger', ledger, '--out', ledger], { home: lan, now: at(5) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${ledger}: is a folder wotn did not make`);
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'link'));
    const link = await wotn(['site', '--ledger', ledger, '--out', join(root, 'link')], { home: lan, now: at(5) });
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('is a symbolic link');
  });
});

describe('report --format html: the lead\'s view', () => {
  it('puts who has not posted today, at risk first, before who has', async () => {
    const root = tempDir();
    const ledger = writeSiteLedger(join(root, 'ledger'));
    const out = join(root, 'lead.html');
    const r = await wotn(['report', '--ledger', ledger, '--format', 'html', '--out', out], { home: join(root, 'home'), now: at(5, '15:00:00+07:00') });
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    const order = ['<h2>Not posted yet today (3)</h2>', '@layla', '<span class="risk">at risk</span>', '@an', '@minh', '<h2>Posted today (4)</h2>', '@lan', '<h2>Writers per day</h2>'].map((s) => page.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('the lead who starts a cohort', () => {
  it('is a member of it: their card is in the first commit, the ledger is remembered, members lists them as lead', async () => {
    const root = tempDir();
    const ledger = join(root, 'ledger.git');
    gitSync(root, 'init', '--quiet', '--bare', '--initial-branch=main', ledger);
    const home = join(root, 'lan');
    // The ledger's hook knows a pusher by their account: Lan pushes as lan.
    const env = { USER: 'lan' };
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home, env })).code).toBe(0);
    const r = await wotn(['cohort', 'init', ledger, '--name', 'WOTN Test', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--min-words', '50'], { home, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('You write in it too, as @lan (lead)');
    expect(gitSync(ledger, 'log', '--format=%s', 'main').trim().split('\n')).toEqual(['Start the cohort "WOTN Test"']);
    const members = await wotnJson(['members'], { home, env });
    expect(members.members).toEqual([expect.objectContaining({ handle: 'lan', name: 'Lan', role: 'lead' })]);
    const published = await wotnJson(['publish', '--url', 'https://lan.dev/1', '--words', '80', '--title', 'Một'], { home, env, now: at(1) });
    expect(published.synced).toBe(true);
  });

  it('with --not-a-member, or without a profile, is not one (and is told how to join)', async () => {
    const root = tempDir();
    const make = (name: string) => {
      const ledger = join(root, `${name}.git`);
      gitSync(root, 'init', '--quiet', '--bare', '--initial-branch=main', ledger);
      return ledger;
    };
    const noProfile = await wotn(['cohort', 'init', make('a'), '--name', 'A', '--start', '2026-11-01', '--timezone', 'UTC'], { home: join(root, 'x') });
    expect(noProfile.code).toBe(0);
    expect(noProfile.stderr).toContain('You are not a member yet');
    const home = join(root, 'lan');
    await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan'], { home });
    const out = await wotnJson(['cohort', 'init', make('b'), '--name', 'B', '--start', '2026-11-01', '--timezone', 'UTC', '--not-a-member'], { home });
    expect(out.member).toBeNull();
    expect(existsSync(join(home, 'cache', 'cohort.json'))).toBe(false);
  });
});
