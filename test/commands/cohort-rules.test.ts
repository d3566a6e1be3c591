// The learn-together rules a lead sets with `cohort init`, and a solo writer's freezes.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort } from '../helpers/cohort.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const init = (root: string, flags: string[]) =>
  wotn(['cohort', 'init', join(root, 'ledger'), '--name', 'Rules', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--not-a-member', ...flags], { home: join(root, 'home') });

describe('cohort rules flags', () => {
  it('writes the shared goal, award tiers, streak policy, nudge hours and vacation cap into wotn-cohort.json', async () => {
    const root = tempDir();
    const r = await init(root, ['--goal-words', '600000', '--awards', '10,20,30', '--freezes', '2', '--never-miss-twice', '--make-up-days', '3', '--nudge-hours-before', '5', '--max-vacation-days', '7']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(execFileSync('git', ['show', 'HEAD:wotn-cohort.json'], { cwd: join(root, 'ledger'), encoding: 'utf8' }));
    expect(rules).toMatchObject({ goalWords: 600000, awards: [10, 20, 30], freezes: 2, streak: { freezes: 2, neverMissTwice: true, makeUpDays: 3 }, nudgeHoursBefore: 5, maxVacationDays: 7 });
  });

  const bad: [string[], string][] = [
    [['--awards', '10,40'], '--awards: awards[1]: 40 is not a whole number of days from 1 to 30'],
    [['--awards', '20,10'], '--awards: awards: [20,10] must rise'],
    [['--awards', 'ten'], '--awards "ten" is not a list of whole numbers of days'],
    [['--goal-words', '0'], '--goal-words "0" is not a whole number'],
    [['--nudge-hours-before', '24'], '--nudge-hours-before "24" is not a whole number from 1 to 23'],
    [['--make-up-days', '-1'], '--make-up-days "-1"'],
    [['--feedback-guide', 'x'.repeat(2001)], '--feedback-guide is 2001 characters, more than 2000'],
    [['--feedback-guide', ' \u202e\n '], '--feedback-guide is empty'],
  ];
  for (const [flags, message] of bad)
    it(`refuses ${flags.map((f) => (f.length > 20 ? `${JSON.stringify(f.slice(0, 8))}…` : JSON.stringify(f).slice(1, -1))).join(' ')} by name, writing nothing`, async () => {
      const root = tempDir();
      const r = await init(root, flags);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    });

  it('--feedback-guide: cleaned into the rules, and wotn kudos shows it the first time only', async () => {
    const guide = 'Name one thing that worked,\u202e and why.\n\nAsk one question about the writing.';
    const c = await startCohort(['--feedback-guide', guide]);
    const rules = JSON.parse(execFileSync('git', ['show', 'HEAD:wotn-cohort.json'], { cwd: c.ledger, encoding: 'utf8' }));
    expect(rules.feedbackGuide).toBe('Name one thing that worked, and why.\n\nAsk one question about the writing.');
    const an = await joinAs(c, 'an');
    const binh = await joinAs(c, 'binh');
    await publishUrl(an, '2026-11-01T10:00:00+07:00');
    await publishUrl(an, '2026-11-02T10:00:00+07:00');
    const first = await wotn(['kudos', 'an', '--day', '1'], { home: binh, now: '2026-11-02T20:00:00+07:00' });
    expect(first.stdout).toContain('How this cohort gives feedback:\n  Name one thing that worked, and why.\n\n  Ask one question about the writing.\n');
    const second = await wotn(['kudos', 'an', '--day', '2'], { home: binh, now: '2026-11-02T20:05:00+07:00' });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('How this cohort gives feedback');
  }, 60_000);

  it('a solo writer sets freezes with wotn init, and status says a freeze kept the streak', async () => {
    const home = join(tempDir(), 'solo');
    expect((await wotn(['init', '--yes', '--name', 'Solo', '--handle', 'solo', '--timezone', 'UTC', '--freezes', '1'], { home })).code).toBe(0);
    for (const day of ['01', '02', '04'])
      await wotnJson(['publish', '--url', `https://solo.dev/${day}`, '--words', '600', '--title', `Day ${day}`], { home, now: `2026-11-${day}T10:00:00Z` });
    const s = await wotnJson(['status'], { home, now: '2026-11-04T12:00:00Z' });
    expect(s.streak.current).toBe(3);
    expect(s.policy).toEqual({ freezes: 1, neverMissTwice: false, makeUpDays: 0 });
    expect(s.why.join('\n')).toContain('Kept by a freeze: 2026-11-03');
    expect(s.calendar[2].state).toBe('frozen');
  });
});
