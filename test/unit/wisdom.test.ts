import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { withoutScaffoldNotes } from '../../src/domain/post.js';
import {
  checkWisdomFields, compileWisdom, isReflectionDay, normalizeTag, parseReflection, reflectionDays, reflectionScaffold, weekOf,
  type WisdomPost,
} from '../../src/domain/wisdom.js';
import { wisdomMarkdown } from '../../src/render/wisdom.js';
import { inEnglish } from '../helpers/said.js';

const w = { start: '2026-12-01', days: 30 };

describe('reflection days', () => {
  it.each([
    [30, [7, 14, 21, 28]], [28, [7, 14, 21, 28]], [14, [7, 14]], [6, []], [366, Array.from({ length: 52 }, (_, i) => (i + 1) * 7)],
  ])('a %i-day challenge', (days, expected) => expect(reflectionDays(days)).toEqual(expected));

  it.each([[7, true], [14, true], [28, true], [29, false], [35, false], [0, false], [1, false]])('day %i of 30', (day, expected) => {
    expect(isReflectionDay(day, 30)).toBe(expected);
  });

  it.each([[1, 1], [7, 1], [8, 2], [28, 4], [30, 5]])('day %i is in week %i', (day, week) => expect(weekOf(day)).toBe(week));
});

describe('the reflection scaffold and reading it back', () => {
  it('has the four sections, with prompts that publishing removes', () => {
    const body = reflectionScaffold(2);
    expect(body.match(/^## .+$/gm)).toEqual(['## A win', '## A struggle', '## A wonder', '## Something I learned from another member']);
    expect(withoutScaffoldNotes(body)).not.toContain('<!--');
    expect(parseReflection(body)).toEqual({});
  });

  it('reads what the member wrote under each heading, and the first link of "learned"', () => {
    const body = `${reflectionScaffold(1)}`
      .replace('## A win\n', '## A win\nViết đủ 7 ngày!\n')
      .replace('## A struggle\n', '## a  STRUGGLE ##\nBuổi sáng\nquá bận.\n')
      .replace('## Something I learned from another member\n', '## Something I learned from another member\nLan\'s [post on outlines](https://lan.example/outline) taught me to plan.\nAlso https://other.example/x\n');
    expect(parseReflection(body)).toEqual({
      win: 'Viết đủ 7 ngày!',
      struggle: 'Buổi sáng quá bận.',
      learned: { text: 'Lan\'s post on outlines taught me to plan. Also https://other.example/x', url: 'https://lan.example/outline' },
    });
  });

  it.each([
    ['a javascript: link is not a link', '## Something I learned from another member\nsee [this](javascript:alert(1))\n', { learned: { text: 'see this' } }],
    ['a link with a title and parentheses', '## Something I learned from another member\n[Lan](https://lan.example/a_(b) "Lan\'s post").\n', { learned: { text: 'Lan.', url: 'https://lan.example/a_(b)' } }],
    ['a bare link', '## Something I learned from another member\nhttps://lan.example/p?a=1, thanks\n', { learned: { text: 'https://lan.example/p?a=1, thanks', url: 'https://lan.example/p?a=1' } }],
    ['an angle-bracket link', '## Something I learned from another member\n<https://lan.example/p>\n', { learned: { text: '<https://lan.example/p>', url: 'https://lan.example/p' } }],
    ['control and bidi characters go', '## A win\nwon\u202e\u001b[2J\n', { win: 'won[2J' }],
    ['a second "A win" heading is not read', '## A win\nfirst\n## A win\nsecond\n', { win: 'first' }],
    ['a section too long is cut at 1000 characters', `## A wonder\n${'ạ'.repeat(1200)}\n`, { wonder: 'ạ'.repeat(1000) }],
    ['a level-one heading is not a section', '# A win\nx\n', {}],
    ['no sections at all', 'Just a post.', {}],
  ])('%s', (_, body, expected) => expect(parseReflection(body)).toEqual(expected));
});

describe('checkWisdomFields: untrusted entry fields', () => {
  it.each([
    ['nothing', {}, { ok: true, value: { tags: [], featured: false } }],
    ['tags normalised and deduplicated', { tags: ['Viết Lách', '#viết lách', 'wotn'] }, { ok: true, value: { tags: ['viết-lách', 'wotn'], featured: false } }],
    ['featured', { featured: true }, { ok: true, value: { tags: [], featured: true } }],
    ['a reflection, cleaned', { reflection: { win: ' a\u202e win ', learned: { text: 'x', url: 'https://lan.example/p' }, extra: 1 } }, { ok: true, value: { tags: [], featured: false, reflection: { win: 'a win', learned: { text: 'x', url: 'https://lan.example/p' } } } }],
    ['too many tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, { ok: false, problem: 'tags: must be a list of at most 10' }],
    ['a tag that is not text', { tags: [7] }, { ok: false, problem: 'tags: 7 is not a tag of 1 to 40 characters' }],
    ['an empty tag', { tags: ['\u200e'] }, { ok: false, problem: 'tags: "\u200e" is not a tag of 1 to 40 characters' }],
    ['a long tag', { tags: ['x'.repeat(41)] }, { ok: false, problem: `tags: "${'x'.repeat(41)}" is not a tag of 1 to 40 characters` }],
    ['featured as text', { featured: 'yes' }, { ok: false, problem: 'featured: must be true or false' }],
    ['a reflection that is a string', { reflection: 'win' }, { ok: false, problem: 'reflection: must be an object' }],
    ['a section too long', { reflection: { wonder: 'x'.repeat(1001) } }, { ok: false, problem: 'reflection.wonder: is 1001 characters, more than 1000' }],
    ['a javascript: link', { reflection: { learned: { text: 'x', url: 'javascript:alert(1)' } } }, { ok: false, problem: 'reflection.learned.url: must be an http(s) link' }],
    ['learned without text', { reflection: { learned: { url: 'https://x.example' } } }, { ok: false, problem: 'reflection.learned.text: must be text' }],
  ])('%s', (_, v, expected) => expect(inEnglish(checkWisdomFields(v))).toEqual(expected));

  it('normalizeTag', () => expect(['  Viết  Lách ', '##Tips', 'AI'].map(normalizeTag)).toEqual(['viết-lách', 'tips', 'ai']));
});

describe('compileWisdom', () => {
  const post = (handle: string, day: number, over: Partial<WisdomPost> = {}): WisdomPost => ({ handle, name: handle.toUpperCase(), date: addDays(w.start, day - 1), title: `${handle} ${day}`, ...over });
  const posts = [
    post('lan', 7, { tags: ['wotn', 'reflection'], reflection: { win: 'seven days' } }),
    post('minh', 7, { tags: ['wotn', 'reflection'], reflection: { wonder: 'why?' } }),
    post('an', 3, { featured: true, tags: ['wotn', 'craft'], url: 'https://an.example/3' }),
    post('binh', 5, { featured: true, tags: ['Craft'] }),
    post('chi', 9, { featured: true }),
    post('dung', 14, { tags: ['reflection'], reflection: { win: 'two weeks' } }),
    post('em', 4, { tags: ['craft'] }), // neither a reflection nor featured
    post('gia', 31, { featured: true }), // after the challenge
    post('hoa', 6, { featured: true, tags: ['craft'] }), // hidden by a moderator
    post('khoa', 7, { reflection: {} }), // an empty reflection is no reflection
  ];
  const hidden = (h: string) => h === 'hoa';

  it('groups by week, then by theme (more items first; untagged last), then by day and handle', () => {
    const d = compileWisdom(posts, { ...w, hidden });
    expect(d.items).toBe(6);
    expect(d.weeks.map((x) => [x.week, x.themes.map((t) => [t.tag, t.items.map((i) => `${i.handle}:${i.kind}`)])])).toEqual([
      [1, [['craft', ['an:featured', 'binh:featured']], ['reflection', ['lan:reflection', 'minh:reflection']]]],
      [2, [['reflection', ['dung:reflection']], [null, ['chi:featured']]]],
    ]);
  });

  it('one week only', () => expect(compileWisdom(posts, { ...w, week: 2, hidden }).weeks.map((x) => x.week)).toEqual([2]));
  it('an empty cohort', () => expect(compileWisdom([], w)).toEqual({ weeks: [], items: 0 }));
  it('other tags ignored on request', () => {
    const d = compileWisdom([post('an', 3, { featured: true, tags: ['wotn', 'craft'] })], { ...w, ignoreTags: [] });
    expect(d.weeks[0]!.themes[0]!.tag).toBe('wotn');
  });
});

describe('wisdomMarkdown', () => {
  const page = { cohortName: 'WOTN #5', weekDates: (n: number) => ({ from: addDays(w.start, (n - 1) * 7), to: addDays(w.start, n * 7 - 1) }) };
  it('renders weeks, themes and items, with reflections under their item', () => {
    const d = compileWisdom([
      { handle: 'lan', name: 'Lan', date: '2026-12-07', title: 'Tuần 1', url: 'https://lan.example/w1', tags: ['reflection'], reflection: { win: 'viết đủ', learned: { text: 'from Minh', url: 'https://minh.example/(a)' } } },
      { handle: 'minh', name: 'Minh', date: '2026-12-03', title: '', featured: true },
    ], w);
    expect(wisdomMarkdown(d, page)).toBe([
      '# WOTN \\#5: collective wisdom', '',
      '## Week 1 (Tue 1 Dec 2026 to Mon 7 Dec 2026)', '',
      '### reflection', '',
      '- **[Tuần 1](https://lan.example/w1)** · Lan (@lan), day 7',
      '  - A win: viết đủ',
      '  - Something I learned from another member: from Minh ([link](https://minh.example/%28a%29))',
      '',
      '### Other', '',
      '- **\\(untitled\\)** · Minh (@minh), day 3 · featured',
      '',
    ].join('\n'));
  });

  it('member text can not become HTML, a link or a heading', () => {
    const d = compileWisdom([{ handle: 'x', name: '<img src=x onerror=alert(1)>', date: '2026-12-02', title: '[click](javascript:alert(1))', url: 'javascript:alert(1)', featured: true, tags: ['<b>'] }], w);
    const md = wisdomMarkdown(d, page);
    expect(md).not.toMatch(/<img|<b>|\]\(javascript/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).toContain('### &lt;b&gt;');
  });

  it('says so when there is nothing yet', () => expect(wisdomMarkdown({ weeks: [], items: 0 }, page)).toBe('# WOTN \\#5: collective wisdom\n\nNo reflections or featured posts yet.\n'));
});

describe('withoutReflectionHeadings', () => {
  it('drops only the scaffold\'s own headings, so an empty reflection counts no words', async () => {
    const { withoutReflectionHeadings, reflectionScaffold } = await import('../../src/domain/wisdom.js');
    const { countWords } = await import('../../src/domain/words.js');
    expect(countWords(withoutReflectionHeadings(reflectionScaffold(1)))).toBe(0);
    expect(countWords(withoutReflectionHeadings('## A win\n\nTwo words\n\n## My own heading\n'))).toBe(5);
  });
});
