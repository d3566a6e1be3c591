// One interface over the ledger transports, so commands never care where a ledger lives.
// How a member's own data reaches it differs: on plain git the member writes their two
// files; on GitHub the member submits check-in comments and the ledger's workflow records
// them (DESIGN §4), so a github: store has no way to write files at all.
import { COHORT_FILE, memberPath, progressPath, type Cohort } from '../domain/ledger.js';
import type { SentCheckIn } from '../domain/submit-plan.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { readJsonFile, writeFileAtomic } from './files.js';
import type { GitHub } from './github.js';
import { withLock } from './lock.js';
import { ledgerCacheDir, parseLedgerSpec } from './ledger.js';
import { folderSource, readFolderCommunity, type LedgerSource } from './ledger-files.js';
import type { CommunityFiles } from './community-files.js';
import type { OwnChange, WriteResult } from './ledger-git.js';
import type { Repo } from './ledger-github.js';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';

interface StoreBase {
  label: string;
  /** The ledger as config stores it: local paths made absolute. */
  canonical: string;
  /** The ledger to read, brought up to date when it can be. `stale`: it could not be refreshed. */
  open(): Promise<{ source: LedgerSource; stale?: string }>;
  /** Keeps the cohort's rules on this machine so the daily loop needs no network. */
  rememberRules(cohort: Cohort): Promise<void>;
}

export interface FileStore extends StoreBase {
  kind: 'files';
  updateOwn(handle: string, change: OwnChange, message: string): Promise<WriteResult>;
  /**
   * The rules and the community files (feedback/, actions/) as `handle`'s last sync saw
   * them, without reading every member's files (a git ledger: the member's own clone).
   */
  community(handle: string): Promise<{ cohort: Cohort; community: CommunityFiles }>;
}

/** A github: ledger: members submit check-in comments; only the ledger's workflow writes. */
export interface CheckInStore extends StoreBase {
  kind: 'check-ins';
  gh: GitHub;
  repo: Repo;
  /** wotn-cohort.json and the member's two files as the ledger has them now (three small reads). */
  readOwn(login: string): Promise<{ cohort?: unknown; card?: unknown; progress?: unknown }>;
  /** The check-in comments this machine posted to this ledger, by day (and the card's). */
  sent(): Record<string, SentCheckIn>;
  remember(key: string, sent: SentCheckIn): void;
  /** Runs `work` holding the member's lock, so two wotn processes never post one day twice. */
  locked<T>(handle: string, work: () => Promise<T>): Promise<T>;
}

export type LedgerStore = FileStore | CheckInStore;

/** Serialises one member's writes to one ledger across wotn processes on this machine. */
function memberLock<T>(cacheDir: string, handle: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(cacheDir, { recursive: true });
  return withLock(join(cacheDir, `member-${handle}.lock`), 10 * 60_000, work);
}

const sentProblem = (v: unknown) => (typeof (v as { sent?: unknown })?.sent === 'object' ? undefined : 'sent: is missing');

/** The remembered check-ins; a file that can't be read is forgotten (the worst case is one duplicate comment, which ingest resolves). */
function readSent(file: string): Record<string, SentCheckIn> {
  try {
    return ((readJsonFile(file, sentProblem) as { sent?: Record<string, SentCheckIn> } | undefined)?.sent) ?? {};
  } catch {
    return {};
  }
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
    const sentFile = join(cacheDir, 'check-ins.json');
    return {
      kind: 'check-ins',
      gh,
      repo,
      label: spec.label,
      canonical: spec.canonical,
      open: async () => ({ source: api.githubSource(gh, repo, spec.label) }),
      readOwn: async (login) => {
        const [cohort, card, progress] = await Promise.all([COHORT_FILE, memberPath(login), progressPath(login)].map((path) => api.readLedgerFile(gh, repo, path)));
        return { cohort: cohort?.value, card: card?.value, progress: progress?.value };
      },
      sent: () => readSent(sentFile),
      remember: (key, sent) => {
        const all = readSent(sentFile);
        writeFileAtomic(sentFile, JSON.stringify({ schema: 1, ledger: spec.canonical, sent: { ...all, [key]: sent } }, null, 2) + '\n');
      },
      locked: (handle, work) => memberLock(cacheDir, handle, work),
      rememberRules,
    };
  }
  if (spec.kind === 'dir') {
    return {
      kind: 'files',
      label: spec.label,
      canonical: spec.canonical,
      open: async () => ({ source: folderSource(spec.dir, spec.label) }),
      updateOwn: async () => {
        throw new WotnError('usage', t('error.workingCopy', { ledger }));
      },
      community: async () => readFolderCommunity(spec.dir, spec.label),
      rememberRules,
    };
  }
  const git = await import('./ledger-git.js');
  const remote = { git: ctx.git, env: ctx.env };
  const cacheDir = ledgerCacheDir(ctx.paths.cache, spec);
  return {
    kind: 'files',
    label: spec.label,
    canonical: spec.canonical,
    open: async () => {
      const { dir, stale } = await git.refreshReadClone(remote, cacheDir, spec.url);
      return { source: folderSource(dir, spec.label), ...(stale ? { stale } : {}) };
    },
    // One sync per member's write clone at a time. A live holder may be in a long push race
    // (30 attempts with backoff), so a second wotn waits for it; a dead one's lock is stale
    // within STALE_MS.
    updateOwn: (handle, change, message) => memberLock(cacheDir, handle, () => git.updateOwnFiles(remote, cacheDir, spec.url, handle, change, message, ctx.retry)),
    community: (handle) => memberLock(cacheDir, handle, () => git.readCommunityAtHead(remote, cacheDir, spec.url, handle)),
    rememberRules,
  };
}
