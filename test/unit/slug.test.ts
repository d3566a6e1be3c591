import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/slug.js';
import { handleProblem, isHandle } from '../../src/domain/handle.js';

describe('slugify', () => {
  it.each([
    ['Viết mỗi ngày, đừng bỏ cuộc', 'viet-moi-ngay-dung-bo-cuoc'],
    ['ĐẶNG Thị Ơn Ưng', 'dang-thi-on-ung'],
    ['Hello, World!', 'hello-world'],
    ['  --Spaces & symbols--  ', 'spaces-symbols'],
    ['Crème brûlée', 'creme-brulee'],
    ['写作的第一天', '写作的第一天'],
    ['Day 5: what I learned', 'day-5-what-i-learned'],
    ['!!!', 'post'],
    ['', 'post'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('handles', () => {
  it.each(['octocat', 'a', 'lan-nguyen', 'A1-b2-c3', 'x'.repeat(39)])('%s is valid', (h) => expect(isHandle(h)).toBe(true));
  it.each([
    ['', 'is empty'],
    ['x'.repeat(40), 'is longer than 39 characters'],
    ['-lan', 'starts or ends with a hyphen'],
    ['lan-', 'starts or ends with a hyphen'],
    ['lan--nguyen', 'has two hyphens in a row'],
    ['../etc', 'may use only letters, digits and single hyphens'],
    ['lan_nguyen', 'may use only letters, digits and single hyphens'],
    ['lan nguyen', 'may use only letters, digits and single hyphens'],
  ])('%j is refused: %s', (h, why) => {
    expect(isHandle(h)).toBe(false);
    expect(handleProblem(h)).toBe(why);
  });
  it('refuses non-strings', () => expect(isHandle(42)).toBe(false));
});
