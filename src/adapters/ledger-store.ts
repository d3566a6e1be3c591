// One interface over the ledger transports, so commands never care where a ledger lives.
import type { Cohort } from '../domain/ledger.js';
import { isKind, WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { writeFileAtomic } from './files.js';
import { withLock } from './lock.js';
import { ledgerCacheDir, parseLedgerSpec } from './ledger.js';
import type { OwnChange, WriteResult } from './ledger-git.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface LedgerStore {
  label: string;
  /** The ledger as config stores it: local paths made absolute. */
  canonical: string;
  /** A local folder holding the whole ledger, for reading. `stale`: it could not be refreshed. */
  localCopy(): Promise<{ dir: string; stale?: string }>;
  updateOwn(handle: string, change: OwnChange, message: string): Promise<WriteResult>;
  /** Keeps the cohort's rules on this machine so the daily loop needs no network. */
  rememberRules(cohort: Cohort): Promise<void>;
}

export async function openLedgerStore(ledger: string, ctx: Context, configured = false): Promise<LedgerStore> {
  const spec = parseLedgerSpec(ledger, ctx.cwd, configured);
  const rememberRules = async (cohort: Cohort) => writeFileAtomic(ctx.paths.cohortRules, JSON.stringify({ ledger: spec.canonical, cohort }, null, 2) + '\n');
  if (spec.kind === 'github') {
    const cacheDir = ledgerCacheDir(ctx.paths.cache, spec);
    const repo = { owner: spec.owner, repo: spec.repo };
    const api = await import('./ledger-github.js');
    const gh = await ctx.github();
    return {
      label: spec.label,
      canonical: spec.canonical,
      localCopy: async () => {
        try {
          return { dir: await api.downloadLedger(gh, repo, cacheDir) };
        } catch (error) {
          const cached = join(cacheDir, 'github-read');
          // Only a remote that can't be reached falls back to what was last fetched.
          if (!isKind(error, 'network') || !existsSync(cached)) throw error;
          return { dir: cached, stale: (error as Error).message };
        }
      },
      updateOwn: (handle, change, message) => api.updateOwnFilesOnGitHub(gh, repo, handle, change, message, ctx.retry),
      rememberRules,
    };
  }
  if (spec.kind === 'dir') {
    return {
      label: spec.label,
      canonical: spec.canonical,
      localCopy: async () => ({ dir: spec.dir }),
      updateOwn: async () => {
        throw new WotnError('usage', `${ledger}: is a working copy; pass the ledger's git URL (or a bare repository) to write to it`);
      },
      rememberRules,
    };
  }
  const git = await import('./ledger-git.js');
  const remote = { git: ctx.git, env: ctx.env };
  const cacheDir = ledgerCacheDir(ctx.paths.cache, spec);
  return {
    label: spec.label,
    canonical: spec.canonical,
    localCopy: () => git.refreshReadClone(remote, cacheDir, spec.url),
    // One sync per member's write clone at a time. A live holder may be in a long push race
    // (30 attempts with backoff), so a second wotn waits for it; a dead one's lock is stale
    // within STALE_MS.
    updateOwn: (handle, change, message) =>
      withLock(join(cacheDir, `member-${handle}.lock`), 10 * 60_000, () => git.updateOwnFiles(remote, cacheDir, spec.url, handle, change, message, ctx.retry)),
    rememberRules,
  };
}
