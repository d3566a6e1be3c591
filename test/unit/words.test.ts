import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/domain/words.js';

describe('countWords', () => {
  it.each([
    ['empty', '', 0],
    ['whitespace only', '  \n\n\t ', 0],
    ['English', 'The quick brown fox jumps over the lazy dog.', 9],
    ['a contraction is one word, a hyphenated word counts each part', "Don't stop: it's a well-known trick.", 7],
    ['numbers count', 'I wrote 500 words on day 3.', 7],
    ['Vietnamese syllables', 'Viết mỗi ngày, đừng bỏ cuộc.', 6],
    ['Vietnamese decomposed (NFD) text', 'Viết mỗi ngày'.normalize('NFD'), 3],
    ['Chinese, one per character', '我每天写作。', 5],
    ['Japanese kana and kanji', '毎日書きます', 6],
    ['mixed languages', 'Hôm nay I wrote 三十 words', 7],
    ['markdown emphasis and headings', '# Title\n\n**Bold** and _italic_ text', 5],
    ['link text counts, its URL does not', 'Read [my first post](https://example.com/a/b) today', 5],
    ['images do not count', 'Look ![a very long alt text](img.png) here', 2],
    ['bare URLs do not count', 'See https://example.com/some/long/path and www.example.org too', 3],
    ['fenced code does not count', 'Before\n\n```js\nconst a = 1; let b = 2;\n```\n\nAfter', 2],
    ['tilde fences too', 'One\n~~~\ncode code code\n~~~\nTwo', 2],
    ['inline code does not count', 'Run `npm test --watch` now', 2],
    ['HTML tags and comments do not count', '<div class="note">Hello <b>there</b></div><!-- secret words here -->', 2],
    ['emoji are not words', 'Done 🎉 🎉', 1],
    ['an unclosed fence hides the rest', 'Text\n```\nnever closed', 1],
  ])('%s', (_, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts a 100,000-word post exactly and quickly', () => {
    const paragraph = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const text = Array.from({ length: 1000 }, () => paragraph).join('\n\n');
    expect(countWords(text)).toBe(100_000);
  });

  it('counts one huge paragraph without a line break', () => {
    expect(countWords('chữ '.repeat(50_000))).toBe(50_000);
  });
});
