import { describe, expect, it } from 'vitest';
import type { EntrySubmission } from '../../src/domain/submission.js';
import { renderSubmission } from '../../src/render/submission.js';
import { authorsOf, checkCursor, cursorSince, ingest, type IngestComment, type IngestCursor, type MemberRecord } from '../../src/domain/ingest.js';
import type { Cohort, MemberCard, Progress } from '../../src/domain/ledger.js';

const december: Cohort = { schema: 1, id: 'dec', name: 'Dec', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6, roles: { Lan: 'lead' } };
const march: Cohort = { ...december, start: '2026-03-01', days: 31, timezone: 'Europe/Berlin' };
const autumn: Cohort = { ...december, start: '2026-10-15', days: 30, timezone: 'America/New_York' };

const card = (handle: string, over: Partial<MemberCard> = {}): MemberCard => ({ schema: 1, handle, name: handle.toUpperCase(), joinedAt: '2026-11-20T10:00:00+07:00', ...over });
const members = (...cards: MemberCard[]) => new Map<string, MemberRecord>(cards.map((c) => [c.handle, { card: c }]));

let ids = 1000;
function comment(login: string, createdAt: string, body: string, updatedAt = createdAt, id = ++ids): IngestComment {
  const utc = (t: string) => new Date(t).toISOString().replace('.000Z', 'Z');
  return { id, user: { login }, created_at: utc(createdAt), updated_at: utc(updatedAt), body, html_url: `https://github.com/o/r/issues/1#issuecomment-${id}` };
}
const post = (date: string, over: Partial<EntrySubmission> = {}) => renderSubmission({ kind: 'entry', date, title: `Post ${date}`, url: `https://blog.dev/${date}`, words: 300, ...over });
const join = (name: string, over: object = {}) => renderSubmission({ kind: 'join', name, ...over });

/** Applies a result's files to the members, as the workflow's commit would. */
function apply(state: Map<string, MemberRecord>, files: { path: string; value: unknown }[]) {
  const keys = { members: 'card', progress: 'progress', feedback: 'feedback', actions: 'actions' } as const;
  for (const f of files) {
    const [folder, name] = f.path.split('/') as [keyof typeof keys, string];
    const login = name.replace(/\.json$/, '');
    state.set(login, { ...state.get(login), [keys[folder]]: f.value });
  }
}
const one = (cohort: Cohort, m: Map<string, MemberRecord>, c: IngestComment) => ingest({ cohort, members: m, comments: [c] }).decisions[0];

describe('which day a check-in counts for (the member\'s local day at the server\'s created_at)', () => {
  it.each([
    // cohort, member card, posted at, claimed day → recorded day (late) or the refusal
    ['23:58 in Hà Nội counts for that day', december, {}, '2026-12-05T23:58:00+07:00', '2026-12-05', '2026-12-05', false],
    ['00:02 the next morning counts for yesterday within grace', december, {}, '2026-12-06T00:02:00+07:00', '2026-12-05', '2026-12-05', true],
    ['…or for today, if that is what it claims', december, {}, '2026-12-06T00:02:00+07:00', '2026-12-06', '2026-12-06', false],
    ['grace ends at 06:00 sharp', december, {}, '2026-12-06T06:00:00+07:00', '2026-12-05', /2026-12-05 can no longer be recorded/, false],
    ['without grace, past midnight is too late', { ...december, graceHours: 0 }, {}, '2026-12-06T00:02:00+07:00', '2026-12-05', /2026-12-05 can no longer be recorded: posts count for the day they are published/, false],
    ['a day that has not begun is refused', december, {}, '2026-12-05T23:58:00+07:00', '2026-12-06', /2026-12-06 has not begun yet \(today is 2026-12-05\) when this check-in was posted/, false],
    ['a writer in New York keeps their own evening', december, { timezone: 'America/New_York' }, '2026-12-06T03:00:00Z', '2026-12-05', '2026-12-05', false],
    ['…and is not yet in the next day that Hà Nội is in', december, { timezone: 'America/New_York' }, '2026-12-06T03:00:00Z', '2026-12-06', /has not begun yet/, false],
    ['a writer east of Hà Nội (Auckland) is a day ahead', december, { timezone: 'Pacific/Auckland' }, '2026-12-05T12:30:00Z', '2026-12-06', '2026-12-06', false],
    ['a day that starts at 03:00 still holds 02:30', december, { dayStartsAt: '03:00' }, '2026-12-06T02:30:00+07:00', '2026-12-05', '2026-12-05', false],
    ['Berlin, spring forward: 00:30 CET on the 23-hour day is that day', march, {}, '2026-03-29T00:30:00+01:00', '2026-03-29', '2026-03-29', false],
    ['Berlin, spring forward: 23:30 CEST is still the 29th', march, {}, '2026-03-29T23:30:00+02:00', '2026-03-29', '2026-03-29', false],
    ['Berlin, spring forward: grace runs 6 hours from midnight CEST', march, {}, '2026-03-30T05:59:00+02:00', '2026-03-29', '2026-03-29', true],
    ['…and not one more', march, {}, '2026-03-30T06:00:00+02:00', '2026-03-29', /can no longer be recorded/, false],
    ['New York, fall back: 23:30 EST on the 25-hour day', autumn, {}, '2026-11-01T23:30:00-05:00', '2026-11-01', '2026-11-01', false],
    ['New York, fall back: 00:30 EDT is the 1st, not the 31st', autumn, {}, '2026-11-01T00:30:00-04:00', '2026-11-01', '2026-11-01', false],
    ['New York, fall back: grace counts real hours, and 05:30 EST is 6½ after midnight EDT', autumn, {}, '2026-11-01T05:30:00-05:00', '2026-10-31', /can no longer be recorded/, false],
    ['before the challenge', december, {}, '2026-11-30T20:00:00+07:00', '2026-11-30', /2026-11-30 is outside the challenge \(2026-12-01 to 2026-12-30\)/, false],
    ['the eve of the start, posted in the first morning\'s grace', december, {}, '2026-12-01T01:00:00+07:00', '2026-11-30', /2026-11-30 is outside the challenge/, false],
    ['the last day\'s grace still counts', december, {}, '2026-12-31T05:00:00+07:00', '2026-12-30', '2026-12-30', true],
    ['after the challenge', december, {}, '2026-12-31T10:00:00+07:00', '2026-12-31', /2026-12-31 is outside the challenge/, false],
  ] as const)('%s', (_, cohort, over, at, claimed, expected, late) => {
    const d = one(cohort, members(card('minh', over)), comment('minh', at, post(claimed)))!;
    if (typeof expected === 'string') expect(d).toMatchObject({ outcome: 'recorded', date: expected, path: 'progress/minh.json', ...(late ? { late: true } : {}) });
    else expect(d.reason).toMatch(expected);
    if (typeof expected === 'string' && !late) expect(d.late).toBeUndefined();
  });

  it('publishedAt is the server\'s time in the member\'s zone', () => {
    const r = ingest({ cohort: december, members: members(card('minh', { timezone: 'America/New_York' })), comments: [comment('minh', '2026-12-06T03:00:00Z', post('2026-12-05'))] });
    expect(r.files[0]!.value).toMatchObject({ entries: [{ date: '2026-12-05', publishedAt: '2026-12-05T22:00:00-05:00' }] });
  });
});

describe('who a check-in is from', () => {
  it('is the comment\'s author, case-insensitively, in a lowercase file; the payload can\'t say otherwise', () => {
    const body = post('2026-12-05').replace('{"kind"', '{"handle":"lan","user":{"login":"lan"},"kind"');
    const r = ingest({ cohort: december, members: members(card('minh')), comments: [comment('MinH', '2026-12-05T20:00:00+07:00', body)] });
    expect(r.files.map((f) => f.path)).toEqual(['progress/minh.json']);
    expect(r.files[0]!.value).toMatchObject({ handle: 'minh', entries: [{ date: '2026-12-05', title: 'Post 2026-12-05' }] });
    expect(r.decisions[0]).toMatchObject({ login: 'minh', outcome: 'recorded' });
  });

  it.each([
    ['someone who has not joined', december, 'an', /an has not joined this cohort: run wotn cohort join/],
    ['a member no longer invited', { ...december, invitationOnly: true, invited: [] }, 'minh', /by invitation, and minh is no longer invited/],
  ])('refuses %s', (_, cohort, login, reason) => {
    expect(one(cohort, members(card('minh')), comment(login, '2026-12-05T20:00:00+07:00', post('2026-12-05')))).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(reason) });
  });

  it('skips bots, the workflow\'s account and plain conversation without a word', () => {
    const m = members(card('minh'), card('lan'));
    const comments = [
      comment('github-actions[bot]', '2026-12-05T20:00:00+07:00', post('2026-12-05')),
      { ...comment('wotn-bot', '2026-12-05T20:00:00+07:00', post('2026-12-05')), user: { login: 'wotn-bot', type: 'Bot' } },
      comment('lan', '2026-12-05T20:00:00+07:00', post('2026-12-05')),
      comment('minh', '2026-12-05T20:01:00+07:00', 'Great post @lan! 🎉'),
      { ...comment('minh', '2026-12-05T20:02:00+07:00', post('2026-12-05')), user: null },
    ];
    const r = ingest({ cohort: december, members: m, comments, ignore: ['LAN'] });
    expect(r.decisions).toEqual([]);
    expect(r.files).toEqual([]);
  });

  it('refuses a malformed payload with the reason to reply with', () => {
    const d = one(december, members(card('minh')), comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05') + '\n' + post('2026-12-05')));
    expect(d).toMatchObject({ outcome: 'refused', kind: 'unknown', reason: 'the comment carries 2 wotn payloads; keep one (edit the comment)', url: expect.stringContaining('#issuecomment-') });
  });
});

describe('words', () => {
  it.each([
    [20_000, undefined],
    [20_001, '20001 words is over the cohort\'s cap of 20000 words a day'],
    [49, '49/50 words: a post needs at least 50 words to count'],
  ])('%i words → %s', (words, reason) => {
    const d = one(december, members(card('minh')), comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05', { words })))!;
    expect(d.reason).toBe(reason);
  });

  it('a cohort may set its own cap; 1e300 never reaches the ledger', () => {
    const m = members(card('minh'));
    expect(one({ ...december, maxWords: 5_000 }, m, comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05', { words: 5_001 })))!.reason).toMatch(/cap of 5000/);
    const forged = post('2026-12-05').replace('"words":300', '"words":1e300');
    expect(one(december, m, comment('minh', '2026-12-05T20:00:00+07:00', forged))!.reason).toBe('words 1e+300 is not a whole number');
  });
});

describe('edits', () => {
  function recorded() {
    const state = members(card('minh'));
    const first = comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05'));
    const r = ingest({ cohort: december, members: state, comments: [first] });
    apply(state, r.files);
    return { state, first };
  }
  const edit = (c: IngestComment, body: string, at: string) => ({ ...c, body, updated_at: new Date(at).toISOString().replace('.000Z', 'Z') });

  it('change the title, link and words of the day, keeping its time and source', () => {
    const { state, first } = recorded();
    const r = ingest({ cohort: december, members: state, comments: [edit(first, post('2026-12-05', { title: 'Fixed', words: 900, url: 'https://blog.dev/fixed' }), '2026-12-06T01:00:00+07:00')] });
    expect(r.decisions[0]).toMatchObject({ outcome: 'recorded', date: '2026-12-05' });
    expect((r.files[0]!.value as Progress).entries).toEqual([
      { date: '2026-12-05', title: 'Fixed', url: 'https://blog.dev/fixed', words: 900, publishedAt: '2026-12-05T20:00:00+07:00', comment: first.id },
    ]);
  });

  it.each([
    ['never move the day', post('2026-12-06'), '2026-12-06T01:00:00+07:00', 'an edit can\'t move a post to another day: this check-in is recorded for 2026-12-05'],
    ['count only while the day is open for recording', post('2026-12-05', { words: 5_000 }), '2026-12-06T06:00:00+07:00', '2026-12-05 closed for recording at 2026-12-06T06:00:00+07:00, before this edit; the entry recorded earlier stands'],
  ])('%s', (_, body, at, reason) => {
    const { state, first } = recorded();
    const before = JSON.stringify(state.get('minh'));
    const r = ingest({ cohort: december, members: state, comments: [edit(first, body, at)] });
    expect(r.decisions[0]).toMatchObject({ outcome: 'refused', reason });
    expect(r.files).toEqual([]);
    expect(JSON.stringify(state.get('minh'))).toBe(before);
  });

  it('a placeholder posted on day 5 and filled in on day 12 is not recorded (no backdating by edit)', () => {
    const state = members(card('minh'));
    const placeholder = comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05', { words: 99_999 }));
    expect(ingest({ cohort: december, members: state, comments: [placeholder] }).decisions[0]!.outcome).toBe('refused');
    const r = ingest({ cohort: december, members: state, comments: [edit(placeholder, post('2026-12-05'), '2026-12-12T20:00:00+07:00')] });
    expect(r.decisions[0]).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('nothing was recorded for it') });
  });

  it('a second check-in for the same day replaces the first; the older one can no longer change it', () => {
    const { state, first } = recorded();
    const second = comment('minh', '2026-12-05T22:00:00+07:00', post('2026-12-05', { title: 'Second', words: 700 }));
    const r = ingest({ cohort: december, members: state, comments: [second] });
    apply(state, r.files);
    expect((state.get('minh')!.progress!.entries)).toMatchObject([{ title: 'Second', words: 700, comment: second.id, publishedAt: '2026-12-05T22:00:00+07:00' }]);
    const late = ingest({ cohort: december, members: state, comments: [edit(first, post('2026-12-05', { words: 800 }), '2026-12-05T23:00:00+07:00')] });
    expect(late.decisions[0]).toMatchObject({ outcome: 'refused', reason: 'a newer check-in of yours is recorded for 2026-12-05; edit that one instead' });
  });

  it('an entry that came by git (no comment) is replaced by a check-in for that day, others are kept', () => {
    const state = new Map<string, MemberRecord>([['minh', { card: card('minh'), progress: { schema: 1, handle: 'minh', entries: [
      { date: '2026-12-02', title: 'old', words: 100, publishedAt: '2026-12-02T10:00:00+07:00' },
      { date: '2026-12-05', title: 'by git', words: 100, publishedAt: '2026-12-05T10:00:00+07:00' },
    ] } }]]);
    const c = comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05'));
    const r = ingest({ cohort: december, members: state, comments: [c] });
    expect((r.files[0]!.value as Progress).entries.map((e) => [e.date, e.title])).toEqual([['2026-12-02', 'old'], ['2026-12-05', 'Post 2026-12-05']]);
  });
});

describe('joining', () => {
  it('creates the member\'s card from the author and the server\'s time', () => {
    const c = comment('An-Tran', '2026-11-28T09:15:00Z', join('An Trần', { timezone: 'Europe/Berlin', blog: 'https://an.dev', nudge: true, handle: 'lan' }));
    const r = ingest({ cohort: december, members: new Map(), comments: [c] });
    expect(r.files).toEqual([{ path: 'members/an-tran.json', value: { schema: 1, handle: 'an-tran', name: 'An Trần', blog: 'https://an.dev/', timezone: 'Europe/Berlin', nudge: true, joinedAt: '2026-11-28T10:15:00+01:00' }, text: expect.stringContaining('"handle": "an-tran"') }]);
    expect(r.decisions[0]).toMatchObject({ kind: 'join', outcome: 'recorded', path: 'members/an-tran.json' });
  });

  it('a second join updates the card and keeps joinedAt; the same card again changes nothing', () => {
    const state = new Map<string, MemberRecord>();
    apply(state, ingest({ cohort: december, members: state, comments: [comment('an', '2026-11-28T09:15:00Z', join('An'))] }).files);
    const again = comment('an', '2026-12-03T09:15:00Z', join('An Trần', { intro: 'Hi' }));
    const r = ingest({ cohort: december, members: state, comments: [again] });
    expect(r.files[0]!.value).toEqual({ schema: 1, handle: 'an', name: 'An Trần', intro: 'Hi', joinedAt: '2026-11-28T16:15:00+07:00' });
    apply(state, r.files);
    expect(ingest({ cohort: december, members: state, comments: [{ ...again, id: again.id + 1 }] }).decisions[0]!.outcome).toBe('unchanged');
  });

  it.each([
    ['anyone, when joining is open', december, 'an', 'recorded'],
    ['the invited, when it is by invitation', { ...december, invitationOnly: true, invited: ['AN'] }, 'an', 'recorded'],
    ['a lead with a role, though not in the list', { ...december, invitationOnly: true, invited: [] }, 'lan', 'recorded'],
    ['nobody else', { ...december, invitationOnly: true, invited: ['minh'] }, 'an', 'refused'],
  ] satisfies [string, Cohort, string, string][])('lets %s join', (_, cohort, login, outcome) => {
    expect(one(cohort, new Map(), comment(login, '2026-11-28T09:15:00Z', join('X')))!.outcome).toBe(outcome);
  });

  it('join and entry in one run: the entry posted after joining is recorded', () => {
    const r = ingest({ cohort: december, members: new Map(), comments: [
      comment('an', '2026-12-05T20:01:00+07:00', post('2026-12-05')),
      comment('an', '2026-12-05T20:00:00+07:00', join('An')),
    ] });
    expect(r.decisions.map((d) => [d.kind, d.outcome])).toEqual([['join', 'recorded'], ['entry', 'recorded']]);
    expect(r.files.map((f) => f.path)).toEqual(['members/an.json', 'progress/an.json']);
  });
});

describe('idempotence, batching and the cursor', () => {
  // 200 members submitting within the same minute, some editing, a few refused.
  function rush() {
    const cards = Array.from({ length: 200 }, (_, i) => card(`w${i}`, i % 3 ? {} : { timezone: 'Europe/Berlin' }));
    const comments = cards.map((c, i) => comment(c.handle, `2026-12-05T12:00:${String(i % 60).padStart(2, '0')}Z`, post('2026-12-05', { words: 100 + i })));
    const edits = comments.slice(0, 20).map((c) => ({ ...c, body: post('2026-12-05', { words: 5_000 }), updated_at: '2026-12-05T12:05:00Z' }));
    const all = [...comments.slice(20), ...edits, comment('stranger', '2026-12-05T12:00:30Z', post('2026-12-05'))];
    return { cards, all };
  }
  /** GitHub's order for sort=updated&direction=asc. */
  const byUpdated = (list: IngestComment[]) => [...list].sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id - b.id);
  function tangled() {
    // A newcomer who posts right after joining, and a member who posts twice for a day, then edits the first.
    const first = comment('w1', '2026-12-05T12:01:00Z', post('2026-12-05', { title: 'first' }));
    return [
      comment('new', '2026-12-05T12:00:10Z', join('New')),
      comment('new', '2026-12-05T12:00:20Z', post('2026-12-05')),
      first,
      comment('w1', '2026-12-05T12:02:00Z', post('2026-12-05', { title: 'second' })),
      { ...first, body: post('2026-12-05', { title: 'first, edited' }), updated_at: '2026-12-05T12:03:00Z' },
    ];
  }

  it('200 members in the same minute: every entry recorded once, one file each', () => {
    const { cards, all } = rush();
    const r = ingest({ cohort: december, members: members(...cards), comments: all });
    expect(r.files).toHaveLength(200);
    expect(r.decisions.filter((d) => d.outcome === 'recorded')).toHaveLength(200);
    expect(r.decisions.filter((d) => d.outcome === 'refused').map((d) => d.login)).toEqual(['stranger']);
    expect(r.files.every((f) => (f.value as Progress).entries.length === 1)).toBe(true);
    expect((r.files.find((f) => f.path === 'progress/w0.json')!.value as Progress).entries[0]!.words).toBe(5_000);
  });

  it('feeding the same comments twice changes nothing, with or without the cursor', () => {
    const { cards, all } = rush();
    const state = members(...cards);
    const first = ingest({ cohort: december, members: state, comments: all });
    apply(state, first.files);
    const again = ingest({ cohort: december, members: state, comments: all });
    expect(again.files).toEqual([]);
    expect(again.decisions.filter((d) => d.outcome === 'recorded')).toEqual([]);
    const withCursor = ingest({ cohort: december, members: state, comments: all, cursor: first.cursor });
    expect(withCursor).toEqual({ files: [], decisions: [], cursor: first.cursor });
  });

  it.each([1, 7, 50])('the result does not depend on how the comments are split between runs (%i a run)', (size) => {
    const { cards, all } = rush();
    const tangle = tangled();
    // GitHub lists only a comment's latest version: the first w1 comment appears once, edited.
    const listed = byUpdated([...all, ...tangle.filter((c, i) => i !== 2)]);
    const together = members(...cards);
    const once = ingest({ cohort: december, members: together, comments: listed });
    apply(together, once.files);
    expect(together.get('new')!.progress!.entries).toHaveLength(1);
    expect(together.get('w1')!.progress!.entries[0]!.title).toBe('second');
    const apart = members(...cards);
    let cursor: IngestCursor | undefined;
    for (let i = 0; i < listed.length; i += size) {
      const r = ingest({ cohort: december, members: apart, comments: listed.slice(i, i + size), cursor });
      apply(apart, r.files);
      cursor = r.cursor;
    }
    expect(new Map([...apart].sort())).toEqual(new Map([...together].sort()));
    expect(cursor).toEqual(once.cursor);
  });

  it('the cursor is the newest updated_at, with the comments seen near it; an edit after it is read again', () => {
    const c1 = comment('minh', '2026-12-05T20:00:00+07:00', post('2026-12-05'));
    const c2 = comment('minh', '2026-12-05T20:06:00+07:00', 'thanks!');
    const c3 = comment('an', '2026-12-05T20:10:00+07:00', 'hello');
    const r = ingest({ cohort: december, members: members(card('minh')), comments: [c1, c2, c3] });
    // c1 is more than 5 minutes older than the newest: a later run no longer asks for it.
    expect(r.cursor).toEqual({ since: '2026-12-05T13:10:00Z', recent: { [c2.id]: '2026-12-05T13:06:00Z', [c3.id]: '2026-12-05T13:10:00Z' } });
    expect(cursorSince(r.cursor)).toBe('2026-12-05T13:05:00Z');
    expect(cursorSince(undefined)).toBeUndefined();
    const edited = { ...c2, body: post('2026-12-05', { words: 400 }), updated_at: '2026-12-05T13:12:00Z' };
    const next = ingest({ cohort: december, members: members(card('minh')), comments: [c3, edited], cursor: r.cursor });
    expect(next.decisions.map((d) => [d.comment, d.outcome])).toEqual([[c2.id, 'recorded']]);
    expect(next.cursor.since).toBe('2026-12-05T13:12:00Z');
  });

  it('a cursor file that is missing or damaged starts over', () => {
    expect(checkCursor(undefined)).toEqual({ since: null, recent: {} });
    expect(checkCursor({ since: 'soon', recent: {} })).toEqual({ since: null, recent: {} });
    expect(checkCursor({ since: '2026-12-05T13:10:00Z', recent: { 12: '2026-12-05T13:10:00Z', x: 1, '../y': 'z' } })).toEqual({ since: '2026-12-05T13:10:00Z', recent: { 12: '2026-12-05T13:10:00Z' } });
  });

  it('names the members whose files a run needs', () => {
    const at = '2026-12-05T12:00:00Z';
    expect(authorsOf([comment('Minh', at, ''), comment('minh', at, ''), comment('github-actions[bot]', at, ''), comment('an', at, '')])).toEqual(['an', 'minh']);
  });
});
