// Counting stays linear: a 3-million-word post is counted in seconds, not minutes.
import { describe, expect, it } from 'vitest';
import { countWords, proseOf } from '../../src/domain/words.js';

describe('countWords at scale', () => {
  it('counts a 3-million-word post in one paragraph, and one of 30,000 paragraphs, exactly', () => {
    const one = Array.from({ length: 3_000_000 }, (_, i) => `w${i % 100}`).join(' ');
    expect(countWords(one)).toBe(3_000_000);
    const paragraphs = Array.from({ length: 30_000 }, () => Array.from({ length: 100 }, (_, i) => `chữ${i}`).join(' ')).join('\n\n');
    expect(countWords(paragraphs)).toBe(3_000_000);
  }, 20_000);
});

describe('the whitespace fast path', () => {
  // The reference: the segmenter over the whole prose, CJK characters one each.
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const reference = (text: string) => {
    let cjk = 0;
    const prose = proseOf(text).replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, () => (cjk++, ' '));
    return cjk + [...segmenter.segment(prose)].filter((s) => s.isWordLike).length;
  };
  const samples = [
    'Viết mỗi ngày, đừng bỏ cuộc! Hôm nay tôi học được 3 điều.',
    'Vie\u0302\u0301t mo\u0302\u0303i nga\u0300y (NFD marks)',
    "Don't stop: it's well-known that e.g. U.S.A. and 3.14 and 1,000,000 and co-op are tricky.",
    'email me at lan@example.com or see example.org/path?x=1 — em-dash… ellipsis',
    'ภาษาไทยไม่มีช่องว่างระหว่างคำ and English',
    'emoji 🎉 day 5 ✍️ streak🔥 #tag @mention',
    '日本語のテキストと中文 mixed with English words',
    'snake_case and camelCase and x2 and 2x and ½ and ① and Ⅻ and ª and ﬁne and \u0301 alone',
  ];
  it.each(samples)('counts %j as the segmenter does', (text) => {
    expect(countWords(text)).toBe(reference(text));
  });
});
