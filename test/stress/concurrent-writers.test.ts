// Many writers at the same minute (a deadline, a reminder): every entry lands. Slow by
// nature (real git and HTTP races with real backoff), so not part of `npm test`: run
// `npm run test:stress`. `npm run bench -- ledger` times a larger race.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/adapters/retry.js';
import { addDays } from '../../src/domain/calendar.js';
import { joinAs, startCohort } from '../helpers/cohort.js';
import { wotnJson, type RunOptions } from '../helpers/wotn.js';

const at = (day: number) => `${addDays('2026-11-01', day - 1)}T20:00:00+07:00`;
const post = (o: RunOptions, handle: string) =>
  wotnJson(['publish', '--url', `https://${handle}.dev/1`, '--words', '120', '--title', `Post by ${handle}`], { ...o, retry: DEFAULT_RETRY });

describe('concurrent writers', () => {
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
});
