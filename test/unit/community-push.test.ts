import { describe, expect, it } from 'vitest';
import { communityFileProblems, type CommunityPushContext } from '../../src/domain/community-push.js';
import { recordKudos } from '../../src/domain/feedback.js';
import { roleOf, type Cohort } from '../../src/domain/ledger.js';
import { menteesOf } from '../../src/domain/pods-file.js';
import type { PathChange } from '../../src/domain/push-check.js';
import { checkAction } from '../../src/domain/role-actions.js';
import { checkChangedPaths } from '../../src/domain/roles.js';
import { inEnglish } from '../helpers/said.js';

const rules: Cohort = {
  schema: 1, id: 'dec', name: 'Dec', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6,
  roles: { lan: 'lead', mod: 'moderator', thu: 'mentor', bir: 'blogger-in-residence', ss: 'student-success' },
};
const NOW = Date.parse('2026-12-10T20:00:00+07:00');
const AT = '2026-12-10T19:00:00+07:00';
const pods = { schema: 1 as const, rounds: [{ period: 2, from: '2026-12-08', to: '2026-12-14', seed: 's', pods: [{ members: ['minh', 'an'], mentor: 'thu' }, { members: ['binh', 'chi'] }] }] };
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const add = (path: string, value: unknown): PathChange => ({ path, oldMode: '000000', newMode: '100644', newText: typeof value === 'string' ? value : json(value) });
const modify = (path: string, before: unknown, after: unknown): PathChange => ({ path, oldMode: '100644', newMode: '100644', oldText: json(before), newText: json(after) });

/** As the hook would: who may write each path, then what each file holds. */
function hook(pusher: string, changes: PathChange[]): string[] {
  const ctx: CommunityPushContext = { rules, pusher, now: NOW, pods, today: () => '2026-12-10' };
  const owned = checkChangedPaths([{ sha: '', paths: changes.map((c) => c.path) }], pusher, rules).map((v) => `${v.path}: ${v.reason}`);
  return [...owned, ...changes.flatMap((c) => communityFileProblems(c, ctx).map((s) => s.text))];
}

const feedback = (handle: string, kudos: unknown[]) => ({ schema: 1, handle, kudos });
const kudos = (to: string, over = {}) => ({ to, date: '2026-12-10', givenAt: AT, ...over });
const actions = (handle: string, list: unknown[]) => ({ schema: 1, handle, actions: list });
const hide = { kind: 'hide-entry', member: 'minh', date: '2026-12-09', reason: 'a phone number', at: AT };
const card = (handle: string, over = {}) => ({ schema: 1, handle, name: handle, joinedAt: '2026-11-20T10:00:00+07:00', ...over });

describe('the hook on the new files, role by role', () => {
  it.each([
    ['a member thanks someone', 'minh', [add('feedback/minh.json', feedback('minh', [kudos('lan')]))], []],
    ['a member gives themselves kudos', 'minh', [add('feedback/minh.json', feedback('minh', [kudos('minh')]))], ['feedback/minh.json: kudos[0]: kudos to yourself are not counted: thank someone else']],
    ['a member writes another\'s feedback file', 'minh', [add('feedback/an.json', feedback('an', [kudos('minh')]))], ['feedback/an.json: minh may not change an\'s feedback']],
    ['a member\'s file claiming to be another\'s', 'minh', [add('feedback/minh.json', feedback('an', []))], ['feedback/minh.json: handle "an" does not match the file name']],
    ['two kudos for one post', 'minh', [add('feedback/minh.json', feedback('minh', [kudos('lan'), kudos('LAN', { note: 'again' })]))], ['feedback/minh.json: kudos[1]: one kudos per post: LAN\'s post of 2026-12-10 is thanked already']],
    ['a moderator hides an entry', 'mod', [add('actions/mod.json', actions('mod', [hide]))], []],
    ['a moderator edits someone\'s progress instead', 'mod', [add('progress/minh.json', '{}')], ['progress/minh.json: mod may not change minh\'s progress']],
    ['a member hides an entry', 'minh', [add('actions/minh.json', actions('minh', [hide]))], [
      'actions/minh.json: minh has no role that acts (member); only moderators, mentors, bloggers-in-residence, student-success leads and leads keep an actions file',
      'actions/minh.json: actions[0]: minh may not hide entries: only moderators and leads may',
    ]],
    ['a mentor nudges their pod', 'thu', [add('actions/thu.json', actions('thu', [{ kind: 'nudge', member: 'an', date: '2026-12-10', at: AT }]))], []],
    ['a mentor nudges outside their pods', 'thu', [add('actions/thu.json', actions('thu', [{ kind: 'nudge', member: 'binh', date: '2026-12-10', at: AT }]))], ['actions/thu.json: actions[0]: binh is not in a pod thu mentors on 2026-12-10']],
    ['student-success nudges anyone', 'ss', [add('actions/ss.json', actions('ss', [{ kind: 'nudge', member: 'binh', date: '2026-12-10', at: AT }]))], []],
    ['a blogger-in-residence pins a post', 'bir', [add('actions/bir.json', actions('bir', [{ kind: 'pin', member: 'minh', date: '2026-12-10', at: AT }]))], []],
    ['a blogger-in-residence removes feedback', 'bir', [add('actions/bir.json', actions('bir', [{ kind: 'remove-feedback', giver: 'an', to: 'minh', date: '2026-12-09', reason: 'x', at: AT }]))], ['actions/bir.json: actions[0]: bir may not remove feedback: only moderators and leads may']],
    ['a mentor assigns pods', 'thu', [modify('pods.json', pods, { ...pods, rounds: [] })], ['pods.json: thu may not change the pods; only a lead assigns them']],
    ['a lead assigns pods', 'lan', [modify('pods.json', pods, { ...pods, rounds: [...pods.rounds, { period: 3, from: '2026-12-15', to: '2026-12-21', seed: 's', pods: [{ members: ['minh', 'binh'] }] }] })], []],
    ['a lead writes broken pods', 'lan', [modify('pods.json', pods, { schema: 1, rounds: [{ ...pods.rounds[0], pods: [{ members: ['minh', 'minh'] }] }] })], ['pods.json: rounds[0]: pods[0]: minh is listed twice in this round']],
    ['a lead sets a role that does not exist', 'lan', [modify('wotn-cohort.json', rules, { ...rules, roles: { ...rules.roles, an: 'moderater' } })], ['wotn-cohort.json: roles.an: "moderater" is not a role (lead, moderator, mentor, blogger-in-residence, student-success)']],
    ['a lead sets a shared goal', 'lan', [modify('wotn-cohort.json', rules, { ...rules, goalWords: 600000, awards: [10, 20, 30] })], []],
    ['a member plans a vacation', 'minh', [modify('members/minh.json', card('minh'), card('minh', { vacations: [{ from: '2026-12-10', to: '2026-12-12' }] }))], []],
    ['a member backdates a vacation over missed days', 'minh', [modify('members/minh.json', card('minh'), card('minh', { vacations: [{ from: '2026-12-07', to: '2026-12-09' }] }))], ['members/minh.json: a vacation can\'t begin in the past: 2026-12-07 is before today (2026-12-10)']],
    ['a lead repairs a member\'s vacation', 'lan', [modify('members/minh.json', card('minh'), card('minh', { vacations: [{ from: '2026-12-07', to: '2026-12-09' }] }))], []],
    ['a member leaves', 'minh', [modify('members/minh.json', card('minh'), card('minh', { leftAt: AT }))], []],
    ['a card with a nudge that is not a boolean', 'minh', [modify('members/minh.json', card('minh'), card('minh', { nudge: 'please' }))], ['members/minh.json: nudge: must be true or false']],
    ['deleting one\'s own feedback', 'minh', [{ path: 'feedback/minh.json', oldMode: '100644', newMode: '000000' }], []],
  ])('%s', (_, pusher, changes, expected) => expect(hook(pusher, changes)).toEqual(expected));

  it('a removed member records nothing more; a lead still repairs their files', () => {
    const withRemoval = { ...rules, removed: { spam: { at: '2026-12-09T00:00:00Z', reason: 'spam' } } } as Cohort;
    const ctx = (pusher: string): CommunityPushContext => ({ rules: withRemoval, pusher, now: NOW, pods, today: () => '2026-12-10' });
    const change = add('progress/spam.json', '{}');
    expect(communityFileProblems(change, ctx('spam')).map((s) => s.text)).toEqual(['progress/spam.json: spam was removed from this cohort by a lead; nothing more is recorded for them']);
    expect(communityFileProblems(change, ctx('lan'))).toEqual([]);
  });
});

describe('the same powers through ingest (GitHub) as through the hook (plain git)', () => {
  const acts = [
    hide,
    { kind: 'remove-feedback', giver: 'an', to: 'minh', date: '2026-12-09', reason: 'unkind', at: AT },
    { kind: 'pin', member: 'minh', date: '2026-12-10', at: AT },
    { kind: 'nudge', member: 'an', date: '2026-12-10', at: AT },
    { kind: 'nudge', member: 'binh', date: '2026-12-10', at: AT },
  ];
  it.each(['lan', 'mod', 'thu', 'bir', 'ss', 'minh'])('%s', (actor) => {
    for (const a of acts) {
      const viaIngest = checkAction(a, actor, { start: rules.start, days: rules.days, role: roleOf(rules, actor), now: NOW, menteesOn: (d) => menteesOf(pods, actor, d) }).ok;
      const viaHook = hook(actor, [add(`actions/${actor}.json`, actions(actor, [a]))]).length === 0;
      expect([a.kind, viaIngest], JSON.stringify(a)).toEqual([a.kind, viaHook]);
    }
  });

  it('a reaction to one\'s own check-in records no kudos', () => {
    expect(inEnglish(recordKudos(undefined, 'minh', kudos('Minh'), { start: rules.start, days: rules.days, now: NOW }))).toEqual({ outcome: 'refused', problem: 'kudos to yourself are not counted: thank someone else' });
  });
});
