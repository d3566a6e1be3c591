// wotn sync: push blog commits that are waiting, then merge the journal's entries into the
// member's progress file in the cohort ledger. Idempotent: running it twice changes nothing.
import { checkCohort, checkProgress, mergeProgress, progressFromJournal, type ProgressEntry } from '../domain/ledger.js';
import { loadWriter } from '../writer.js';
import { updateJournal } from '../adapters/journal.js';
import { readConfigOrEmpty } from '../adapters/config.js';
import { UsageError, WotnError } from '../errors.js';
import { style } from '../render/style.js';
import type { Context } from '../context.js';

export interface LedgerSyncResult {
  ledger: string;
  entries: number;
  changed: boolean;
  commit: string | null;
  attempts: number;
  error?: string;
}

export interface SyncResult {
  blog: { pending: number; pushed: boolean; error?: string };
  ledger: LedgerSyncResult | null;
}

/** Pushes the blog when entries wait for it; never throws, the caller decides. */
export async function pushPendingBlog(ctx: Context): Promise<SyncResult['blog']> {
  const w = loadWriter(ctx);
  const pending = w.journal.entries.filter((e) => e.push === 'pending').length;
  if (!pending || !w.settings.remote) return { pending, pushed: false };
  const git = await import('../adapters/git.js');
  try {
    await git.push(w.settings.blogDir, w.settings.remote, w.settings.branch);
  } catch (error) {
    return { pending, pushed: false, error: (error as Error).message };
  }
  await updateJournal(ctx.paths, (j) => ({ ...j, entries: j.entries.map((e) => (e.push === 'pending' ? { ...e, push: 'done' } : e)) }));
  return { pending, pushed: true };
}

/** Merges the journal into the ledger. Throws when the ledger can't be reached or keeps refusing. */
export async function syncLedger(ctx: Context): Promise<LedgerSyncResult | null> {
  const w = loadWriter(ctx);
  const ledger = w.settings.ledger;
  if (!ledger) return null;
  const handle = w.settings.handle;
  if (!handle) throw new UsageError('your handle is not set, so wotn cannot name your file in the ledger', 'Run wotn init --handle YOUR_GITHUB_LOGIN.');
  const local = progressFromJournal(w.journal.entries);
  const sent = new Set(w.journal.entries.map((e) => e.publishedAt));
  const { openLedgerStore } = await import('../adapters/ledger-store.js');
  const store = await openLedgerStore(ledger, ctx, true);
  let rules: unknown;
  let merged: ProgressEntry[] = [];
  const result = await store.updateOwn(handle, (current) => {
    rules = current.cohort;
    let remote: ProgressEntry[] = [];
    if (current.progress !== undefined) {
      const checked = checkProgress(current.progress, handle);
      if (!checked.ok) throw new WotnError(`progress/${handle}.json in the ledger: ${checked.problem}; fix it there before syncing`);
      remote = checked.value.entries;
    }
    merged = mergeProgress(remote, local);
    return { progress: { schema: 1, handle, entries: merged } };
  }, `${handle}: ${local.length} day${local.length === 1 ? '' : 's'} written`);
  const cohort = checkCohort(rules);
  if (cohort.ok) await store.rememberRules(cohort.value);
  await updateJournal(ctx.paths, (j) => ({ ...j, entries: j.entries.map((e) => (sent.has(e.publishedAt) ? { ...e, synced: true } : e)) }));
  return { ledger, entries: merged.length, changed: result.changed, commit: result.commit ?? null, attempts: result.attempts };
}

export async function runSync(ctx: Context): Promise<SyncResult> {
  const blog = await pushPendingBlog(ctx);
  let ledger: LedgerSyncResult | null;
  try {
    ledger = await syncLedger(ctx);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // syncLedger throws only once it knows a ledger is set: name it from the config.
    ledger = { ledger: readConfigOrEmpty(ctx.paths).cohort?.ledger ?? '', entries: 0, changed: false, commit: null, attempts: 0, error: (error as Error).message };
  }
  return { blog, ledger };
}

export async function syncCommand(ctx: Context): Promise<void> {
  const r = await runSync(ctx);
  if (ctx.json) ctx.out.json(r);
  else {
    const c = style(ctx.color);
    if (r.blog.pushed) ctx.out.data(`${c.green('Pushed')} ${r.blog.pending} waiting blog commit${r.blog.pending === 1 ? '' : 's'}.`);
    else if (!r.blog.error) ctx.out.data('Blog: nothing waiting to push.');
    if (r.ledger && !r.ledger.error)
      ctx.out.data(r.ledger.changed ? `${c.green('Synced')} ${r.ledger.entries} days to the ledger (commit ${r.ledger.commit}).` : 'Ledger: already up to date.');
    if (!r.ledger) ctx.out.data(c.dim('No cohort ledger set: join one with wotn cohort join LEDGER.'));
  }
  const failures = [r.blog.error && `could not push your blog: ${r.blog.error}`, r.ledger?.error && `could not sync the ledger: ${r.ledger.error}`].filter(Boolean);
  if (failures.length) throw new WotnError(failures.join('; '), 'Your entries are safe and stay queued; run wotn sync again when the remote is reachable.');
}
