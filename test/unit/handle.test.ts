// Leaderboard ties are broken by handle in the collation order localeCompare gives.
import { describe, expect, it } from 'vitest';
import { compareHandles, isHandle } from '../../src/domain/handle.js';

describe('compareHandles', () => {
  it('orders as localeCompare: hyphen, digits, letters regardless of case, then lowercase first', () => {
    const handles = ['b', 'A', 'a', 'a-b', 'ab', 'aB', 'Ab', 'a1', 'a-1', '1a', 'z9', 'Z', 'lan', 'Lan', 'lan-2', 'lan2', 'la'];
    expect([...handles].sort(compareHandles)).toEqual([...handles].sort((x, y) => x.localeCompare(y)));
  });

  it('agrees with localeCompare on 20,000 random pairs of handles', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const handle = () => {
      let h = chars[Math.floor(random() * chars.length)]!;
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) h += (random() < 0.15 && !h.endsWith('-') ? '-' : '') + chars[Math.floor(random() * chars.length)]!;
      return h;
    };
    for (let i = 0; i < 20_000; i++) {
      const a = handle(), b = handle();
      expect(isHandle(a) && isHandle(b)).toBe(true);
      expect(Math.sign(compareHandles(a, b))).toBe(Math.sign(a.localeCompare(b)));
    }
  });
});
