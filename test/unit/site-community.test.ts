// What roles and kudos change on the cohort's site: the pinned post of the day, the
// bloggers-in-residence featured, a hidden post's title and link, a removed member left
// out, kudos counted. Pure: the site's collector and model.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { checkCohort, type Cohort, type ProgressEntry } from '../../src/domain/ledger.js';
import type { MemberFiles } from '../../src/domain/report.js';
import { siteCollector, siteModel } from '../../src/domain/site.js';
import type { ActionsFile } from '../../src/domain/role-actions.js';
import type { FeedbackFile } from '../../src/domain/feedback.js';

const rules = (over: Record<string, unknown> = {}): Cohort => {
  const c = checkCohort({ schema: 1, id: 'c', name: 'C', start: '2026-11-01', days: 10, timezone: 'Asia/Ho_Chi_Minh', minWords: 100, roles: { lan: 'lead', bir: 'blogger-in-residence', mod: 'moderator' }, ...over });
  if (!c.ok) throw new Error(c.problem);
  return c.value;
};
const member = (handle: string, days: number): MemberFiles => ({
  handle,
  card: { schema: 1, handle, name: handle.toUpperCase(), joinedAt: '2026-10-30T00:00:00Z' },
  progress: { schema: 1, handle, entries: Array.from({ length: days }, (_, i): ProgressEntry => {
    const date = addDays('2026-11-01', i);
    return { date, title: `${handle} day ${i + 1}`, url: `https://${handle}.dev/${i + 1}`, words: 200, publishedAt: `${date}T09:00:00+07:00` };
  }) },
});
const actions = (handle: string, list: ActionsFile['actions']): ActionsFile => ({ schema: 1, handle, actions: list });
const kudos = (handle: string, to: string, date: string): FeedbackFile => ({ schema: 1, handle, kudos: [{ to, date, givenAt: `${date}T10:00:00Z` }] });
const NOW = Date.parse('2026-11-03T12:00:00Z');

function site(cohort: Cohort, community: { feedback: FeedbackFile[]; actions: ActionsFile[] }) {
  const collect = siteCollector(cohort, '2026-11-03', [], { community, now: NOW });
  for (const h of ['bir', 'minh', 'an', 'spam']) collect.add(member(h, 3));
  return siteModel(collect.finish());
}

describe('the site with roles and kudos', () => {
  const community = {
    feedback: [kudos('an', 'minh', '2026-11-02'), kudos('spam', 'minh', '2026-11-02')],
    actions: [
      actions('bir', [{ kind: 'pin', member: 'minh', date: '2026-11-03', at: '2026-11-03T03:00:00Z' }]),
      actions('mod', [{ kind: 'hide-entry', member: 'an', date: '2026-11-03', reason: 'personal data', at: '2026-11-03T04:00:00Z' }]),
    ],
  };
  const removed = { removed: { spam: { at: '2026-11-02T00:00:00Z', reason: 'spam' } } };

  it('pins the post of the day, features the blogger-in-residence, hides a post\'s title and link, leaves a removed member out', () => {
    const m = site(rules(removed), community);
    expect(m.home.pinned).toMatchObject({ handle: 'minh', title: 'minh day 3', url: 'https://minh.dev/3' });
    expect(m.home.featured).toEqual([{ handle: 'bir', name: 'BIR' }]);
    const an = [...m.members()].find((p) => p.ranked.member.handle === 'an')!;
    expect(an.posts.map((p) => [p.day, p.title, p.url])).toEqual([[1, 'an day 1', 'https://an.dev/1'], [2, 'an day 2', 'https://an.dev/2'], [3, '', null]]);
    expect(an.ranked.member.daysWritten).toBe(3); // its day and words still count
    expect(m.feed.some((p) => p.title === 'an day 3' || p.url === 'https://an.dev/3')).toBe(false);
    expect(m.report.members.map((x) => x.handle)).toEqual(['an', 'bir', 'minh']);
    // spam's kudos count for no one once spam is removed
    expect(m.report.members.find((x) => x.handle === 'minh')!.kudos).toEqual({ given: 0, received: 1 });
  });

  it('tells the wisdom pages which entries a moderator hid, and none when the moderator lost the role', () => {
    const collect = (cohort: Cohort) => {
      const c = siteCollector(cohort, '2026-11-03', [], { community, now: NOW });
      for (const h of ['bir', 'minh', 'an']) c.add(member(h, 3));
      return c.finish();
    };
    expect([...collect(rules()).hidden!]).toEqual(['an@2026-11-03']);
    expect(collect(rules({ roles: { lan: 'lead' } })).hidden).toBeUndefined();
  });

  it('a pin or a hide counts only while its actor holds the role', () => {
    const m = site(rules({ roles: { lan: 'lead' } }), community);
    expect(m.home.pinned).toBeUndefined();
    expect(m.home.featured).toEqual([]);
    expect([...m.members()].find((p) => p.ranked.member.handle === 'an')!.posts[2]!.title).toBe('an day 3');
    expect(m.report.members.find((x) => x.handle === 'minh')!.kudos).toEqual({ given: 0, received: 2 });
  });
});
