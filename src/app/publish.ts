// The publish use case: count words, refuse a post under the minimum, mark it published,
// commit and push it (or record a post published elsewhere by URL), update the journal,
// then sync the ledger when the writer is in a cohort.
import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { challengeDay, isLocalDate, recordableDay, zonedTimestamp } from '../domain/calendar.js';
import { recordEntry, type JournalEntry } from '../domain/journal.js';
import { fillPattern, joinUrl, judgeWords } from '../domain/post.js';
import { countWords } from '../domain/words.js';
import { updateJournal } from '../adapters/journal.js';
import { messageOf, WotnError } from '../errors.js';
import { displayPath } from '../render/text.js';
import type { Context } from '../context.js';
import { loadWriter, streakOf, type WriterState } from './writer-state.js';
import { commitAndPushPost, earlierPublish, type PostFile } from './blog.js';
import { syncLedger } from './sync.js';

export interface PublishOptions {
  /** The post to publish (default: today's). */
  file?: string;
  url?: string;
  /** With --url: record for this day (yesterday, within the cohort's grace hours). */
  date?: string;
  title?: string;
  words?: number;
  push: boolean;
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

interface Draft extends PostFile {
  data: Record<string, unknown>;
  words: number;
}

export async function runPublish(o: PublishOptions, ctx: Context): Promise<PublishResult> {
  if (o.date !== undefined && !o.url) throw new WotnError('usage', '--date goes with --url: it records a post published elsewhere for yesterday');
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', `--date "${o.date}" is not a date (YYYY-MM-DD)`);
  const w = loadWriter(ctx);
  const draft = await readDraft(ctx, w, o);
  const earlier = draft && !o.url ? await earlierPublish(ctx, w, draft) : undefined;
  const recordable = recordableDay(w.now, w.settings.timezone, w.settings.dayStartsAt, o.date ?? earlier?.date, w.cohort?.graceHours ?? 0, ctx.offset);
  if (!recordable.ok) throw new WotnError('usage', `--date ${recordable.problem}`);
  const words = draft?.words ?? o.words;
  if (words === undefined)
    throw new WotnError('usage', '--words N is needed with --url when there is no post file to count', 'Or pass the file: wotn publish FILE --url URL');
  const verdict = judgeWords(words, { minimum: w.minimum, goal: w.settings.goal });
  if (!verdict.ok) throw new WotnError('usage', `${draft ? displayPath(draft.file, ctx.cwd) : 'post'}: ${verdict.message}`);

  const { date } = recordable;
  const day = dayOf(w, date);
  const publishedAt = earlier?.publishedAt ?? zonedTimestamp(w.now, w.settings.timezone, ctx.offset);
  const title = o.title ?? stringOr(draft?.data.title, draft ? basename(draft.file).replace(/\.\w+$/, '') : o.url ?? '');
  const blog = draft && !o.url ? await commitAndPushPost(ctx, w, draft, day ? `Day ${day}: ${title}` : title, publishedAt, o.push) : undefined;
  const warnings = blog?.warnings ?? [];

  const url = o.url ?? postUrl(w, draft, date);
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
  // --no-push: nothing leaves this machine; the entry waits for wotn sync like the commit.
  if (w.settings.ledger && o.push) {
    try {
      synced = Boolean(await syncLedger(ctx, { ...w, journal }));
    } catch (error) {
      warnings.push(`Not synced to the cohort ledger (${messageOf(error)}). Run wotn sync later; your entry is queued.`);
    }
  }
  const streak = streakOf(journal, w.today, w.start, w.cohort);
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

async function readDraft(ctx: Context, w: WriterState, o: PublishOptions): Promise<Draft | undefined> {
  const todays = w.journal.drafts[w.today];
  let file: string;
  if (o.file) file = resolve(ctx.cwd, o.file);
  else if (todays && existsSync(join(w.settings.blogDir, todays))) file = join(w.settings.blogDir, todays);
  else if (o.url) return undefined;
  else throw new WotnError('not-found', 'there is no post for today yet', 'Run wotn today first, or pass the file: wotn publish FILE');

  if (!existsSync(file)) throw new WotnError('not-found', `${o.file ?? file}: no such file`);
  const rel = relative(w.settings.blogDir, file);
  if (!o.url && (rel.startsWith('..') || isAbsolute(rel)))
    throw new WotnError('usage', `${file}: is outside your blog folder ${w.settings.blogDir}`, 'Move it into the blog, or record it with --url URL.');
  const text = readFileSync(file, 'utf8');
  // Loaded here, not at startup: the YAML parser is most of what publish loads.
  const { FrontMatterError, parsePost } = await import('../domain/front-matter.js');
  try {
    const { data, body } = parsePost(text);
    return { file, rel, text, data, words: countWords(body) };
  } catch (error) {
    if (error instanceof FrontMatterError) throw new WotnError('corrupt', `${file}: ${error.message}`);
    throw error;
  }
}

function postUrl(w: WriterState, draft: Draft | undefined, date: string): string | undefined {
  const pattern = w.settings.urlPattern;
  if (!pattern || !draft) return undefined;
  const stem = basename(draft.rel).replace(/\.\w+$/, '');
  const slug = stringOr(draft.data.slug, stem.replace(/^\d{4}-\d{2}-\d{2}-/, ''));
  const postDate = stringOr(draft.data.date, date).slice(0, 10);
  const url = fillPattern(pattern, { date: isLocalDate(postDate) ? postDate : date, slug, day: Number(draft.data.day) || 0 });
  return w.config.blog.siteUrl ? joinUrl(w.config.blog.siteUrl, url) : url;
}

function dayOf(w: WriterState, date: string): number | null {
  const phase = challengeDay(date, w.start, w.settings.days);
  return phase.phase === 'active' ? phase.day : null;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value : fallback;
}
