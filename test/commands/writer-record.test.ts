// The writer's record stays right through ordinary actions (issue: reused titles, the
// cohort's minimum, messages that read right).
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareRepo, gitSync, log } from '../helpers/git.js';
import { joinAs, startCohort } from '../helpers/cohort.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ') + '\n';
const day = (d: number, time = '20:00:00+07:00') => `2026-11-${String(d).padStart(2, '0')}T${time}`;

async function writer(preset = 'jekyll') {
  const root = tempDir();
  const home = join(root, 'home');
  const remote = bareRepo(root);
  const r = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--preset', preset,
    '--blog', join(root, 'blog'), '--create', '--remote', remote, '--goal', '50'], { home });
  expect(r.code).toBe(0);
  return { home, remote, blog: join(root, 'blog') };
}

describe('reused titles', () => {
  it('a new day never reuses an earlier day\'s file (Hugo: {slug}.md): it gets a distinct name', async () => {
    const { home, blog, remote } = await writer('hugo');
    const first = await wotnJson(['today', '--no-edit', '--title', 'Notes'], { home, now: day(1) });
    appendFileSync(first.path, words(60));
    await wotnJson(['publish'], { home, now: day(1) });
    const second = await wotnJson(['today', '--no-edit', '--title', 'Notes'], { home, now: day(2) });
    expect(second.created).toBe(true);
    expect(second.path).toBe(join(blog, 'content', 'posts', 'notes-2.md'));
    appendFileSync(second.path, words(70));
    await wotnJson(['publish'], { home, now: day(2) });
    const status = await wotnJson(['status'], { home, now: day(2) });
    expect(status.calendar.slice(0, 2).map((d: { state: string }) => d.state)).toEqual(['written', 'written']);
    expect(log(remote, 'main')).toEqual(['Day 2: Notes', 'Day 1: Notes']);
    expect(readFileSync(first.path, 'utf8')).toContain('day: 1');
  });

  it('today --title on a day whose post exists keeps the post and says its title was kept', async () => {
    const { home } = await writer();
    const made = await wotnJson(['today', '--no-edit', '--title', 'First'], { home, now: day(1) });
    const again = await wotn(['today', '--no-edit', '--title', 'Second'], { home, now: day(1) });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Kept its title "First"');
    expect(basename(made.path)).toBe('2026-11-01-first.md');
  });
});

describe('messages', () => {
  it('says "3-day streak", and never counts down to a milestone already passed', async () => {
    const { home } = await writer();
    for (const d of [1, 2, 3, 5]) {
      const t = await wotnJson(['today', '--no-edit'], { home, now: day(d) });
      appendFileSync(t.path, words(60));
      const out = await wotn(['publish'], { home, now: day(d) });
      if (d === 3) expect(out.stdout).toContain('3-day streak');
      if (d === 5) {
        expect(out.stdout).toContain('1-day streak');
        // The 3-day milestone was reached on day 3: the countdown is to 7 now.
        expect(out.stdout).toContain('6 days to the 7-day milestone.');
        expect(out.stdout).not.toContain('3-day milestone');
      }
    }
  });

  it('after the challenge: status says it is over, and today names the post without the date twice', async () => {
    const { home, blog } = await writer();
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1) });
    appendFileSync(t.path, words(60));
    await wotnJson(['publish'], { home, now: day(1) });
    const after = '2026-12-05T20:00:00+07:00';
    const status = await wotn(['status'], { home, now: after });
    expect(status.stdout).toContain('The 30-day challenge is finished.');
    expect(status.stdout).toContain('the challenge is over');
    expect(status.stdout).not.toContain('not started');
    const late = await wotnJson(['today', '--no-edit'], { home, now: after });
    expect(late.path).toBe(join(blog, '_posts', '2026-12-05-after-the-challenge.md'));
  });
});

describe('one minimum', () => {
  it('in a cohort, today and status show the cohort\'s minimum, and the personal goal only as a target above it', async () => {
    const c = await startCohort(['--min-words', '300']);
    const home = await joinAs(c, 'lan');
    expect((await wotn(['init', '--goal', '400'], { home })).code).toBe(0);
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1) });
    expect(t.words.goal).toBe(300);
    expect(t.words.target).toBe(400);
    appendFileSync(t.path, words(250));
    const status = await wotnJson(['status'], { home, now: day(1) });
    expect(status.goal).toBe(300);
    expect(status.target).toBe(400);
    const text = await wotn(['status'], { home, now: day(1) });
    expect(text.stdout).toContain('draft with 250/300 words (target 400)');
    const refused = await wotn(['publish'], { home, now: day(1) });
    expect(refused.stderr).toContain('250/300 words');
    expect(existsSync(t.path)).toBe(true);
  });
});

describe('published pages', () => {
  it('carry none of the scaffold\'s note', async () => {
    const { home } = await writer();
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1) });
    expect(readFileSync(t.path, 'utf8')).toContain('<!-- wotn:');
    appendFileSync(t.path, words(60));
    await wotnJson(['publish'], { home, now: day(1) });
    const published = readFileSync(t.path, 'utf8');
    expect(published).not.toContain('<!--');
    expect(published).toContain('chữ59');
  });
});

describe('quiet failures', () => {
  it('init --blog with a folder that does not exist: refused without --create, nothing made', async () => {
    const home = tempDir();
    const typo = join(tempDir(), 'typo');
    const r = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--blog', typo], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--blog "${typo}": no such folder`);
    expect(r.stderr).toContain('--create');
    expect(existsSync(typo)).toBe(false);
    expect(existsSync(join(home, 'config.json'))).toBe(false);
  });

  it('on a terminal, init asks before making a missing blog folder', async () => {
    const home = tempDir();
    const blog = join(tempDir(), 'new-blog');
    const asked: string[] = [];
    const asker = { text: async () => '', choose: async (message: string) => (asked.push(message), 'create it') };
    const r = await wotn(['init', '--name', 'Lan', '--handle', 'lan', '--timezone', 'UTC', '--preset', 'plain', '--blog', blog], { home, tty: true, asker });
    expect(r.code).toBe(0);
    expect(asked).toContain(`${blog} does not exist. Create it?`);
    expect(existsSync(join(blog, '.git'))).toBe(true);
  });

  it('with no git identity, publish commits as the writer from a noreply address', async () => {
    const { home, blog } = await writer();
    const noIdentity = { GIT_AUTHOR_NAME: undefined, GIT_AUTHOR_EMAIL: undefined, GIT_COMMITTER_NAME: undefined, GIT_COMMITTER_EMAIL: undefined, HOME: tempDir(), EMAIL: undefined };
    // No identity anywhere: not in the environment, not in the blog, no global config.
    gitSync(blog, 'config', 'user.useConfigOnly', 'true');
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1), env: noIdentity });
    appendFileSync(t.path, words(60));
    const r = await wotnJson(['publish', '--no-push'], { home, now: day(1), env: noIdentity });
    expect(r.commit).toMatch(/^[0-9a-f]{7,}$/);
    expect(gitSync(blog, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Lan <lan@users.noreply.github.com>');
    expect(gitSync(blog, 'diff', '--cached', '--name-only').trim()).toBe('');
  });

  it('a commit that fails leaves the post as it was and nothing staged', async () => {
    const { home, blog } = await writer();
    writeFileSync(join(blog, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho "blocked by a hook" >&2\nexit 1\n', { mode: 0o755 });
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1) });
    appendFileSync(t.path, words(60));
    const before = readFileSync(t.path, 'utf8');
    const r = await wotn(['publish'], { home, now: day(1) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('blocked by a hook');
    expect(readFileSync(t.path, 'utf8')).toBe(before);
    expect(gitSync(blog, 'diff', '--cached', '--name-only').trim()).toBe('');
  });

  it('publish --url with a draft for today records the URL post, not the draft', async () => {
    const { home } = await writer();
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1) });
    appendFileSync(t.path, words(500));
    const r = await wotnJson(['publish', '--url', 'https://lan.substack.com/p/x', '--words', '120', '--title', 'Elsewhere'], { home, now: day(1) });
    expect(r).toMatchObject({ words: 120, title: 'Elsewhere', path: null, commit: null, url: 'https://lan.substack.com/p/x' });
    expect(readFileSync(t.path, 'utf8')).toContain('draft: true');
  });

  it('offline: the URL says it is live once pushed, and status says not pushed yet', async () => {
    const root = tempDir();
    const home = join(root, 'home');
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--preset', 'jekyll',
      '--blog', join(root, 'blog'), '--create', '--remote', join(root, 'gone.git'), '--goal', '50', '--url-pattern', 'https://lan.dev/{slug}/'], { home })).code).toBe(0);
    const t = await wotnJson(['today', '--no-edit'], { home, now: day(1) });
    appendFileSync(t.path, words(60));
    const p = await wotn(['publish'], { home, now: day(1) });
    expect(p.stdout).toContain('URL https://lan.dev/day-1/ (live once the commit is pushed)');
    const s = await wotn(['status'], { home, now: day(1) });
    expect(s.stdout).toContain('not pushed yet: wotn sync pushes it');
    expect((await wotnJson(['status'], { home, now: day(1) })).today).toMatchObject({ state: 'published', notPushed: 1 });
  });

  it('on a terminal with no editor set, today says how to set one', async () => {
    const { home } = await writer();
    const r = await wotn(['today'], { home, now: day(1), tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('set VISUAL or EDITOR');
  });

  it('Ctrl-C in the editor is exit 130, and the post is kept', async () => {
    const { home } = await writer();
    const r = await wotn(['today'], { home, now: day(1), tty: true, env: { EDITOR: 'kill -INT $$; :' } });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Cancelled. Your post is saved.');
  });
});

describe('republishing an old post', () => {
  it('fixing a typo in day 1\'s post on day 11 edits day 1: same day, an "Edit day 1" commit, no double count in the ledger', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'lan');
    const blog = join(c.root, 'lan-blog');
    const remote = bareRepo(c.root, 'lan-blog.git');
    expect((await wotn(['init', '--preset', 'jekyll', '--blog', blog, '--create', '--remote', remote, '--goal', '50'], { home })).code).toBe(0);
    const first = await wotnJson(['today', '--no-edit', '--title', 'Một'], { home, now: day(1) });
    appendFileSync(first.path, words(100));
    await wotnJson(['publish'], { home, now: day(1) });
    for (const d of [2, 3]) {
      const t = await wotnJson(['today', '--no-edit'], { home, now: day(d) });
      appendFileSync(t.path, words(80));
      await wotnJson(['publish'], { home, now: day(d) });
    }
    appendFileSync(first.path, 'sửa lỗi\n');
    const edit = await wotn(['publish', first.path, '--json'], { home, now: day(11) });
    expect(edit.code).toBe(0);
    const r = JSON.parse(edit.stdout);
    expect(r).toMatchObject({ date: '2026-11-01', day: 1, edited: true, words: 102 });
    expect(log(remote, 'main')[0]).toBe('Edit day 1: Một');
    const status = await wotnJson(['status'], { home, now: day(11) });
    expect(status.daysWritten).toBe(3);
    expect(status.calendar[0].state).toBe('written');
    expect(status.calendar[10].state).toBe('today');
    const report = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-11'], { home });
    const lan = report.members.find((m: { handle: string }) => m.handle === 'lan');
    expect(lan).toMatchObject({ daysWritten: 3, words: 102 + 80 + 80 });
  });
});

describe('writing past midnight', () => {
  it('a draft from 23:50 published at 00:20 counts for the new day, and its front matter, file name, commit and URL all say so', async () => {
    const root = tempDir();
    const home = join(root, 'home');
    const remote = bareRepo(root);
    const blog = join(root, 'blog');
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--preset', 'jekyll',
      '--blog', blog, '--create', '--remote', remote, '--goal', '50', '--url-pattern', 'https://lan.dev/{yyyy}/{mm}/{dd}/{slug}.html'], { home })).code).toBe(0);
    const t = await wotnJson(['today', '--no-edit', '--title', 'Đêm khuya'], { home, now: '2026-12-07T23:50:00+07:00' });
    expect(basename(t.path)).toBe('2026-12-07-dem-khuya.md');
    appendFileSync(t.path, words(60));
    const p = await wotn(['publish', '--json'], { home, now: '2026-12-08T00:20:00+07:00' });
    expect(p.code).toBe(0);
    const r = JSON.parse(p.stdout);
    expect(r.date).toBe('2026-12-08');
    expect(r.path).toBe(t.path);
    expect(r.notices[0]).toContain("Publishing yesterday's draft (2026-12-07)");
    expect(r.url).toBe('https://lan.dev/2026/12/08/dem-khuya.html');
    const moved = join(blog, '_posts', '2026-12-08-dem-khuya.md');
    expect(existsSync(t.path)).toBe(false);
    const text = readFileSync(moved, 'utf8');
    expect(text).toContain('date: 2026-12-08\n');
    expect(text).toContain('publishedAt: 2026-12-08T00:20:00+07:00');
    expect(text).toContain('published: true');
    expect(text).toMatch(/^day: 2$/m);
    expect(log(remote, 'main')[0]).toBe('Day 2: Đêm khuya');
    const rebuilt = await wotnJson(['doctor', '--rebuild'], { home, now: '2026-12-08T09:00:00+07:00' });
    expect(rebuilt.rebuilt.entries).toBe(1);
    expect((await wotnJson(['status'], { home, now: '2026-12-08T09:00:00+07:00' })).calendar[1].state).toBe('written');
  });

  it('suggests --day-starts-at to a writer who publishes just after midnight more than once', async () => {
    const { home } = await writer();
    for (const [d, expectHint] of [[2, false], [3, true]] as const) {
      const t = await wotnJson(['today', '--no-edit'], { home, now: day(d, '00:30:00+07:00') });
      appendFileSync(t.path, words(60));
      const p = await wotn(['publish'], { home, now: day(d, '00:40:00+07:00') });
      expect(p.stderr.includes('--day-starts-at 03:00')).toBe(expectHint);
    }
  });
});

describe('post URLs', () => {
  it('Hugo without a site address: no relative URL reaches the ledger, and publish says how to set one; with --site-url it is absolute', async () => {
    const { home } = await writer('hugo');
    const t = await wotnJson(['today', '--no-edit', '--title', 'Ghi chú'], { home, now: day(1) });
    appendFileSync(t.path, words(60));
    const p = await wotn(['publish', '--json'], { home, now: day(1) });
    const r = JSON.parse(p.stdout);
    expect(r.url).toBeNull();
    expect(p.stderr).toContain('is relative, so it was not recorded');
    expect(p.stderr).toContain('--site-url');
    expect((await wotn(['init', '--site-url', 'https://lan.dev'], { home })).code).toBe(0);
    const t2 = await wotnJson(['today', '--no-edit', '--title', 'Hai'], { home, now: day(2) });
    appendFileSync(t2.path, words(60));
    expect((await wotnJson(['publish'], { home, now: day(2) })).url).toBe('https://lan.dev/posts/hai/');
  });
});

describe('badges, streaks and freezes agree', () => {
  it('days 1 and 3 written with a freeze on day 2: a 2-day streak, 2 days written, no 3-day badge, the freeze shown as frozen', async () => {
    const c = await startCohort(['--freezes', '1']);
    const home = await joinAs(c, 'lan');
    for (const d of [1, 3]) expect((await wotnJson(['publish', '--url', `https://lan.dev/${d}`, '--words', '80', '--title', `Ngày ${d}`], { home, now: day(d) })).synced).toBe(true);
    const status = await wotnJson(['status'], { home, now: day(3) });
    expect(status).toMatchObject({ daysWritten: 2, streak: { current: 2, longest: 2 } });
    expect(status.calendar.slice(0, 3).map((d: { state: string }) => d.state)).toEqual(['written', 'frozen', 'written']);
    const text = await wotn(['status'], { home, now: day(3) });
    expect(text.stdout).toContain('❄ frozen');
    expect(text.stdout).not.toContain('🎉');
    expect(text.stdout).toContain('1 day to the 3-day milestone.');
    const report = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-03'], { home });
    expect(report.members[0]).toMatchObject({ handle: 'lan', daysWritten: 2, streak: { current: 2, longest: 2 } });
    const md = await wotn(['report', '--ledger', c.ledger, '--date', '2026-11-03', '--format', 'md'], { home });
    expect(md.stdout).not.toMatch(/🏅3/);
  });
});

describe('the lead\'s terminal table', () => {
  it('fits 80 columns with long names and titles, AT RISK never cut; narrower terminals drop columns, not AT RISK', async () => {
    const c = await startCohort();
    const long = await joinAs(c, 'nguyen-thi-thanh-huong', { name: 'Nguyễn Thị Thanh Hương Nguyễn Thị Thanh Hương' });
    await wotnJson(['publish', '--url', 'https://x.dev/1', '--words', '80', '--title', 'Một bài viết có tiêu đề rất dài về việc viết mỗi ngày cùng nhau'], { home: long, now: day(1) });
    await joinAs(c, 'an');
    const table = await wotn(['report', '--ledger', c.ledger, '--date', '2026-11-02'], { home: long });
    const rows = table.stdout.split('\n').filter((l) => l.includes('@'));
    expect(rows.length).toBe(2);
    for (const row of rows) expect([...row].length).toBeLessThanOrEqual(80);
    expect(rows.some((r) => r.endsWith('AT RISK'))).toBe(true);
    const narrow = await wotn(['report', '--ledger', c.ledger, '--date', '2026-11-02'], { home: long, tty: true, env: { NO_COLOR: '1' }, columns: 56 });
    const narrowRows = narrow.stdout.split('\n').filter((l) => l.includes('@'));
    for (const row of narrowRows) expect([...row].length).toBeLessThanOrEqual(56);
    expect(narrowRows.some((r) => r.endsWith('AT RISK'))).toBe(true);
  });
});
