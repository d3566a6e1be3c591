import { describe, expect, it } from 'vitest';
import { challengeDateProblem, isWholeNumber, ownFileProblem, parseJsonText, utf8Length } from '../../src/domain/shape.js';
import { inEnglish } from '../helpers/said.js';

describe('utf8Length agrees with TextEncoder', () => {
  it.each(['', 'abc', 'Tiếng Việt', '中文', '🌱👩\u200d💻', 'a\ud800b', '\udc00', 'x\ud83c'])('%j', (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('parseJsonText', () => {
  it.each([
    ['JSON', '{"a":1}', 100, { ok: true, value: { a: 1 } }],
    ['not JSON', '{"a":', 100, { ok: false, problem: 'is not valid JSON' }],
    ['too large, counted in bytes', '"ệệệ"', 10, { ok: false, problem: 'is 11 bytes, more than the 10 this file may hold' }],
  ])('%s', (_, text, max, expected) => expect(inEnglish(parseJsonText(text, max))).toEqual(expected));
});

describe('ownFileProblem', () => {
  it.each([
    ['the owner\'s file', { schema: 1, handle: 'lan' }, 'lan', undefined],
    ['a list', [], 'lan', 'is not a JSON object'],
    ['null', null, 'lan', 'is not a JSON object'],
    ['no schema', { handle: 'lan' }, 'lan', 'unknown schema version undefined (this wotn reads 1)'],
    ['another handle', { schema: 1, handle: 'minh' }, 'lan', 'handle "minh" does not match the file name'],
    ['a file name that is not a handle', { schema: 1, handle: 'a/b' }, 'a/b', '"a/b" is not a handle'],
  ])('%s', (_, value, handle, expected) => expect(ownFileProblem(value, handle)?.text).toBe(expected));
});

describe('small checks', () => {
  it.each([
    [3, true], [0, true], [-1, false], [1.5, false], [1e300, false], ['3', false], [Number.NaN, false],
  ])('isWholeNumber(%s)', (v, expected) => expect(isWholeNumber(v)).toBe(expected));

  it.each([
    ['2026-12-01', undefined],
    ['2026-12-30', undefined],
    ['2026-12-31', '2026-12-31 is outside the challenge (2026-12-01 to 2026-12-30)'],
    ['2026-13-01', '"2026-13-01" is not a date (YYYY-MM-DD)'],
    [20261201, '20261201 is not a date (YYYY-MM-DD)'],
  ])('challengeDateProblem(%j)', (v, expected) => expect(challengeDateProblem(v, { start: '2026-12-01', days: 30 })).toBe(expected));
});
