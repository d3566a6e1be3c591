// A large report is written in chunks; what the reader gets must be what it always got.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { checkCohort, type Cohort } from '../../src/domain/ledger.js';
import { buildReport, type MemberFiles } from '../../src/domain/report.js';
import { joined } from '../../src/render/chunks.js';
import { reportJson, shownMember } from '../../src/render/report-json.js';
import { said } from '../../src/domain/said.js';

const checked = checkCohort({ schema: 1, id: 'c', name: 'Chunks', start: '2026-11-01', days: 10, timezone: 'UTC', minWords: 1, freezes: 1 });
if (!checked.ok) throw new Error(checked.problem);
const cohort: Cohort = checked.value;

/** `n` members, member i writing every day but those where (i + day) % 3 === 0. */
function members(n: number): MemberFiles[] {
  return Array.from({ length: n }, (_, i) => {
    const handle = `w${i}`;
    const entries = Array.from({ length: 6 }, (_, d) => d)
      .filter((d) => (i + d) % 3 !== 0)
      .map((d) => ({ date: addDays('2026-11-01', d), title: `Day "${d + 1}" ✍️`, url: `https://w${i}.dev/${d}`, words: 100 + i, publishedAt: `${addDays('2026-11-01', d)}T12:00:00Z` }));
    return { handle, card: { schema: 1, handle, name: `Writer ${i}`, joinedAt: '2026-10-30T00:00:00Z', hideStreak: i % 5 === 0 }, progress: { schema: 1, handle, entries } };
  });
}

describe('report output in chunks', () => {
  const big = buildReport({ cohort, members: members(3000), warnings: [said('problem.file.skipped', { file: 'progress/x.json', problem: 'a warning' }, 'progress/x.json: a warning; skipped')] }, '2026-11-06');

  it('JSON, pretty and compact, is exactly what JSON.stringify gives, however many chunks', () => {
    expect([...reportJson(big, false)].length).toBeGreaterThan(3);
    // Members as every output shows them: a hidden streak (every fifth writer here) is null.
    const shown = { ...big, members: big.members.map(shownMember), warnings: ['progress/x.json: a warning; skipped'] };
    expect(joined(reportJson(big, false))).toBe(JSON.stringify(shown) + '\n');
    expect(joined(reportJson(big, true))).toBe(JSON.stringify(shown, null, 2) + '\n');
    expect(JSON.parse(joined(reportJson(big, false))).members[0]).toMatchObject({ handle: 'w0', hideStreak: true, streak: null, days: null });
    const none = buildReport({ cohort, members: [], warnings: [] }, '2026-11-06');
    expect(joined(reportJson(none, true))).toBe(JSON.stringify(none, null, 2) + '\n');
    // w1003 missed day 3, which the cohort's one freeze covers
    expect(JSON.parse(joined(reportJson(big, false))).members[7]).toMatchObject({ handle: 'w1003', streak: { current: 4, longest: 4 }, days: [1, 2, 4, 5], lastPost: { title: 'Day "5" ✍️' }, writtenToday: false });
  });
});
