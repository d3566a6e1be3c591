import { describe, expect, it } from 'vitest';
import { checkLeftAt, checkRemovals, inReports, removalRefusal, standingOf, takingPart } from '../../src/domain/membership.js';
import { inEnglish } from '../helpers/said.js';

const NOW = Date.parse('2026-12-10T12:00:00Z');
const removed = { binh: { at: '2026-12-08T09:00:00Z', reason: 'spam' }, chi: { at: '2026-12-11T00:00:00Z' } };
const members = [
  { handle: 'an', card: {} },
  { handle: 'binh', card: {} },
  { handle: 'chi' },
  { handle: 'dung', card: { leftAt: '2026-12-09T10:00:00+07:00' } },
  { handle: 'em', card: { leftAt: '2026-12-12T10:00:00+07:00' } },
  { handle: 'Binh2', card: { leftAt: 'soon' } },
];

describe('standingOf', () => {
  it.each([
    ['an', 'active'],
    ['binh', 'removed'],
    ['BINH', 'removed'],
    ['chi', 'active'], // removal recorded for later: not yet
    ['dung', 'left'],
    ['em', 'active'],
    ['Binh2', 'active'], // a leftAt that is not a time says nothing
  ])('%s is %s', (handle, expected) => {
    const m = members.find((x) => x.handle.toLowerCase() === handle.toLowerCase())!;
    expect(standingOf(handle, m.card, removed, NOW)).toBe(expected);
  });

  it('a prototype key is nobody\'s removal', () => expect(standingOf('constructor', undefined, {}, NOW)).toBe('active'));
});

describe('filters', () => {
  it('reports and pages leave out the removed and mark who left; entries of those who left stay', () => {
    expect(inReports(members, removed, NOW).map((m) => `${m.handle}:${m.standing}`)).toEqual(['an:active', 'chi:active', 'dung:left', 'em:active', 'Binh2:active']);
  });
  it('pods, nudges and at-risk lists are for those taking part', () => {
    expect(takingPart(members, removed, NOW).map((m) => m.handle)).toEqual(['an', 'chi', 'em', 'Binh2']);
  });
  it('an empty cohort', () => expect([inReports([], removed, NOW), takingPart([], {}, NOW)]).toEqual([[], []]));
  it('nothing more is recorded for a removed member', () => {
    expect(removalRefusal('Binh', removed, NOW)?.text).toBe('Binh was removed from this cohort by a lead; nothing more is recorded for them');
    expect(removalRefusal('dung', removed, NOW)).toBeUndefined();
  });
});

describe('checkLeftAt', () => {
  it.each([
    [undefined, undefined, { ok: true, value: undefined }],
    ['2026-12-09T10:00:00+07:00', NOW, { ok: true, value: '2026-12-09T10:00:00+07:00' }],
    ['2026-12-20T10:00:00+07:00', NOW, { ok: false, problem: 'leftAt: 2026-12-20T10:00:00+07:00 is in the future; leave when you leave' }],
    ['2026-12-09', NOW, { ok: false, problem: 'leftAt: "2026-12-09" is not a time' }],
    [true, NOW, { ok: false, problem: 'leftAt: true is not a time' }],
  ])('%j', (v, now, expected) => expect(inEnglish(checkLeftAt(v, now))).toEqual(expected));
});

describe('checkRemovals', () => {
  it.each([
    ['none', undefined, { ok: true, value: {} }],
    ['keyed by lowercase handle, reason cleaned, unknown fields dropped', { Binh: { at: '2026-12-08T09:00:00Z', reason: ' spam\u202e ', by: 'x' } }, { ok: true, value: { binh: { at: '2026-12-08T09:00:00Z', reason: 'spam' } } }],
    ['a list', ['binh'], { ok: false, problem: 'removed: must map handles to {at, reason}' }],
    ['a path for a handle', { '../x': { at: '2026-12-08T09:00:00Z' } }, { ok: false, problem: 'removed: "../x" is not a handle' }],
    ['no time', { binh: { reason: 'spam' } }, { ok: false, problem: 'removed.binh: must be {at: an ISO-8601 time, reason?}' }],
    ['a date for a time', { binh: { at: '2026-12-08' } }, { ok: false, problem: 'removed.binh: must be {at: an ISO-8601 time, reason?}' }],
    ['a long reason', { binh: { at: '2026-12-08T09:00:00Z', reason: 'x'.repeat(281) } }, { ok: false, problem: 'removed.binh.reason: is 281 characters, more than 280' }],
  ])('%s', (_, v, expected) => expect(inEnglish(checkRemovals(v))).toEqual(expected));
});
