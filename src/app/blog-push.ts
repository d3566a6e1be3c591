// How publish pushes: the post is marked published, committed alone, and pushed to the
// blog's remote. A push that fails leaves the commit queued (journal `push: pending`) for
// the next publish or sync; a commit that fails restores the post as it was.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../adapters/files.js';
import { updateJournal } from '../adapters/journal.js';
import { withoutScaffoldNotes } from '../domain/post.js';
import { messageOf, WotnError } from '../errors.js';
import { spoken, t } from '../i18n/index.js';
import { displayPath } from '../render/text.js';
import type { Said } from '../domain/said.js';
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

export interface PostChange {
  message: string;
  /** Front matter keys to set (draft: false, publishedAt, and day/date when they change). */
  frontMatter: Record<string, string | number | boolean>;
  /** A new path inside the blog, when the file name must follow the day it now counts for. */
  renameTo?: string;
}

/** A post whose front matter does not read: one line, the post as the writer names it and what is wrong in their words. */
export const frontMatterRefusal = (file: string, cwd: string, problem: Said) => new WotnError('corrupt', `${displayPath(file, cwd)}: ${spoken(problem)}`);

export async function commitAndPushPost(ctx: Context, w: WriterState, post: PostFile, change: PostChange, mayPush: boolean): Promise<BlogCommit> {
  const { FrontMatterError, updateFrontMatter } = await import('../domain/front-matter.js');
  const target = change.renameTo ? { rel: change.renameTo, file: join(w.settings.blogDir, change.renameTo) } : post;
  let text: string;
  try {
    text = updateFrontMatter(post.text, change.frontMatter);
  } catch (error) {
    // The post is left as it was: the writer reads which one and why, in their words.
    if (error instanceof FrontMatterError) throw frontMatterRefusal(post.file, ctx.cwd, error.said);
    throw error;
  }
  writeFileAtomic(target.file, withoutScaffoldNotes(text));
  if (target.file !== post.file) rmSync(post.file);
  const restore = () => {
    writeFileAtomic(post.file, post.text);
    if (target.file !== post.file) rmSync(target.file, { force: true });
  };
  let commit: string;
  try {
    // With no git identity on this machine, the commit is the writer's, from a noreply address.
    const email = `${w.settings.handle ?? 'writer'}@users.noreply.github.com`;
    commit = await ctx.git.commitFile(w.settings.blogDir, target.rel, change.message, { name: w.settings.name || w.settings.handle || 'wotn writer', email });
  } catch (error) {
    restore();
    throw error;
  }
  const { remote, branch, blogDir } = w.settings;
  if (!remote) return { commit, push: 'none', warnings: [t('publish.noRemote')] };
  if (!mayPush) return { commit, push: 'pending', warnings: [] };
  try {
    await ctx.git.push(blogDir, remote, branch);
    return { commit, push: 'done', warnings: [] };
  } catch (error) {
    return {
      commit,
      push: 'pending',
      warnings: [t('blog.notPushed', { problem: messageOf(error) })],
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
