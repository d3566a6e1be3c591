import { describe, expect, it } from 'vitest';
import { cleanField, cleanLine, cleanParagraphs, textLength } from '../../src/domain/clean-text.js';
import { inEnglish } from '../helpers/said.js';

describe('cleanLine', () => {
  it.each([
    ['plain text stays', 'Bài viết hay quá!', 'Bài viết hay quá!'],
    ['decomposed Vietnamese is composed (NFC)', 'Vie\u0302\u0323t', 'Việt'],
    ['newlines, tabs and runs of spaces become one space', ' a\n\n b\t\tc  ', 'a b c'],
    ['terminal escapes lose their ESC', 'hi \u001b[2J there', 'hi [2J there'],
    ['C1 controls and DEL go', 'a\u0085b\u009bc\u007fd', 'a bcd'],
    ['bidi overrides and isolates go (Trojan Source)', 'good\u202e\u2066evil\u2069\u202c', 'goodevil'],
    ['marks and the BOM go', '\ufeff\u200ea\u200fb\u061c', 'ab'],
    ['emoji sequences keep their joiners', '👩\u200d💻 cảm ơn', '👩\u200d💻 cảm ơn'],
    ['line and paragraph separators are spaces', 'a\u2028b\u2029c', 'a b c'],
    ['a lone surrogate goes', 'a\ud800b\udc00c', 'abc'],
    ['nothing but controls is empty', '\u0000\u0007\u202e', ''],
  ])('%s', (_, input, expected) => expect(cleanLine(input)).toBe(expected));
});

describe('cleanParagraphs', () => {
  it.each([
    ['keeps lines, at most one blank line', 'a\r\n\r\n\r\n\r\nb\rc', 'a\n\nb\nc'],
    ['collapses spaces inside a line and trims', '  one   two \n\t three ', 'one two\nthree'],
    ['removes bidi characters across lines', 'x\u202e\ny', 'x\ny'],
  ])('%s', (_, input, expected) => expect(cleanParagraphs(input)).toBe(expected));
});

describe('cleanField', () => {
  it.each([
    ['within the cap', 'cảm ơn bạn', 10, {}, { ok: true, text: 'cảm ơn bạn' }],
    ['counted in code points: 🌱 is one', '🌱'.repeat(5), 5, {}, { ok: true, text: '🌱🌱🌱🌱🌱' }],
    ['over the cap is refused, not cut', 'abcdef', 5, {}, { ok: false, problem: 'is 6 characters, more than 5' }],
    ['a megabyte is refused before it is cleaned', 'a'.repeat(1_000_000), 280, {}, { ok: false, problem: 'is longer than 280 characters' }],
    ['controls do not count toward the cap', 'ab\u202e\u202ecd', 4, {}, { ok: true, text: 'abcd' }],
    ['empty after cleaning', ' \u202e ', 5, {}, { ok: false, problem: 'is empty' }],
    ['empty allowed', '', 5, { allowEmpty: true }, { ok: true, text: '' }],
    ['not text', 42, 5, {}, { ok: false, problem: 'must be text' }],
    ['an object', { toString: 'x' }, 5, {}, { ok: false, problem: 'must be text' }],
    ['paragraphs keep their lines', 'a\n\nb', 5, { paragraphs: true }, { ok: true, text: 'a\n\nb' }],
  ])('%s', (_, value, max, opts, expected) => expect(inEnglish(cleanField(value, max, opts))).toEqual(expected));

  it('textLength counts code points', () => expect([textLength('Việt'), textLength('👩\u200d💻'), textLength('')]).toEqual([4, 3, 0]));
});
