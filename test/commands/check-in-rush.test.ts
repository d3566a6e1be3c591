// A deadline rush on a github: ledger: 200 members publish within the same minute, while
// the ledger's workflow runs ingest again and again (one run at a time, as its
// concurrency group allows). Every entry is recorded, none twice, and every member's
// comment is the only one for their day.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { day, eachGitHubCohort, REPO, seedCards, type GitHubCohort } from '../helpers/github-cohort.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const MEMBERS = 200;

let gh: FakeGitHub;
let c: GitHubCohort;
let root: string;
eachGitHubCohort((s) => ({ gh, c, root } = s));

describe('200 members check in within one minute', () => {
  it('ingest runs during the rush record every entry once', async () => {
    const logins = Array.from({ length: MEMBERS }, (_, i) => `writer-${i + 1}`);
    for (let i = 0; i < MEMBERS; i += 20) {
      const inits = await Promise.all(logins.slice(i, i + 20).map((login) => {
        c.account(login);
        return wotn(['init', '--yes', '--name', login, '--handle', login, '--timezone', 'Asia/Ho_Chi_Minh', '--cohort', 'github:wotn-vn/dec-2026'], c.as(login));
      }));
      expect(inits.map((r) => r.code)).toEqual(inits.map(() => 0));
    }
    await seedCards(gh, root, logins);
    await c.ingest(day(3, '19:59:00+07:00')); // opens the day's check-in issue ahead

    // The fake's clock walks through 20:00–20:01 as comments arrive.
    const start = Date.parse(day(3, '20:00:00+07:00'));
    let tick = 0;
    gh.clock = () => start + Math.min(59_000, tick++ * 60);
    const runs: { recorded: number; unchanged: number }[] = [];
    let rushing = true;
    const workflow = (async () => {
      while (rushing) runs.push(await c.ingest(day(3, '20:00:30+07:00')));
    })();
    const published: any[] = [];
    for (let i = 0; i < MEMBERS; i += 25) {
      const batch = logins.slice(i, i + 25).map((login) =>
        wotnJson(['publish', '--url', `https://${login}.dev/3`, '--words', '250', '--title', `Day 3 by ${login}`], { ...c.as(login), now: day(3, '20:00:00+07:00') }));
      published.push(...(await Promise.all(batch)));
    }
    rushing = false;
    await workflow;
    gh.clock = () => start + 90_000;
    runs.push(await c.ingest(day(3, '20:02:00+07:00')));

    expect(published.every((p) => p.checkIn.state === 'submitted')).toBe(true);
    const checkIns = gh.repoIssues(REPO).comments.filter((x) => x.body.includes('"kind":"entry"'));
    expect(checkIns).toHaveLength(MEMBERS);
    expect(new Set(checkIns.map((x) => x.user.login)).size).toBe(MEMBERS);
    expect(new Set(checkIns.map((x) => x.issue)).size).toBe(1);
    expect(runs.slice(0, -1).some((r) => r.recorded > 0)).toBe(true); // runs during the rush recorded some
    expect(runs.reduce((sum, r) => sum + r.recorded, 0)).toBe(MEMBERS); // none twice
    for (const login of logins) {
      const entries = c.ledgerFile(`progress/${login}.json`).entries;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ date: '2026-11-03', words: 250, comment: checkIns.find((x) => x.user.login === login)!.id });
    }
    const last = await wotnJson(['sync'], c.as(logins.at(-1)!, day(3, '20:05:00+07:00')));
    expect(last.ledger.checkIns).toMatchObject({ sent: [], recorded: ['2026-11-03'], waiting: [] });
  }, 240_000);
});
