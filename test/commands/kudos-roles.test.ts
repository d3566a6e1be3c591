// Kudos, roles that do something, leaving and removal on a plain git ledger: the commands
// write the member's own files, and the server's pre-receive hook (the built wotn) judges
// every push, so what the CLI would refuse is refused again when pushed by hand.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { gitEnv, gitSync } from '../helpers/git.js';
import { suiteDir, tempDir } from '../helpers/tmp.js';
import { accountOf, wotn, wotnJson } from '../helpers/wotn.js';

const at = (day: number, time = '20:00:00+07:00') => `2026-11-${String(day).padStart(2, '0')}T${time}`;

/** The ledger's branch as files: a fresh clone. */
function ledgerFile(c: CohortSetup, path: string): any {
  const dir = join(tempDir(), 'look');
  gitSync(c.root, 'clone', '--quiet', c.ledger, dir);
  try {
    return JSON.parse(readFileSync(join(dir, path), 'utf8'));
  } catch {
    return undefined;
  }
}

/** A hand-made push as `pusher` (their own clone, their own account): what the hook says. */
function pushAs(c: CohortSetup, pusher: string, files: Record<string, unknown>): { code: number | null; refusals: string[] } {
  const dir = join(tempDir(), `hand-${pusher}`);
  gitSync(c.root, 'clone', '--quiet', c.ledger, dir);
  for (const [path, value] of Object.entries(files)) {
    gitSync(dir, 'rev-parse', 'HEAD'); // the clone is there
    const file = join(dir, path);
    spawnSync('mkdir', ['-p', join(file, '..')]);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
  gitSync(dir, 'add', '-A');
  gitSync(dir, 'commit', '--quiet', '-m', `by ${pusher}`);
  const r = spawnSync('git', ['push', 'origin', 'HEAD:refs/heads/main'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...gitEnv, USER: pusher, WOTN_PUSHER: pusher } });
  const refusals = r.stderr.split('\n').map((l) => /^remote: wotn: (.*\S)/.exec(l)?.[1]).filter((l): l is string => Boolean(l));
  return { code: r.status, refusals };
}

describe('learn together on a plain git ledger', () => {
  let c: CohortSetup;
  let lead: string;
  const home: Record<string, string> = {};

  const root = suiteDir();

  beforeAll(async () => {
    c = await startCohort(['--freezes', '0'], root);
    lead = join(c.root, 'lead');
    accountOf(lead, 'lan');
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home: lead })).code).toBe(0);
    for (const h of ['minh', 'an', 'binh', 'chi']) home[h] = await joinAs(c, h, { name: h.toUpperCase() });
    for (const h of ['minh', 'an']) {
      await publishUrl(home[h]!, at(1), 120, `${h} writes day 1`);
      await publishUrl(home[h]!, at(2), 120, `${h} writes day 2`);
    }
  }, 120_000);

  it('a kudos lands in the giver\'s own feedback file; one per post, a second only changes the note; never to yourself', async () => {
    // the lead gives the cohort a feedback guide: wotn kudos shows it the first time only
    expect(pushAs(c, 'lan', { 'wotn-cohort.json': { ...ledgerFile(c, 'wotn-cohort.json'), feedbackGuide: 'Name one thing that worked, and why.' } }).code).toBe(0);
    const shown = await wotn(['kudos', 'an', '--day', '1'], { home: home.chi!, now: at(2, '20:30:00+07:00') });
    expect(shown.stdout).toMatch(/^How this cohort gives feedback:\n {2}Name one thing that worked, and why\.\n\nKudos to an's day 1 · an writes day 1: recorded in the ledger\.\n/);
    const later = await wotnJson(['kudos', 'an', '--day', '2'], { home: home.chi!, now: at(2, '20:31:00+07:00') });
    expect(later.guide).toBeUndefined();
    const first = await wotnJson(['kudos', 'minh', '--day', '1', '--note', 'Your opening question kept me reading.'], { home: home.an!, now: at(2, '21:00:00+07:00') });
    expect(first).toMatchObject({ from: 'an', to: 'minh', date: '2026-11-01', day: 1, title: 'minh writes day 1', outcome: 'recorded', transport: 'files' });
    const again = await wotnJson(['kudos', 'minh', '--day', '1'], { home: home.an!, now: at(2, '21:05:00+07:00') });
    expect(again.outcome).toBe('unchanged');
    const renote = await wotnJson(['kudos', 'minh', '--day', '1', '--note', 'The ending, too.'], { home: home.an!, now: at(2, '21:06:00+07:00') });
    expect(renote.outcome).toBe('updated');
    // default: their latest post
    expect((await wotnJson(['kudos', '@minh'], { home: home.an!, now: at(2, '21:10:00+07:00') })).date).toBe('2026-11-02');
    const file = ledgerFile(c, 'feedback/an.json');
    expect(file.kudos).toEqual([
      { to: 'minh', date: '2026-11-01', givenAt: '2026-11-02T14:00:00Z', note: 'The ending, too.' },
      { to: 'minh', date: '2026-11-02', givenAt: '2026-11-02T14:10:00Z' },
    ]);

    // minh sees today's kudos in status once a sync has looked (status itself stays offline)
    expect((await wotnJson(['status'], { home: home.minh!, now: at(2, '21:30:00+07:00') })).kudosToday).toEqual([]);
    expect((await wotn(['sync'], { home: home.minh!, now: at(2, '21:30:00+07:00') })).code).toBe(0);
    expect((await wotnJson(['status'], { home: home.minh!, now: at(2, '21:30:00+07:00') })).kudosToday).toEqual([
      { from: 'an', date: '2026-11-01', note: 'The ending, too.' }, { from: 'an', date: '2026-11-02' },
    ]);
    expect((await wotn(['status'], { home: home.minh!, now: at(2, '21:30:00+07:00') })).stdout).toContain('Kudos today: 2 from @an · “The ending, too.”');
    expect((await wotnJson(['status'], { home: home.minh!, now: at(3, '08:00:00+07:00') })).kudosToday).toEqual([]);

    const self = await wotn(['kudos', 'AN'], { home: home.an!, now: at(2, '21:00:00+07:00') });
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('kudos to yourself are not counted');
    const none = await wotn(['kudos', 'minh', '--day', '5'], { home: home.an!, now: at(2, '21:00:00+07:00') });
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('minh has no post of day 5 (Thu 5 Nov 2026) in the ledger');
    const long = await wotn(['kudos', 'minh', '--note', 'x'.repeat(281)], { home: home.an!, now: at(2, '21:00:00+07:00') });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--note is 281 characters, more than 280');
  });

  it('the hook refuses a kudos to yourself and a kudos written into someone else\'s feedback file', () => {
    const self = pushAs(c, 'minh', { 'feedback/minh.json': { schema: 1, handle: 'minh', kudos: [{ to: 'MINH', date: '2026-11-01', givenAt: '2026-11-01T15:00:00Z' }] } });
    expect(self.code).not.toBe(0);
    expect(self.refusals).toEqual(['feedback/minh.json: kudos[0]: kudos to yourself are not counted: thank someone else']);
    const forged = pushAs(c, 'minh', { 'feedback/binh.json': { schema: 1, handle: 'binh', kudos: [{ to: 'minh', date: '2026-11-01', givenAt: '2026-11-01T15:00:00Z' }] } });
    expect(forged.refusals).toEqual(['feedback/binh.json: minh may not change binh\'s feedback']);
    const twice = pushAs(c, 'binh', { 'feedback/binh.json': { schema: 1, handle: 'binh', kudos: [{ to: 'minh', date: '2026-11-01', givenAt: '2026-11-01T15:00:00Z' }, { to: 'Minh', date: '2026-11-01', givenAt: '2026-11-01T15:01:00Z' }] } });
    expect(twice.refusals).toEqual(['feedback/binh.json: kudos[1]: one kudos per post: Minh\'s post of 2026-11-01 is thanked already']);
    expect(ledgerFile(c, 'feedback/minh.json')).toBeUndefined();
    expect(ledgerFile(c, 'feedback/binh.json')).toBeUndefined();
  });

  it('roles: only a lead gives them, the hook refuses a member who writes one in, and a role\'s powers are the hook\'s to enforce', async () => {
    const byMember = await wotn(['cohort', 'role', 'add', 'minh', 'moderator', '--ledger', c.ledger], { home: home.minh! });
    expect(byMember.code).not.toBe(0);
    expect(byMember.stderr).toContain('minh is not a lead of this cohort: only a lead may make minh moderator');
    const bad = await wotn(['cohort', 'role', 'add', 'minh', 'admin', '--ledger', c.ledger], { home: lead });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ROLE "admin" is not a role (lead, moderator, mentor, blogger-in-residence, student-success)');

    // a member can't act before holding the role: the CLI says so, and the hook refuses a hand-made file
    const early = await wotn(['moderate', 'hide', 'an', '--day', '1', '--reason', 'spam'], { home: home.binh!, now: at(2, '22:00:00+07:00') });
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('binh may not hide entries: only moderators and leads may');
    const hand = pushAs(c, 'binh', { 'actions/binh.json': { schema: 1, handle: 'binh', actions: [{ kind: 'hide-entry', member: 'an', date: '2026-11-01', reason: 'spam', at: '2026-11-02T15:00:00Z' }] } });
    expect(hand.refusals[0]).toContain('binh has no role that acts (member)');

    for (const [h, role] of [['binh', 'moderator'], ['chi', 'blogger-in-residence'], ['minh', 'student-success']] as const) {
      const r = await wotnJson(['cohort', 'role', 'add', h, role, '--ledger', c.ledger], { home: lead });
      expect(r).toMatchObject({ handle: h, role, was: null, changed: true });
    }
    expect(ledgerFile(c, 'wotn-cohort.json').roles).toEqual({ lan: 'lead', binh: 'moderator', chi: 'blogger-in-residence', minh: 'student-success' });
    const roles = await wotnJson(['roles', '--ledger', c.ledger], { home: lead });
    expect(roles.roles.map((r: any) => `${r.role}:${r.handle}`)).toEqual(['lead:lan', 'moderator:binh', 'blogger-in-residence:chi', 'student-success:minh']);
    expect(roles.roles[1].powers).toEqual(['hide-entry', 'remove-feedback']);
    const members = await wotnJson(['members', '--ledger', c.ledger], { home: lead });
    expect(members.members.find((m: any) => m.handle === 'binh').role).toBe('moderator');

    // a moderator hides; a blogger-in-residence pins; neither may do the other's part, even by hand
    const hid = await wotnJson(['moderate', 'hide', 'an', '--day', '1', '--reason', 'links to a page with personal data'], { home: home.binh!, now: at(2, '22:00:00+07:00') });
    expect(hid).toMatchObject({ by: 'binh', outcome: 'recorded', action: { kind: 'hide-entry', member: 'an', date: '2026-11-01', reason: 'links to a page with personal data' } });
    const pinned = await wotnJson(['moderate', 'pin', 'minh', '--day', '2'], { home: home.chi!, now: at(2, '22:00:00+07:00') });
    expect(pinned.action).toMatchObject({ kind: 'pin', member: 'minh', date: '2026-11-02' });
    const ownPin = await wotn(['moderate', 'pin', 'chi'], { home: home.chi!, now: at(2, '22:00:00+07:00') });
    expect(ownPin.code).not.toBe(0);
    const modPins = pushAs(c, 'binh', { 'actions/binh.json': { schema: 1, handle: 'binh', actions: [
      { kind: 'hide-entry', member: 'an', date: '2026-11-01', reason: 'links to a page with personal data', at: '2026-11-02T15:00:00Z' },
      { kind: 'pin', member: 'minh', date: '2026-11-02', at: '2026-11-02T15:05:00Z' },
    ] } });
    expect(modPins.refusals).toEqual(['actions/binh.json: actions[1]: binh may not pin posts: only bloggers-in-residence and leads may']);
    const nudged = await wotnJson(['moderate', 'nudge', 'binh', '--note', 'Ten minutes is enough today.'], { home: home.minh!, now: at(3, '18:00:00+07:00') });
    expect(nudged.action).toMatchObject({ kind: 'nudge', member: 'binh', date: '2026-11-03', note: 'Ten minutes is enough today.' });

    // the moderator removes a kudos, with a reason
    const removed = await wotnJson(['moderate', 'remove-kudos', 'an', '--to', 'minh', '--day', '1', '--reason', 'off topic'], { home: home.binh!, now: at(3, '09:00:00+07:00') });
    expect(removed.action).toMatchObject({ kind: 'remove-feedback', giver: 'an', to: 'minh', date: '2026-11-01' });
    expect(ledgerFile(c, 'actions/binh.json').actions.map((a: any) => a.kind)).toEqual(['hide-entry', 'remove-feedback']);

    // a role taken away: the lead's change lands; a member can't crown themselves by hand
    expect((await wotnJson(['cohort', 'role', 'remove', 'chi', 'blogger-in-residence', '--ledger', c.ledger], { home: lead })).changed).toBe(true);
    const crown = pushAs(c, 'chi', { 'wotn-cohort.json': { ...ledgerFile(c, 'wotn-cohort.json'), roles: { lan: 'lead', chi: 'lead' } } });
    expect(crown.refusals).toEqual(['wotn-cohort.json: chi may not change the cohort\'s roles (this push would make chi lead); only a lead may']);
    const onlyLead = await wotn(['cohort', 'role', 'remove', 'lan', 'lead', '--ledger', c.ledger], { home: lead });
    expect(onlyLead.stderr).toContain('lan is the cohort\'s only lead; make someone else a lead first');
  });

  it('leaving marks the card and keeps the entries; a removed member is out of reports and the hook records nothing more of theirs', async () => {
    const left = await wotnJson(['cohort', 'leave'], { home: home.an!, now: at(3, '10:00:00+07:00') });
    expect(left).toMatchObject({ handle: 'an', leftAt: '2026-11-03T10:00:00+07:00', outcome: 'recorded' });
    expect(ledgerFile(c, 'members/an.json').leftAt).toBe('2026-11-03T10:00:00+07:00');
    expect(ledgerFile(c, 'progress/an.json').entries).toHaveLength(2);
    expect((await wotnJson(['cohort', 'leave'], { home: home.an!, now: at(3, '11:00:00+07:00') })).outcome).toBe('unchanged');

    const byMember = await wotn(['cohort', 'remove', 'chi', '--reason', 'spam', '--ledger', c.ledger], { home: home.minh! });
    expect(byMember.stderr).toContain('minh is not a lead of this cohort');
    const r = await wotnJson(['cohort', 'remove', 'chi', '--reason', 'posts advertising, not writing', '--ledger', c.ledger], { home: lead, now: at(3, '12:00:00+07:00') });
    expect(r).toMatchObject({ handle: 'chi', at: '2026-11-03T12:00:00+07:00', changed: true });
    expect(ledgerFile(c, 'wotn-cohort.json').removed).toEqual({ chi: { at: '2026-11-03T12:00:00+07:00', reason: 'posts advertising, not writing' } });
    const pushed = pushAs(c, 'chi', { 'members/chi.json': { ...ledgerFile(c, 'members/chi.json'), intro: 'back again' } });
    expect(pushed.refusals).toEqual(['members/chi.json: chi was removed from this cohort by a lead; nothing more is recorded for them']);

    // the report: kudos given and received (the one a moderator removed and chi's, now removed, do not count), who left, and no chi
    const now = at(3, '13:00:00+07:00');
    const report = await wotnJson(['report', '--ledger', c.ledger], { home: lead, now });
    const line = (h: string) => report.members.find((m: any) => m.handle === h);
    expect(report.members.map((m: any) => m.handle)).toEqual(['an', 'binh', 'minh']);
    expect(line('an')).toMatchObject({ standing: 'left', kudos: { given: 1, received: 0 }, atRisk: false });
    expect(line('minh')).toMatchObject({ standing: 'active', kudos: { given: 0, received: 1 } });
    const table = await wotn(['report', '--ledger', c.ledger], { home: lead, now });
    expect(table.stdout).toContain('AN (left) @an');
    expect(table.stdout).toMatch(/Kudos given \/ received\n {2}MINH @minh {2}0 \/ 1\n {2}AN @an {2}1 \/ 0\n/);
    const csv = await wotn(['report', '--ledger', c.ledger, '--format', 'csv'], { home: lead, now });
    expect(csv.stdout).toMatch(/^an,AN,member,.*,1,0,true\r$/m);
    const members = await wotnJson(['members', '--ledger', c.ledger], { home: lead, now });
    expect(members.members.map((m: any) => `${m.handle}:${m.standing}`)).toEqual(['an:left', 'binh:active', 'minh:active']);
    const feed = await wotnJson(['feed', '--ledger', c.ledger, '--days', '30'], { home: lead, now });
    expect(feed.items.find((i: any) => i.handle === 'an' && i.day === 1)).toMatchObject({ title: '', url: null, hidden: true, words: 120 });
    expect(feed.items.find((i: any) => i.handle === 'an' && i.day === 2)).toMatchObject({ title: 'an writes day 2' });
    const md = await wotn(['report', '--ledger', c.ledger, '--format', 'md'], { home: lead, now });
    expect(md.stdout).toContain('| MINH (@minh) | 0 | 1 |');
    const html = await wotn(['report', '--ledger', c.ledger, '--format', 'html'], { home: lead, now });
    expect(html.stdout).toMatch(/<h2>Kudos<\/h2>.*MINH.*<td class="n">0<\/td><td class="n">1<\/td><\/tr>/s);
    expect(html.stdout).toContain('@an</span> <span class="dim">(left)</span>');

    // the site: the post of the day a lead pinned, the hidden post's title and link left out, who left, no chi
    expect((await wotnJson(['moderate', 'pin', 'minh', '--day', '2', '--ledger', c.ledger], { home: lead, now })).outcome).toBe('recorded');
    const out = join(tempDir(), 'site');
    const site = await wotn(['site', '--ledger', c.ledger, '--out', out, '--date', '2026-11-02'], { home: lead, now });
    expect(site.stderr).toBe('');
    const page = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(page('index.html')).toMatch(/<h2>Post of the day<\/h2><ul class="list"><li><a [^>]*href="https:\/\/example\.com\/2026-11-02[^"]*"[^>]*>minh writes day 2<\/a>/);
    expect(page('members/an.html')).toContain('left the cohort');
    expect(page('members/an.html')).toContain('an writes day 2');
    expect(page('members/an.html')).not.toContain('an writes day 1');
    expect(page('members/an.html')).not.toContain('2026-11-01T20');
    expect(page('members/minh.html')).toContain('<li><b>1</b>kudos received, 0 given</li>');
    expect(page('leaderboard/index.html')).toContain('<span class="meta">1 kudos</span>');
    expect(() => page('members/chi.html')).toThrow();
  });
});
