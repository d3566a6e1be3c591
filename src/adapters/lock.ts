// Locks between wotn processes (proper-lockfile: a folder made atomically beside the file).
// A holder refreshes its lock every second; a lock left unrefreshed for STALE_MS belongs to
// a process that died (a kill, a crash) and is taken over. A waiter keeps trying for longer
// than that, so a run right after a crash waits at most STALE_MS, never gives up first.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export const STALE_MS = 5_000;
const POLL_MS = 100;

/**
 * Runs `critical` holding the lock `lockPath`, waiting up to `waitMs` (more than STALE_MS)
 * for another live holder to finish.
 */
export async function withLock<T>(lockPath: string, waitMs: number, critical: () => Promise<T> | T): Promise<T> {
  mkdirSync(dirname(lockPath), { recursive: true });
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(lockPath, {
    realpath: false,
    lockfilePath: lockPath,
    stale: STALE_MS,
    update: 1_000,
    // Polls every 100–200 ms for the whole window.
    retries: { retries: Math.ceil(Math.max(waitMs, 2 * STALE_MS) / POLL_MS), factor: 1, minTimeout: POLL_MS, maxTimeout: 2 * POLL_MS, randomize: true },
    // A holder starved of CPU for longer than STALE_MS (hundreds of writers on two cores)
    // may lose its lock to a waiter. That costs a sync done twice, which changes nothing
    // (a sync is idempotent; the journal's read-change-write runs without yielding), so it
    // must not crash the process, which is what proper-lockfile does by default.
    onCompromised: () => {},
  });
  try {
    return await critical();
  } finally {
    await release().catch(() => {}); // a lock taken over is no longer ours to remove
  }
}
