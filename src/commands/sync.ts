// wotn sync: push blog commits that are waiting, then bring the cohort ledger up to date.
import { loadWriter } from '../writer.js';
import { updateJournal } from '../adapters/journal.js';
import { WotnError } from '../errors.js';
import { style } from '../render/style.js';
import type { Context } from '../context.js';

export interface SyncResult {
  blog: { pending: number; pushed: boolean; error?: string };
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

export async function runSync(ctx: Context): Promise<SyncResult> {
  return { blog: await pushPendingBlog(ctx) };
}

export async function syncCommand(ctx: Context): Promise<void> {
  const r = await runSync(ctx);
  if (ctx.json) ctx.out.data(JSON.stringify(r, null, 2));
  else {
    const c = style(ctx.color);
    if (r.blog.pushed) ctx.out.data(`${c.green('Pushed')} ${r.blog.pending} waiting blog commit${r.blog.pending === 1 ? '' : 's'}.`);
    else if (!r.blog.error) ctx.out.data('Blog: nothing waiting to push.');
  }
  if (r.blog.error) throw new WotnError(`could not push your blog: ${r.blog.error}`, 'Your posts are committed and stay queued; run wotn sync again when the remote is reachable.');
}
