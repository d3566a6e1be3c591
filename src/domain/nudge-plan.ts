// Scheduled nudges, the decisions: which members the ledger's workflow nudges on this run,
// and the "once a day" memory it keeps in the ledger (nudges.json, written only by the
// trusted writer). Pure: the cohort, its members' files, the memory and the instant in; the
// members due and the next memory out. Whether one member is due is nudge.ts's rule.
import type { LocalDate } from './calendar.js';
import { checkCommunityCard, type CommunityRules } from './community.js';
import type { Cohort } from './ledger.js';
import { standingOf } from './membership.js';
import { nudgeDue, type NudgeDecision } from './nudge.js';
import type { MemberFiles } from './report.js';
import { handleKey, isObject } from './shape.js';
import { isHandle } from './handle.js';
import { isLocalDate } from './calendar.js';

export const NUDGES_FILE = 'nudges.json';

/** The member's day of the last nudge each was sent, by lowercase handle. */
export interface NudgeMemory {
  schema: 1;
  last: Record<string, LocalDate>;
}

/** Reads nudges.json; anything unexpected is an empty memory for the handles it can't read. */
export function checkNudgeMemory(v: unknown): NudgeMemory {
  const last: Record<string, LocalDate> = Object.create(null) as Record<string, LocalDate>;
  if (isObject(v) && isObject(v.last))
    for (const [h, d] of Object.entries(v.last)) if (isHandle(h) && typeof d === 'string' && isLocalDate(d)) last[handleKey(h)] = d;
  return { schema: 1, last };
}

export interface NudgePlan {
  due: { handle: string; day: LocalDate }[];
  /** Why each other opted-in member was not nudged (for the run's log and tests). */
  skipped: { handle: string; decision: NudgeDecision }[];
  memory: NudgeMemory;
}

export function planNudges(input: { now: number; cohort: Cohort; rules: CommunityRules; members: readonly MemberFiles[]; memory: NudgeMemory }): NudgePlan {
  const { now, cohort, rules } = input;
  const due: NudgePlan['due'] = [];
  const skipped: NudgePlan['skipped'] = [];
  const last = { ...input.memory.last };
  for (const m of input.members) {
    if (!m.card || m.card.nudge !== true) continue;
    if (standingOf(m.handle, m.card as { leftAt?: unknown }, rules.removed, now) !== 'active') continue;
    const community = checkCommunityCard(m.card, cohort, rules);
    const written = new Set((m.progress?.entries ?? []).filter((e) => e?.makeUp !== true).map((e) => e?.date));
    const decision = nudgeDue({
      now,
      member: {
        nudge: true, timezone: m.card.timezone, dayStartsAt: m.card.dayStartsAt,
        ...(community.ok && community.value.quietHours !== undefined ? { quietHours: community.value.quietHours } : {}),
        vacations: community.ok ? community.value.vacations : [],
      },
      cohort,
      rules: { nudgeHoursBefore: rules.nudgeHoursBefore, quietHours: rules.quietHours },
      written: (day) => written.has(day),
      lastNudged: last[handleKey(m.handle)],
    });
    if (decision.due) {
      due.push({ handle: m.handle, day: decision.day });
      last[handleKey(m.handle)] = decision.day;
    } else skipped.push({ handle: m.handle, decision });
  }
  return { due, skipped, memory: { schema: 1, last: Object.fromEntries(Object.entries(last).sort(([a], [b]) => (a < b ? -1 : 1))) } };
}
