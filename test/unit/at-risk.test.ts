// The at-risk rule, every combination that matters to a lead.
import { describe, expect, it } from 'vitest';
import { isAtRisk } from '../../src/domain/at-risk.js';

describe('isAtRisk', () => {
  it.each([
    // active, writtenToday, streak, freezesLeft, at risk
    [true, false, 5, 0, true], // a streak with no freeze to cover today
    [true, false, 5, 1, false], // a freeze would keep it
    [true, false, 0, 1, true], // no streak left: slipping away, freezes or not
    [true, true, 0, 0, false], // wrote today
    [true, true, 9, 0, false],
    [false, false, 0, 0, false], // before the start or after the end: nobody is at risk
    [false, false, 3, 0, false],
  ])('active %s, wrote today %s, streak %i, freezes left %i → %s', (active, writtenToday, streak, freezesLeft, expected) => {
    expect(isAtRisk({ active, writtenToday, streak, freezesLeft })).toBe(expected);
  });
});
