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
import { parseSubmission, payloadLine } from '../../src/domain/submission.js';
import { webUrlRefusal } from '../../src/domain/web-url.js';
import { wordsRefusal, type Cohort, type MemberCard } from '../../src/domain/ledger.js';
import { recordableDay } from '../../src/domain/calendar.js';
import { ingest, type MemberRecord } from '../../src/domain/ingest.js';
import { writeRefusal } from '../../src/domain/roles.js';
import { checkPushLines } from '../../src/domain/push-check.js';

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

// A check-in the ledger's workflow refuses: the reason in its reply is the cohort's language.
const payload = (fields: object) => parseSubmission(payloadLine({ kind: 'entry', date: '2026-12-05', title: 'T', words: 300, ...fields } as any));
const parsedSaid = (fields: object): Said | undefined => {
  const p = payload(fields);
  return p.status === 'invalid' ? p.said : undefined;
};
const cohort: Cohort = { schema: 1, id: 'dec', name: 'Dec', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6, roles: { lan: 'lead' } };
const minh: MemberCard = { schema: 1, handle: 'minh', name: 'Minh', joinedAt: '2026-11-20T10:00:00+07:00' };
let id = 500;
const refusedSaid = (at: string, fields: object, over: { cohort?: Partial<Cohort>; record?: MemberRecord; updated?: string; login?: string; id?: number } = {}): Said | undefined => {
  const body = payloadLine({ kind: 'entry', date: '2026-12-05', title: 'T', words: 300, ...fields } as any);
  if (over.id) id = over.id - 1;
  const utc = (t: string) => new Date(t).toISOString().replace('.000Z', 'Z');
  const login = over.login ?? 'minh';
  const members = new Map<string, MemberRecord>([[login, over.record ?? { card: { ...minh, handle: login } }]]);
  const c = { id: ++id, user: { login }, created_at: utc(at), updated_at: utc(over.updated ?? at), body };
  const d = ingest({ cohort: { ...cohort, ...over.cohort }, members, comments: [c] }).decisions[0];
  expect(d?.outcome).toBe('refused');
  expect(d?.reason).toBe(d?.said?.text);
  return d?.said;
};
const recorded = { schema: 1 as const, handle: 'minh', entries: [{ date: '2026-12-05', title: 'T', words: 300, publishedAt: '2026-12-05T20:00:00+07:00', comment: 9_999 }] };

cases.push(
  ['check-in: date', parsedSaid({ date: 'soon' })],
  ['check-in: title empty', parsedSaid({ title: '  ' })],
  ['check-in: title not text', parsedSaid({ title: 7 })],
  ['check-in: title too long', parsedSaid({ title: 'x'.repeat(301) })],
  ...(['javascript:alert(1)', 'not a link', 'relative/path', `https://x.dev/${'a'.repeat(2_000)}`, 'https://me:pw@x.dev/', 7] as const)
    .map((u): [string, Said | undefined] => [`check-in: url ${String(u).slice(0, 20)}`, parsedSaid({ url: u })]),
  ['web link: blog', webUrlRefusal('ftp://x', 'blog')],
  ['check-in: words not whole', parsedSaid({ words: 1.5 })],
  ['check-in: words negative', parsedSaid({ words: -3 })],
  ['check-in: words over the cap', parsedSaid({ words: 50_000 })],
  ['words: not a number', wordsRefusal('many', 10)],
  ['day: not begun', (recordableDay(Date.parse('2026-12-05T12:00:00+07:00'), 'Asia/Ho_Chi_Minh', '00:00', '2026-12-06', 6) as { said: Said }).said],
  ['day: gone', (recordableDay(Date.parse('2026-12-07T12:00:00+07:00'), 'Asia/Ho_Chi_Minh', '00:00', '2026-12-05', 6) as { said: Said }).said],
  ['day: gone, no grace', (recordableDay(Date.parse('2026-12-07T12:00:00+07:00'), 'Asia/Ho_Chi_Minh', '00:00', '2026-12-05', 0) as { said: Said }).said],
  ['ingest: not begun', refusedSaid('2026-12-04T12:00:00+07:00', {})],
  ['ingest: gone', refusedSaid('2026-12-07T12:00:00+07:00', {})],
  ['ingest: gone, no grace', refusedSaid('2026-12-07T12:00:00+07:00', {}, { cohort: { graceHours: 0 } })],
  ['ingest: not joined', refusedSaid('2026-12-05T12:00:00+07:00', {}, { record: {} })],
  ['ingest: no longer invited', refusedSaid('2026-12-05T12:00:00+07:00', {}, { cohort: { invitationOnly: true, invited: [] } })],
  ['ingest: too few words', refusedSaid('2026-12-05T12:00:00+07:00', { words: 20 })],
  ['ingest: outside', refusedSaid('2026-11-30T12:00:00+07:00', { date: '2026-11-30' })],
  ['ingest: an edit moves the day', refusedSaid('2026-12-05T20:00:00+07:00', { date: '2026-12-06' }, { record: { card: minh, progress: recorded }, id: 9_999 })],
  ['ingest: closed, the entry stands', refusedSaid('2026-12-05T20:00:00+07:00', {}, { record: { card: minh, progress: recorded }, id: 9_999, updated: '2026-12-06T07:00:00+07:00' })],
  ['ingest: closed, nothing recorded', refusedSaid('2026-12-05T20:00:00+07:00', {}, { updated: '2026-12-06T07:00:00+07:00' })],
  ['ingest: not invited to join', (() => {
    const c = { id: 77, user: { login: 'kim' }, created_at: '2026-12-05T05:00:00Z', updated_at: '2026-12-05T05:00:00Z', body: payloadLine({ kind: 'join', name: 'Kim' }) };
    return ingest({ cohort: { ...cohort, invitationOnly: true }, members: new Map(), comments: [c] }).decisions[0]?.said;
  })()],
  ['ingest: newer recorded', refusedSaid('2026-12-05T12:00:00+07:00', {}, { record: { card: minh, progress: recorded }, id: 600 })],
);

// What the pre-receive hook says to a member pushing, and ledger verify to the lead.
const roles = { roles: { lan: 'lead' as const, mod: 'moderator' as const } };
const pushEntry = (entry: object, now: string): Said | undefined => {
  const progress = { schema: 1, handle: 'minh', entries: [{ date: '2026-12-05', title: 'T', words: 300, publishedAt: '2026-12-05T20:00:00+07:00', ...entry }] };
  const lines = checkPushLines({
    ref: 'refs/heads/main', branch: 'main', pusher: 'minh', rules: cohort, creation: false, deletion: false, fastForward: true, now: Date.parse(now),
    changes: [{ path: 'progress/minh.json', oldMode: '100644', newMode: '100644', newText: JSON.stringify(progress) }], cards: { minh },
  });
  expect(lines, JSON.stringify(lines)).toHaveLength(1);
  return typeof lines[0] === 'string' ? undefined : lines[0]!.said;
};
cases.push(
  ['write: rules', writeRefusal('wotn-cohort.json', 'minh', roles)],
  ['write: pods', writeRefusal('pods.json', 'minh', roles)],
  ['write: other', writeRefusal('notes.txt', 'minh', roles)],
  ...(['members', 'progress', 'feedback', 'actions'] as const).map((f): [string, Said | undefined] => [`write: another's ${f}`, writeRefusal(`${f}/binh.json`, 'minh', roles)]),
  ['write: no acting role', writeRefusal('actions/minh.json', 'minh', roles)],
  ['push: late', pushEntry({ publishedAt: '2026-12-07T11:00:00+07:00' }, '2026-12-07T12:00:00+07:00')],
  ['push: late, no grace', (() => { const c = cohort.graceHours; cohort.graceHours = 0; try { return pushEntry({ publishedAt: '2026-12-06T11:00:00+07:00' }, '2026-12-07T12:00:00+07:00'); } finally { cohort.graceHours = c; } })()],
  ['push: not begun', pushEntry({ date: '2026-12-08', publishedAt: '2026-12-05T20:00:00+07:00' }, '2026-12-05T21:00:00+07:00')],
  ['push: outside', pushEntry({ date: '2027-01-05', publishedAt: '2027-01-05T20:00:00+07:00' }, '2027-01-05T21:00:00+07:00')],
  ['push: over the cap', pushEntry({ words: 60_000 }, '2026-12-05T21:00:00+07:00')],
);

describe('problems the domain says', () => {
  it.each(cases)('%s: en.json says the same sentence; Vietnamese names the same value', async (_, s) => {
    expect(s).toBeDefined();
    expect(english.t(s!.key as MessageKey, s!.values)).toBe(s!.text);
    const vi = (await translator('vi')).t(s!.key as MessageKey, s!.values);
    expect(vi).not.toBe(s!.text);
    for (const value of Object.values(s!.values)) if (typeof value === 'string' && value.length > 3) expect(vi).toContain(value);
  });
});
