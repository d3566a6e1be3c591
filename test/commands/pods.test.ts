// Reading partners on a plain git ledger: a lead assigns pods (written to the ledger through
// its pre-receive hook), members see their pod and what their partners wrote, the report
// shows each pod's days-everyone-wrote streak, and nobody but a lead can write pods.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { joinAs, publishUrl, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { gitEnv } from '../helpers/git.js';
import { accountOf, wotn, wotnJson } from '../helpers/wotn.js';

const MEMBERS = [
  ['an', 'Asia/Ho_Chi_Minh'],
  ['binh', 'Asia/Ho_Chi_Minh'],
  ['chi', 'Europe/Berlin'],
  ['dung', 'Europe/Berlin'],
  ['em', 'America/New_York'],
] as const;

async function cohortOfFive(): Promise<{ c: CohortSetup; lead: string }> {
  const c = await startCohort();
  const lead = join(c.root, 'lead');
  expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home: lead })).code).toBe(0);
  for (const [h, zone] of MEMBERS) await joinAs(c, h, { timezone: zone });
  return { c, lead };
}

describe('wotn pods assign and wotn partners', () => {
  it('a lead groups five members into pods of two (one of three), nearby zones together; the next rounds keep pairs apart', async () => {
    const { c, lead } = await cohortOfFive();
    const r = await wotnJson(['pods', 'assign', '--ledger', c.ledger, '--size', '2'], { home: lead, now: '2026-10-30T10:00:00Z' });
    expect(r.changed).toBe(true);
    expect(r.round).toMatchObject({ period: 1, from: '2026-11-01', to: '2026-11-07' });
    const pods: string[][] = r.round.pods.map((p: { members: string[] }) => p.members);
    expect(pods.map((p) => p.length).sort()).toEqual([2, 3]);
    expect(pods.flat().sort()).toEqual(['an', 'binh', 'chi', 'dung', 'em']);
    // Hanoi with Hanoi, Berlin with Berlin.
    expect(pods.some((p) => p.includes('an') && p.includes('binh'))).toBe(true);
    expect(pods.some((p) => p.includes('chi') && p.includes('dung'))).toBe(true);

    // The next round: five members can't all meet someone new in a pod of 3 and one of 2, so
    // the fewest pairs meet again, and each is named.
    const next = await wotnJson(['pods', 'assign', '--ledger', c.ledger, '--size', '2'], { home: lead, now: '2026-10-30T10:00:00Z' });
    expect(next.round).toMatchObject({ period: 2, from: '2026-11-08', to: '2026-11-14' });
    const pairs = (list: string[][]) => list.flatMap((p) => p.flatMap((a, i) => p.slice(i + 1).map((b) => [a, b].sort().join('+'))));
    const met = new Set(pairs(pods));
    const again = pairs(next.round.pods.map((p: { members: string[] }) => p.members)).filter((pair) => met.has(pair));
    expect(again).toHaveLength(1);
    expect(next.repeats.map((p: string[]) => p.join('+'))).toEqual(again);
    const said = await wotn(['pods', 'assign', '--ledger', c.ledger, '--size', '3'], { home: lead, now: '2026-10-30T10:00:00Z' });
    expect(said.stdout).toContain('round 3');

    // Partners: an's pod in round 1 and binh's latest post (its link kept only when http(s)).
    const an = c.home('an');
    await publishUrl(c.home('binh'), '2026-11-02T03:00:00Z', 120, 'Binh writes about <tea>');
    const mine = await wotnJson(['partners'], { home: an, now: '2026-11-02T05:00:00Z' });
    expect(mine.pod.from).toBe('2026-11-01');
    const binh = mine.pod.partners.find((p: { handle: string }) => p.handle === 'binh');
    expect(binh).toMatchObject({ writtenToday: true, latest: { date: '2026-11-02', title: 'Binh writes about <tea>' } });
    const text = await wotn(['partners'], { home: an, now: '2026-11-02T05:00:00Z' });
    expect(text.stdout).toContain('@binh · wrote today');
    expect(text.stdout).toContain('https://example.com/');

    // The report: the pod's days-everyone-wrote streak.
    await publishUrl(an, '2026-11-02T04:00:00Z');
    const report = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-02'], { home: lead, now: '2026-11-02T16:00:00Z' });
    const pod = report.together.pods.find((p: { members: string[] }) => p.members.includes('an'));
    expect(pod).toMatchObject({ current: 1, daysTogether: 1 });
    const table = await wotn(['report', '--ledger', c.ledger, '--date', '2026-11-02'], { home: lead, now: '2026-11-02T16:00:00Z' });
    expect(table.stdout).toMatch(/Pod \d \(@an, @binh[^)]*\): everyone wrote 1 day in a row/);
  }, 120_000);

  it('refuses a member who assigns pods, and the hook refuses a member pushing pods.json', async () => {
    const { c } = await cohortOfFive();
    const an = c.home('an');
    const r = await wotn(['pods', 'assign', '--ledger', c.ledger, '--size', '2'], { home: an, now: '2026-10-30T10:00:00Z' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('only a lead assigns pods');

    const work = tempDir('wotn-pods-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: work, env: { ...process.env, ...gitEnv, USER: 'an' }, encoding: 'utf8', stdio: 'pipe' });
    git('clone', '--quiet', c.ledger, 'l');
    const dir = join(work, 'l');
    writeFileSync(join(dir, 'pods.json'), JSON.stringify({ schema: 1, rounds: [] }));
    const inDir = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...gitEnv, USER: 'an' }, encoding: 'utf8', stdio: 'pipe' });
    inDir('add', 'pods.json');
    inDir('commit', '--quiet', '-m', 'my own pods');
    expect(() => inDir('push', 'origin', 'HEAD')).toThrow(/pods|lead/);
  }, 120_000);

  it('ledger verify (a github: ledger\'s push check) refuses pods.json from a collaborator who is not a lead, and passes a lead\'s', async () => {
    const { c } = await cohortOfFive();
    const dir = join(tempDir('wotn-verify-'), 'l');
    execFileSync('git', ['clone', '--quiet', c.ledger, dir], { env: { ...process.env, ...gitEnv }, stdio: 'pipe' });
    const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...gitEnv }, encoding: 'utf8', stdio: 'pipe' }).trim();
    const base = g('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'pods.json'), JSON.stringify({ schema: 1, rounds: [] }));
    g('add', 'pods.json');
    g('commit', '--quiet', '-m', 'pods');
    const head = g('rev-parse', 'HEAD');
    const member = await wotn(['ledger', 'verify', '--base', base, '--head', head, '--actor', 'an', '--ledger', dir, '--json'], { home: c.root });
    expect(member.code).toBe(1);
    expect(JSON.parse(member.stdout).violations.map((v: { path: string }) => v.path)).toEqual(['pods.json']);
    expect((await wotn(['ledger', 'verify', '--base', base, '--head', head, '--actor', 'lan', '--ledger', dir], { home: c.root })).code).toBe(0);
    // Its content too, whoever wrote it: a pod with a member that is no handle is refused for a lead.
    writeFileSync(join(dir, 'pods.json'), JSON.stringify({ schema: 1, rounds: [{ period: 1, from: '2026-11-01', to: '2026-11-07', seed: 's', pods: [{ members: ['an', '../binh'] }] }] }));
    g('commit', '--quiet', '-am', 'bad pods');
    const bad = await wotn(['ledger', 'verify', '--base', base, '--head', g('rev-parse', 'HEAD'), '--actor', 'lan', '--ledger', dir, '--json'], { home: c.root });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).violations).toEqual([{ commit: g('rev-parse', 'HEAD'), path: 'pods.json', reason: expect.stringContaining('../binh') }]);
  }, 120_000);

  it('partners says so when there are no pods, and size outside 2 to 6 is refused by name', async () => {
    const { c, lead } = await cohortOfFive();
    const none = await wotn(['partners'], { home: c.home('an'), now: '2026-11-02T05:00:00Z' });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('You are in no pod');
    const bad = await wotn(['pods', 'assign', '--ledger', c.ledger, '--size', '7'], { home: lead, now: '2026-10-30T10:00:00Z' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--size "7"');
    accountOf(lead, 'lan');
  }, 120_000);
});
