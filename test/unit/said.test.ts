// A problem the domain says is English for the ledger's machinery and a message key for the
// writer: each key's English in en.json must be the very sentence the domain writes, and
// the Vietnamese must name the same value.
import { describe, expect, it } from 'vitest';
import type { Said } from '../../src/domain/said.js';
import { checkEntry } from '../../src/domain/journal-file.js';
import { configRefusal, emptyConfig } from '../../src/domain/settings.js';
import { makeUpRefusal } from '../../src/domain/streak-policy.js';
import { vacationChangeRefusal, vacationsChecked } from '../../src/domain/nudge.js';
import { english, translator, type MessageKey } from '../../src/i18n/index.js';
import { handleRefusal } from '../../src/domain/handle.js';
import { patternRefusal } from '../../src/domain/post.js';

const config = (patch: (c: any) => void) => {
  const c = structuredClone(emptyConfig()) as any;
  patch(c);
  return c;
};
const w = { start: '2026-12-01', days: 30 };
const makeUp = { start: '2026-12-01', end: '2026-12-30', today: '2026-12-10', written: new Set(['2026-12-03']), used: 1 };
const policy = (makeUpDays: number) => ({ freezes: 0, neverMissTwice: false, makeUpDays });
const entry = { date: '2026-12-01', words: 300, publishedAt: '2026-12-01T20:00:00+07:00' };

const cases: [string, Said | undefined][] = [
  ['config: not an object', configRefusal([])],
  ['config: schema', configRefusal(config((c) => (c.schema = 2)))],
  ['config: profile not an object', configRefusal(config((c) => (c.profile = 1)))],
  ['config: time zone', configRefusal(config((c) => (c.profile.timezone = 'Mars/Olympus')))],
  ['config: day start', configRefusal(config((c) => (c.profile.dayStartsAt = '25:00')))],
  ['config: goal', configRefusal(config((c) => (c.goal = 0)))],
  ['config: preset', configRefusal(config((c) => (c.blog.preset = 'wordpress')))],
  ['config: start', configRefusal(config((c) => (c.challenge.start = 'soon')))],
  ['config: days', configRefusal(config((c) => (c.challenge.days = -1)))],
  ['config: freezes', configRefusal(config((c) => (c.challenge.freezes = 99999)))],
  ['config: vacations', configRefusal(config((c) => (c.challenge.vacations = 'x')))],
  ['config: lang', configRefusal(config((c) => (c.lang = 'klingon')))],
  ['make-up: none allowed', makeUpRefusal('2026-12-04', makeUp, policy(0))],
  ['make-up: outside', makeUpRefusal('2027-01-04', makeUp, policy(2))],
  ['make-up: not before today', makeUpRefusal('2026-12-10', makeUp, policy(2))],
  ['make-up: written', makeUpRefusal('2026-12-03', makeUp, policy(2))],
  ['make-up: used up (one)', makeUpRefusal('2026-12-04', makeUp, policy(1))],
  ['make-up: used up (two)', makeUpRefusal('2026-12-04', { ...makeUp, used: 2 }, policy(2))],
  ...(['', 'a'.repeat(40), '-lan', 'lan--minh', 'lan minh'] as const).map((h): [string, Said | undefined] => [`handle: ${JSON.stringify(h)}`, handleRefusal(h)]),
  ...([['{slug}-{bogus}.md', 'file'], ['posts.md', 'file'], ['../{slug}.md', 'file'], ['{slug}.txt', 'file'], ['/{yyyy}/{what}/', 'url']] as const).map(([p, kind]): [string, Said | undefined] => [`pattern: ${p}`, patternRefusal(p, kind)]),
  ['vacations: not a list', vacationsChecked('x', w).ok ? undefined : (vacationsChecked('x', w) as { said: Said }).said],
  ['vacations: not a pair', (vacationsChecked([1], w) as { said: Said }).said],
  ['vacations: not a date', (vacationsChecked([{ from: 'soon', to: '2026-12-02' }], w) as { said: Said }).said],
  ['vacations: outside', (vacationsChecked([{ from: '2027-01-01', to: '2027-01-02' }], w) as { said: Said }).said],
  ['vacations: ends before', (vacationsChecked([{ from: '2026-12-05', to: '2026-12-02' }], w) as { said: Said }).said],
  ['vacations: overlap', (vacationsChecked([{ from: '2026-12-05', to: '2026-12-08' }, { from: '2026-12-07', to: '2026-12-09' }], w) as { said: Said }).said],
  ['vacations: too long', (vacationsChecked([{ from: '2026-12-05', to: '2026-12-08' }], w, 2) as { said: Said }).said],
  ['vacations: begins in the past', vacationChangeRefusal([], [{ from: '2026-12-08', to: '2026-12-12' }], '2026-12-10')],
  ['vacations: taken back', vacationChangeRefusal([{ from: '2026-12-08', to: '2026-12-12' }], [], '2026-12-10')],
  ...([
    ['not an object', 7], ['date', { ...entry, date: 'x' }], ['words', { ...entry, words: -1 }], ['day', { ...entry, day: 0 }],
    ['publishedAt', { ...entry, publishedAt: 'x' }], ['title', { ...entry, title: 'x'.repeat(501) }], ['url', { ...entry, url: 'ftp://x' }],
    ['path', { ...entry, path: '../x' }], ['push', { ...entry, push: 'maybe' }], ['synced', { ...entry, synced: 'yes' }], ['late', { ...entry, late: 2 }],
  ] as [string, unknown][]).map(([name, raw]): [string, Said | undefined] => {
    const r = checkEntry(raw);
    return [`journal entry: ${name}`, r.ok ? undefined : r.said];
  }),
];

describe('problems the domain says', () => {
  it.each(cases)('%s: en.json says the same sentence; Vietnamese names the same value', async (_, s) => {
    expect(s).toBeDefined();
    expect(english.t(s!.key as MessageKey, s!.values)).toBe(s!.text);
    const vi = (await translator('vi')).t(s!.key as MessageKey, s!.values);
    expect(vi).not.toBe(s!.text);
    for (const value of Object.values(s!.values)) if (typeof value === 'string' && value.length > 3) expect(vi).toContain(value);
  });
});
