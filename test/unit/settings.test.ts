import { describe, expect, it } from 'vitest';
import { configProblem, emptyConfig, resolveSettings } from '../../src/domain/settings.js';
import { journalProblem, recordEntry, emptyJournal, type JournalEntry } from '../../src/domain/journal.js';

const defaults = { timezone: () => 'UTC', blogDir: '/home/w/writing' };

describe('resolveSettings', () => {
  it('fills embedded defaults for an empty config', () => {
    const s = resolveSettings(emptyConfig(), {}, defaults);
    expect(s).toMatchObject({ timezone: 'UTC', dayStartsAt: '00:00', goal: 200, days: 30, blogDir: '/home/w/writing', postsDir: 'posts', branch: 'main' });
  });

  it('takes presets, then explicit patterns, and the editor from the environment over the config', () => {
    const config = { ...emptyConfig(), blog: { preset: 'hugo', siteUrl: 'https://me.dev/' }, editor: 'nano' };
    expect(resolveSettings(config, { editor: 'vim' }, defaults)).toMatchObject({
      postsDir: 'content/posts', fileName: '{slug}.md', urlPattern: 'https://me.dev/posts/{slug}/', editor: 'vim',
    });
    expect(resolveSettings({ ...config, blog: { preset: 'jekyll', postsDir: 'blog' } }, {}, defaults)).toMatchObject({ postsDir: 'blog', editor: 'nano' });
  });
});

describe('configProblem', () => {
  it.each([
    [[], 'is not a JSON object'],
    [{ ...emptyConfig(), schema: 2 }, 'schema: 2 is not a version this wotn reads (expected 1)'],
    [{ ...emptyConfig(), profile: { handle: 'a--b' } }, 'profile.handle: "a--b" has two hyphens in a row'],
    [{ ...emptyConfig(), profile: { timezone: 'Mars/Base' } }, 'profile.timezone: "Mars/Base" is not an IANA time zone'],
    [{ ...emptyConfig(), profile: { dayStartsAt: '25:00' } }, 'profile.dayStartsAt: "25:00" is not HH:MM'],
    [{ ...emptyConfig(), goal: -3 }, 'goal: -3 is not a whole number from 1 to 100000'],
    [{ ...emptyConfig(), goal: 1e23 }, 'goal: 1e+23 is not a whole number from 1 to 100000'],
    [{ ...emptyConfig(), blog: { preset: 'wordpress' } }, 'blog.preset: "wordpress" is not one of plain, jekyll, hugo, astro'],
    [{ ...emptyConfig(), challenge: { start: '2026-02-30' } }, 'challenge.start: "2026-02-30" is not a date (YYYY-MM-DD)'],
    [emptyConfig(), undefined],
  ])('%j → %s', (config, problem) => expect(configProblem(config)).toBe(problem));
});

describe('journal', () => {
  const entry = (over: Partial<JournalEntry>): JournalEntry => ({
    date: '2026-11-23', title: 't', words: 300, publishedAt: '2026-11-23T20:00:00+07:00', push: 'done', synced: false, ...over,
  });

  it('replaces the entry of a post published again, and keeps two posts of one day', () => {
    let j = recordEntry(emptyJournal(), entry({ path: 'posts/a.md', words: 300 }));
    j = recordEntry(j, entry({ path: 'posts/a.md', words: 450 }));
    j = recordEntry(j, entry({ path: 'posts/b.md', words: 200, publishedAt: '2026-11-23T21:00:00+07:00' }));
    j = recordEntry(j, entry({ url: 'https://x.substack.com/p/1' }));
    expect(j.entries.map((e) => [e.path ?? e.url, e.words])).toEqual([
      ['posts/a.md', 450], ['https://x.substack.com/p/1', 300], ['posts/b.md', 200],
    ]);
  });

  it.each([
    [{ schema: 1, drafts: {}, entries: [{ date: 'x' }] }, 'entries[0]: needs date, words and publishedAt'],
    [{ schema: 1, drafts: {} }, 'entries: must be a list'],
    ['text', 'is not a JSON object'],
  ])('%j → %s', (value, problem) => expect(journalProblem(value)).toBe(problem));
});
