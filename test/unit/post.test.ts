import { describe, expect, it } from 'vitest';
import { fillPattern, fillTemplate, joinUrl, judgeWords, patternProblem, promptForDay, splitPost, withoutScaffoldNotes } from '../../src/domain/post.js';
import { FrontMatterError, parsePost, updateFrontMatter } from '../../src/domain/front-matter.js';

describe('file name and URL patterns', () => {
  const v = { date: '2026-03-09', slug: 'viet-moi-ngay', day: 5 };
  it.each([
    ['{yyyy}-{mm}-{dd}-{slug}.md', '2026-03-09-viet-moi-ngay.md'],
    ['{slug}.md', 'viet-moi-ngay.md'],
    ['day-{day}.md', 'day-5.md'],
    ['/{yyyy}/{mm}/{dd}/{slug}.html', '/2026/03/09/viet-moi-ngay.html'],
  ])('%s → %s', (pattern, expected) => expect(fillPattern(pattern, v)).toBe(expected));

  it.each([
    ['{slug}.md', 'file', undefined],
    ['{title}.md', 'file', 'has unknown token {title} (use {yyyy} {mm} {dd} {slug} {day})'],
    ['{yyyy}.md', 'file', 'needs {slug}, {dd} or {day} so that each day gets its own file'],
    ['../{slug}.md', 'file', 'must stay inside the posts folder'],
    ['{slug}.txt', 'file', 'must end in .md, .markdown or .mdx'],
    ['https://me.dev/{slug}/', 'url', undefined],
  ] as const)('%s as a %s pattern: %s', (pattern, kind, problem) => expect(patternProblem(pattern, kind)).toBe(problem));

  it('joins a site URL and a path', () => {
    expect(joinUrl('https://me.github.io/', '/posts/a/')).toBe('https://me.github.io/posts/a/');
    expect(joinUrl('https://me.github.io', 'https://other.dev/x')).toBe('https://other.dev/x');
  });
});

describe('templates', () => {
  const template = '---\ntitle: {{title}}\ndate: {{date}}\nday: {{day}}\n---\n\n# {{title}}\n{{unknown}}\n';
  it('quotes strings in front matter and writes them plainly in the body', () => {
    const out = fillTemplate(template, { title: 'Day 5: "quotes" & colons', date: '2026-11-23T20:00:00+07:00', day: 5 });
    expect(out).toBe(
      '---\ntitle: "Day 5: \\"quotes\\" & colons"\ndate: 2026-11-23T20:00:00+07:00\nday: 5\n---\n\n# Day 5: "quotes" & colons\n{{unknown}}\n',
    );
    expect(parsePost(out).data).toEqual({ title: 'Day 5: "quotes" & colons', date: '2026-11-23T20:00:00+07:00', day: 5 });
  });

  it('cycles through the prompts', () => {
    const prompts = ['a', 'b', 'c'];
    expect([1, 2, 3, 4, 0].map((d) => promptForDay(prompts, d))).toEqual(['a', 'b', 'c', 'a', 'c']);
    expect(promptForDay([], 1)).toBe('');
  });
});

describe('judgeWords', () => {
  it.each([
    [312, 500, 500, { ok: false, words: 312, minimum: 500 }],
    [500, 500, 500, { ok: true }],
    [350, 300, 500, { ok: true, underGoal: { words: 350, goal: 500 } }],
    [0, 1, 1, { ok: false, words: 0, minimum: 1 }],
  ])('%i words (minimum %i, goal %i)', (words, minimum, goal, verdict) => {
    expect(judgeWords(words, { minimum, goal })).toEqual(verdict);
  });
});

describe('front matter', () => {
  it('splits without parsing, with a BOM and CRLF line ends', () => {
    expect(splitPost('\ufeff---\r\ntitle: x\r\n---\r\nBody')).toEqual({ frontMatter: 'title: x', language: '', body: 'Body' });
    expect(splitPost('No front matter')).toEqual({ body: 'No front matter' });
  });

  it('reads YAML 1.2: dates stay strings and 0500 stays 500', () => {
    const { data } = parsePost('---\ndate: 2026-03-29\nzip: 0500\nok: yes\n---\nBody');
    expect(data).toEqual({ date: '2026-03-29', zip: 500, ok: 'yes' });
  });

  it.each([
    ['---js\n{ title: (function(){ globalThis.pwned = true; return "x" })() }\n---\nBody', 'front matter in JavaScript is not allowed; use YAML'],
    ['---javascript\nmodule.exports = {}\n---\n', 'front matter in JavaScript is not allowed; use YAML'],
    ['---coffee\ntitle: "x"\n---\n', 'front matter in CoffeeScript is not allowed; use YAML'],
    ['---\ntitle: [unclosed\n---\nBody', 'front matter is not valid YAML'],
    ['---\n- a list\n---\nBody', 'front matter must be a mapping of keys to values'],
    ['---\ntitle: !!js/function "function () { return 1 }"\n---\nBody', 'front matter is not valid YAML: '],
    ['---\ntitle: a\ntitle: b\n---\nBody', 'front matter is not valid YAML: '],
    ['---\ndate: not-a-date\n---\nBody', 'front matter: date: "not-a-date" is not a date'],
    ['---\nday: banana\n---\nBody', 'front matter: day: "banana" is not a day number'],
    ['---\ndraft: maybe\n---\nBody', 'front matter: draft: "maybe" is not true or false'],
    ['---\ntitle: [1, 2]\n---\nBody', 'front matter: title: [1,2] is not text'],
  ])('refuses %j', (text, message) => {
    expect(() => parsePost(text)).toThrow(FrontMatterError);
    expect(() => parsePost(text)).toThrow(message);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('changes only the lines it sets, keeping comments and formatting', () => {
    const text = '---\ntitle: "Hi"   # my title\ndraft: true\ntags: [a, b]\n---\nBody\n';
    expect(updateFrontMatter(text, { draft: false, publishedAt: '2026-11-23T20:00:00+07:00' })).toBe(
      '---\ntitle: "Hi"   # my title\ndraft: false\ntags: [a, b]\npublishedAt: 2026-11-23T20:00:00+07:00\n---\nBody\n',
    );
  });

  it('replaces a block value and adds front matter to a post without any', () => {
    expect(updateFrontMatter('---\ndraft:\n  - odd\ntitle: x\n---\nB', { draft: false })).toBe('---\ndraft: false\ntitle: x\n---\nB');
    expect(updateFrontMatter('Just text', { draft: false })).toBe('---\ndraft: false\n---\n\nJust text');
  });

  it('is not fooled by cached results between calls', () => {
    const text = '---\ntitle: same\n---\nBody';
    parsePost(text).data.title = 'mutated';
    expect(parsePost(text).data.title).toBe('same');
  });
});

describe('templates with no value', () => {
  it('write null in front matter and nothing in the body', () => {
    expect(fillTemplate('---\nday: {{day}}\n---\nDay {{day}}.', { day: null })).toBe('---\nday: null\n---\nDay .');
  });
});

describe('withoutScaffoldNotes', () => {
  it('removes wotn\'s note and keeps the writer\'s own comments', () => {
    const text = '---\ntitle: x\n---\n\n<!-- wotn:\nDay 1 of 30. Today\'s prompt: why?\n-->\n\nMy words.\n<!-- my own note -->\n';
    expect(withoutScaffoldNotes(text)).toBe('---\ntitle: x\n---\n\n\nMy words.\n<!-- my own note -->\n');
  });
});
