// A problem the domain says is English for the ledger's machinery and a message key for the
// writer: each key's English in en.json must be the very sentence the domain writes, and
// the Vietnamese must name the same value.
import { describe, expect, it } from 'vitest';
import type { Said } from '../../src/domain/said.js';
import { checkEntry } from '../../src/domain/journal-file.js';
import { configRefusal, emptyConfig } from '../../src/domain/settings.js';
import { makeUpRefusal } from '../../src/domain/streak-policy.js';
import { vacationChangeRefusal, vacationsChecked } from '../../src/domain/nudge.js';
import { english, translator } from '../../src/i18n/index.js';
import { handleRefusal } from '../../src/domain/handle.js';
import { patternRefusal } from '../../src/domain/post.js';
import { parseSubmission, payloadLine } from '../../src/domain/submission.js';
import { webUrlRefusal } from '../../src/domain/web-url.js';
import { wordsRefusal, type Cohort, type MemberCard } from '../../src/domain/ledger.js';
import { recordableDay } from '../../src/domain/calendar.js';
import { ingest, type MemberRecord } from '../../src/domain/ingest.js';
import { writeRefusal } from '../../src/domain/roles.js';
import { checkPushLines, type PathChange, type PushCheckInput } from '../../src/domain/push-check.js';
import { feedbackPushProblems, recordKudos, type FeedbackFile } from '../../src/domain/feedback.js';
import { readdirSync, readFileSync } from 'node:fs';
import { buildReport } from '../../src/domain/report.js';
import { checkCard, checkProgress } from '../../src/domain/ledger.js';
import { FILE_PROBLEMS, handleOfFile, memberFromText, whySaid } from '../../src/adapters/ledger-files.js';
import { fileSkipped } from '../../src/adapters/community-files.js';
import { wisdomPosts } from '../../src/app/wisdom.js';
import { podsNotShown } from '../../src/app/report.js';
import { saidAt } from '../../src/domain/said.js';
import { notJson } from '../../src/domain/shape.js';
import { FrontMatterError, parsePost } from '../../src/domain/front-matter.js';
import { journalRefusal } from '../../src/domain/journal.js';

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
  ['config: a handle', configRefusal(config((c) => (c.profile.handle = 'lan--minh')))],
  ['config: a file-name pattern', configRefusal(config((c) => (c.blog.fileName = '{slug}.txt')))],
  ['config: a URL pattern', configRefusal(config((c) => (c.blog.urlPattern = '/{yyyy}/{what}/')))],
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
  return lines[0];
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

// Everything else the hook says (files, modes, sizes, refs, the rules and the learn-together
// files), line by line as the pusher reads it: the file and the field stay in the line.
const team = { lan: 'lead', mod: 'moderator', thu: 'mentor', bir: 'blogger-in-residence', ss: 'student-success' } as const;
const rules: Cohort = { ...cohort, roles: { ...team } };
const NOW = '2026-12-10T20:00:00+07:00';
const AT = '2026-12-10T19:00:00+07:00';
const pods = { schema: 1 as const, rounds: [{ period: 1, from: '2026-12-01', to: '2026-12-30', seed: 's', pods: [{ members: ['minh', 'an'], mentor: 'thu' }] }] };
const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const add = (path: string, value: unknown, mode = '100644'): PathChange => ({ path, oldMode: '000000', newMode: mode, newText: text(value) });
const hookLine = (pusher: string | undefined, changes: PathChange[], over: Partial<PushCheckInput> = {}): Said | undefined => {
  const lines = checkPushLines({
    ref: 'refs/heads/main', branch: 'main', pusher, rules, creation: false, deletion: false, fastForward: true, now: Date.parse(NOW),
    changes, cards: { minh }, pods, ...over,
  });
  expect(lines.map((l) => l.text)).toHaveLength(1);
  return lines[0];
};
const rulesPush = (patch: object, pusher = 'lan') => hookLine(pusher, [add('wotn-cohort.json', { ...rules, ...patch })]);
const cardPush = (patch: object) => hookLine('minh', [add('members/minh.json', { ...minh, ...patch })]);
const entry1 = { date: '2026-12-10', title: 'T', words: 300, publishedAt: AT };
const progressPush = (entries: unknown[], over: object = {}, o: Partial<PushCheckInput> = {}) =>
  hookLine('minh', [add('progress/minh.json', { schema: 1, handle: 'minh', entries, ...over })], o);
const kudosPush = (list: unknown, over: object = {}) => hookLine('minh', [add('feedback/minh.json', { schema: 1, handle: 'minh', kudos: list, ...over })]);
const kudos = (over: object = {}) => ({ to: 'lan', date: '2026-12-10', givenAt: AT, ...over });
const actionsPush = (actor: string, list: unknown) => hookLine(actor, [add(`actions/${actor}.json`, { schema: 1, handle: actor, actions: list })]);
const act = (kind: string, over: object = {}) => ({ kind, member: 'minh', date: '2026-12-10', at: AT, reason: 'a phone number', ...over });
const podsPush = (value: unknown) => hookLine('lan', [add('pods.json', value)]);
const round = (over: object = {}) => ({ period: 1, from: '2026-12-01', to: '2026-12-07', seed: 's', pods: [{ members: ['minh', 'an'] }], ...over });
const many = <T,>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

cases.push(
  ['push: no pusher', hookLine(undefined, [])],
  ['push: a pusher that is not a handle', hookLine('not a login', [])],
  ['push: another ref', hookLine('minh', [], { ref: 'refs/heads/draft' })],
  ['push: deleting the branch', hookLine('minh', [], { deletion: true })],
  ['push: a new ledger without rules', hookLine('lan', [], { creation: true, rules: undefined })],
  ['push: a new ledger, rules not JSON', hookLine('lan', [add('wotn-cohort.json', '{')], { creation: true, rules: undefined })],
  ['push: a new ledger, broken rules', hookLine('lan', [add('wotn-cohort.json', { ...rules, days: 0 })], { creation: true, rules: undefined })],
  ['push: a new ledger, not its lead', hookLine('minh', [add('wotn-cohort.json', rules)], { creation: true, rules: undefined })],
  ['push: no rules to check against', hookLine('minh', [], { rules: undefined })],
  ['push: not a fast-forward', hookLine('minh', [], { fastForward: false })],
  ['push: a member makes themselves lead', rulesPush({ roles: { ...team, minh: 'lead' } }, 'minh')],
  ['push: a moderator drops their own role', rulesPush({ roles: { lan: 'lead' } }, 'mod')],
  ['push: the rules deleted', hookLine('lan', [{ path: 'wotn-cohort.json', oldMode: '100644', newMode: '000000' }])],
  ...([['a symbolic link', '120000'], ['a submodule', '160000'], ['an executable', '100755'], ['a directory', '040000'], ['another mode', '100600']] as const)
    .map(([name, mode]): [string, Said | undefined] => [`push: ${name}`, hookLine('minh', [add('progress/minh.json', '{}', mode)])]),
  ['push: too large', hookLine('minh', [{ path: 'progress/minh.json', oldMode: '000000', newMode: '100644', newSize: 2 * 1024 * 1024 }])],
  ['rules: not an object', hookLine('lan', [add('wotn-cohort.json', '7')])],
  ...([
    ['schema', { schema: 2 }], ['name', { name: ' ' }], ['start', { start: 'soon' }], ['days', { days: 0 }], ['timezone', { timezone: 'Mars/Olympus' }],
    ['minWords', { minWords: -1 }], ['freezes', { freezes: 1.5 }], ['graceHours', { graceHours: 'x' }], ['goalWords', { goalWords: 0 }], ['lang', { lang: 'fr' }],
    ['roles', { roles: { 'not a login': 'lead' } }], ['maxWords', { maxWords: 10 }], ['invitationOnly', { invitationOnly: 'yes' }], ['invited', { invited: ['not a login'] }],
    ['checkInGroups', { checkInGroups: 0 }], ['an unknown role', { roles: { ...team, minh: 'wizard' } }], ['awards', { awards: [] }], ['an award tier', { awards: [40] }],
    ['awards that fall', { awards: [20, 10] }], ['streak', { streak: 7 }], ['streak.freezes', { streak: { freezes: -1 } }], ['streak.neverMissTwice', { streak: { neverMissTwice: 1 } }],
    ['streak.makeUpDays', { streak: { makeUpDays: 1.5 } }], ['nudgeHoursBefore', { nudgeHoursBefore: 0 }], ['quietHours', { quietHours: '22-07' }],
    ['quietHours the same', { quietHours: { from: '22:00', to: '22:00' } }], ['maxVacationDays', { maxVacationDays: 99 }], ['feedbackGuide not text', { feedbackGuide: 7 }],
    ['feedbackGuide empty', { feedbackGuide: ' ' }], ['feedbackGuide too long', { feedbackGuide: 'x'.repeat(2_001) }], ['feedbackGuide far too long', { feedbackGuide: 'x'.repeat(9_000) }],
    ['removed', { removed: [] }], ['removed, too many', { removed: Object.fromEntries(many(10_001, (i) => [`m${i}`, { at: AT }] as const)) }],
    ['removed, not a handle', { removed: { 'not a login': { at: AT } } }], ['removed, no time', { removed: { an: { reason: 'spam' } } }],
    ['removed, a long reason', { removed: { an: { at: AT, reason: 'x'.repeat(281) } } }],
  ] as const).map(([name, patch]): [string, Said | undefined] => [`rules: ${name}`, rulesPush(patch)]),
  ['card: not JSON', hookLine('minh', [add('members/minh.json', '{')])],
  ...([
    ['schema', { schema: 2 }], ['handle', { handle: 'an' }], ['name', { name: 7 }], ['timezone', { timezone: 'Mars/Olympus' }], ['dayStartsAt', { dayStartsAt: '25:00' }],
    ['blog', { blog: 7 }], ['nudge', { nudge: 'yes' }], ['vacations', { vacations: [{ from: '2026-12-20' }] }], ['leftAt', { leftAt: 'soon' }],
    ['leftAt in the future', { leftAt: '2026-12-20T10:00:00+07:00' }], ['a vacation begun in the past', { vacations: [{ from: '2026-12-05', to: '2026-12-06' }] }],
  ] as const).map(([name, patch]): [string, Said | undefined] => [`card: ${name}`, cardPush(patch)]),
  ['progress: not an object', hookLine('minh', [add('progress/minh.json', '7')])],
  ['progress: schema', progressPush([], { schema: 2 })],
  ['progress: handle', progressPush([], { handle: 'an' })],
  ['progress: entries', progressPush([], { entries: 'x' })],
  ...([
    ['not an object', 7], ['date', { ...entry1, date: 'x' }], ['words', { ...entry1, words: -1 }], ['publishedAt', { ...entry1, publishedAt: 'x' }],
    ['title', { ...entry1, title: undefined }], ['url', { ...entry1, url: 7 }], ['published after the push', { ...entry1, publishedAt: '2026-12-10T23:00:00+07:00' }],
    ['a make-up the cohort does not allow', { ...entry1, date: '2026-12-05', makeUp: true }], ['tags', { ...entry1, tags: 'x' }], ['a tag', { ...entry1, tags: [''] }],
    ['featured', { ...entry1, featured: 'yes' }], ['reflection', { ...entry1, reflection: 7 }], ['reflection.win', { ...entry1, reflection: { win: 7 } }],
    ['reflection.learned', { ...entry1, reflection: { learned: 'x' } }], ['reflection.learned.text', { ...entry1, reflection: { learned: { text: ' ' } } }],
    ['reflection.learned.url', { ...entry1, reflection: { learned: { text: 'An', url: 'ftp://x' } } }],
  ] as const).map(([name, e]): [string, Said | undefined] => [`progress entry: ${name}`, progressPush([e])]),
  ['progress entry: twice', progressPush([entry1, entry1])],
  ['progress entry: a make-up under unreadable rules', progressPush([{ ...entry1, date: '2026-12-05', makeUp: true }], {}, { rules: { ...rules, awards: 'x' } as Cohort })],
  ['feedback: not JSON', hookLine('minh', [add('feedback/minh.json', '{')])],
  ['feedback: not an object', hookLine('minh', [add('feedback/minh.json', '7')])],
  ['feedback: schema', kudosPush([], { schema: 2 })],
  ['feedback: handle', kudosPush([], { handle: 'an' })],
  ['feedback: not a list', kudosPush('x')],
  ['feedback: too many', kudosPush(many(4_501, () => 7))],
  ...([
    ['not an object', 7], ['to', kudos({ to: 'not a login' })], ['to yourself', kudos({ to: 'minh' })], ['date', kudos({ date: 'soon' })],
    ['date outside', kudos({ date: '2027-02-01' })], ['givenAt', kudos({ givenAt: 'soon' })], ['givenAt ahead', kudos({ givenAt: '2026-12-11T19:00:00+07:00' })],
    ['a day not begun', kudos({ date: '2026-12-12' })], ['note not text', kudos({ note: 7 })], ['note too long', kudos({ note: 'x'.repeat(281) })],
    ['note empty', kudos({ note: ' ' })], ['note far too long', kudos({ note: 'x'.repeat(2_000) })],
  ] as const).map(([name, k]): [string, Said | undefined] => [`kudos: ${name}`, kudosPush([k])]),
  ['kudos: twice', kudosPush([kudos(), kudos()])],
  ['actions: not a list', actionsPush('mod', 'x')],
  ['actions: too many', actionsPush('mod', many(5_001, () => 7))],
  ...([
    ['a mentor hides', 'thu', act('hide-entry')], ['hide, not a handle', 'mod', act('hide-entry', { member: 'not a login' })], ['hide, no reason', 'mod', act('hide-entry', { reason: undefined })],
    ['a mentor removes a kudos', 'thu', act('remove-feedback')], ['remove, no handles', 'mod', act('remove-feedback', { giver: 'an' })],
    ['remove, an empty reason', 'mod', act('remove-feedback', { giver: 'an', to: 'minh', reason: ' ' })], ['a moderator pins', 'mod', act('pin')],
    ['pin your own', 'bir', act('pin', { member: 'bir' })], ['pin, not a handle', 'bir', act('pin', { member: 'not a login' })], ['a kind', 'mod', act('dance')],
    ['nudge yourself', 'ss', act('nudge', { member: 'ss' })], ['a moderator nudges', 'mod', act('nudge')], ['a mentor nudges outside their pod', 'thu', act('nudge', { member: 'binh' })],
    ['nudge, not a handle', 'ss', act('nudge', { member: 'not a login' })], ['nudge, a long note', 'ss', act('nudge', { note: 'x'.repeat(281) })], ['date', 'mod', act('hide-entry', { date: 'soon' })],
    ['at', 'mod', act('hide-entry', { at: 'soon' })], ['at ahead', 'mod', act('hide-entry', { at: '2026-12-11T19:00:00+07:00' })], ['a day not begun', 'mod', act('hide-entry', { date: '2026-12-12' })],
  ] as const).map(([name, actor, a]): [string, Said | undefined] => [`actions: ${name}`, actionsPush(actor, [a])]),
  ['actions: twice', actionsPush('ss', [act('nudge'), act('nudge')])],
  ['actions: a kudos removed twice', actionsPush('mod', [act('remove-feedback', { giver: 'an', to: 'minh' }), act('remove-feedback', { giver: 'an', to: 'minh' })])],
  ['pods: not JSON', podsPush('{')],
  ['pods: not an object', podsPush('7')],
  ['pods: schema', podsPush({ schema: 2, rounds: [] })],
  ['pods: rounds', podsPush({ schema: 1, rounds: 'x' })],
  ...([
    ['not an object', 7], ['period', round({ period: 0 })], ['from', round({ from: 'soon' })], ['to before from', round({ from: '2026-12-02', to: '2026-12-01' })],
    ['seed', round({ seed: 7 })], ['pods', round({ pods: 'x' })], ['a pod', round({ pods: [7] })], ['a pod of one', round({ pods: [{ members: ['minh'] }] })],
    ['not a handle', round({ pods: [{ members: ['minh', 'not a login'] }] })], ['listed twice', round({ pods: [{ members: ['minh', 'MINH'] }] })],
    ['a mentor', round({ pods: [{ members: ['minh', 'an'], mentor: 'not a login' }] })],
  ] as const).map(([name, r]): [string, Said | undefined] => [`pods round: ${name}`, podsPush({ schema: 1, rounds: [r] })]),
  ['pods: rounds that overlap', podsPush({ schema: 1, rounds: [round(), round({ period: 2, from: '2026-12-05', to: '2026-12-10' })] })],
  ['push: a removed member', hookLine('minh', [add('members/minh.json', minh)], { rules: { ...rules, removed: { minh: { at: '2026-12-02T00:00:00Z' } } } as Cohort })],
);

// Why the ledger's workflow refused a comment that is not a day's check-in, or a day's that
// breaks a rule beyond the common ones above: in its reply, in the cohort's language.
const ingestSaid = (body: string, o: { login?: string; records?: Record<string, MemberRecord>; cohort?: object } = {}): Said | undefined => {
  const login = o.login ?? 'minh';
  const members = new Map<string, MemberRecord>(Object.entries(o.records ?? { [login]: { card: { ...minh, handle: login } } }));
  const c = { id: ++id, user: { login }, created_at: '2026-12-05T05:00:00Z', updated_at: '2026-12-05T05:00:00Z', body };
  const d = ingest({ cohort: { ...rules, ...o.cohort } as Cohort, members, comments: [c], pods }).decisions[0];
  expect(d?.outcome).toBe('refused');
  expect(d?.reason).toBe(d?.said?.text);
  return d?.said;
};
const raw = (json: string) => `<!-- wotn:v1 ${json} -->`;
const line = (s: object) => payloadLine(s as any);
const entry5 = { kind: 'entry', date: '2026-12-05', title: 'T', words: 300 };
const an = { card: { ...minh, handle: 'an' }, progress: { schema: 1 as const, handle: 'an', entries: [{ ...entry1, date: '2026-12-04' }] } };
cases.push(
  ['ingest: a comment too long', ingestSaid('x'.repeat(65_537))],
  ['ingest: two payloads', ingestSaid(`${line(entry5)}\n${line(entry5)}`)],
  ['ingest: a broken payload line', ingestSaid('<!-- wotn:v1 {"kind":"entry"}')],
  ['ingest: a payload version', ingestSaid('<!-- wotn:v2 {} -->')],
  ['ingest: a payload too long', ingestSaid(raw(`{"kind":"entry","title":"${'x'.repeat(9_000)}"}`))],
  ['ingest: a raw <', ingestSaid(raw('{"title":"<b>"}'))],
  ['ingest: not JSON', ingestSaid(raw('{x}'))],
  ['ingest: not an object', ingestSaid(raw('[]'))],
  ['ingest: an action not an object', ingestSaid(raw('{"kind":"action","action":7}'))],
  ['ingest: a kind', ingestSaid(raw('{"kind":"dance"}'))],
  ['ingest: kudos to a non-handle', ingestSaid(line({ kind: 'kudos', to: 'not a login', date: '2026-12-04' }))],
  ['ingest: kudos, a date', ingestSaid(line({ kind: 'kudos', to: 'an', date: 'soon' }))],
  ['ingest: kudos, a note', ingestSaid(line({ kind: 'kudos', to: 'an', date: '2026-12-04', note: 7 }))],
  ['ingest: posts', ingestSaid(line({ ...entry5, posts: 0 }))],
  ['ingest: makeUp', ingestSaid(line({ ...entry5, makeUp: false }))],
  ['ingest: a tag', ingestSaid(line({ ...entry5, tags: [''] }))],
  ['ingest: a join, timezone', ingestSaid(line({ kind: 'join', name: 'Minh', timezone: 'Mars/Olympus' }))],
  ['ingest: a join, dayStartsAt', ingestSaid(line({ kind: 'join', name: 'Minh', dayStartsAt: '25:00' }))],
  ['ingest: a join, nudge', ingestSaid(line({ kind: 'join', name: 'Minh', nudge: 'yes' }))],
  ['ingest: a join, vacations', ingestSaid(line({ kind: 'join', name: 'Minh', vacations: 'x' }))],
  ['ingest: a join, a vacation', ingestSaid(line({ kind: 'join', name: 'Minh', vacations: [7] }))],
  ['ingest: a join, a vacation in the past', ingestSaid(line({ kind: 'join', name: 'Minh', vacations: [{ from: '2026-12-01', to: '2026-12-02' }] }))],
  ['ingest: a removed member', ingestSaid(line(entry5), { cohort: { removed: { minh: { at: '2026-12-02T00:00:00Z' } } } })],
  ['ingest: a make-up the cohort does not allow', ingestSaid(line({ ...entry5, date: '2026-12-03', makeUp: true }))],
  ['ingest: a make-up under unreadable rules', ingestSaid(line({ ...entry5, date: '2026-12-03', makeUp: true }), { cohort: { awards: 'x' } })],
  ['ingest: kudos from a non-member', ingestSaid(line({ kind: 'kudos', to: 'an', date: '2026-12-04' }), { records: { minh: {}, an } })],
  ['ingest: kudos for no post', ingestSaid(line({ kind: 'kudos', to: 'an', date: '2026-12-03' }), { records: { minh: { card: minh }, an } })],
  ['ingest: kudos to a removed member', ingestSaid(line({ kind: 'kudos', to: 'an', date: '2026-12-04' }), { records: { minh: { card: minh }, an }, cohort: { removed: { an: { at: '2026-12-02T00:00:00Z' } } } })],
  ['ingest: kudos, a long note', ingestSaid(line({ kind: 'kudos', to: 'an', date: '2026-12-04', note: 'x'.repeat(281) }), { records: { minh: { card: minh }, an } })],
  ['ingest: leaving without a card', ingestSaid(line({ kind: 'leave' }), { records: { minh: {} } })],
  ['ingest: an action the role may not take', ingestSaid(line({ kind: 'action', action: { kind: 'hide-entry', member: 'an', date: '2026-12-04', reason: 'x' } }))],
  ['ingest: a full actions file', ingestSaid(line({ kind: 'action', action: { kind: 'hide-entry', member: 'an', date: '2026-12-04', reason: 'x' } }), {
    login: 'mod', records: { mod: { card: { ...minh, handle: 'mod' }, actions: { schema: 1, handle: 'mod', actions: many(5_000, (i) => ({ kind: 'pin', member: `m${i}`, date: '2026-12-04', at: AT })) as any } } },
  })],
  ['feedback: more than a file may hold', feedbackPushProblems('feedback/minh.json', 'minh', undefined, ' '.repeat(1024 * 1024 + 1), w)[0]],
  ['kudos: a full feedback file', (() => {
    const file = { schema: 1 as const, handle: 'minh', kudos: many(4_500, (i) => ({ to: `m${i}`, date: '2026-12-04', givenAt: AT })) as FeedbackFile['kudos'] };
    const r = recordKudos(file, 'minh', kudos({ to: 'an' }), { ...w, now: Date.parse(NOW) });
    return r.outcome === 'refused' ? r.said : undefined;
  })()],
);

// What a read of the ledger skips and a report does not count, and why: English in --json,
// in the cohort's language in a report and in the reader's on the terminal.
const counted = { date: '2026-12-02', title: 'T', words: 300, publishedAt: '2026-12-02T20:00:00+07:00' };
const reportWarnings = buildReport({
  cohort: { ...cohort, graceHours: 3 }, warnings: [],
  members: [{ handle: 'minh', card: minh, progress: { schema: 1, handle: 'minh', entries: [
    7, { ...counted, date: '2026-11-20', publishedAt: '2026-11-20T20:00:00+07:00' }, counted, { ...counted, title: 'again' },
    { ...counted, date: '2026-12-03' }, { ...counted, date: '2026-12-04', publishedAt: '2026-12-05T09:00:00+07:00' },
  ] as any } }],
}, '2026-12-10').warnings;
expect(reportWarnings.map((w) => w.key)).toEqual(['problem.report.entrySkipped', 'problem.report.outside', 'problem.report.twice', 'problem.report.early', 'problem.report.beyondGrace']);
const fileWarnings: Said[] = [];
memberFromText('{ not json', 'members/minh.json', 'minh', checkCard, fileWarnings);
memberFromText('{"schema":2}', 'progress/minh.json', 'minh', checkProgress, fileWarnings);
handleOfFile('members', 'bad--name.json', fileWarnings);
const wisdomWarnings: Said[] = [];
wisdomPosts([{ handle: 'minh', progress: { schema: 1, handle: 'minh', entries: [{ ...counted, featured: 'yes' }] as any } }], wisdomWarnings);
cases.push(
  ...reportWarnings.map((w): [string, Said | undefined] => [`report: ${w.key}`, w]),
  ...fileWarnings.map((w, i): [string, Said | undefined] => [`ledger file ${i}`, w]),
  ...(Object.keys(FILE_PROBLEMS) as (keyof typeof FILE_PROBLEMS)[]).map((why): [string, Said | undefined] => [`ledger file: ${why}`, fileSkipped('progress/minh.json', whySaid(why))]),
  ['wisdom: left out', wisdomWarnings[0]],
  ['report: pods not shown', podsNotShown(saidAt('ledger/pods.json', notJson))],
  ['report: pods not read', podsNotShown('GitHub did not answer')],
);

// A journal file the writer's machine cannot read (status, publish and every daily run read it).
cases.push(
  ...([['not an object', []], ['schema', { schema: 2 }], ['entries', { schema: 1, entries: 'x' }], ['drafts', { schema: 1, entries: [], drafts: null }], ['an entry', { schema: 1, entries: [{}], drafts: {} }]] as const)
    .map(([name, v]): [string, Said | undefined] => [`journal: ${name}`, journalRefusal(v)]),
);

// What is wrong with a post's front matter, as `wotn publish` and `doctor --rebuild` say it.
const frontMatterSaid = (text: string): Said | undefined => {
  try {
    parsePost(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return error.said;
    throw error;
  }
  return undefined;
};
cases.push(
  ...([
    ['JavaScript', '---js\n{}\n---\n'], ['twice', '---\ntitle: a\n"title": b\n---\n'], ['a colon', '---\ntitle: Day 3: what I learned\n---\n'],
    ['a tab', '---\n\ttitle: a\n---\n'], ['a tag', '---\ntitle: !!js/function x\n---\n'], ['a start', '---\ntitle: @lan\n---\n'],
    ['not key: value', '---\na\nb: c\n---\n'], ['a quote', '---\ntitle: "Ngày 3\n---\n'], ['a bracket', '---\ntags: [a, b\n---\n'],
    ['an indent', '---\na:\n  b: 1\n c: 2\n---\n'], ['a list indented', '---\ntags:\n  - a\n - b\n---\n'], ['the parser', '---\ntitle: "a" b\n---\n'], ['an alias', '---\ntitle: *nope\n---\n'],
    ['a list', '---\n- a\n---\n'], ['title', '---\ntitle: 7\n---\n'], ['date', '---\ndate: soon\n---\n'], ['day', '---\nday: 0\n---\n'],
    ['draft', '---\ndraft: maybe\n---\n'], ['publishedAt', '---\npublishedAt: soon\n---\n'],
  ] as const).map(([name, text]): [string, Said | undefined] => [`front matter: ${name}`, frontMatterSaid(text)]),
);

/** The values a person reads in a problem, the nested problems' too. */
const valuesOf = (s: Said): (string | number)[] => Object.values(s.values).flatMap((v) => (typeof v === 'object' ? valuesOf(v) : [v]));
const keysOf = (s: Said): string[] => [s.key, ...Object.values(s.values).flatMap((v) => (typeof v === 'object' ? keysOf(v) : []))];

describe('problems the domain says', () => {
  it.each(cases)('%s: en.json says the same sentence; Vietnamese names the same value', async (_, s) => {
    expect(s).toBeDefined();
    expect(english.say(s!)).toBe(s!.text);
    const vi = (await translator('vi')).say(s!);
    expect(vi).not.toBe(s!.text);
    for (const value of valuesOf(s!)) if (typeof value === 'string' && value.length > 3) expect(vi).toContain(value);
  });

  it('covers every message key the domain names', () => {
    const said = new Set(cases.flatMap(([, s]) => (s ? keysOf(s) : [])));
    const named = readdirSync(new URL('../../src/domain/', import.meta.url)).flatMap((file) =>
      [...readFileSync(new URL(`../../src/domain/${file}`, import.meta.url), 'utf8').matchAll(/said\(\s*'(problem\.[\w.]+)'/g)].map((m) => m[1]!));
    // A card the payload checks already (its fields can't fail checkCard again), kept as a guard.
    const unreachable = new Set(['problem.join.card']);
    expect([...new Set(named)].filter((k) => !said.has(k) && !unreachable.has(k))).toEqual([]);
  });
});
