import { describe, expect, it } from 'vitest';
import { checkPush, pusherFrom, type PathChange, type PushCheckInput } from '../../src/domain/push-check.js';
import type { Cohort, MemberCard, ProgressEntry } from '../../src/domain/ledger.js';

const rules: Cohort = { schema: 1, id: 'dec', name: 'Dec', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 0, graceHours: 6, roles: { lan: 'lead' } };
const NOW = Date.parse('2026-12-05T20:00:00+07:00');

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const entry = (date: string, over: Partial<ProgressEntry> | Record<string, unknown> = {}) => ({ date, title: `Post ${date}`, words: 300, publishedAt: `${date}T19:00:00+07:00`, ...over });
const progress = (handle: string, entries: unknown[]) => json({ schema: 1, handle, entries });
const card = (handle: string, over: Partial<MemberCard> = {}) => json({ schema: 1, handle, name: handle, joinedAt: '2026-11-20T10:00:00+07:00', ...over });
const add = (path: string, newText?: string, over: Partial<PathChange> = {}): PathChange => ({ path, oldMode: '000000', newMode: '100644', newSize: newText?.length ?? 10, ...(newText !== undefined ? { newText } : {}), ...over });
const modify = (path: string, oldText: string, newText: string): PathChange => ({ path, oldMode: '100644', newMode: '100644', oldText, newText, newSize: newText.length });

const push = (pusher: string | undefined, changes: PathChange[], over: Partial<PushCheckInput> = {}) =>
  checkPush({ ref: 'refs/heads/main', branch: 'main', pusher, rules, creation: false, deletion: false, fastForward: true, changes, now: NOW, ...over });

describe('who may change what', () => {
  it.each([
    ['a member\'s own card and progress', 'minh', [add('members/minh.json', card('minh')), add('progress/minh.json', progress('minh', [entry('2026-12-05')]))], []],
    ['another member\'s progress', 'minh', [add('progress/lan.json', progress('lan', [entry('2026-12-05')]))], ['progress/lan.json: minh may not change lan\'s progress']],
    ['a card under someone else\'s handle (joining as them)', 'an', [modify('members/minh.json', card('minh'), card('minh', { name: 'pwned' }))], ['members/minh.json: an may not change minh\'s card']],
    ['a card claiming another handle in one\'s own file', 'an', [add('members/an.json', card('minh'))], ['members/an.json: handle "minh" does not match the file name']],
    ['the workflow', 'minh', [add('.github/workflows/wotn.yml', 'on: push')], ['.github/workflows/wotn.yml: minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json']],
    ['the site, README and .gitattributes', 'minh', [add('site/index.html', 'x'), add('README.md', 'x'), add('.gitattributes', '* merge=ours')], [
      'site/index.html: minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json',
      'README.md: minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json',
      '.gitattributes: minh is not a lead and may change only members/minh.json, progress/minh.json and feedback/minh.json',
    ]],
    ['a self-promotion to lead', 'minh', [modify('wotn-cohort.json', json(rules), json({ ...rules, roles: { ...rules.roles, minh: 'lead' } }))], ['wotn-cohort.json: minh may not change the cohort\'s roles (this push would make minh lead); only a lead may']],
    ['another change to the rules', 'minh', [modify('wotn-cohort.json', json(rules), json({ ...rules, graceHours: 48 }))], ['wotn-cohort.json: minh may not change the cohort\'s rules or roles; only a lead may']],
    ['a lead changes anything', 'lan', [add('progress/minh.json', progress('minh', [entry('2026-12-05')])), modify('wotn-cohort.json', json(rules), json({ ...rules, roles: { lan: 'lead', minh: 'mentor' } })), add('README.md', '# hi')], []],
    ['deleting one\'s own progress', 'minh', [{ path: 'progress/minh.json', oldMode: '100644', newMode: '000000' }], []],
  ] as const)('%s', (_, pusher, changes, expected) => expect(push(pusher, [...changes])).toEqual(expected));

  it('roles are the old tip\'s: a push that makes its pusher lead is still checked as a member\'s', () => {
    const promoted = json({ ...rules, roles: { lan: 'lead', minh: 'lead' } });
    expect(push('minh', [modify('wotn-cohort.json', json(rules), promoted), add('progress/lan.json', progress('lan', []))])).toHaveLength(2);
  });
});

describe('files', () => {
  it.each([
    ['120000', 'a symbolic link'],
    ['160000', 'a submodule'],
    ['100755', 'an executable file'],
    ['100664', 'mode 100664'],
  ])('a %s at the member\'s own path is refused: %s', (mode, name) => {
    expect(push('minh', [add('progress/minh.json', undefined, { newMode: mode })])).toEqual([`progress/minh.json: ${name} is refused; a ledger holds only regular files`]);
    expect(push('lan', [add('site/progress.json', undefined, { newMode: mode })])).toEqual([`site/progress.json: ${name} is refused; a ledger holds only regular files`]);
  });

  it.each([
    ['too large', add('progress/minh.json', undefined, { newSize: 2_000_000 }), 'progress/minh.json: 2000000 bytes is more than a ledger file may hold (1048576)'],
    ['not JSON', add('progress/minh.json', '{"schema":1,'), 'progress/minh.json: is not valid JSON'],
    ['a progress file of another handle', add('progress/minh.json', progress('lan', [])), 'progress/minh.json: handle "lan" does not match the file name'],
  ])('a file that is %s is refused', (_, change, line) => expect(push('minh', [change])).toEqual([line]));

  it('a lead may change the rules only into valid rules, and never delete them', () => {
    expect(push('lan', [modify('wotn-cohort.json', json(rules), json({ ...rules, days: 0 }))])).toEqual(['wotn-cohort.json: days: 0 is not a whole number above 0']);
    expect(push('lan', [{ path: 'wotn-cohort.json', oldMode: '100644', newMode: '000000' }])).toEqual(['wotn-cohort.json: the cohort\'s rules can\'t be deleted']);
  });
});

describe('history', () => {
  it.each([
    ['a force push that rewinds or rewrites', { fastForward: false }, 'minh', ['refs/heads/main: not a fast-forward; the ledger\'s history is never rewound or rewritten (fetch, rebase, push again)']],
    ['…even by a lead', { fastForward: false }, 'lan', ['refs/heads/main: not a fast-forward; the ledger\'s history is never rewound or rewritten (fetch, rebase, push again)']],
    ['deleting the branch', { deletion: true }, 'lan', ['refs/heads/main: deleting the ledger\'s branch is refused']],
    ['deleting a draft branch, by a lead', { ref: 'refs/heads/draft', deletion: true }, 'lan', []],
    ['another branch, before the ledger exists', { ref: 'refs/heads/evil', rules: undefined, creation: true }, 'lan', ['refs/heads/evil: only leads may push anything but refs/heads/main']],
    ['another branch by a member', { ref: 'refs/heads/evil' }, 'minh', ['refs/heads/evil: only leads may push anything but refs/heads/main']],
    ['a tag by a member', { ref: 'refs/tags/v1' }, 'minh', ['refs/tags/v1: only leads may push anything but refs/heads/main']],
    ['another branch by a lead', { ref: 'refs/heads/draft' }, 'lan', []],
    ['no pusher', {}, undefined, ['refs/heads/main: cannot tell who is pushing (no name); the server must set WOTN_PUSHER']],
    ['a pusher that is not a handle', {}, 'git user', ['refs/heads/main: cannot tell who is pushing ("git user" is not a handle); the server must set WOTN_PUSHER']],
  ] as const)('%s', (_, over, pusher, expected) => expect(push(pusher, [], over)).toEqual(expected));

  it('the first push creates the ledger and its creator must be its lead', () => {
    const scaffold = [add('wotn-cohort.json', json(rules)), add('members/.gitkeep', '')];
    expect(push('lan', scaffold, { creation: true, rules: undefined, fastForward: false })).toEqual([]);
    expect(push('minh', scaffold, { creation: true, rules: undefined })).toEqual(['refs/heads/main: minh creates this ledger, so wotn-cohort.json must make minh a lead']);
    expect(push('lan', [add('README.md', 'x')], { creation: true, rules: undefined })).toEqual(['refs/heads/main: a new ledger needs a valid wotn-cohort.json (it is missing)']);
    expect(push('minh', [add('progress/minh.json', progress('minh', []))], { rules: undefined })).toEqual(['refs/heads/main: the ledger has no valid wotn-cohort.json to check this push against; a lead must repair it on the server']);
  });
});

describe('entries', () => {
  const own = (entries: unknown[], over: Partial<PushCheckInput> = {}, pusher = 'minh') => push(pusher, [add('progress/minh.json', progress('minh', entries))], over);

  it.each([
    ['today\'s post', [entry('2026-12-05')], []],
    ['yesterday\'s, published within grace', [entry('2026-12-04', { publishedAt: '2026-12-05T05:00:00+07:00' })], []],
    ['30 days × 100,000 words on day 5', Array.from({ length: 30 }, (_, i) => entry(`2026-12-${String(i + 1).padStart(2, '0')}`, { words: 100_000 })), [
      ...['01', '02', '03', '04', '05'].map((d) => `progress/minh.json: 2026-12-${d}: 100000 words is over the cohort's cap of 20000 words a day`),
      ...Array.from({ length: 25 }, (_, i) => `progress/minh.json: 2026-12-${String(i + 6).padStart(2, '0')} has not begun yet (today is 2026-12-05 in Asia/Ho_Chi_Minh)`),
    ]],
    ['1e300 words', [entry('2026-12-05', { words: 1e300 })], ['progress/minh.json: 2026-12-05: words 1e+300 is not a whole number']],
    ['negative words', [entry('2026-12-05', { words: -5 })], ['progress/minh.json: 2026-12-05: words -5 is not a whole number']],
    ['a day that has not begun', [entry('2026-12-06', { publishedAt: '2026-12-05T19:00:00+07:00' })], ['progress/minh.json: 2026-12-06 has not begun yet (today is 2026-12-05 in Asia/Ho_Chi_Minh)']],
    ['a day before the challenge', [entry('2026-11-30')], ['progress/minh.json: 2026-11-30 is outside the challenge (2026-12-01 to 2026-12-30)']],
    ['a publishedAt in the future', [entry('2026-12-05', { publishedAt: '2026-12-05T23:00:00+07:00' })], ['progress/minh.json: 2026-12-05 claims it was published at 2026-12-05T23:00:00+07:00, after this push']],
    ['a post backdated to day 1', [entry('2026-12-01', { publishedAt: '2026-12-05T19:00:00+07:00' })], [
      'progress/minh.json: 2026-12-01 can no longer be recorded: posts count for the day they are published, or for yesterday within 6h after it ends (published 2026-12-05T19:00:00+07:00)',
    ]],
    ['one day twice', [entry('2026-12-04', { publishedAt: '2026-12-04T19:00:00+07:00' }), entry('2026-12-04', { publishedAt: '2026-12-04T20:00:00+07:00' })], ['progress/minh.json: 2026-12-04 appears twice']],
  ])('%s', (_, entries, expected) => expect(own(entries)).toEqual(expected));

  it('entries already in the ledger are not checked again; new and changed ones are', () => {
    const old = progress('minh', [entry('2026-12-01', { words: 25_000, publishedAt: '2026-12-01T19:00:00+07:00' })]);
    const kept = progress('minh', [entry('2026-12-01', { words: 25_000, publishedAt: '2026-12-01T19:00:00+07:00' }), entry('2026-12-05')]);
    expect(push('minh', [modify('progress/minh.json', old, kept)])).toEqual([]);
    const changed = progress('minh', [entry('2026-12-01', { words: 26_000, publishedAt: '2026-12-01T19:00:00+07:00' })]);
    expect(push('minh', [modify('progress/minh.json', old, changed)])).toEqual(['progress/minh.json: 2026-12-01: 26000 words is over the cohort\'s cap of 20000 words a day']);
  });

  it('the day is the member\'s own: New York is still on the 5th when Hà Nội is on the 6th', () => {
    const now = Date.parse('2026-12-06T03:00:00Z');
    const e = entry('2026-12-06', { publishedAt: '2026-12-06T02:50:00Z' });
    expect(own([e], { now, cards: { minh: JSON.parse(card('minh', { timezone: 'America/New_York' })) } })).toEqual(['progress/minh.json: 2026-12-06 has not begun yet (today is 2026-12-05 in America/New_York)']);
    expect(own([e], { now })).toEqual([]);
  });

  it('a lead may record a member\'s late entry, but not 1e300 words or a future day', () => {
    const late = entry('2026-12-01', { publishedAt: '2026-12-05T19:00:00+07:00' });
    expect(push('lan', [add('progress/minh.json', progress('minh', [late]))])).toEqual([]);
    expect(push('lan', [add('progress/minh.json', progress('minh', [entry('2026-12-05', { words: 1e300 }), entry('2026-12-09')]))])).toEqual([
      'progress/minh.json: 2026-12-05: words 1e+300 is not a whole number',
      'progress/minh.json: 2026-12-09 has not begun yet (today is 2026-12-05 in Asia/Ho_Chi_Minh)',
    ]);
  });

  it('the cohort\'s own cap applies', () => {
    expect(own([entry('2026-12-05', { words: 2_001 })], { rules: { ...rules, maxWords: 2_000 } })).toEqual(['progress/minh.json: 2026-12-05: 2001 words is over the cohort\'s cap of 2000 words a day']);
  });
});

describe('pusherFrom', () => {
  it.each([
    [{ WOTN_PUSHER: 'minh', GL_USERNAME: 'gl', USER: 'git' }, 'minh'],
    [{ WOTN_PUSHER: '  ', GL_USERNAME: 'gl-user', USER: 'git' }, 'gl-user'],
    [{ GITEA_PUSHER_NAME: 'gitea-user', FORGEJO_PUSHER_NAME: 'forgejo-user', USER: 'git' }, 'gitea-user'],
    [{ FORGEJO_PUSHER_NAME: 'forgejo-user', USER: 'git' }, 'forgejo-user'],
    [{ USER: 'an' }, 'an'],
    [{}, undefined],
  ])('%j → %s', (env, pusher) => expect(pusherFrom(env)).toBe(pusher));
});
