import { describe, expect, it } from 'vitest';
import { cardChangeRefusal, checkCommunityCard, checkCommunityRules } from '../../src/domain/community.js';
import { checkCohort } from '../../src/domain/ledger.js';
import { inEnglish } from '../helpers/said.js';

const base = { schema: 1, name: 'WOTN #5', start: '2026-12-01', days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 200, freezes: 1, roles: { lan: 'lead', thu: 'mentor' } };
const rules = (over: Record<string, unknown> = {}) => {
  const raw = { ...base, ...over };
  const cohort = checkCohort(raw);
  // The fields checkCohort itself checks (goalWords) are refused there, with the same words.
  if (!cohort.ok) return cohort;
  // checkCohort passes the new fields through, so its value is all the reader needs.
  return checkCommunityRules(cohort.value, cohort.value);
};

describe('checkCommunityRules', () => {
  it('defaults when the rules say nothing new', () => {
    expect(rules()).toEqual({ ok: true, value: { awards: [10, 20, 30], streak: { freezes: 1, neverMissTwice: false, makeUpDays: 0 }, nudgeHoursBefore: 4, quietHours: { from: '22:00', to: '07:00' }, removed: {} } });
  });

  it('reads every new rule', () => {
    const r = rules({
      goalWords: 600_000, awards: [7, 14, 30], streak: { freezes: 2, neverMissTwice: true, makeUpDays: 3 }, nudgeHoursBefore: 3,
      quietHours: null, maxVacationDays: 5, feedbackGuide: 'Be specific.\nBe kind.\u202e', removed: { Spam: { at: '2026-12-03T10:00:00Z', reason: 'spam' } },
    });
    expect(r).toEqual({ ok: true, value: {
      goalWords: 600_000, awards: [7, 14, 30], streak: { freezes: 2, neverMissTwice: true, makeUpDays: 3 }, nudgeHoursBefore: 3,
      quietHours: null, maxVacationDays: 5, feedbackGuide: 'Be specific.\nBe kind.', removed: { spam: { at: '2026-12-03T10:00:00Z', reason: 'spam' } },
    } });
  });

  it.each([
    ['a role that does not exist', { roles: { lan: 'lead', thu: 'moderater' } }, 'roles.thu: "moderater" is not a role (lead, moderator, mentor, blogger-in-residence, student-success)'],
    ['a goal of words as text', { goalWords: 'many' }, 'goalWords: "many" is not a whole number of words from 1 to 1000000000'],
    ['tiers beyond the challenge', { awards: [10, 40] }, 'awards[1]: 40 is not a whole number of days from 1 to 30'],
    ['a streak policy that is a number', { streak: 3 }, 'streak: must be an object {freezes, neverMissTwice, makeUpDays}'],
    ['nudging 30 hours before', { nudgeHoursBefore: 30 }, 'nudgeHoursBefore: 30 is not a whole number of hours from 1 to 23'],
    ['quiet hours as text', { quietHours: 'night' }, 'quietHours: must be {from: "HH:MM", to: "HH:MM"} or null'],
    ['more vacation than challenge', { maxVacationDays: 31 }, 'maxVacationDays: 31 is not a whole number from 0 to 30'],
    ['a feedback guide of a novel', { feedbackGuide: 'x'.repeat(2001) }, 'feedbackGuide: is 2001 characters, more than 2000'],
    ['a removal without a time', { removed: { spam: {} } }, 'removed.spam: must be {at: an ISO-8601 time, reason?}'],
  ])('refuses %s', (_, over, problem) => expect(inEnglish(rules(over))).toEqual({ ok: false, problem }));

  it('"member" is a role too (it does nothing)', () => expect(rules({ roles: { lan: 'lead', an: 'member' } }).ok).toBe(true));
});

describe('checkCommunityCard', () => {
  const cohort = { start: '2026-12-01', days: 30 };
  const now = Date.parse('2026-12-10T12:00:00Z');
  it.each([
    ['an old card', {}, { ok: true, value: { nudge: false, vacations: [] } }],
    ['everything', { nudge: true, quietHours: { from: '23:00', to: '06:00' }, vacations: [{ from: '2026-12-20', to: '2026-12-21' }], leftAt: '2026-12-10T08:00:00Z' }, { ok: true, value: { nudge: true, quietHours: { from: '23:00', to: '06:00' }, vacations: [{ from: '2026-12-20', to: '2026-12-21' }], leftAt: '2026-12-10T08:00:00Z' } }],
    ['no quiet hours at all', { quietHours: null }, { ok: true, value: { nudge: false, quietHours: null, vacations: [] } }],
    ['nudge as text', { nudge: 'yes' }, { ok: false, problem: 'nudge: must be true or false' }],
    ['bad quiet hours', { quietHours: { from: '9pm', to: '7am' } }, { ok: false, problem: 'quietHours: must be {from: "HH:MM", to: "HH:MM"} or null' }],
    ['more vacation than allowed', { vacations: [{ from: '2026-12-20', to: '2026-12-27' }] }, { ok: false, problem: 'vacations: 8 days is more than the 5 this challenge allows' }],
    ['leaving in the future', { leftAt: '2026-12-24T00:00:00Z' }, { ok: false, problem: 'leftAt: 2026-12-24T00:00:00Z is in the future; leave when you leave' }],
    ['not an object', 'card', { ok: true, value: { nudge: false, vacations: [] } }],
  ])('%s', (_, card, expected) => expect(inEnglish(checkCommunityCard(card, cohort, { maxVacationDays: 5 }, now))).toEqual(expected));

  it('cardChangeRefusal: no vacation after the fact', () => {
    const after = { nudge: true, vacations: [{ from: '2026-12-08', to: '2026-12-12' }] };
    expect(cardChangeRefusal(undefined, after, '2026-12-10')?.text).toBe('a vacation can\'t begin in the past: 2026-12-08 is before today (2026-12-10)');
    expect(cardChangeRefusal(after, after, '2026-12-10')).toBeUndefined();
  });
});
