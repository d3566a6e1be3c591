// How publish pushes: the post is marked published, committed alone, and pushed to the
// blog's remote. A push that fails leaves the commit queued (journal `push: pending`) for
// the next publish or sync; a commit that fails restores the post as it was.
import { localDay, recordableDay, type LocalDate } from '../domain/calendar.js';
import { parseInstant } from '../domain/instant.js';
import { writeFileAtomic } from '../adapters/files.js';
import { updateJournal } from '../adapters/journal.js';
import { messageOf } from '../errors.js';
import type { Context } from '../context.js';
import type { WriterState } from './writer-state.js';

export type PushState = 'done' | 'pending' | 'none';

export interface BlogCommit {
  commit: string;
  push: PushState;
  warnings: string[];
}

export interface PostFile {
  /** Absolute path. */
  file: string;
  /** Path inside the blog, as git and the journal name it. */
  rel: string;
  text: string;
}

/**
 * A post that is already committed as published and unchanged since: a publish killed at
 * its push, or the same post published again. Publishing it keeps its publishedAt, so
 * nothing new is committed, while that day can still be recorded (today, or yesterday
 * within the cohort's grace); after that it is published anew, never backdated.
 */
export async function earlierPublish(ctx: Context, w: WriterState, post: PostFile & { data: Record<string, unknown> }): Promise<{ publishedAt: string; date: LocalDate } | undefined> {
  const { draft, publishedAt } = post.data;
  if (draft !== false || typeof publishedAt !== 'string') return undefined;
  const at = parseInstant(publishedAt);
  if (at === undefined) return undefined;
  const { timezone, dayStartsAt, blogDir } = w.settings;
  const date = localDay(at, timezone, dayStartsAt, ctx.offset);
  if (!recordableDay(w.now, timezone, dayStartsAt, date, w.cohort?.graceHours ?? 0, ctx.offset).ok) return undefined;
  // Tracked and clean: neither modified, staged, untracked nor ignored.
  const status = await ctx.git.run(blogDir, ['status', '--porcelain', '--ignored', '--', post.rel]).catch(() => '?');
  return status.trim() === '' ? { publishedAt, date } : undefined;
}

export async function commitAndPushPost(
  ctx: Context,
  w: WriterState,
  post: PostFile,
  message: string,
  publishedAt: string,
  mayPush: boolean,
): Promise<BlogCommit> {
  const { updateFrontMatter } = await import('../domain/front-matter.js');
  writeFileAtomic(post.file, updateFrontMatter(post.text, { draft: false, publishedAt }));
  let commit: string;
  try {
    commit = await ctx.git.commitFile(w.settings.blogDir, post.rel, message);
  } catch (error) {
    writeFileAtomic(post.file, post.text);
    throw error;
  }
  const { remote, branch, blogDir } = w.settings;
  if (!remote) return { commit, push: 'none', warnings: ['No blog remote is set, so nothing was pushed (set one with wotn init --remote URL).'] };
  if (!mayPush) return { commit, push: 'pending', warnings: [] };
  try {
    await ctx.git.push(blogDir, remote, branch);
    return { commit, push: 'done', warnings: [] };
  } catch (error) {
    return {
      commit,
      push: 'pending',
      warnings: [`Committed but not pushed (${messageOf(error)}). It will be pushed by the next wotn publish or wotn sync.`],
    };
  }
}

export interface PendingPush {
  pending: number;
  pushed: boolean;
  error?: string;
}

/** Pushes the blog when entries wait for it; never throws, the caller decides. */
export async function pushPendingBlog(ctx: Context, w: WriterState): Promise<PendingPush> {
  const pending = w.journal.entries.filter((e) => e.push === 'pending').length;
  if (!pending || !w.settings.remote) return { pending, pushed: false };
  try {
    await ctx.git.push(w.settings.blogDir, w.settings.remote, w.settings.branch);
  } catch (error) {
    return { pending, pushed: false, error: messageOf(error) };
  }
  await updateJournal(ctx.paths, (j) => ({ ...j, entries: j.entries.map((e) => (e.push === 'pending' ? { ...e, push: 'done' } : e)) }));
  return { pending, pushed: true };
}
