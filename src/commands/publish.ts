// wotn publish: count words, mark the post published, commit and push it (or record a post
// published elsewhere by URL), then update the journal and the streak.
import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { challengeDay, isLocalDate, recordableDay, zonedTimestamp } from '../domain/calendar.js';
import { recordEntry, writtenDays, type JournalEntry } from '../domain/journal.js';
import { fillPattern, joinUrl, judgeWords } from '../domain/post.js';
import { computeStreak } from '../domain/streak.js';
import { countWords } from '../domain/words.js';
import { FrontMatterError, parsePost, updateFrontMatter } from '../domain/front-matter.js';
import { writeFileAtomic } from '../adapters/files.js';
import { updateJournal } from '../adapters/journal.js';
import { loadWriter, type WriterState } from '../writer.js';
import { UsageError } from '../errors.js';
import { celebration, streakLine } from '../render/writer.js';
import { displayPath, plural, style } from '../render/style.js';
import type { Context } from '../context.js';

export interface PublishOptions {
  url?: string;
  /** With --url: record for this day (yesterday, within the cohort's grace hours). */
  date?: string;
  title?: string;
  words?: number;
  push?: boolean;
}

export interface PublishResult {
  path: string | null;
  date: string;
  day: number | null;
  title: string;
  words: number;
  url: string | null;
  commit: string | null;
  pushed: boolean;
  synced: boolean;
  note?: string;
  warnings: string[];
  streak: { current: number; longest: number };
}

interface Draft {
  file: string;
  rel: string;
  text: string;
  data: Record<string, unknown>;
  words: number;
}

export async function runPublish(fileArg: string | undefined, options: PublishOptions, ctx: Context): Promise<PublishResult> {
  if (options.date !== undefined && !options.url) throw new UsageError('--date goes with --url: it records a post published elsewhere for yesterday');
  if (options.date !== undefined && !isLocalDate(options.date)) throw new UsageError(`--date "${options.date}" is not a date (YYYY-MM-DD)`);
  const w = loadWriter(ctx);
  const recordable = recordableDay(w.now, w.settings.timezone, w.settings.dayStartsAt, options.date, w.cohort?.graceHours ?? 0);
  if (!recordable.ok) throw new UsageError(`--date ${recordable.problem}`);
  const draft = readDraft(w, fileArg, options);
  const words = draft?.words ?? options.words;
  if (words === undefined)
    throw new UsageError('--words N is needed with --url when there is no post file to count', 'Or pass the file: wotn publish FILE --url URL');
  const verdict = judgeWords(words, { minimum: w.minimum, goal: w.settings.goal });
  if (!verdict.ok) throw new UsageError(`${draft ? displayPath(draft.file) : 'post'}: ${verdict.message}`);

  const { date } = recordable;
  const day = dayOf(w, date);
  const publishedAt = zonedTimestamp(w.now, w.settings.timezone);
  const title = options.title ?? stringOr(draft?.data.title, draft ? basename(draft.file).replace(/\.\w+$/, '') : options.url ?? '');
  const blog = draft && !options.url ? await publishToBlog(w, draft, day ? `Day ${day}: ${title}` : title, publishedAt, options.push !== false) : undefined;
  const warnings = blog?.warnings ?? [];

  const url = options.url ?? postUrl(w, draft, date);
  const entry: JournalEntry = {
    date, ...(day ? { day } : {}), title, words, publishedAt, push: blog?.push ?? 'none', synced: false,
    ...(recordable.late ? { late: true } : {}),
    ...(blog ? { path: draft!.rel, commit: blog.commit } : {}),
    ...(url ? { url } : {}),
  };
  const journal = await updateJournal(ctx.paths, (j) => {
    const next = recordEntry(j, entry);
    if (blog?.push === 'done') next.entries = next.entries.map((e) => (e.push === 'pending' ? { ...e, push: 'done' } : e));
    return next;
  });

  let synced = false;
  if (w.settings.ledger) {
    const { syncLedger } = await import('./sync.js');
    try {
      synced = Boolean(await syncLedger(ctx));
    } catch (error) {
      warnings.push(`Not synced to the cohort ledger (${(error as Error).message}). Run wotn sync later; your entry is queued.`);
    }
  }
  const streak = computeStreak(writtenDays(journal.entries), w.today, { start: w.start, freezes: w.cohort?.freezes ?? 0 });
  return {
    path: draft?.file ?? null,
    date,
    day,
    title,
    words,
    url: url ?? null,
    commit: blog?.commit ?? null,
    pushed: blog?.push === 'done',
    synced,
    ...(verdict.note ? { note: verdict.note } : {}),
    warnings,
    streak: { current: streak.current, longest: streak.longest },
  };
}

/** Marks the post published, commits it and pushes it; the post is restored if the commit fails. */
async function publishToBlog(w: WriterState, draft: Draft, message: string, publishedAt: string, mayPush: boolean) {
  const git = await import('../adapters/git.js');
  writeFileAtomic(draft.file, updateFrontMatter(draft.text, { draft: false, publishedAt }));
  let commit: string;
  try {
    commit = await git.commitFile(w.settings.blogDir, draft.rel, message);
  } catch (error) {
    writeFileAtomic(draft.file, draft.text);
    throw error;
  }
  const { remote, branch, blogDir } = w.settings;
  if (!remote) return { commit, push: 'none' as const, warnings: ['No blog remote is set, so nothing was pushed (set one with wotn init --remote URL).'] };
  if (!mayPush) return { commit, push: 'pending' as const, warnings: [] };
  try {
    await git.push(blogDir, remote, branch);
    return { commit, push: 'done' as const, warnings: [] };
  } catch (error) {
    return {
      commit,
      push: 'pending' as const,
      warnings: [`Committed but not pushed (${(error as Error).message}). It will be pushed by the next wotn publish or wotn sync.`],
    };
  }
}

function readDraft(w: WriterState, fileArg: string | undefined, options: PublishOptions): Draft | undefined {
  const todays = w.journal.drafts[w.today];
  let file: string;
  if (fileArg) file = resolve(fileArg);
  else if (todays && existsSync(join(w.settings.blogDir, todays))) file = join(w.settings.blogDir, todays);
  else if (options.url) return undefined;
  else throw new UsageError('there is no post for today yet', 'Run wotn today first, or pass the file: wotn publish FILE');

  if (!existsSync(file)) throw new UsageError(`${fileArg ?? file}: no such file`);
  const rel = relative(w.settings.blogDir, file);
  if (!options.url && (rel.startsWith('..') || isAbsolute(rel)))
    throw new UsageError(`${file}: is outside your blog folder ${w.settings.blogDir}`, 'Move it into the blog, or record it with --url URL.');
  const text = readFileSync(file, 'utf8');
  try {
    const { data, body } = parsePost(text);
    return { file, rel, text, data, words: countWords(body) };
  } catch (error) {
    if (error instanceof FrontMatterError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

function postUrl(w: WriterState, draft: Draft | undefined, date: string): string | undefined {
  const pattern = w.settings.urlPattern;
  if (!pattern || !draft) return undefined;
  const stem = basename(draft.rel).replace(/\.\w+$/, '');
  const slug = stringOr(draft.data.slug, stem.replace(/^\d{4}-\d{2}-\d{2}-/, ''));
  const postDate = stringOr(draft.data.date, date).slice(0, 10);
  const url = fillPattern(pattern, { date: /^\d{4}-\d{2}-\d{2}$/.test(postDate) ? postDate : date, slug, day: Number(draft.data.day) || 0 });
  return w.config.blog.siteUrl ? joinUrl(w.config.blog.siteUrl, url) : url;
}

function dayOf(w: WriterState, date: string): number | null {
  const phase = challengeDay(date, w.start, w.settings.days);
  return phase.phase === 'active' ? phase.day : null;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value : fallback;
}

export async function publishCommand(ctx: Context, args: unknown[]): Promise<void> {
  const [file, options] = args as [string | undefined, PublishOptions];
  const r = await runPublish(file, options, ctx);
  for (const warning of r.warnings) ctx.out.info(`warning: ${warning}`);
  if (ctx.json) return ctx.out.json(r);
  const c = style(ctx.color);
  const head = r.day ? `day ${r.day}` : r.date;
  ctx.out.data(`${c.green('Published')} ${head}: ${r.title} (${plural(r.words, 'word')})`);
  if (r.note) ctx.out.data(c.yellow(r.note));
  if (r.commit) ctx.out.data(`Commit ${r.commit}${r.pushed ? ', pushed' : ''}`);
  if (r.url) ctx.out.data(`URL ${r.url}`);
  if (r.synced) ctx.out.data('Synced to the cohort ledger.');
  ctx.out.data(streakLine(r.streak, c));
  const cheer = celebration(r.streak, true, c);
  if (cheer) ctx.out.data(cheer);
}
