import { describe, expect, it } from 'vitest';
import { checkCard, checkCohort, checkProgress, entryProblem, mayJoin, roleOf, wordCap, wordsProblem, type ProgressEntry } from '../../src/domain/ledger.js';
import { mergeProgress, progressFromJournal } from '../../src/domain/merge.js';
import type { JournalEntry } from '../../src/domain/journal.js';
import { backoffMs } from '../../src/adapters/retry.js';
import { inEnglish } from '../helpers/said.js';

const cohort = { schema: 1, id: 'c', name: 'C', start: '2026-11-01', days: 30, timezone: 'UTC', minWords: 100 };
const entry = (date: string, words = 100, over: Partial<ProgressEntry> = {}): ProgressEntry => ({ date, title: date, words, publishedAt: `${date}T12:00:00Z`, ...over });

describe('checkCohort', () => {
  it('fills defaults for freezes, grace hours and roles', () => {
    expect(checkCohort(cohort)).toEqual({ ok: true, value: { ...cohort, freezes: 0, graceHours: 0, roles: {} } });
  });
  it.each([
    [{ ...cohort, schema: 2 }, 'unknown schema version 2 (this wotn reads 1)'],
    [{ ...cohort, start: '2026-11-31' }, 'start: "2026-11-31" is not a date (YYYY-MM-DD)'],
    [{ ...cohort, days: 0 }, 'days: 0 is not a whole number above 0'],
    [{ ...cohort, timezone: 'Moon/Base' }, 'timezone: "Moon/Base" is not an IANA time zone'],
    [{ ...cohort, minWords: -1 }, 'minWords: -1 is not a whole number'],
    [{ ...cohort, roles: { '../x': 'lead' } }, 'roles: must map valid handles to roles'],
    [{ ...cohort, maxWords: 99 }, 'maxWords: 99 is not a whole number of at least minWords'],
    [{ ...cohort, maxWords: 1e300 }, 'maxWords: 1e+300 is not a whole number of at least minWords'],
    [{ ...cohort, invitationOnly: 'yes' }, 'invitationOnly: must be true or false'],
    [{ ...cohort, invited: ['ok', '../etc'] }, 'invited: must be a list of valid handles'],
    [{ ...cohort, checkInGroups: 0 }, 'checkInGroups: 0 is not a whole number from 1 to 100'],
    [[], 'is not a JSON object'],
  ])('%j → %s', (value, problem) => expect(inEnglish(checkCohort(value))).toEqual({ ok: false, problem }));
});

describe('cohort limits and membership', () => {
  it('keeps the new rules when they are valid', () => {
    const rules = { ...cohort, maxWords: 5_000, invitationOnly: true, invited: ['minh'], checkInGroups: 3 };
    expect(checkCohort(rules)).toMatchObject({ ok: true, value: rules });
  });
  it.each([
    [5, 10, undefined],
    [10, 10, undefined],
    [11, 10, '11 words is over the cohort\'s cap of 10 words a day'],
    [-1, 10, 'words -1 is negative'],
    [2.5, 10, 'words 2.5 is not a whole number'],
    [1e300, 10, 'words 1e+300 is not a whole number'],
    [Number.NaN, 10, 'words NaN is not a whole number'],
    [Infinity, 10, 'words Infinity is not a whole number'],
    ['7', 10, 'words "7" is not a whole number'],
  ])('wordsProblem(%s, cap %i) → %s', (words, cap, problem) => expect(wordsProblem(words, cap)).toBe(problem));
  it('the cap defaults to 20,000 words a day', () => {
    expect(wordCap({})).toBe(20_000);
    expect(wordCap({ maxWords: 800 })).toBe(800);
  });
  it('joining by invitation: the invited and those with a role, case-insensitively', () => {
    const rules = { roles: { Lan: 'lead' }, invitationOnly: true, invited: ['Minh'] };
    expect(['minh', 'MINH', 'lan', 'an'].map((h) => mayJoin(rules, h))).toEqual([true, true, true, false]);
    expect(mayJoin({ roles: {} }, 'anyone')).toBe(true);
    expect([roleOf(rules, 'LAN'), roleOf(rules, 'minh')]).toEqual(['lead', undefined]);
  });
});

describe('member files', () => {
  it('refuses a card or progress whose handle does not match its file', () => {
    expect(inEnglish(checkCard({ schema: 1, handle: 'b', name: 'B', joinedAt: 'x' }, 'a'))).toEqual({ ok: false, problem: 'handle "b" does not match the file name' });
    expect(inEnglish(checkProgress({ schema: 1, handle: 'b', entries: [] }, 'a'))).toEqual({ ok: false, problem: 'handle "b" does not match the file name' });
    expect(inEnglish(checkProgress({ schema: 1, handle: 'a', entries: {} }, 'a'))).toEqual({ ok: false, problem: 'entries: must be a list' });
    expect(checkCard({ schema: 1, handle: 'a', name: 'A', joinedAt: 'x', timezone: 'Nope/Zone' }, 'a').ok).toBe(false);
  });
  it.each([
    [entry('2026-11-01'), undefined],
    [{ ...entry('2026-11-01'), date: '2026-13-01' }, 'date "2026-13-01" is not a date'],
    [{ ...entry('2026-11-01'), words: 1.5 }, 'words 1.5 is not a whole number'],
    [{ ...entry('2026-11-01'), words: 1e300 }, 'words 1e+300 is not a whole number'],
    [{ ...entry('2026-11-01'), words: -3 }, 'words -3 is not a whole number'],
    [{ ...entry('2026-11-01'), publishedAt: 'soon' }, 'publishedAt "soon" is not a time'],
    [{ ...entry('2026-11-01'), url: 7 }, 'url must be text'],
    ['x', 'is not an object'],
  ])('entryProblem(%j) → %s', (e, problem) => expect(entryProblem(e)).toBe(problem));
});

describe('progressFromJournal', () => {
  const j = (date: string, words: number, publishedAt: string, url?: string): JournalEntry => ({
    date, title: `t${words}`, words, publishedAt, push: 'done', synced: false, ...(url ? { url } : {}),
  });
  it('makes one entry per day: the first post\'s title, words added up', () => {
    expect(progressFromJournal([j('2026-11-02', 50, '2026-11-02T22:00:00Z', 'https://b'), j('2026-11-02', 300, '2026-11-02T08:00:00Z'), j('2026-11-01', 200, '2026-11-01T08:00:00Z')])).toEqual([
      { date: '2026-11-01', title: 't200', words: 200, publishedAt: '2026-11-01T08:00:00Z', posts: 1 },
      { date: '2026-11-02', title: 't300', url: 'https://b', words: 350, publishedAt: '2026-11-02T08:00:00Z', posts: 2 },
    ]);
  });
});

describe('mergeProgress', () => {
  it('is a union keyed by date: remote-only days are kept, local days win', () => {
    const remote = [entry('2026-11-01', 100), entry('2026-11-03', 300)];
    const local = [entry('2026-11-02', 200), entry('2026-11-03', 350)];
    expect(mergeProgress(remote, local).map((e) => [e.date, e.words])).toEqual([['2026-11-01', 100], ['2026-11-02', 200], ['2026-11-03', 350]]);
  });
  it('is idempotent', () => {
    const once = mergeProgress([entry('2026-11-01')], [entry('2026-11-02')]);
    expect(mergeProgress(once, [entry('2026-11-02')])).toEqual(once);
  });
  it('keeps everything when the local journal is empty', () => {
    expect(mergeProgress([entry('2026-11-01'), entry('2026-11-02')], [])).toHaveLength(2);
  });
});

describe('backoff', () => {
  const policy = { attempts: 10, baseMs: 100, capMs: 4000 };
  it('grows exponentially up to the cap, with full jitter', () => {
    expect([1, 2, 3, 6, 9].map((a) => backoffMs(a, policy, () => 0.999))).toEqual([199, 399, 799, 3996, 3996]);
    expect(backoffMs(5, policy, () => 0)).toBe(0);
  });
});
