import { describe, expect, it } from 'vitest';
import { verifyChanges } from '../../src/domain/verify.js';
import { feedItems } from '../../src/domain/feed.js';
import { checkCohort } from '../../src/domain/ledger.js';

const roles = { lan: 'lead' as const };

describe('verifyChanges', () => {
  it.each([
    ['own card and progress', 'minh', ['members/minh.json', 'progress/minh.json'], []],
    ['another member\'s progress', 'minh', ['progress/lan.json'], ['minh may not change lan\'s progress']],
    ['another member\'s card', 'minh', ['members/an.json'], ['minh may not change an\'s card']],
    ['the rules', 'minh', ['wotn-cohort.json'], ['minh is not a lead and may change only members/minh.json and progress/minh.json']],
    ['the workflow', 'minh', ['.github/workflows/wotn.yml'], ['minh is not a lead and may change only members/minh.json and progress/minh.json']],
    ['a lead changes anything', 'lan', ['progress/minh.json', 'wotn-cohort.json', 'README.md'], []],
    ['a look-alike path', 'minh', ['progress/minh.json/../lan.json'], ['minh is not a lead and may change only members/minh.json and progress/minh.json']],
  ])('%s', (_, actor, paths, reasons) => {
    const v = verifyChanges([{ sha: 'abc', paths }], actor, roles);
    expect(v.map((x) => x.reason)).toEqual(reasons);
  });
});

describe('feedItems', () => {
  const c = checkCohort({ schema: 1, id: 'c', name: 'C', start: '2026-11-01', days: 30, timezone: 'UTC', minWords: 1 });
  if (!c.ok) throw new Error(c.problem);
  const entry = (date: string, at: string, title: string) => ({ date, title, url: `https://x/${title}`, words: 100, publishedAt: at });
  it('lists the last N days, newest first, with day numbers', () => {
    const items = feedItems(c.value, [
      { handle: 'a', card: { schema: 1, handle: 'a', name: 'An', joinedAt: '' }, progress: { schema: 1, handle: 'a', entries: [entry('2026-11-01', '2026-11-01T08:00:00Z', 'old'), entry('2026-11-04', '2026-11-04T09:00:00Z', 'a4'), entry('2026-11-05', '2026-11-05T09:00:00Z', 'future')] } },
      { handle: 'b', progress: { schema: 1, handle: 'b', entries: [entry('2026-11-04', '2026-11-04T20:00:00Z', 'b4'), entry('2026-11-03', '2026-11-03T20:00:00Z', 'b3')] } },
    ], '2026-11-04', 2);
    expect(items.map((i) => [i.title, i.day, i.name])).toEqual([['b4', 4, 'b'], ['a4', 4, 'An'], ['b3', 3, 'b']]);
  });
});
