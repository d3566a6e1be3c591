// A writer's whole challenge, run through the built binary with a fake clock.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { bareRepo, gitSync, log } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ') + '\n';

async function setUpWriter(extra: string[] = []) {
  const root = tempDir();
  const home = join(root, 'home');
  const remote = bareRepo(root);
  const blog = join(root, 'blog');
  const init = await wotn(
    ['init', '--yes', '--name', 'Lan Nguyễn', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--preset', 'jekyll',
      '--blog', blog, '--create', '--remote', remote, '--goal', '50', '--url-pattern', 'https://lan.github.io/{yyyy}/{mm}/{dd}/{slug}.html', ...extra],
    { home },
  );
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  return { root, home, remote, blog };
}

describe('a 30-day challenge', () => {
  it('walks thirty days with missed days: posts, commits on the remote, streaks and the calendar', async () => {
    const { home, remote, blog } = await setUpWriter();
    const start = '2026-11-01';
    const missed = new Set([6, 7, 15]);
    let expectedStreak = 0;
    let longest = 0;
    for (let day = 1; day <= 30; day++) {
      const date = addDays(start, day - 1);
      const now = `${date}T21:00:00+07:00`;
      if (missed.has(day)) {
        expectedStreak = 0;
        continue;
      }
      const today = await wotnJson(['today', '--no-edit', '--title', `Ngày ${day}: viết tiếp`], { home, now });
      expect(today).toMatchObject({ date, day, created: true });
      expect(today.path).toBe(join(blog, '_posts', `${date}-ngay-${day}-viet-tiep.md`));
      appendFileSync(today.path, words(60 + day));
      const published = await wotnJson(['publish'], { home, now });
      expectedStreak += 1;
      longest = Math.max(longest, expectedStreak);
      expect(published).toMatchObject({
        date, day, words: 60 + day, pushed: true, streak: { current: expectedStreak, longest },
        url: `https://lan.github.io/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/ngay-${day}-viet-tiep.html`,
      });
    }

    const commits = log(remote, 'main');
    expect(commits).toHaveLength(27);
    expect(commits.at(-1)).toBe('Day 1: Ngày 1: viết tiếp');
    expect(commits[0]).toBe('Day 30: Ngày 30: viết tiếp');

    const status = await wotnJson(['status'], { home, now: '2026-11-30T23:59:00+07:00' });
    expect(status).toMatchObject({ date: '2026-11-30', day: 30, days: 30, published: true, daysWritten: 27, streak: { current: 15, longest: 15 } });
    expect(status.calendar.filter((d: { state: string }) => d.state === 'missed').map((d: { day: number }) => d.day)).toEqual([6, 7, 15]);
    expect(status.words.total).toBe(Array.from({ length: 30 }, (_, i) => i + 1).filter((d) => !missed.has(d)).reduce((s, d) => s + 60 + d, 0));

    const after = await wotnJson(['status'], { home, now: '2026-12-05T09:00:00+07:00' });
    expect(after).toMatchObject({ phase: 'finished', day: null, daysWritten: 27 });
    const text = await wotn(['status'], { home, now: '2026-12-05T09:00:00+07:00' });
    expect(text.stdout).toContain('The 30-day challenge is finished.');
    expect(text.stdout).toContain('Final tally: 27/30 days written');
  });

  it('celebrates milestones and keeps the streak open until the day ends', async () => {
    const { home } = await setUpWriter();
    for (const date of ['2026-11-01', '2026-11-02', '2026-11-03']) {
      const now = `${date}T08:00:00+07:00`;
      const t = await wotnJson(['today', '--no-edit'], { home, now });
      appendFileSync(t.path, words(80));
      const out = await wotn(['publish'], { home, now });
      expect(out.code).toBe(0);
      if (date === '2026-11-03') expect(out.stdout).toContain('🎉 3 days in a row!');
    }
    const open = await wotnJson(['status'], { home, now: '2026-11-04T23:00:00+07:00' });
    expect(open).toMatchObject({ streak: { current: 3, longest: 3 }, today: { state: 'not-started' } });
    expect(open.calendar[3].state).toBe('today');
    const broken = await wotnJson(['status'], { home, now: '2026-11-05T00:30:00+07:00' });
    expect(broken.streak).toEqual({ current: 0, longest: 3 });
  });

  it('honours a 03:00 day boundary: a post at 01:30 counts for the evening before', async () => {
    const { home } = await setUpWriter(['--day-starts-at', '03:00']);
    const t = await wotnJson(['today', '--no-edit'], { home, now: '2026-11-02T01:30:00+07:00' });
    expect(t.date).toBe('2026-11-01');
    appendFileSync(t.path, words(60));
    expect(await wotnJson(['publish'], { home, now: '2026-11-02T01:45:00+07:00' })).toMatchObject({ date: '2026-11-01' });
  });
});

describe('wotn today', () => {
  it('never overwrites: a second run shows the same post with its words', async () => {
    const { home } = await setUpWriter();
    const now = '2026-11-01T08:00:00+07:00';
    const first = await wotnJson(['today', '--no-edit', '--title', 'Viết mỗi ngày, đừng bỏ cuộc'], { home, now });
    expect(first.path.endsWith('_posts/2026-11-01-viet-moi-ngay-dung-bo-cuoc.md')).toBe(true);
    appendFileSync(first.path, words(42));
    const before = readFileSync(first.path, 'utf8');
    const second = await wotnJson(['today', '--no-edit', '--title', 'Something else'], { home, now });
    expect(second).toMatchObject({ path: first.path, created: false, words: { draft: 42 } });
    expect(readFileSync(first.path, 'utf8')).toBe(before);
  });

  it('writes front matter with the local date, the day, a draft flag (and Jekyll\'s published: false), tags and the prompt', async () => {
    const { home } = await setUpWriter();
    const t = await wotnJson(['today', '--no-edit', '--title', 'A "quoted": title'], { home, now: '2026-11-01T01:02:03Z' });
    const text = readFileSync(t.path, 'utf8');
    expect(text).toContain('title: "A \\"quoted\\": title"\n');
    expect(text).toContain('date: 2026-11-01\n');
    expect(text).toContain('day: 1\ndraft: true\npublished: false\ntags: [wotn, 30-days-of-writing]\n');
    expect(text).toContain('prompt: "What made you say yes to writing every day for thirty days?"');
  });

  it('uses a template from the user\'s templates folder by name', async () => {
    const { home } = await setUpWriter();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(home, 'templates'), { recursive: true });
    writeFileSync(join(home, 'templates', 'short.md'), '---\ntitle: {{title}}\ndraft: true\n---\nHi {{name}}, day {{day}}.\n');
    const t = await wotnJson(['today', '--no-edit', '--template', 'short'], { home, now: '2026-11-01T08:00:00+07:00' });
    // The Jekyll preset keeps the draft out of the site with published: false, whatever the template.
    expect(readFileSync(t.path, 'utf8')).toBe('---\ntitle: "Day 1"\ndraft: true\npublished: false\n---\nHi Lan Nguyễn, day 1.\n');
    const missing = await wotn(['today', '--no-edit', '--template', 'nope'], { home, now: '2026-11-02T08:00:00+07:00' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^wotn: --template "nope": no such template/);
  });
});

describe('wotn publish', () => {
  it('refuses a post under the goal: exit 2, nothing committed, file untouched', async () => {
    const { home, blog } = await setUpWriter();
    const now = '2026-11-01T20:00:00+07:00';
    const t = await wotnJson(['today', '--no-edit'], { home, now });
    appendFileSync(t.path, words(31));
    const before = readFileSync(t.path, 'utf8');
    const r = await wotn(['publish'], { home, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('31/50 words. Keep writing');
    expect(readFileSync(t.path, 'utf8')).toBe(before);
    expect(() => gitSync(blog, 'rev-parse', 'HEAD')).toThrow();
  });

  it('publishing twice on one day adds words, not days', async () => {
    const { home } = await setUpWriter();
    const now = '2026-11-01T20:00:00+07:00';
    const t = await wotnJson(['today', '--no-edit'], { home, now });
    appendFileSync(t.path, words(60));
    await wotnJson(['publish'], { home, now });
    const second = join(t.path, '..', '2026-11-01-second.md');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(second, `---\ntitle: Second\n---\n${words(70)}`);
    const p = await wotnJson(['publish', second], { home, now: '2026-11-01T22:00:00+07:00' });
    expect(p.streak).toEqual({ current: 1, longest: 1 });
    const s = await wotnJson(['status'], { home, now: '2026-11-01T23:00:00+07:00' });
    expect(s).toMatchObject({ daysWritten: 1, words: { today: 130, total: 130 }, today: { state: 'published', posts: 2 } });
  });

  it('publishing the same post again after edits replaces its words', async () => {
    const { home, remote } = await setUpWriter();
    const now = '2026-11-01T20:00:00+07:00';
    const t = await wotnJson(['today', '--no-edit'], { home, now });
    appendFileSync(t.path, words(60));
    await wotnJson(['publish'], { home, now });
    appendFileSync(t.path, words(20));
    const again = await wotnJson(['publish'], { home, now: '2026-11-01T21:00:00+07:00' });
    expect(again.words).toBe(80);
    expect((await wotnJson(['status'], { home, now })).words.total).toBe(80);
    expect(log(remote, 'main')).toHaveLength(2);
  });

  it('records a post published elsewhere by URL, without git', async () => {
    const { home, blog } = await setUpWriter();
    const now = '2026-11-01T20:00:00+07:00';
    const p = await wotnJson(['publish', '--url', 'https://lan.substack.com/p/day-1', '--title', 'On Substack', '--words', '600'], { home, now });
    expect(p).toMatchObject({ url: 'https://lan.substack.com/p/day-1', words: 600, commit: null, pushed: false, streak: { current: 1 } });
    expect(() => gitSync(blog, 'rev-parse', 'HEAD')).toThrow();
    const noWords = await wotn(['publish', '--url', 'https://x.dev/a'], { home, now });
    expect(noWords.code).toBe(2);
    expect(noWords.stderr).toContain('--words N is needed with --url');
  });

  it('sets draft: false and publishedAt with the writer\'s offset, and commits "Day N: title"', async () => {
    const { home, blog } = await setUpWriter();
    const now = '2026-11-01T13:00:00Z';
    const t = await wotnJson(['today', '--no-edit', '--title', 'Bắt đầu'], { home, now });
    appendFileSync(t.path, words(55));
    await wotnJson(['publish', '--no-push'], { home, now });
    const text = readFileSync(t.path, 'utf8');
    expect(text).toContain('draft: false\n');
    expect(text).toContain('publishedAt: 2026-11-01T20:00:00+07:00\n');
    expect(log(blog)).toEqual(['Day 1: Bắt đầu']);
  });
});

describe('offline and queued pushes', () => {
  it('commits when the remote is unreachable, exits 0 with a warning, and wotn sync pushes later', async () => {
    const { root, home, blog } = await setUpWriter();
    const later = bareRepo(root, 'later.git');
    const gone = join(root, 'does-not-exist.git');
    expect((await wotn(['init', '--remote', gone], { home })).code).toBe(0);

    const now = '2026-11-01T20:00:00+07:00';
    const t = await wotnJson(['today', '--no-edit'], { home, now });
    appendFileSync(t.path, words(60));
    const r = await wotn(['publish', '--json'], { home, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: Committed but not pushed .*next wotn publish or wotn sync/);
    expect(JSON.parse(r.stdout)).toMatchObject({ pushed: false, commit: expect.any(String) });
    expect(log(blog)).toEqual(['Day 1: Day 1']);

    const failed = await wotn(['sync'], { home, now });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('could not push your blog');

    expect((await wotn(['init', '--remote', later], { home })).code).toBe(0);
    const synced = await wotnJson(['sync'], { home, now });
    expect(synced.blog).toEqual({ pending: 1, pushed: true });
    expect(log(later, 'main')).toEqual(['Day 1: Day 1']);
    expect((await wotnJson(['sync'], { home, now })).blog).toEqual({ pending: 0, pushed: false });
  });
});

describe('zero config', () => {
  it('scaffolds, publishes locally and says nothing was pushed', async () => {
    const home = join(tempDir(), 'fresh');
    const now = '2026-11-23T09:00:00Z';
    const t = await wotn(['today', '--no-edit'], { home, now, env: { TZ: 'UTC' } });
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Day 1 of 30');
    const post = join(home, 'writing', 'posts', '2026-11-23-day-1.md');
    expect(existsSync(post)).toBe(true);
    expect(existsSync(join(home, 'writing', '.git'))).toBe(true);
    appendFileSync(post, words(200));
    const p = await wotn(['publish'], { home, now, env: { TZ: 'UTC' } });
    expect(p.code).toBe(0);
    expect(p.stderr).toContain('No blog remote is set, so nothing was pushed');
    expect(log(join(home, 'writing'))).toEqual(['Day 1: Day 1']);
  });
});

describe('the journal', () => {
  it('loses nothing when several wotn processes publish at once', async () => {
    const { home } = await setUpWriter();
    const now = '2026-11-01T20:00:00+07:00';
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) => wotn(['publish', '--url', `https://x.dev/${i}`, '--words', '100'], { home, now })),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0));
    const journal = JSON.parse(readFileSync(join(home, 'journal.json'), 'utf8'));
    expect(journal.entries.map((e: { url: string }) => e.url).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `https://x.dev/${i}`).sort());
  });

  it('is rebuilt from the posts\' front matter by wotn doctor --rebuild', async () => {
    const { home } = await setUpWriter();
    for (const date of ['2026-11-01', '2026-11-02']) {
      const now = `${date}T20:00:00+07:00`;
      const t = await wotnJson(['today', '--no-edit'], { home, now });
      appendFileSync(t.path, words(70));
      await wotnJson(['publish'], { home, now });
    }
    const now = '2026-11-02T21:00:00+07:00';
    const before = await wotnJson(['status'], { home, now });
    const { rmSync } = await import('node:fs');
    rmSync(join(home, 'journal.json'));
    expect((await wotnJson(['status'], { home, now })).daysWritten).toBe(0);
    const doctor = await wotnJson(['doctor', '--rebuild'], { home, now });
    expect(doctor.rebuilt).toEqual({ entries: 2, skipped: [] });
    const after = await wotnJson(['status'], { home, now });
    expect(after.streak).toEqual(before.streak);
    expect(after.words).toEqual(before.words);
  });
});
