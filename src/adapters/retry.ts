// How long to wait between attempts when a remote keeps refusing (a push race, a stale sha).
// The Context carries the policy, so tests can retry without real waits.

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
}

// Generous: a whole cohort may publish at the same minute (a deadline, a reminder); a
// writer would rather wait a minute than see their entry queued. The cap decides how far
// a crowd spreads out: one branch takes a push about every 0.3 s here (each checked by the
// server's hook), so 250 writers need about a minute between a loser's tries, or nearly
// every try loses again (with a 10 s cap, 88 of 250 landed in 9 minutes).
export const DEFAULT_RETRY: RetryPolicy = { attempts: 30, baseMs: 200, capMs: 60_000 };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "Full jitter": a random wait up to an exponentially growing cap. */
export function backoffMs(attempt: number, p: RetryPolicy, random = Math.random): number {
  return Math.floor(random() * Math.min(p.capMs, p.baseMs * 2 ** attempt));
}
