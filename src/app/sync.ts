// How sync merges: the journal's entries become the member's progress file in the ledger as
// a union keyed by date (an entry found remotely is never dropped), written through the
// ledger store, which re-reads and re-applies the merge after every rejected write.
// Idempotent: running it twice changes nothing.
import { checkCohort, checkProgress, type ProgressEntry } from '../domain/ledger.js';
import { mergeProgress, progressFromJournal } from '../domain/merge.js';
import { updateJournal } from '../adapters/journal.js';
import { isTransient, messageOf, WotnError } from '../errors.js';
import { plural } from '../render/text.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';
import { pushPendingBlog, type PendingPush } from './blog-push.js';

export interface LedgerSyncResult {
  ledger: string;
  entries: number;
  changed: boolean;
  commit: string | null;
  attempts: number;
  error?: string;
}

export interface SyncResult {
  blog: PendingPush;
  ledger: LedgerSyncResult | null;
}

/** Merges the journal into the ledger. Throws when the ledger can't be reached or keeps refusing. */
export async function syncLedger(ctx: Context, w: WriterState = loadWriter(ctx)): Promise<LedgerSyncResult | null> {
  const ledger = w.settings.ledger;
  if (!ledger) return null;
  const handle = w.settings.handle;
  if (!handle) throw new WotnError('usage', 'your handle is not set, so wotn cannot name your file in the ledger', 'Run wotn init --handle YOUR_GITHUB_LOGIN.');
  const local = progressFromJournal(w.journal.entries);
  const sent = new Set(w.journal.entries.map((e) => e.publishedAt));
  const store = await ctx.ledger(ledger, true);
  let rules: unknown;
  let merged: ProgressEntry[] = [];
  const result = await store.updateOwn(handle, (current) => {
    rules = current.cohort;
    let remote: ProgressEntry[] = [];
    if (current.progress !== undefined) {
      const checked = checkProgress(current.progress, handle);
      if (!checked.ok) throw new WotnError('corrupt', `progress/${handle}.json in the ledger: ${checked.problem}; fix it there before syncing`);
      remote = checked.value.entries;
    }
    merged = mergeProgress(remote, local);
    return { progress: { schema: 1, handle, entries: merged } };
  }, `${handle}: ${plural(local.length, 'day')} written`);
  const cohort = checkCohort(rules);
  if (cohort.ok) await store.rememberRules(cohort.value);
  await updateJournal(ctx.paths, (j) => ({ ...j, entries: j.entries.map((e) => (sent.has(e.publishedAt) ? { ...e, synced: true } : e)) }));
  return { ledger, entries: merged.length, changed: result.changed, commit: result.commit ?? null, attempts: result.attempts };
}

/** Pushes waiting blog commits, then syncs the ledger; a remote that fails is reported, not thrown. */
export async function runSync(ctx: Context): Promise<SyncResult> {
  const w = loadWriter(ctx);
  const blog = await pushPendingBlog(ctx, w);
  let ledger: LedgerSyncResult | null;
  try {
    ledger = await syncLedger(ctx, loadWriter(ctx));
  } catch (error) {
    if (!isTransient(error)) throw error;
    ledger = { ledger: w.settings.ledger ?? '', entries: 0, changed: false, commit: null, attempts: 0, error: messageOf(error) };
  }
  return { blog, ledger };
}
