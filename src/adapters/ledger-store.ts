// One interface over the ledger transports, so commands never care where a ledger lives.
import type { Cohort } from '../domain/ledger.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { writeFileAtomic } from './files.js';
import { ledgerCacheDir, parseLedgerSpec } from './ledger.js';
import { folderSource, type LedgerSource } from './ledger-files.js';
import type { OwnChange, WriteResult } from './ledger-git.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface LedgerStore {
  label: string;
  /** The ledger as config stores it: local paths made absolute. */
  canonical: string;
  /** The ledger to read, brought up to date when it can be. `stale`: it could not be refreshed. */
  open(): Promise<{ source: LedgerSource; stale?: string }>;
  updateOwn(handle: string, change: OwnChange, message: string): Promise<WriteResult>;
  /** Keeps the cohort's rules on this machine so the daily loop needs no network. */
  rememberRules(cohort: Cohort): Promise<void>;
}

export async function openLedgerStore(ledger: string, ctx: Context, configured = false): Promise<LedgerStore> {
  const spec = parseLedgerSpec(ledger, ctx.cwd, configured);
  const rememberRules = async (cohort: Cohort) => writeFileAtomic(ctx.paths.cohortRules, JSON.stringify({ ledger: spec.canonical, cohort }, null, 2) + '\n');
  if (spec.kind === 'github') {
    // Reads stream the archive now; the unpacked copy earlier versions kept is only clutter.
    const cacheDir = ledgerCacheDir(ctx.paths.cache, spec);
    for (const old of ['github-read', 'github-read.fetched']) rmSync(join(cacheDir, old), { recursive: true, force: true });
    const repo = { owner: spec.owner, repo: spec.repo };
    const api = await import('./ledger-github.js');
    const gh = await ctx.github();
    return {
      label: spec.label,
      canonical: spec.canonical,
      open: async () => ({ source: api.githubSource(gh, repo, spec.label) }),
      updateOwn: (handle, change, message) => api.updateOwnFilesOnGitHub(gh, repo, handle, change, message, ctx.retry),
      rememberRules,
    };
  }
  if (spec.kind === 'dir') {
    return {
      label: spec.label,
      canonical: spec.canonical,
      open: async () => ({ source: folderSource(spec.dir, spec.label) }),
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
    open: async () => {
      const { dir, stale } = await git.refreshReadClone(remote, cacheDir, spec.url);
      return { source: folderSource(dir, spec.label), ...(stale ? { stale } : {}) };
    },
    updateOwn: async (handle, change, message) => {
      const { default: lockfile } = await import('proper-lockfile');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(cacheDir, { recursive: true });
      const release = await lockfile.lock(cacheDir, {
        lockfilePath: join(cacheDir, `member-${handle}.lock`),
        stale: 60_000,
        retries: { retries: 60, minTimeout: 50, maxTimeout: 1_000 },
      });
      try {
        return await git.updateOwnFiles(remote, cacheDir, spec.url, handle, change, message, ctx.retry);
      } finally {
        await release();
      }
    },
    rememberRules,
  };
}
