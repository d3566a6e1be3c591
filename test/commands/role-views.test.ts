// What a role sees, on a plain git ledger: a mentor the pods they mentor (wotn partners
// --mentor), student-success who is at risk today (wotn members --at-risk); a lead both; a
// member without the role is refused in one line.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { suiteDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const at = (day: number, time = '20:00:00+07:00') => `2026-11-${String(day).padStart(2, '0')}T${time}`;
const EVENING = at(2);

describe('what mentors and student-success see', () => {
  let c: CohortSetup;
  let lead: string;
  const home: Record<string, string> = {};

  const root = suiteDir();

  beforeAll(async () => {
    c = await startCohort([], root);
    lead = join(c.root, 'lead');
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home: lead })).code).toBe(0);
    for (const h of ['an', 'binh', 'chi', 'dung', 'em']) home[h] = await joinAs(c, h, { name: h.toUpperCase(), extra: h === 'binh' ? ['--hide-streak'] : [] });
    for (const [h, role] of [['em', 'mentor'], ['dung', 'student-success']] as const)
      expect((await wotn(['cohort', 'role', 'add', h, role, '--ledger', c.ledger], { home: lead, now: at(1, '06:00:00+07:00') })).code).toBe(0);
    await wotnJson(['pods', 'assign', '--ledger', c.ledger, '--size', '2'], { home: lead, now: at(1, '07:00:00+07:00') });
    await wotnJson(['vacation', '--from', '2026-11-02', '--to', '2026-11-03'], { home: home.chi!, now: at(1, '08:00:00+07:00') });
    await publishUrl(home.an!, at(1, '09:00:00+07:00'), 120, 'An, day 1');
    await publishUrl(home.an!, at(2, '09:00:00+07:00'), 120, 'An <b>day 2</b>');
    await publishUrl(home.binh!, at(1, '09:00:00+07:00'), 120, 'Binh, day 1');
  }, 120_000);

  it('a mentor sees each mentee\'s last post, streak (unless hidden) and whether they wrote today', async () => {
    const r = await wotnJson(['partners', '--mentor'], { home: home.em!, now: EVENING });
    expect(r).toMatchObject({ date: '2026-11-02', handle: 'em', role: 'mentor' });
    expect(r.pods.length).toBeGreaterThan(0);
    expect(r.pods.every((p: { mentor: string }) => p.mentor === 'em')).toBe(true);
    const seen = Object.fromEntries(r.pods.flatMap((p: { members: { handle: string }[] }) => p.members).map((m: { handle: string }) => [m.handle, m]));
    expect(Object.keys(seen).sort()).toEqual(['an', 'binh', 'chi', 'dung', 'em']);
    expect(seen.an).toMatchObject({ writtenToday: true, streak: 2, daysWritten: 2, atRisk: false, lastPost: { date: '2026-11-02', title: 'An <b>day 2</b>' } });
    expect(seen.binh).toMatchObject({ writtenToday: false, streak: null, daysWritten: 1, atRisk: true });
    expect(seen.chi).toMatchObject({ onVacation: true, lastPost: null });
    const text = await wotn(['partners', '--mentor'], { home: home.em!, now: EVENING });
    expect(text.stdout).toContain('AN @an · wrote today · streak 2 · 2 days written');
    expect(text.stdout).toContain('last post Mon 2 Nov 2026 An <b>day 2</b> https://example.com/');
    expect(text.stdout).toContain('BINH @binh · not yet today · streak hidden · 1 day written · at risk');
    expect(text.stdout).toContain('CHI @chi · on vacation');
  });

  it('student-success sees who is at risk today: not who wrote, not who is on vacation', async () => {
    const r = await wotnJson(['members', '--at-risk'], { home: home.dung!, now: EVENING });
    expect(r).toMatchObject({ date: '2026-11-02', handle: 'dung', role: 'student-success' });
    expect(r.members.map((m: { handle: string }) => m.handle).sort()).toEqual(['binh', 'dung', 'em']);
    expect(r.members.find((m: { handle: string }) => m.handle === 'binh')).toMatchObject({ streak: null, lastPost: { date: '2026-11-01', title: 'Binh, day 1' } });
    const text = await wotn(['members', '--at-risk'], { home: home.dung!, now: EVENING });
    expect(text.stdout).toContain('At risk on Mon 2 Nov 2026: 3 members');
    expect(text.stdout).not.toContain('@an ');
    // Before the challenge starts no one is at risk.
    expect((await wotn(['members', '--at-risk'], { home: home.dung!, now: '2026-10-30T20:00:00+07:00' })).stdout).toContain('No one is at risk on Fri 30 Oct 2026.');
  });

  it('a lead sees both; a member without the role is refused in one line, the directory still open to all', async () => {
    expect((await wotnJson(['members', '--at-risk', '--ledger', c.ledger], { home: lead, now: EVENING })).members).toHaveLength(3);
    const all = await wotnJson(['partners', '--mentor', '--ledger', c.ledger], { home: lead, now: EVENING });
    expect(all.pods.flatMap((p: { members: unknown[] }) => p.members)).toHaveLength(5);
    for (const [who, args, message] of [
      ['an', ['members', '--at-risk'], '@an is a member in'],
      ['em', ['members', '--at-risk'], 'only student-success members and leads see who is at risk'],
      ['dung', ['partners', '--mentor'], '@dung is student-success in'],
      ['an', ['partners', '--mentor', '--json'], 'only mentors and leads see the pods they mentor'],
    ] as const) {
      const r = await wotn([...args], { home: home[who]!, now: EVENING });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      // --json: the error as JSON, nothing else.
      if ((args as readonly string[]).includes('--json')) expect(JSON.parse(r.stdout).error).toMatchObject({ kind: 'permission' });
      else expect(r.stdout).toBe('');
    }
    expect((await wotnJson(['members'], { home: home.an!, now: EVENING })).members).toHaveLength(5);
  });
});
