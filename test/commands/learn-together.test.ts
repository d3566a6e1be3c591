// Learn together on a plain git ledger, end to end: five members over two weeks with the
// cohort's rules (a shared goal, award tiers, never-miss-twice, a make-up day), pods, a
// vacation, kudos, a moderator hiding a post, reflections on day 7 and the wisdom digest;
// the pre-receive hook judges every push (a make-up beyond the rules, a backdated vacation,
// a member's pods.json).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { joinAs, publishUrl, startCohort } from '../helpers/cohort.js';
import { gitEnv } from '../helpers/git.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const at = (day: number, time = '10:00:00+07:00') => `2026-11-${String(day).padStart(2, '0')}T${time}`;

/** Day 7's reflection as a member writes it: today's scaffold, each section filled, one more tag. */
async function reflect(home: string, now: string, tag: string, sections: { win: string; struggle: string; wonder: string; learned: string }, title?: string) {
  const today = await wotnJson(['today', '--no-edit'], { home, now });
  expect(today.reflection).toEqual({ week: 1 });
  const scaffold = readFileSync(today.path, 'utf8');
  writeFileSync(today.path, scaffold
    .replace(/^title: .*$/m, (line) => (title ? `title: ${JSON.stringify(title)}` : line))
    .replace('tags: [wotn, 30-days-of-writing, reflection]', `tags: [wotn, 30-days-of-writing, reflection, ${tag}]`)
    .replace('## A win\n', `## A win\n\n${sections.win}\n`)
    .replace('## A struggle\n', `## A struggle\n\n${sections.struggle}\n`)
    .replace('## A wonder\n', `## A wonder\n\n${sections.wonder}\n`)
    .replace('## Something I learned from another member\n', `## Something I learned from another member\n\n${sections.learned}\n`));
  return { today, scaffold };
}

/** A clone of the ledger as `user`, to push by hand what wotn would refuse to write. */
function handClone(ledger: string, user: string) {
  const work = tempDir('wotn-hand-');
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
  it('five members, two weeks: goal, awards, never-miss-twice, make-up, vacation, pods, kudos, a hidden post, day-7 reflections and the digest', async () => {
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
    expect(binh.calendar.slice(1, 5)).toEqual([
      { date: '2026-11-02', day: 2, state: 'written' }, { date: '2026-11-03', day: 3, state: 'missed', vacation: true },
      { date: '2026-11-04', day: 4, state: 'missed', vacation: true }, { date: '2026-11-05', day: 5, state: 'written' },
    ]);
    const binhText = (await wotn(['status'], { home: homes.binh!, now: at(6, '20:00:00+07:00') })).stdout;
    expect(binhText).toContain('■■~~■■· ');
    expect(binhText).toContain('· ahead  ~ vacation');
    const chi = await wotn(['status'], { home: homes.chi!, now: at(3, '20:00:00+07:00') });
    expect(chi.stdout).toContain('Made up later: 2 Nov 2026');

    // Day 7: today scaffolds the week's reflection; an writes it and publishes it from the blog.
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { scaffold } = await reflect(homes.an!, at(7, '09:00:00+07:00'), 'habits', {
      win: `I wrote five days <b>in a row</b>. ${words}`, struggle: 'Day 4.', wonder: 'How do others plan?',
      learned: 'Binh plans vacations ahead: [his post](https://example.com/binh) and [bad](javascript:alert(1)).',
    });
    for (const heading of ['## A win', '## A struggle', '## A wonder', '## Something I learned from another member']) expect(scaffold).toContain(heading);
    expect(scaffold).toMatch(/tags: \[wotn, 30-days-of-writing, reflection\]/);
    const published = await wotnJson(['publish', '--no-push'], { home: homes.an!, now: at(7, '10:00:00+07:00') });
    expect(published.day).toBe(7);
    expect((await wotnJson(['sync'], { home: homes.an!, now: at(7, '10:01:00+07:00') })).ledger.changed).toBe(true);

    // dung writes day 6, and a day-7 reflection that links a page with chi's personal details.
    await publishUrl(homes.dung!, at(6), 300, 'Dung, day 6');
    const secret = { title: 'Where Chi lives', url: 'https://dung.example/where-chi-lives', text: 'Chi lives at 12 Hang Bac' };
    const dungToday = await reflect(homes.dung!, at(7, '09:30:00+07:00'), 'neighbours', {
      win: `${secret.text}, I found out. ${words}`, struggle: 'Keeping secrets.', wonder: 'Who else lives there?', learned: 'Nothing.',
    }, secret.title);
    const dungPost = await wotnJson(['publish', dungToday.today.path, '--url', secret.url, '--no-push'], { home: homes.dung!, now: at(7, '11:00:00+07:00') });
    expect(dungPost).toMatchObject({ day: 7, url: secret.url });
    await wotnJson(['sync'], { home: homes.dung!, now: at(7, '11:01:00+07:00') });
    expect((await wotn(['wisdom', '--ledger', c.ledger], { home: lead, now: at(7, '11:30:00+07:00') })).stdout).toContain(secret.text);

    // Kudos between members: one per post, to someone else; kudos to yourself are refused.
    const kudos = await wotnJson(['kudos', 'binh', '--day', '6', '--note', 'Your plan for the week helped me.'], { home: homes.an!, now: at(7, '12:00:00+07:00') });
    expect(kudos).toMatchObject({ to: 'binh', date: '2026-11-06' });
    await wotnJson(['kudos', 'an', '--day', '7'], { home: homes.binh!, now: at(7, '12:05:00+07:00') });
    await wotnJson(['kudos', 'an', '--day', '7'], { home: homes.chi!, now: at(7, '12:06:00+07:00') });
    const self = await wotn(['kudos', 'an', '--day', '6'], { home: homes.an!, now: at(7, '12:10:00+07:00') });
    expect(self.code).not.toBe(0);
    expect(self.stderr).toContain('yourself');

    // em is made a moderator and hides dung's day 7, with a reason the ledger keeps; a member may not.
    expect((await wotn(['cohort', 'role', 'add', 'em', 'moderator', '--ledger', c.ledger], { home: lead, now: at(7, '12:20:00+07:00') })).code).toBe(0);
    const byMember = await wotn(['moderate', 'hide', 'dung', '--day', '7', '--reason', 'no'], { home: homes.chi!, now: at(7, '12:25:00+07:00') });
    expect(byMember.code).not.toBe(0);
    expect(byMember.stderr).toContain('chi may not hide entries: only moderators and leads may');
    const hid = await wotnJson(['moderate', 'hide', 'dung', '--day', '7', '--reason', 'personal details of another member'], { home: homes.em!, now: at(7, '12:30:00+07:00') });
    expect(hid).toMatchObject({ by: 'em', outcome: 'recorded', action: { kind: 'hide-entry', member: 'dung', date: '2026-11-07', reason: 'personal details of another member' } });

    // The report: the shared goal, award tiers, pods.
    const report = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-07'], { home: lead, now: at(7, '21:00:00+07:00') });
    expect(report.together.goal).toMatchObject({ goal: 5000 });
    expect(report.together.goal.words).toBe(report.totals.words);
    expect(report.together.awards).toEqual([{ tier: 3, members: 3 }, { tier: 7, members: 0 }, { tier: 10, members: 0 }]);
    // chi: day 1, day 2 made up (a miss for the streak, forgiven once), day 3, then nothing: 3 days written, the streak broke.
    expect(report.members.find((m: { handle: string }) => m.handle === 'chi')).toMatchObject({ daysWritten: 3, streak: { current: 0, longest: 2 } });
    expect(report.together.pods).toHaveLength(2);
    // Kudos counted; dung's hidden day 7 still counts, its title and link are gone from the report.
    const line = (h: string) => report.members.find((m: { handle: string }) => m.handle === h);
    expect(line('an').kudos).toEqual({ given: 1, received: 2 });
    expect(line('binh').kudos).toEqual({ given: 1, received: 1 });
    expect(line('dung')).toMatchObject({ daysWritten: 2, lastDate: '2026-11-07', lastPost: { title: '', url: null } });
    const hiddenEverywhere = (text: string) => {
      expect(text).not.toContain(secret.title);
      expect(text).not.toContain(secret.url);
      expect(text).not.toContain(secret.text);
    };
    hiddenEverywhere(JSON.stringify(report));
    for (const format of ['markdown', 'csv', 'html']) hiddenEverywhere((await wotn(['report', '--ledger', c.ledger, '--date', '2026-11-07', '--format', format], { home: lead, now: at(7, '21:00:00+07:00') })).stdout);
    const feed = await wotnJson(['feed', '--ledger', c.ledger, '--days', '7'], { home: lead, now: at(7, '21:00:00+07:00') });
    expect(feed.items.find((i: { handle: string; date: string }) => i.handle === 'dung' && i.date === '2026-11-07')).toMatchObject({ title: '', url: null, hidden: true });
    hiddenEverywhere(JSON.stringify(feed));
    hiddenEverywhere((await wotn(['feed', '--ledger', c.ledger, '--days', '7'], { home: lead, now: at(7, '21:00:00+07:00') })).stdout);
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
    expect(digest.stdout).toContain('## Week 1 (Sun 1 Nov 2026 to Sat 7 Nov 2026)');
    expect(digest.stdout).toContain('### habits');
    expect(digest.stdout).toContain('A win: I wrote five days &lt;b&gt;in a row&lt;/b&gt;');
    expect(digest.stdout).toContain('(https://example.com/binh)');
    expect(digest.stdout).not.toContain('javascript:');
    hiddenEverywhere(digest.stdout);
    expect(digest.stdout).not.toContain('### neighbours');
    hiddenEverywhere(JSON.stringify(await wotnJson(['wisdom', '--ledger', c.ledger], { home: lead, now: at(14, '21:00:00+07:00') })));
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
    // Every page's navigation leads there.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<li><a href="wisdom.html">Wisdom</a></li>');
    expect(readFileSync(join(site, 'members', 'an.html'), 'utf8')).toContain('<li><a href="../wisdom.html">Wisdom</a></li>');
    expect(html).toContain('<a href="wisdom.html" aria-current="page">Wisdom</a>');
    // Every page of the site leaves the hidden post's title, link and words out; its day counts.
    const pages = readdirSync(site, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) hiddenEverywhere(readFileSync(join(f.parentPath, f.name), 'utf8'));
    const dungPage = readFileSync(join(site, 'members', 'dung.html'), 'utf8');
    expect(dungPage).toContain('<b>2/14</b>days written');
    expect(dungPage).toContain('Day 7 ·');
    expect(readFileSync(join(site, 'members', 'an.html'), 'utf8')).toContain('<b>2</b>kudos received, 1 given');
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
