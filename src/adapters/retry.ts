// How long to wait between attempts when a remote keeps refusing (a push race, a stale sha).
// The Context carries the policy, so tests can retry without real waits.

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
}

// Generous: a whole cohort may publish at the same minute (a deadline, a reminder); a
// writer would rather wait a minute than see their entry queued.
export const DEFAULT_RETRY: RetryPolicy = { attempts: 30, baseMs: 200, capMs: 10_000 };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "Full jitter": a random wait up to an exponentially growing cap. */
export function backoffMs(attempt: number, p: RetryPolicy, random = Math.random): number {
  return Math.floor(random() * Math.min(p.capMs, p.baseMs * 2 ** attempt));
}
