import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { checkCohort, type Cohort, type ProgressEntry } from '../../src/domain/ledger.js';
import type { MemberFiles } from '../../src/domain/report.js';
import { pageCount, pageOf, siteCollector, siteModel, stageOf, FEED_SIZE, type SiteModel } from '../../src/domain/site.js';
import { searchKey, searchShards, searchTokens } from '../../src/domain/search.js';
import { rankMembers } from '../../src/domain/report.js';

const cohort = (over: Record<string, unknown> = {}): Cohort => {
  const c = checkCohort({ schema: 1, id: 'c', name: 'C', start: '2026-11-01', days: 10, timezone: 'Asia/Ho_Chi_Minh', minWords: 100, ...over });
  if (!c.ok) throw new Error(c.problem);
  return c.value;
};
/** x written at HH:00 local (+07:00), . missed; hour from the pattern's position and `at`. */
const member = (handle: string, pattern: string, name = handle.toUpperCase(), at = 9): MemberFiles => ({
  handle,
  card: { schema: 1, handle, name, joinedAt: '2026-10-30T00:00:00Z' },
  progress: {
    schema: 1, handle,
    entries: [...pattern].flatMap((ch, i): ProgressEntry[] => {
      const date = addDays('2026-11-01', i);
      return ch === 'x' ? [{ date, title: `${handle} day ${i + 1}`, url: `https://${handle}.dev/${i + 1}`, words: 100 + i, publishedAt: `${date}T${String(at).padStart(2, '0')}:00:00+07:00` }] : [];
    }),
  },
});
const model = (members: MemberFiles[], date: string, over: Record<string, unknown> = {}): SiteModel => {
  const collect = siteCollector(cohort(over), date);
  for (const m of members) collect.add(m);
  return siteModel(collect.finish());
};

describe('the site model', () => {
  it.each([
    ['2026-10-29', { phase: 'before', startsIn: 3, daysLeft: 0, lastDay: false }],
    ['2026-11-01', { phase: 'active', day: 1, daysLeft: 9, lastDay: false }],
    ['2026-11-10', { phase: 'active', day: 10, daysLeft: 0, lastDay: true }],
    ['2026-11-11', { phase: 'finished', startsIn: 0, lastDay: false, end: '2026-11-10' }],
  ])('stage on %s', (date, stage) => expect(stageOf(cohort(), date)).toMatchObject(stage));

  it('calendar states come from the streak rules: written, frozen, missed, today, future', () => {
    const m = model([member('a', 'xx.xx.')], '2026-11-06', { freezes: 1 });
    const [page] = [...m.members()];
    expect(page!.calendar.slice(0, 8)).toEqual(['written', 'written', 'frozen', 'written', 'written', 'today', 'future', 'future']);
    expect(page!.calendar).toHaveLength(10);
    expect([m.dates[0], m.dates[9]]).toEqual(['2026-11-01', '2026-11-10']);
    // with no freeze the same gap is missed
    const [strict] = [...model([member('a', 'xx.xx.')], '2026-11-06').members()];
    expect(strict!.calendar[2]).toBe('missed');
  });

  it('a member page carries every counted post, day 1 first, and where they rank', () => {
    const m = model([member('a', 'xxx'), member('b', 'x.x')], '2026-11-03');
    const pages = [...m.members()];
    expect(pages.map((p) => [p.ranked.rank, p.ranked.member.handle, p.leaderboardPage])).toEqual([[1, 'a', 1], [2, 'b', 1]]);
    expect(pages[1]!.posts.map((p) => [p.day, p.title, p.url])).toEqual([[1, 'b day 1', 'https://b.dev/1'], [3, 'b day 3', 'https://b.dev/3']]);
  });

  it('a day page lists that day\'s posts in the order they were published', () => {
    const m = model([member('late', 'xx', 'Late', 20), member('early', 'xx', 'Early', 6), member('none', '.')], '2026-11-02');
    expect(m.days.map((d) => [d.day, d.writers])).toEqual([[1, 2], [2, 2]]);
    expect(m.day(2).posts.map((p) => p.handle)).toEqual(['early', 'late']);
    expect(m.day(2)).toMatchObject({ date: '2026-11-02', day: 2 });
  });

  it('home: who posted today in publishing order, milestones of days written reached today, streaks', () => {
    const m = model([member('a', 'xxx', 'A', 10), member('b', 'xx.', 'B'), member('c', '..x', 'C', 7), member('d', 'xx', 'D')], '2026-11-03');
    expect(m.home.wroteToday.map((w) => w.handle)).toEqual(['c', 'a']);
    expect(m.home.milestones).toEqual([{ handle: 'a', name: 'A', days: 3 }]);
    expect(m.home.onStreak).toBe(3); // a (3), b and d (2, today still open)
    expect(m.home.reached[0]).toEqual({ days: 3, writers: 1 });
  });

  it('nobody is listed as having posted today before or after the challenge', () => {
    expect(model([member('a', 'x')], '2026-10-20').home.wroteToday).toEqual([]);
    expect(model([member('a', 'xxxxxxxxxx')], '2026-11-20').home.wroteToday).toEqual([]);
  });

  it('the feed keeps the newest posts, newest first, across members', () => {
    const many = Array.from({ length: 30 }, (_, i) => member(`w${i}`, 'xxxxxxxxxx', `W${i}`, i % 24));
    const m = model(many, '2026-11-10');
    expect(m.feed).toHaveLength(FEED_SIZE);
    const times = m.feed.map((p) => Date.parse(p.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const all = many.flatMap((w) => w.progress!.entries.map((e) => Date.parse(e.publishedAt))).sort((a, b) => b - a);
    expect(times).toEqual(all.slice(0, FEED_SIZE));
    expect(m.home.latest).toEqual(m.feed.slice(0, 12));
  });

  it('the directory is by name, Vietnamese order, then handle', () => {
    const m = model([member('z', 'x', 'Đào'), member('y', 'x', 'Anh'), member('x', 'x', 'Bình'), member('w', 'x', 'anh')], '2026-11-01');
    expect(m.directory.map((d) => d.handle)).toEqual(['w', 'y', 'x', 'z']);
  });

  it('the cohort goal is carried when set', () => {
    expect(model([], '2026-11-01', { goalWords: 50000 }).cohort.goalWords).toBe(50000);
    expect(model([], '2026-11-01').cohort.goalWords).toBeUndefined();
    expect(checkCohort({ schema: 1, name: 'C', start: '2026-11-01', days: 10, timezone: 'UTC', minWords: 1, goalWords: 0 })).toMatchObject({ ok: false, problem: expect.stringContaining('goalWords') });
  });

  it.each([
    [0, 100, 1], [1, 100, 1], [100, 100, 1], [101, 100, 2], [10_000, 100, 100],
  ])('%i items in pages of %i make %i pages', (items, size, pages) => expect(pageCount(items, size)).toBe(pages));
  it('pageOf', () => expect([0, 99, 100, 250].map((i) => pageOf(i, 100))).toEqual([1, 1, 2, 3]));
});

describe('search', () => {
  it.each([
    ['Nguyễn Thị Lan', ['nguyen', 'thi', 'lan']],
    ['Đào Đức Anh', ['dao', 'duc', 'anh']],
    ['@lan-nguyen', ['lan', 'nguyen']],
    ['Ōsaka 大阪', ['osaka', '大阪']],
    ['', []],
  ])('tokens of %j', (text, tokens) => expect(searchTokens(text)).toEqual(tokens));

  it('plain ASCII names and handles give the words and keys the full rule gives', () => {
    const full = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const fullKey = (token: string) => Array.from(token).slice(0, 2).map((c) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('');
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    for (const text of ['Member 123', 'lan-nguyen', 'O\'Brien, Jr.', '  spaced  out ', 'A_B.C~D', ascii.join(''), ...ascii]) {
      expect(searchTokens(text)).toEqual(full(text));
      for (const token of full(text)) expect(searchKey(token)).toBe(fullKey(token));
    }
  });

  it.each([['nguyen', 'ng'], ['a', 'a'], ['大阪', '_5927_962a'], ['9x', '9x']])('shard key of %s is %s', (token, key) => expect(searchKey(token)).toBe(key));

  it('a writer is in the shard of each word of their name and handle, with rank and page', () => {
    const collect = siteCollector(cohort(), '2026-11-02');
    collect.add(member('lan', 'xx', 'Nguyễn Thị Lan'));
    collect.add(member('thu', 'x', 'Thu'));
    const ranked = rankMembers(collect.finish().report.members);
    const shards = searchShards(ranked, 1);
    expect([...shards.keys()].sort()).toEqual(['la', 'ng', 'th']);
    expect(shards.get('th')).toEqual([['lan', 'Nguyễn Thị Lan', 1, 2, 1], ['thu', 'Thu', 2, 1, 2]]);
    expect(shards.get('la')).toEqual([['lan', 'Nguyễn Thị Lan', 1, 2, 1]]); // once, though name and handle both start with "la"
  });

  it('the tokenizer and shard key run on their own (the site embeds their source)', () => {
    const tokens = new Function(`return (${searchTokens.toString()})`)() as typeof searchTokens;
    const key = new Function(`return (${searchKey.toString()})`)() as typeof searchKey;
    expect(tokens('Trần Đức')).toEqual(['tran', 'duc']);
    expect(key('tran')).toBe('tr');
  });
});
