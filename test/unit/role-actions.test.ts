import { describe, expect, it } from 'vitest';
import { kudosKey } from '../../src/domain/feedback.js';
import { applyActions, entryKey, shownEntry } from '../../src/domain/moderation.js';
import { actionsPushProblems, checkAction, checkActions, MAX_ACTIONS, type ActionRules, type ActionsFile } from '../../src/domain/role-actions.js';
import { inEnglish } from '../helpers/said.js';

const w = { start: '2026-12-01', days: 30 };
const AT = '2026-12-05T10:00:00+07:00';
const hide = (over = {}) => ({ kind: 'hide-entry', member: 'minh', date: '2026-12-05', reason: 'personal details', at: AT, ...over });
const remove = (over = {}) => ({ kind: 'remove-feedback', giver: 'an', to: 'minh', date: '2026-12-04', reason: 'unkind', at: AT, ...over });
const pin = (over = {}) => ({ kind: 'pin', member: 'minh', date: '2026-12-05', at: AT, ...over });
const nudge = (over = {}) => ({ kind: 'nudge', member: 'minh', date: '2026-12-05', at: AT, ...over });
const as = (role: string | undefined, over: Partial<ActionRules> = {}): ActionRules => ({ ...w, role, ...over });
const mentees = () => new Set(['minh', 'lan']);

describe('checkAction: each role may do its own things only', () => {
  it.each([
    ['a moderator hides an entry', 'moderator', hide(), true],
    ['a lead hides an entry', 'lead', hide(), true],
    ['a mentor can not hide', 'mentor', hide(), 'thu may not hide entries: only moderators and leads may'],
    ['a member can not hide', undefined, hide(), 'thu may not hide entries: only moderators and leads may'],
    ['a moderator removes feedback', 'moderator', remove(), true],
    ['a blogger-in-residence can not remove feedback', 'blogger-in-residence', remove(), 'thu may not remove feedback: only moderators and leads may'],
    ['a blogger-in-residence pins a post', 'blogger-in-residence', pin(), true],
    ['a moderator can not pin', 'moderator', pin(), 'thu may not pin posts: only bloggers-in-residence and leads may'],
    ['student-success nudges anyone', 'student-success', nudge({ member: 'binh' }), true],
    ['a mentor nudges a member of a pod they mentor', 'mentor', nudge(), true],
    ['a mentor can not nudge outside their pods', 'mentor', nudge({ member: 'binh' }), 'binh is not in a pod thu mentors on 2026-12-05'],
    ['a moderator can not nudge', 'moderator', nudge(), 'thu may not nudge: only mentors, student-success and leads may'],
    ['an unknown role can do nothing', 'wizard', hide(), 'thu may not hide entries: only moderators and leads may'],
  ])('%s', (_, role, action, expected) => {
    const r = checkAction(action, 'thu', as(role, { menteesOn: mentees }));
    expect(r.ok ? true : r.problem).toEqual(expected);
  });

  it.each([
    ['not an object', 'hide', 'is not an object'],
    ['an unknown kind', hide({ kind: 'delete-member' }), 'kind: "delete-member" is not an action (hide-entry, remove-feedback, pin, nudge)'],
    ['a prototype key for a kind', hide({ kind: '__proto__' }), 'kind: "__proto__" is not an action (hide-entry, remove-feedback, pin, nudge)'],
    ['no reason for hiding', hide({ reason: undefined }), 'reason: must be text; hiding needs one'],
    ['an empty reason', hide({ reason: ' \u202e ' }), 'reason: is empty; hiding needs one'],
    ['a reason too long', hide({ reason: 'x'.repeat(281) }), 'reason: is 281 characters, more than 280; hiding needs one'],
    ['no reason for removing', remove({ reason: 7 }), 'reason: must be text; removing needs one'],
    ['a path as a member', hide({ member: '../minh' }), 'member: "../minh" is not a handle'],
    ['a removal without its kudos', remove({ giver: undefined }), 'giver and to: must be handles'],
    ['a date outside the challenge', hide({ date: '2027-01-01' }), 'date: 2027-01-01 is outside the challenge (2026-12-01 to 2026-12-30)'],
    ['no time', hide({ at: 'now' }), 'at: "now" is not a time'],
    ['about a day that had not begun', hide({ date: '2026-12-09' }), '2026-12-09 had not begun anywhere at 2026-12-05T10:00:00+07:00'],
    ['pinning one\'s own post', pin({ member: 'THU' }), 'pin another member\'s post, not your own'],
    ['nudging oneself', nudge({ member: 'thu' }), 'a nudge is for someone else'],
    ['a nudge with a note too long', nudge({ note: 'ạ'.repeat(281) }), 'note: is 281 characters, more than 280'],
  ])('refuses %s', (_, action, problem) => {
    expect(inEnglish(checkAction(action, 'thu', as('lead')))).toEqual({ ok: false, problem });
  });

  it('cleans reasons and notes, and keeps no unknown field', () => {
    expect(checkAction(hide({ reason: 'lộ\u202e số điện thoại\n', by: 'lan' }), 'thu', as('moderator'))).toEqual({ ok: true, action: { kind: 'hide-entry', member: 'minh', date: '2026-12-05', at: AT, reason: 'lộ số điện thoại' } });
    expect(checkAction(nudge({ note: '  viết đi bạn ơi ' }), 'thu', as('lead'))).toEqual({ ok: true, action: { kind: 'nudge', member: 'minh', date: '2026-12-05', at: AT, note: 'viết đi bạn ơi' } });
  });

  it('nothing after the checker\'s clock', () => {
    const now = Date.parse('2026-12-05T02:00:00Z');
    expect(inEnglish(checkAction(hide(), 'thu', as('moderator', { now })))).toEqual({ ok: false, problem: 'at: 2026-12-05T10:00:00+07:00 is in the future' });
  });
});

describe('checkActions: a file', () => {
  const file = (actions: unknown[], handle = 'thu') => ({ schema: 1, handle, actions });
  it.each([
    ['someone else\'s', file([], 'lan'), 'handle "lan" does not match the file name'],
    ['no list', { schema: 1, handle: 'thu', actions: 'x' }, 'actions: must be a list'],
    ['too many', file(Array(MAX_ACTIONS + 1).fill(0)), `actions: ${MAX_ACTIONS + 1} is more than a file may hold (${MAX_ACTIONS})`],
  ])('refused whole: %s', (_, value, problem) => expect(inEnglish(checkActions(value, 'thu', as('lead')))).toEqual({ ok: false, problem }));

  it('one action per target and day: a second is named, the first kept', () => {
    const r = checkActions(file([hide(), hide({ reason: 'again' }), remove(), remove({ to: 'MINH' }), pin()]), 'thu', as('lead'));
    expect(r.ok && r.value.actions.map((a) => a.kind)).toEqual(['hide-entry', 'remove-feedback', 'pin']);
    expect(inEnglish(r.ok && r.problems)).toEqual([
      { index: 1, problem: 'a second hide-entry for the same member and day', always: true },
      { index: 3, problem: 'a second remove-feedback for the same kudos', always: true },
    ]);
  });
});

describe('actionsPushProblems: the hook', () => {
  const json = (actions: unknown[], handle = 'thu') => JSON.stringify({ schema: 1, handle, actions });
  it.each([
    ['a moderator adds a hide', 'moderator', json([hide()]), []],
    ['a member keeps an actions file', undefined, json([hide()]), ['actions/thu.json: actions[0]: thu may not hide entries: only moderators and leads may']],
    ['a mentor nudges outside their pods', 'mentor', json([nudge({ member: 'binh' })]), ['actions/thu.json: actions[0]: binh is not in a pod thu mentors on 2026-12-05']],
    ['in someone else\'s name', 'moderator', json([], 'lan'), ['actions/thu.json: handle "lan" does not match the file name']],
    ['not JSON', 'moderator', '[', ['actions/thu.json: is not valid JSON']],
  ])('%s', (_, role, text, expected) => {
    expect(actionsPushProblems('actions/thu.json', 'thu', undefined, text, as(role, { menteesOn: mentees })).map((s) => s.text)).toEqual(expected);
  });

  it('an action the ledger held is not judged again when the role has gone', () => {
    expect(actionsPushProblems('actions/thu.json', 'thu', json([hide()]), json([hide(), pin()]), as('moderator')).map((s) => s.text)).toEqual([
      'actions/thu.json: actions[1]: thu may not pin posts: only bloggers-in-residence and leads may',
    ]);
  });
});

describe('applyActions: what pages and counts show', () => {
  const f = (handle: string, actions: unknown[]): ActionsFile => ({ schema: 1, handle, actions: actions as ActionsFile['actions'] });
  const files = [
    f('mod', [hide(), remove()]),
    f('bir', [pin({ at: '2026-12-05T09:00:00+07:00' })]),
    f('bir2', [pin({ member: 'lan', at: '2026-12-05T11:00:00+07:00' })]),
    f('men', [nudge()]),
    f('exmod', [hide({ member: 'lan' })]),
  ];
  const roles = { mod: 'moderator', bir: 'blogger-in-residence', bir2: 'blogger-in-residence', men: 'mentor' };
  const m = applyActions(files, { roles });

  it('hides and removes with the moderator\'s reason', () => {
    expect([...m.hidden]).toEqual([[entryKey('minh', '2026-12-05'), { by: 'mod', reason: 'personal details', at: AT }]]);
    expect([...m.removedKudos.keys()]).toEqual([kudosKey('an', { to: 'minh', date: '2026-12-04' })]);
  });

  it('the latest pin of a day is the post of the day', () => expect(m.pins.get('2026-12-05')).toEqual({ member: 'lan', by: 'bir2', at: '2026-12-05T11:00:00+07:00' }));
  it('nudges in time order', () => expect(m.nudges).toEqual([{ by: 'men', member: 'minh', date: '2026-12-05', at: AT }]));
  it('an actor whose role was taken away no longer hides anything', () => expect(m.hidden.has(entryKey('lan', '2026-12-05'))).toBe(false));
  it('nothing to apply: nothing changes', () => expect(applyActions([], { roles: {} })).toEqual({ hidden: new Map(), removedKudos: new Map(), pins: new Map(), nudges: [] }));

  it('shownEntry keeps the day and words of a hidden entry, drops its title and link, says why', () => {
    const entry = { date: '2026-12-05', title: 'Số điện thoại của tôi', url: 'https://x.example/p', words: 400 };
    expect(shownEntry('MINH', entry, m)).toEqual({ date: '2026-12-05', title: '', words: 400, hidden: { by: 'mod', reason: 'personal details', at: AT } });
    expect(shownEntry('lan', entry, m)).toBe(entry);
  });
});
