// Each role's powers at both doors: the pre-receive hook (a plain git push of the actor's
// own actions or feedback file) and ingest (a comment on a github: ledger). For every role
// and every action, the two must give the same answer, and it must be the table's.
import { describe, expect, it } from 'vitest';
import { ingest, type IngestComment, type MemberRecord } from '../../src/domain/ingest.js';
import type { Cohort, MemberCard } from '../../src/domain/ledger.js';
import type { PodsFile } from '../../src/domain/pods-file.js';
import { checkPush, type PathChange } from '../../src/domain/push-check.js';

const roles = { lan: 'lead', mod: 'moderator', men: 'mentor', bir: 'blogger-in-residence', ss: 'student-success' };
const rules: Cohort = { schema: 1, id: 'nov', name: 'Nov', start: '2026-11-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6, roles };
const NOW = Date.parse('2026-11-05T20:00:00+07:00');
const AT = '2026-11-05T12:00:00Z';
// men mentors minh's pod, not an's
const pods: PodsFile = { schema: 1, rounds: [{ period: 1, from: '2026-11-01', to: '2026-11-07', seed: 's', pods: [{ members: ['minh', 'binh'], mentor: 'men' }, { members: ['an', 'chi'] }] }] };

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const card = (handle: string): MemberCard => ({ schema: 1, handle, name: handle, joinedAt: '2026-10-30T10:00:00+07:00' });
const actions: Record<string, Record<string, unknown>> = {
  'hide minh\'s post': { kind: 'hide-entry', member: 'minh', date: '2026-11-04', reason: 'personal data' },
  'remove an\'s kudos to minh': { kind: 'remove-feedback', giver: 'an', to: 'minh', date: '2026-11-04', reason: 'unkind' },
  'pin minh\'s post': { kind: 'pin', member: 'minh', date: '2026-11-04' },
  'nudge minh (mentored)': { kind: 'nudge', member: 'minh', date: '2026-11-05' },
  'nudge an (not mentored)': { kind: 'nudge', member: 'an', date: '2026-11-05' },
};

/** The hook's answer to `actor` pushing an actions file with one action: refused or not. */
function hook(actor: string, action: Record<string, unknown>): string[] {
  const change: PathChange = { path: `actions/${actor}.json`, oldMode: '000000', newMode: '100644', newSize: 200, newText: json({ schema: 1, handle: actor, actions: [{ ...action, at: AT }] }) };
  return checkPush({ ref: 'refs/heads/main', branch: 'main', pusher: actor, rules, creation: false, deletion: false, fastForward: true, changes: [change], now: NOW, pods });
}

let id = 100;
const comment = (login: string, body: string): IngestComment => ({ id: ++id, user: { login }, created_at: AT, updated_at: AT, body });
const payload = (v: object) => `<!-- wotn:v1 ${JSON.stringify(v)} -->`;

function ingestOne(login: string, body: string, members: Map<string, MemberRecord>) {
  return ingest({ cohort: rules, members, comments: [comment(login, body)], pods }).decisions[0]!;
}

const everyone = () => new Map<string, MemberRecord>(['lan', 'mod', 'men', 'bir', 'ss', 'minh', 'an'].map((h) => [h, { card: card(h) }]));

describe('a role\'s powers, the same at the hook and at ingest', () => {
  // lead, moderator, mentor, blogger-in-residence, student-success, member
  const table: [string, boolean[]][] = [
    ['hide minh\'s post', [true, true, false, false, false, false]],
    ['remove an\'s kudos to minh', [true, true, false, false, false, false]],
    ['pin minh\'s post', [true, false, false, true, false, false]],
    ['nudge minh (mentored)', [true, false, true, false, true, false]],
    ['nudge an (not mentored)', [true, false, false, false, true, false]],
  ];
  it.each(table)('%s', (what, expected) => {
    const action = actions[what]!;
    const actors = ['lan', 'mod', 'men', 'bir', 'ss', 'an'];
    const atHook = actors.map((a) => hook(a, action).length === 0);
    const atIngest = actors.map((a) => ingestOne(a, payload({ kind: 'action', action }), everyone()).outcome === 'recorded');
    expect(atHook).toEqual(expected);
    expect(atIngest).toEqual(expected);
  });

  it('the two doors give the same reasons', () => {
    const action = actions['pin minh\'s post']!;
    expect(hook('mod', action)).toEqual(['actions/mod.json: actions[0]: mod may not pin posts: only bloggers-in-residence and leads may']);
    expect(ingestOne('mod', payload({ kind: 'action', action }), everyone()).reason).toBe('mod may not pin posts: only bloggers-in-residence and leads may');
    expect(hook('an', actions['hide minh\'s post']!)[0]).toContain('an has no role that acts (member)');
    expect(ingestOne('an', payload({ kind: 'action', action: actions['hide minh\'s post']! }), everyone()).reason).toBe('an may not hide entries: only moderators and leads may');
  });

  it('an action can\'t be dated by its comment: `at` is GitHub\'s created_at', () => {
    const d = ingest({ cohort: rules, members: everyone(), comments: [comment('mod', payload({ kind: 'action', action: { ...actions['hide minh\'s post']!, at: '2026-11-01T00:00:00Z' } }))] });
    expect((d.files[0]!.value as any).actions[0].at).toBe(AT);
  });
});

describe('kudos at both doors', () => {
  const members = () => {
    const m = everyone();
    m.set('minh', { card: card('minh'), progress: { schema: 1, handle: 'minh', entries: [{ date: '2026-11-04', title: 'Four', words: 300, publishedAt: '2026-11-04T20:00:00+07:00', comment: 1 }] } });
    return m;
  };
  const feedbackPush = (pusher: string, file: string, kudos: unknown[]) =>
    checkPush({ ref: 'refs/heads/main', branch: 'main', pusher, rules, creation: false, deletion: false, fastForward: true, now: NOW,
      changes: [{ path: `feedback/${file}.json`, oldMode: '000000', newMode: '100644', newSize: 100, newText: json({ schema: 1, handle: file, kudos }) }] });

  it.each([
    ['a kudos to another member\'s post', 'an', 'an', { to: 'minh', date: '2026-11-04', givenAt: AT }, []],
    ['a kudos to yourself', 'minh', 'minh', { to: 'MINH', date: '2026-11-04', givenAt: AT }, ['feedback/minh.json: kudos[0]: kudos to yourself are not counted: thank someone else']],
    ['a kudos written into another\'s file', 'minh', 'an', { to: 'minh', date: '2026-11-04', givenAt: AT }, ['feedback/an.json: minh may not change an\'s feedback']],
    ['a kudos dated before its day began anywhere', 'an', 'an', { to: 'minh', date: '2026-11-07', givenAt: AT }, ['feedback/an.json: kudos[0]: 2026-11-07 had not begun anywhere when this was given (2026-11-05T12:00:00Z)']],
    ['a kudos from the future', 'an', 'an', { to: 'minh', date: '2026-11-04', givenAt: '2026-11-06T00:00:00Z' }, ['feedback/an.json: kudos[0]: givenAt: 2026-11-06T00:00:00Z is in the future']],
  ])('the hook on %s', (_, pusher, file, kudos, expected) => {
    expect(feedbackPush(pusher, file, [kudos])).toEqual(expected);
  });

  it.each([
    ['a kudos to another member\'s post', 'an', { to: 'minh', date: '2026-11-04' }, undefined],
    ['a kudos to yourself', 'minh', { to: 'Minh', date: '2026-11-04' }, 'kudos to yourself are not counted: thank someone else'],
    ['a kudos for a day with no post', 'an', { to: 'minh', date: '2026-11-03' }, 'minh has no post of 2026-11-03 in the ledger to thank'],
    ['a kudos from someone who never joined', 'eve', { to: 'minh', date: '2026-11-04' }, 'eve has not joined this cohort: kudos count for members (run wotn cohort join)'],
  ])('ingest on %s', (_, login, kudos, reason) => {
    const d = ingestOne(login, payload({ kind: 'kudos', ...kudos }), members());
    expect(d.outcome).toBe(reason ? 'refused' : 'recorded');
    if (reason) expect(d.reason).toBe(reason);
  });

  it('a removed member\'s kudos, and kudos to them, are refused from the removal on', () => {
    const removedRules = { ...rules, removed: { minh: { at: '2026-11-05T10:00:00Z', reason: 'spam' } } } as Cohort;
    const d = ingest({ cohort: removedRules, members: members(), comments: [comment('an', payload({ kind: 'kudos', to: 'minh', date: '2026-11-04' })), comment('minh', payload({ kind: 'kudos', to: 'an', date: '2026-11-04' }))] });
    expect(d.decisions.map((x) => x.reason)).toEqual([
      'minh was removed from this cohort by a lead; nothing more is recorded for them',
      'minh was removed from this cohort by a lead; nothing more is recorded for them',
    ]);
    expect(d.files).toEqual([]);
  });
});
