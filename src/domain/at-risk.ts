// The at-risk rule: who a lead should look at today. Pure.

export interface RiskFacts {
  /** The challenge is running today. */
  active: boolean;
  writtenToday: boolean;
  /** The member's current streak (alive through yesterday while today is open). */
  streak: number;
  /** Freezes the cohort allows that this member has not used yet. */
  freezesLeft: number;
}

/**
 * A member is at risk when the challenge is running, they have not written today, and
 * missing today would cost something: their streak (no freeze left to cover it), or there
 * is no streak left to keep and the writer is slipping away.
 */
export function isAtRisk(f: RiskFacts): boolean {
  return f.active && !f.writtenToday && (f.streak === 0 || f.freezesLeft < 1);
}
