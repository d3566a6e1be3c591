// Many writers at the same minute (a deadline, a reminder): every entry lands. Slow by
// nature (real git and HTTP races with real backoff), so not part of `npm test`: run
// `npm run test:stress`. `npm run bench -- ledger` times a larger race.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/adapters/retry.js';
import { addDays } from '../../src/domain/calendar.js';
import { joinAs, startCohort } from '../helpers/cohort.js';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson, type RunOptions } from '../helpers/wotn.js';

const at = (day: number) => `${addDays('2026-11-01', day - 1)}T20:00:00+07:00`;
const post = (o: RunOptions, handle: string) =>
  wotnJson(['publish', '--url', `https://${handle}.dev/1`, '--words', '120', '--title', `Post by ${handle}`], { ...o, retry: DEFAULT_RETRY });

describe('concurrent writers', () => {
  let gh: FakeGitHub | undefined;
  afterEach(() => gh?.close());

  it('30 writers syncing to one git ledger at once: every entry lands', async () => {
    const c = await startCohort();
    const handles = Array.from({ length: 30 }, (_, i) => `writer${i}`);
    const homes = await Promise.all(handles.map((h) => joinAs(c, h)));
    const results = await Promise.all(homes.map((home, i) => post({ home, now: at(1) }, handles[i]!)));
    expect(results.every((r) => r.synced)).toBe(true);
    const report = await wotnJson(['report', '--ledger', c.ledger, '--date', '2026-11-01'], { home: homes[0]! });
    expect(report.members).toHaveLength(30);
    expect(report.totals.activeToday).toBe(30);
  }, 180_000);

  it('20 writers syncing through the GitHub API at once: every entry lands', async () => {
    gh = await startGitHub();
    const root = tempDir();
    const env = { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: gh.token, GH_TOKEN: '' };
    const as = (handle: string): RunOptions => ({ home: join(root, handle), env, now: at(1) });
    await wotnJson(['cohort', 'create', 'wotn-vn/dec-2026', '--name', 'WOTN GitHub', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--min-words', '50', '--lead', 'lan'], as('lead'));
    const handles = Array.from({ length: 20 }, (_, i) => `w${i}`);
    for (const h of handles) {
      expect((await wotn(['init', '--yes', '--name', h, '--handle', h, '--timezone', 'Asia/Ho_Chi_Minh'], as(h))).code).toBe(0);
      await wotnJson(['cohort', 'join', 'github:wotn-vn/dec-2026'], as(h));
    }
    const results = await Promise.all(handles.map((h) => post(as(h), h)));
    expect(results.every((r) => r.synced)).toBe(true);
    const progress = gitSync(gh.bare('wotn-vn/dec-2026'), 'ls-tree', '--name-only', 'main', 'progress/').split('\n').filter((f) => f.endsWith('.json'));
    expect(progress).toHaveLength(20);
  }, 180_000);
});
