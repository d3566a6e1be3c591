// Learn together on a plain git ledger, end to end: five members over two weeks with the
// cohort's rules (a shared goal, award tiers, never-miss-twice, a make-up day), pods, a
// vacation, a reflection on day 7 and the wisdom digest; the pre-receive hook judges every
// push (a make-up beyond the rules, a backdated vacation, a member's pods.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort } from '../helpers/cohort.js';
import { gitEnv } from '../helpers/git.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const at = (day: number, time = '10:00:00+07:00') => `2026-11-${String(day).padStart(2, '0')}T${time}`;

/** A clone of the ledger as `user`, to push by hand what wotn would refuse to write. */
function handClone(ledger: string, user: string) {
  const work = mkdtempSync(join(tmpdir(), 'wotn-hand-'));
  // The hook runs with the pusher's environment: WOTN_NOW is its clock too.
  const env = { ...process.env, ...gitEnv, USER: user, WOTN_NOW: '2026-11-05T12:00:00+07:00' };
  execFileSync('git', ['clone', '--quiet', ledger, 'l'], { cwd: work, env, stdio: 'pipe' });
  const dir = join(work, 'l');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
  return { dir, git, push: (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    git('add', path);
    git('commit', '--quiet', '-m', `by hand: ${path}`);
    git('push', '--quiet', 'origin', 'HEAD');
  } };
}

describe('learn together on a plain git ledger', () => {
  it('five members, two weeks: goal, awards, never-miss-twice, make-up, vacation, pods, a day-7 reflection and the digest', async () => {
    const c = await startCohort(['--goal-words', '5000', '--awards', '3,7,10', '--never-miss-twice', '--make-up-days', '1']);
    const lead = join(c.root, 'lead');
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home: lead })).code).toBe(0);
    const homes = Object.fromEntries(await Promise.all(['an', 'binh', 'chi', 'dung', 'em'].map(async (h) => [h, await joinAs(c, h)] as const)));
    const pods = await wotnJson(['pods', 'assign', '--ledger', c.ledger, '--size', '2', '--every', '7'], { home: lead, now: at(1, '07:00:00+07:00') });
    expect(pods.round.pods.flatMap((p: { members: string[] }) => p.members).sort()).toEqual(['an', 'binh', 'chi', 'dung', 'em']);

    // an writes days 1-3, misses 4 (kept by never-miss-twice), writes 5-6.
    for (const d of [1, 2, 3, 5, 6]) await publishUrl(homes.an!, at(d), 300, `An, day ${d}`);
    // binh plans a vacation for days 3-4 (planned on day 2) and writes the other days.
    const v = await wotnJson(['vacation', '--from', '2026-11-03', '--to', '2026-11-04'], { home: homes.binh!, now: at(2, '08:00:00+07:00') });
    expect(v).toMatchObject({ ledger: 'written', ahead: 2 });
    for (const d of [1, 2, 5, 6]) await publishUrl(homes.binh!, at(d), 250);
    // chi misses day 2 and makes it up on day 3 (one make-up day allowed): a day written, a miss for the streak.
    await publishUrl(homes.chi!, at(1), 200);
    await publishUrl(homes.chi!, at(3), 200);
    const made = await wotnJson(['publish', '--url', 'https://example.com/chi-2', '--words', '400', '--title', 'Day 2, made up', '--make-up', '2026-11-02'], { home: homes.chi!, now: at(3, '12:00:00+07:00') });
    expect(made.synced).toBe(true);
    const again = await wotn(['publish', '--url', 'https://example.com/chi-x', '--words', '400', '--title', 'x', '--make-up', '2026-11-01'], { home: homes.chi!, now: at(3, '13:00:00+07:00') });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('2026-11-01 is written already');

    // status explains why each streak is what it is.
    const an = await wotnJson(['status'], { home: homes.an!, now: at(6, '20:00:00+07:00') });
    expect(an.streak.current).toBe(5);
    expect(an.why.join('\n')).toContain('Kept by never-miss-twice: 2026-11-04');
    expect(an.awards).toMatchObject({ daysWritten: 5, reached: [3], next: { tier: 7, daysToGo: 2 } });
    const binh = await wotnJson(['status'], { home: homes.binh!, now: at(6, '20:00:00+07:00') });
    expect(binh.streak.current).toBe(4);
    expect(binh.why.join('\n')).toContain('On vacation: 2026-11-03 to 2026-11-04 (the streak waited)');
    const chi = await wotn(['status'], { home: homes.chi!, now: at(3, '20:00:00+07:00') });
    expect(chi.stdout).toContain('Made up later: 2026-11-02');

    // Day 7: today scaffolds the week's reflection; an writes it and publishes it from the blog.
    const today = await wotnJson(['today', '--no-edit'], { home: homes.an!, now: at(7, '09:00:00+07:00') });
    expect(today.reflection).toEqual({ week: 1 });
    const scaffold = readFileSync(today.path, 'utf8');
    for (const heading of ['## A win', '## A struggle', '## A wonder', '## Something I learned from another member']) expect(scaffold).toContain(heading);
    expect(scaffold).toMatch(/tags: \[wotn, 30-days-of-writing, reflection\]/);
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    writeFileSync(today.path, scaffold
      .replace('tags: [wotn, 30-days-of-writing, reflection]', 'tags: [wotn, 30-days-of-writing, reflection, habits]')
      .replace('## A win\n', `## A win\n\nI wrote five days <b>in a row</b>. ${words}\n`)
      .replace('## A struggle\n', '## A struggle\n\nDay 4.\n')
      .replace('## A wonder\n', '## A wonder\n\nHow do others plan?\n')
      .replace('## Something I learned from another member\n', '## Something I learned from another member\n\nBinh plans vacations ahead: [his post](https://example.com/binh) and [bad](javascript:alert(1)).\n'));
    const published = await wotnJson(['publish', '--no-push'], { home: homes.an!, now: at(7, '10:00:00+07:00') });
    expect(published.day).toBe(7);
    expect((await wotnJson(['sync'], { home: homes.an!, now: at(7, '10:01:00+07:00') })).ledger.changed).toBe(true);

    // The report: the shared goal, award tiers, pods.
    const report = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-07'], { home: lead, now: at(7, '21:00:00+07:00') });
    expect(report.together.goal).toMatchObject({ goal: 5000 });
    expect(report.together.goal.words).toBe(report.totals.words);
    expect(report.together.awards).toEqual([{ tier: 3, members: 3 }, { tier: 7, members: 0 }, { tier: 10, members: 0 }]);
    // chi: day 1, day 2 made up (a miss for the streak, forgiven once), day 3, then nothing: 3 days written, the streak broke.
    expect(report.members.find((m: { handle: string }) => m.handle === 'chi')).toMatchObject({ daysWritten: 3, streak: { current: 0, longest: 2 } });
    expect(report.together.pods).toHaveLength(2);
    const table = await wotn(['report', '--ledger', c.ledger, '--date', '2026-11-07'], { home: lead, now: at(7, '21:00:00+07:00') });
    expect(table.stdout).toMatch(/Together we wrote [\d,]+ of 5,000 words/);
    expect(table.stdout).toContain('Awards: 3 days: 3 members · 7 days: 0 members · 10 days: 0 members');
    // The report remembered the cohort's words: status shows the shared goal as of that day.
    const lanStatus = await wotnJson(['status'], { home: homes.an!, now: at(7, '22:00:00+07:00') });
    expect(lanStatus.together).toMatchObject({ goal: 5000, asOf: null }); // an never read the whole ledger on this machine
    await wotnJson(['partners'], { home: homes.an!, now: at(7, '22:00:00+07:00') });
    expect((await wotnJson(['status'], { home: homes.an!, now: at(7, '22:01:00+07:00') })).together).toMatchObject({ goal: 5000, asOf: '2026-11-07' });

    // Week 2: pods again, with pairs kept apart where possible.
    const round2 = await wotnJson(['pods', 'assign', '--ledger', c.ledger, '--size', '2'], { home: lead, now: at(8, '07:00:00+07:00') });
    expect(round2.round).toMatchObject({ period: 2, from: '2026-11-08', to: '2026-11-14' });

    // The digest: an's reflection under its theme, every member string escaped, no javascript: link.
    const digest = await wotn(['wisdom', '--ledger', c.ledger, '--week', '1'], { home: lead, now: at(14, '21:00:00+07:00') });
    expect(digest.code).toBe(0);
    expect(digest.stdout).toContain('## Week 1 (2026-11-01 to 2026-11-07)');
    expect(digest.stdout).toContain('### habits');
    expect(digest.stdout).toContain('A win: I wrote five days &lt;b&gt;in a row&lt;/b&gt;');
    expect(digest.stdout).toContain('(https://example.com/binh)');
    expect(digest.stdout).not.toContain('javascript:');
    const out = join(c.root, 'wisdom.md');
    await wotnJson(['wisdom', '--ledger', c.ledger, '--out', out], { home: lead, now: at(14, '21:00:00+07:00') });
    expect(readFileSync(out, 'utf8')).toContain('collective wisdom');
    // The cohort's pages carry it too (the workflow builds them with wotn leaderboard --out site).
    const site = join(c.root, 'site');
    const built = await wotn(['leaderboard', '--ledger', c.ledger, '--out', site], { home: lead, now: at(14, '21:00:00+07:00') });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const html = readFileSync(join(site, 'wisdom.html'), 'utf8');
    expect(html).toContain('<h3>habits</h3>');
    expect(html).toContain('I wrote five days &lt;b&gt;in a row&lt;/b&gt;');
    expect(html).toContain('<a href="https://example.com/binh">link</a>');
    expect(html).not.toContain('javascript:');
    expect(readFileSync(join(site, 'wisdom.md'), 'utf8')).toContain('## Week 1');
  }, 300_000);

  it('the hook refuses a make-up beyond the rules, a backdated vacation and a member\'s pods.json', async () => {
    const c = await startCohort(['--make-up-days', '1']);
    const an = await joinAs(c, 'an');
    await publishUrl(an, at(1));
    const hand = handClone(c.ledger, 'an');
    const progress = JSON.parse(readFileSync(join(hand.dir, 'progress/an.json'), 'utf8'));
    const makeUp = (date: string) => ({ date, title: 'late', words: 100, publishedAt: '2026-11-05T10:00:00+07:00', makeUp: true });
    // Two make-ups where one is allowed.
    const two = { ...progress, entries: [...progress.entries, makeUp('2026-11-02'), makeUp('2026-11-03')] };
    expect(() => hand.push('progress/an.json', JSON.stringify(two, null, 2))).toThrow(/make-up post: all 1 make-up day is used/);
    hand.git('reset', '--quiet', '--hard', 'origin/main');
    // A vacation that began before today.
    const card = JSON.parse(readFileSync(join(hand.dir, 'members/an.json'), 'utf8'));
    expect(() => hand.push('members/an.json', JSON.stringify({ ...card, vacations: [{ from: '2026-11-01', to: '2026-11-03' }] }, null, 2))).toThrow(/a vacation can't begin in the past/);
    hand.git('reset', '--quiet', '--hard', 'origin/main');
    expect(() => hand.push('pods.json', JSON.stringify({ schema: 1, rounds: [] }))).toThrow(/pods|lead/);
  }, 120_000);
});
