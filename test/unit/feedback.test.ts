import { describe, expect, it } from 'vitest';
import { inEnglish } from '../helpers/said.js';
import {
  checkFeedback, checkKudos, countKudos, feedbackPushProblems, kudosKey, kudosReceivedOn, mergeFeedback,
  MAX_KUDOS, participationDays, recordKudos, type FeedbackFile, type Kudos,
} from '../../src/domain/feedback.js';

const rules = { start: '2026-12-01', days: 30 };
const k = (to: string, date: string, givenAt = `${date}T21:00:00+07:00`, over: Record<string, unknown> = {}) => ({ to, date, givenAt, ...over });
const file = (handle: string, kudos: unknown[]): FeedbackFile => ({ schema: 1, handle, kudos: kudos as Kudos[] });
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

describe('checkKudos: one untrusted kudos', () => {
  it.each([
    ['a kudos with a note', k('lan', '2026-12-05', undefined, { note: 'Đoạn mở bài rất cuốn!' }), { ok: true, kudos: { ...k('lan', '2026-12-05'), note: 'Đoạn mở bài rất cuốn!' } }],
    ['unknown fields are dropped', k('lan', '2026-12-05', undefined, { from: 'lan', admin: true }), { ok: true, kudos: k('lan', '2026-12-05') }],
    ['the note is cleaned of controls and bidi characters', k('lan', '2026-12-05', undefined, { note: 'hay\u202e\u001b[31m quá\n!' }), { ok: true, kudos: { ...k('lan', '2026-12-05'), note: 'hay[31m quá !' } }],
    ['to yourself', k('minh', '2026-12-05'), { ok: false, problem: 'kudos to yourself are not counted: thank someone else' }],
    ['to yourself in other letters', k('MINH', '2026-12-05'), { ok: false, problem: 'kudos to yourself are not counted: thank someone else' }],
    ['to a path', k('../lan', '2026-12-05'), { ok: false, problem: 'to: "../lan" is not a handle' }],
    ['to nobody', { date: '2026-12-05', givenAt: '2026-12-05T21:00:00+07:00' }, { ok: false, problem: 'to: undefined is not a handle' }],
    ['a day before the challenge', k('lan', '2026-11-30'), { ok: false, problem: 'date: 2026-11-30 is outside the challenge (2026-12-01 to 2026-12-30)' }],
    ['a day after it', k('lan', '2026-12-31'), { ok: false, problem: 'date: 2026-12-31 is outside the challenge (2026-12-01 to 2026-12-30)' }],
    ['not a date', k('lan', '2026-02-30'), { ok: false, problem: 'date: "2026-02-30" is not a date (YYYY-MM-DD)' }],
    ['no time', k('lan', '2026-12-05', 'yesterday'), { ok: false, problem: 'givenAt: "yesterday" is not a time' }],
    ['a time without a zone', k('lan', '2026-12-05', '2026-12-05T21:00:00'), { ok: false, problem: 'givenAt: "2026-12-05T21:00:00" is not a time' }],
    ['for a day that had begun nowhere yet', k('lan', '2026-12-07', '2026-12-05T23:00:00Z'), { ok: false, problem: '2026-12-07 had not begun anywhere when this was given (2026-12-05T23:00:00Z)' }],
    ['for a day just begun at UTC+14', k('lan', '2026-12-06', '2026-12-05T10:00:00Z'), { ok: true, kudos: k('lan', '2026-12-06', '2026-12-05T10:00:00Z') }],
    ['a note over 280 characters', k('lan', '2026-12-05', undefined, { note: 'ạ'.repeat(281) }), { ok: false, problem: 'note: is 281 characters, more than 280' }],
    ['a note of 280 emoji', k('lan', '2026-12-05', undefined, { note: '🌱'.repeat(280) }), { ok: true, kudos: { ...k('lan', '2026-12-05'), note: '🌱'.repeat(280) } }],
    ['an empty note', k('lan', '2026-12-05', undefined, { note: ' \u200e ' }), { ok: false, problem: 'note: is empty' }],
    ['a note that is not text', k('lan', '2026-12-05', undefined, { note: ['x'] }), { ok: false, problem: 'note: must be text' }],
    ['not an object', 'lan', { ok: false, problem: 'is not an object' }],
  ])('%s', (_, value, expected) => expect(inEnglish(checkKudos(value, 'minh', rules))).toEqual(expected));

  it('nothing given after the checker\'s clock (beyond a few minutes of drift)', () => {
    const now = Date.parse('2026-12-05T14:00:00Z');
    expect(checkKudos(k('lan', '2026-12-05', '2026-12-05T14:04:00Z'), 'minh', { ...rules, now }).ok).toBe(true);
    expect(inEnglish(checkKudos(k('lan', '2026-12-05', '2026-12-05T14:06:00Z'), 'minh', { ...rules, now }))).toEqual({ ok: false, problem: 'givenAt: 2026-12-05T14:06:00Z is in the future' });
  });
});

describe('checkFeedback: an untrusted file', () => {
  it.each([
    ['not an object', [], 'is not a JSON object'],
    ['another schema', { schema: 2, handle: 'minh', kudos: [] }, 'unknown schema version 2 (this wotn reads 1)'],
    ['someone else\'s handle inside', { schema: 1, handle: 'lan', kudos: [] }, 'handle "lan" does not match the file name'],
    ['no list', { schema: 1, handle: 'minh', kudos: {} }, 'kudos: must be a list'],
    ['too many', { schema: 1, handle: 'minh', kudos: Array(MAX_KUDOS + 1).fill(0) }, `kudos: ${MAX_KUDOS + 1} is more than a file may hold (${MAX_KUDOS})`],
  ])('refused whole: %s', (_, value, problem) => expect(inEnglish(checkFeedback(value, 'minh', rules))).toEqual({ ok: false, problem }));

  it('a file named for a non-handle is refused', () => {
    expect(inEnglish(checkFeedback({ schema: 1, handle: '..', kudos: [] }, '..', rules))).toEqual({ ok: false, problem: '".." is not a handle' });
  });

  it('keeps the good kudos, sorted, and names each bad one by its index', () => {
    const checked = checkFeedback({ schema: 1, handle: 'minh', kudos: [k('lan', '2026-12-06'), k('an', '2026-12-05'), k('minh', '2026-12-05'), k('Lan', '2026-12-06', '2026-12-06T22:00:00+07:00')] }, 'minh', rules);
    expect(inEnglish(checked)).toEqual({
      ok: true,
      value: { schema: 1, handle: 'minh', kudos: [k('an', '2026-12-05'), k('lan', '2026-12-06')] },
      problems: [
        { index: 2, problem: 'kudos to yourself are not counted: thank someone else' },
        { index: 3, problem: 'one kudos per post: Lan\'s post of 2026-12-06 is thanked already', always: true },
      ],
    });
  });
});

describe('recordKudos', () => {
  const start = file('minh', [k('lan', '2026-12-05')]);
  it.each([
    ['a first kudos creates the file', undefined, k('an', '2026-12-05'), 'recorded', [k('an', '2026-12-05')]],
    ['another post', start, k('an', '2026-12-04'), 'recorded', [k('an', '2026-12-04'), k('lan', '2026-12-05')]],
    ['the same post again', start, k('lan', '2026-12-05', '2026-12-06T08:00:00+07:00'), 'unchanged', [k('lan', '2026-12-05')]],
    ['the same post with a note: the note is added, the first time stands', start, k('lan', '2026-12-05', '2026-12-06T08:00:00+07:00', { note: 'hay' }), 'updated', [{ ...k('lan', '2026-12-05'), note: 'hay' }]],
  ] as const)('%s', (_, before, kudos, outcome, kudosAfter) => {
    const r = recordKudos(before, 'minh', kudos, rules);
    expect(r).toEqual({ outcome, file: { schema: 1, handle: 'minh', kudos: kudosAfter } });
  });

  it('refuses what checkKudos refuses, and a full file', () => {
    expect(inEnglish(recordKudos(start, 'minh', k('minh', '2026-12-05'), rules))).toEqual({ outcome: 'refused', problem: 'kudos to yourself are not counted: thank someone else' });
    const full = file('minh', Array.from({ length: MAX_KUDOS }, (_, i) => k(`m${i}`, '2026-12-05')));
    expect(inEnglish(recordKudos(full, 'minh', k('lan', '2026-12-06'), rules))).toEqual({ outcome: 'refused', problem: `a feedback file holds at most ${MAX_KUDOS} kudos` });
  });
});

describe('mergeFeedback', () => {
  it('unites by post; the local copy wins; nothing found remotely is dropped', () => {
    const remote = [k('lan', '2026-12-05'), k('an', '2026-12-03')];
    const local = [{ ...k('LAN', '2026-12-05'), note: 'local' }, k('binh', '2026-12-04')];
    expect(mergeFeedback(remote, local, 'minh')).toEqual([k('an', '2026-12-03'), k('binh', '2026-12-04'), { ...k('LAN', '2026-12-05'), note: 'local' }]);
  });
});

describe('countKudos', () => {
  const places: Record<string, { timezone: string; dayStartsAt?: string }> = {
    minh: { timezone: 'Asia/Ho_Chi_Minh' },
    lan: { timezone: 'America/New_York' },
    an: { timezone: 'Europe/Berlin', dayStartsAt: '03:00' },
  };
  const files = [
    file('minh', [k('lan', '2026-12-04', '2026-12-05T01:00:00Z'), k('an', '2026-12-05', '2026-12-05T16:30:00Z')]),
    file('lan', [k('minh', '2026-12-04', '2026-12-05T01:00:00Z'), k('an', '2026-12-04', '2026-12-05T03:00:00Z')]),
    file('an', [k('minh', '2026-12-05', '2026-12-06T01:30:00Z')]),
  ];
  const count = (over = {}) => countKudos(files, { ...rules, placeOf: (h) => places[h] ?? { timezone: 'UTC' }, ...over });

  it('counts given and received per member, and per day by the giver\'s own local day', () => {
    const c = count();
    expect(Object.fromEntries(c.members)).toEqual({
      minh: { given: 2, received: 2, gaveOn: ['2026-12-05'] },
      // 01:00Z and 03:00Z on the 5th are still the 4th in New York.
      lan: { given: 2, received: 1, gaveOn: ['2026-12-04'] },
      // 02:30 in Berlin on the 6th is before an's 03:00 day boundary: the 5th.
      an: { given: 1, received: 2, gaveOn: ['2026-12-05'] },
    });
    expect(c.perDay).toEqual([{ date: '2026-12-04', given: 2, givers: 1 }, { date: '2026-12-05', given: 3, givers: 2 }]);
  });

  it('leaves out kudos a moderator removed and kudos for posts that do not exist', () => {
    const removed = new Set([kudosKey('lan', { to: 'an', date: '2026-12-04' })]);
    const c = count({ removed: (key: string) => removed.has(key), hasPost: (to: string, date: string) => !(to === 'minh' && date === '2026-12-05') });
    expect(Object.fromEntries([...c.members].map(([h, t]) => [h, [t.given, t.received]]))).toEqual({ minh: [2, 1], lan: [1, 1], an: [0, 1] });
  });

  it('an empty cohort counts nothing', () => expect(countKudos([], { ...rules, placeOf: () => ({ timezone: 'UTC' }) })).toEqual({ members: new Map(), perDay: [] }));

  it('kudos given after the last day count for the members, not for a challenge day', () => {
    const late = countKudos([file('minh', [k('lan', '2026-12-30', '2026-12-31T09:00:00+07:00')])], { ...rules, placeOf: () => places.minh! });
    expect([late.members.get('minh')?.given, late.perDay]).toEqual([1, []]);
  });

  it('kudosReceivedOn: what status shows today, in the receiver\'s day', () => {
    const got = kudosReceivedOn(files, 'minh', '2026-12-05', places.minh!);
    expect(got.map((g) => g.from)).toEqual(['lan']);
    expect(kudosReceivedOn(files, 'MINH', '2026-12-06', places.minh!).map((g) => g.from)).toEqual(['an']);
    const removed = kudosKey('an', { to: 'minh', date: '2026-12-05' });
    expect(kudosReceivedOn(files, 'minh', '2026-12-06', places.minh!, { removed: (key) => key === removed })).toEqual([]);
  });

  it('participationDays: writing or giving', () => {
    expect(participationDays(['2026-12-03', '2026-12-01'], ['2026-12-02', '2026-12-03'])).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });
});

describe('feedbackPushProblems: the hook on a pushed feedback file', () => {
  const path = 'feedback/minh.json';
  const old = json(file('minh', [k('lan', '2026-12-05')]));
  it.each([
    ['a new kudos', json(file('minh', [k('lan', '2026-12-05'), k('an', '2026-12-06')])), []],
    ['a kudos to oneself', json(file('minh', [k('lan', '2026-12-05'), k('minh', '2026-12-06')])), ['feedback/minh.json: kudos[1]: kudos to yourself are not counted: thank someone else']],
    ['a second kudos for the same post', json(file('minh', [k('lan', '2026-12-05'), k('lan', '2026-12-05', '2026-12-05T22:00:00+07:00')])), ['feedback/minh.json: kudos[1]: one kudos per post: lan\'s post of 2026-12-05 is thanked already']],
    ['written as someone else', json(file('lan', [])), ['feedback/minh.json: handle "lan" does not match the file name']],
    ['not JSON', '{"schema":1,', ['feedback/minh.json: is not valid JSON']],
    ['too large', ' '.repeat(1024 * 1024 + 1), ['feedback/minh.json: is 1048577 bytes, more than the 1048576 this file may hold']],
  ])('%s', (_, text, expected) => expect(feedbackPushProblems(path, 'minh', old, text, rules).map((s) => s.text)).toEqual(expected));

  it('a kudos the ledger already held is not judged again (the rules changed since)', () => {
    const held = json(file('minh', [k('lan', '2026-11-30')]));
    expect(feedbackPushProblems(path, 'minh', held, json(file('minh', [k('lan', '2026-11-30'), k('an', '2026-11-29')])), rules).map((s) => s.text)).toEqual([
      'feedback/minh.json: kudos[1]: date: 2026-11-29 is outside the challenge (2026-12-01 to 2026-12-30)',
    ]);
  });
});
