// The publish use case: count words, refuse a post under the minimum, mark it published,
// commit and push it (or record a post published elsewhere by URL), update the journal,
// then sync the ledger when the writer is in a cohort.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { addDays, challengeDay, isLocalDate, localDay, parseInstant, recordableDay, zonedTimestamp, type LocalDate } from '../domain/calendar.js';
import { earlierPublish, publishesPastMidnight, renamedFor, unpublishedDraftBefore } from '../domain/publish-plan.js';
import { recordEntry, type JournalEntry } from '../domain/journal.js';
import { fillPattern, joinUrl, judgeWords } from '../domain/post.js';
import { countWords } from '../domain/words.js';
import { updateJournal } from '../adapters/journal.js';
import { messageOf, WotnError } from '../errors.js';
import { displayPath } from '../render/text.js';
import { MAX_POST_BYTES } from '../domain/defaults.js';
import type { Context } from '../context.js';
import { loadWriter, streakOf, type WriterState } from './writer-state.js';
import { commitAndPushPost, frontMatterRefusal, type BlogCommit, type PostChange, type PostFile } from './blog-push.js';
import { syncLedger, type CheckInSummary } from './sync.js';
import type { CheckInState } from '../domain/submit-plan.js';
import { spoken, t } from '../i18n/index.js';
import { saidAt } from '../domain/said.js';
import { humanDate } from '../render/writer.js';
import { makeUpRefusal } from '../domain/streak-policy.js';
import { checkWisdomFields, parseReflection, TEMPLATE_TAGS, withoutReflectionHeadings } from '../domain/wisdom.js';

export interface PublishOptions {
  /** The post to publish (default: today's). */
  file?: string;
  url?: string;
  /** With --url: record for this day (yesterday, within the cohort's grace hours). */
  date?: string;
  /** A make-up post for this missed day: a day written, never for the streak (the cohort's makeUpDays). */
  makeUp?: string;
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
  /** The post was published before: its entry was updated on its own day. */
  edited?: boolean;
  /** What wotn decided for the writer (a draft from yesterday, the day boundary). */
  notices: string[];
  warnings: string[];
  streak: { current: number; longest: number };
  /** On a github: ledger: the day's check-in (submitted, then recorded by the ledger's workflow). */
  checkIn?: { state: CheckInState; url?: string };
}

interface Draft extends PostFile {
  data: Record<string, unknown>;
  /** The post's Markdown after its front matter. */
  body: string;
  words: number;
  /** Found as yesterday's unpublished draft (`wotn publish` just after midnight). */
  scaffoldedFor?: LocalDate;
}

/**
 * Whether a post whose own front matter says it was published (and the journal has no entry:
 * a publish killed at its push, or a lost journal) really was: committed as it is now, for a
 * day that can still be recorded (today, or yesterday within the cohort's grace). Otherwise
 * it is published anew, today: a hand-written publishedAt never backdates a post.
 */
async function committedAsPublished(ctx: Context, w: WriterState, post: Draft, date: LocalDate): Promise<boolean> {
  const { timezone, dayStartsAt, blogDir } = w.settings;
  if (!recordableDay(w.now, timezone, dayStartsAt, date, w.cohort?.graceHours ?? 0, ctx.offset).ok) return false;
  // Tracked and clean: neither modified, staged, untracked nor ignored.
  const status = await ctx.git.run(blogDir, ['status', '--porcelain', '--ignored', '--', post.rel]).catch(() => '?');
  return status.trim() === '';
}

/**
 * What publishing changes in the post so that its counted day, front matter (day, date),
 * file name, commit message and URL agree. An edit changes only draft/publishedAt.
 */
async function postChange(
  ctx: Context,
  w: WriterState,
  draft: Draft,
  p: { date: LocalDate; day: number | null; publishedAt: string; title: string; edit: boolean },
): Promise<PostChange> {
  const frontMatter: Record<string, string | number | boolean> = { draft: false, publishedAt: p.publishedAt };
  if (draft.data.published === false) frontMatter.published = true; // Jekyll's own draft switch
  if (p.edit) return { message: `Edit ${p.day ? `day ${p.day}` : p.date}: ${p.title}`, frontMatter };
  const s = w.settings;
  const scaffolded = draft.scaffoldedFor ?? dateOf(draft.data.date, s.timezone, s.dayStartsAt, ctx.offset) ?? p.date;
  // The local date alone, as today writes it: generators read a time in their own zone.
  if (scaffolded !== p.date) frontMatter.date = p.date;
  if (p.day !== null && draft.data.day !== p.day && (draft.data.day !== undefined || scaffolded !== p.date)) frontMatter.day = p.day;
  const fromDay = typeof draft.data.day === 'number' ? draft.data.day : 0;
  let renameTo = renamedFor(draft.rel, s.fileName, { date: scaffolded, day: fromDay }, { date: p.date, day: p.day ?? 0 });
  // Keep the name of a file git already tracks (the writer committed the draft), or one that is taken.
  if (renameTo && (existsSync(join(s.blogDir, renameTo)) || (await ctx.git.run(s.blogDir, ['ls-files', '--error-unmatch', '--', draft.rel]).then(() => true, () => false))))
    renameTo = undefined;
  return { message: p.day ? `Day ${p.day}: ${p.title}` : p.title, frontMatter, ...(renameTo ? { renameTo } : {}) };
}

export async function runPublish(o: PublishOptions, ctx: Context): Promise<PublishResult> {
  if (o.date !== undefined && !o.url) throw new WotnError('usage', t('publish.dateNeedsUrl'));
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', t('error.notADate', { flag: '--date', value: o.date }));
  if (o.makeUp !== undefined && o.date !== undefined) throw new WotnError('usage', t('publish.makeUpAndDate'));
  if (o.makeUp !== undefined && !isLocalDate(o.makeUp)) throw new WotnError('usage', t('error.notADate', { flag: '--make-up', value: o.makeUp }));
  const w = loadWriter(ctx);
  if (o.makeUp !== undefined) makeUpAllowed(w, o.makeUp);
  const recordable = o.makeUp !== undefined
    ? { ok: true as const, date: o.makeUp, late: false }
    : recordableDay(w.now, w.settings.timezone, w.settings.dayStartsAt, o.date, w.cohort?.graceHours ?? 0, ctx.offset);
  if (!recordable.ok) throw new WotnError('usage', t('problem.dateFlag', { problem: spoken(recordable.said) }));
  const draft = await readDraft(ctx, w, o);
  const words = draft?.words ?? o.words;
  if (words === undefined)
    throw new WotnError('usage', t('publish.wordsNeeded'), t('publish.wordsNeededHint'));
  const verdict = judgeWords(words, { minimum: w.minimum, goal: w.settings.goal });
  if (!verdict.ok) throw new WotnError('usage', t('publish.refused', { file: draft ? displayPath(draft.file, ctx.cwd) : t('publish.post'), words: verdict.words, minimum: verdict.minimum }));

  const s = w.settings;
  const notices: string[] = [];
  // A post published before is edited on its own day; a first publish counts for today.
  const earlier = draft && !o.url && o.makeUp === undefined ? earlierPublish(w.journal.entries, draft.rel, draft.data, s.timezone, s.dayStartsAt, ctx.offset) : undefined;
  const edit = earlier?.kind === 'edit' && (earlier.from === 'journal' || (await committedAsPublished(ctx, w, draft!, earlier.date))) ? earlier : undefined;
  const date = edit?.date ?? recordable.date;
  const day = edit?.day ?? dayOf(w, date);
  const publishedAt = edit?.publishedAt ?? zonedTimestamp(w.now, s.timezone, ctx.offset);
  const title = o.title ?? stringOr(draft?.data.title, draft ? basename(draft.file).replace(/\.\w+$/, '') : o.url ?? '');
  if (draft?.scaffoldedFor && !edit)
    notices.push(t('publish.yesterdaysDraft', { scaffolded: humanDate(draft.scaffoldedFor), day: day ?? 0, date: humanDate(date) }));
  if (!edit && !o.url && o.makeUp === undefined && publishesPastMidnight(w.journal.entries, w.now, s.timezone, s.dayStartsAt, ctx.offset))
    notices.push(t('publish.pastMidnight'));

  let blog: BlogCommit | undefined;
  let rel = draft?.rel;
  if (draft && !o.url) {
    const change = await postChange(ctx, w, draft, { date, day, publishedAt, title, edit: Boolean(edit) });
    blog = await commitAndPushPost(ctx, w, draft, change, o.push);
    rel = change.renameTo ?? draft.rel;
  }
  const warnings = blog?.warnings ?? [];

  let url = o.url ?? postUrl(w, draft, rel, date);
  // The cohort's pages and the ledger link to posts from elsewhere: only an absolute URL can be.
  if (url && !/^https?:\/\//i.test(url)) {
    warnings.push(t('publish.relativeUrl', { url }));
    url = undefined;
  }
  const entry: JournalEntry = {
    date, ...(day ? { day } : {}), title, words, publishedAt, push: blog?.push ?? 'none', synced: false,
    ...(recordable.late ? { late: true } : {}),
    ...(blog ? { path: rel, commit: blog.commit } : {}),
    ...(url ? { url } : {}),
    ...(o.makeUp !== undefined ? { makeUp: true as const } : {}),
    ...(draft ? wisdomOf(draft) : {}),
  };
  if (o.makeUp !== undefined) notices.push(t('publish.madeUp', { date: humanDate(o.makeUp) }));
  const journal = await updateJournal(ctx.paths, (j) => {
    const next = recordEntry(j, entry);
    // A draft that moved to today (published past midnight) is today's post now.
    if (draft?.scaffoldedFor && rel) {
      const { [draft.scaffoldedFor]: _moved, ...drafts } = next.drafts;
      next.drafts = { ...drafts, [date]: rel };
    }
    if (blog?.push === 'done') next.entries = next.entries.map((e) => (e.push === 'pending' ? { ...e, push: 'done' } : e));
    return next;
  });

  let synced = false;
  let checkIn: PublishResult['checkIn'];
  // --no-push: nothing leaves this machine; the entry waits for wotn sync like the commit.
  if (w.settings.ledger && o.push) {
    try {
      const sync = await syncLedger(ctx, { ...w, journal });
      synced = Boolean(sync);
      if (sync?.checkIns) {
        checkIn = checkInOf(sync.checkIns, date);
        for (const u of sync.checkIns.unsent) if (u.date === date) warnings.push(t('publish.notSubmitted', { problem: u.problem }));
        synced = checkIn.state === 'recorded' || checkIn.state === 'submitted';
      }
    } catch (error) {
      warnings.push(t('publish.notSynced', { problem: messageOf(error) }));
    }
  }
  const streak = streakOf(journal, w.today, w.start, w.cohort, w.settings);

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
    ...(verdict.underGoal ? { note: t('publish.underGoal', verdict.underGoal) } : {}),
    ...(edit ? { edited: true } : {}),
    notices,
    warnings,
    streak: { current: streak.current, longest: streak.longest },
    ...(checkIn ? { checkIn } : {}),
  };
}

/** Whether a make-up post for `date` may count, by the cohort's rules (or refused, naming why). */
function makeUpAllowed(w: WriterState, date: LocalDate): void {
  const end = addDays(w.start, w.settings.days - 1);
  const written = new Set(w.journal.entries.filter((e) => !e.makeUp).map((e) => e.date));
  const used = new Set(w.journal.entries.filter((e) => e.makeUp && e.date !== date).map((e) => e.date)).size;
  const problem = makeUpRefusal(date, { start: w.start, end, today: w.today, written, used }, w.policy);
  if (problem) throw new WotnError('usage', t('problem.makeUp', { date, problem: spoken(problem) }));
}

/** The post's fields for the cohort's collective wisdom: tags, `featured: true`, a reflection's sections. */
function wisdomOf(draft: Draft): Pick<JournalEntry, 'tags' | 'featured' | 'reflection'> {
  const tags = Array.isArray(draft.data.tags) ? draft.data.tags.filter((t): t is string => typeof t === 'string') : typeof draft.data.tags === 'string' ? draft.data.tags.split(',') : [];
  const reflection = parseReflection(draft.body);
  const checked = checkWisdomFields({ tags, featured: draft.data.featured === true, ...(Object.keys(reflection).length ? { reflection } : {}) });
  if (!checked.ok) throw new WotnError('usage', spoken(saidAt(draft.file, checked.said)));
  const v = checked.value;
  const meaningful = v.tags.filter((t) => !TEMPLATE_TAGS.includes(t));
  return { ...(meaningful.length || v.reflection ? { tags: v.tags } : {}), ...(v.featured ? { featured: true as const } : {}), ...(v.reflection ? { reflection: v.reflection } : {}) };
}

function checkInOf(s: CheckInSummary, date: string): NonNullable<PublishResult['checkIn']> {
  const url = s.sent.find((x) => x.key === date)?.url;
  const state = s.recorded.includes(date) ? 'recorded' : s.waiting.includes(date) ? 'submitted' : s.unsent.find((u) => u.date === date)?.state ?? 'submitted';
  return { state, ...(url ? { url } : {}) };
}

async function readDraft(ctx: Context, w: WriterState, o: PublishOptions): Promise<Draft | undefined> {
  const todays = w.journal.drafts[w.today];
  let file: string;
  let scaffoldedFor: LocalDate | undefined;
  if (o.file) file = resolve(ctx.cwd, o.file);
  // --url without a file records a post published elsewhere: today's draft is not it.
  else if (o.url) return undefined;
  else if (todays && existsSync(join(w.settings.blogDir, todays))) file = join(w.settings.blogDir, todays);
  else {
    const yesterdays = unpublishedDraftBefore(w.journal, w.today);
    if (!yesterdays || !existsSync(join(w.settings.blogDir, yesterdays.rel)))
      throw new WotnError('not-found', t('publish.noPostToday'), t('publish.noPostTodayHint'));
    file = join(w.settings.blogDir, yesterdays.rel);
    scaffoldedFor = yesterdays.date;
  }

  if (!existsSync(file)) throw new WotnError('not-found', t('error.noSuchFile', { file: o.file ?? file }));
  const rel = relative(w.settings.blogDir, file);
  if (!o.url && (rel.startsWith('..') || isAbsolute(rel)))
    throw new WotnError('usage', t('publish.outsideBlog', { file, blog: w.settings.blogDir }), t('publish.outsideBlogHint'));
  const text = readPostText(file);
  // Loaded here, not at startup: the YAML parser is most of what publish loads.
  const { FrontMatterError, parsePost } = await import('../domain/front-matter.js');
  try {
    const { data, body } = parsePost(text);
    return { file, rel, text, data, body, words: countWords(withoutReflectionHeadings(body)), ...(scaffoldedFor ? { scaffoldedFor } : {}) };
  } catch (error) {
    if (error instanceof FrontMatterError) throw frontMatterRefusal(file, ctx.cwd, error.said);
    throw error;
  }
}

/** A post's text; a file that is too large or not UTF-8 text (a binary renamed .md) is refused, untouched. */
function readPostText(file: string): string {
  const { size } = statSync(file);
  if (size > MAX_POST_BYTES) throw new WotnError('usage', t('publish.tooLarge', { file, size: Math.ceil(size / 1_048_576), max: MAX_POST_BYTES / 1_048_576 }));
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = '\0';
  }
  if (text.includes('\0')) throw new WotnError('usage', t('publish.notText', { file }));
  return text;
}

/** The post's public URL: the counted day's date and the file's (possibly new) name. */
function postUrl(w: WriterState, draft: Draft | undefined, rel: string | undefined, date: string): string | undefined {
  const pattern = w.settings.urlPattern;
  if (!pattern || !draft || !rel) return undefined;
  const stem = basename(rel).replace(/\.\w+$/, '');
  const slug = stringOr(draft.data.slug, stem.replace(/^\d{4}-\d{2}-\d{2}-/, ''));
  const url = fillPattern(pattern, { date, slug, day: Number(draft.data.day) || 0 });
  return w.config.blog.siteUrl ? joinUrl(w.config.blog.siteUrl, url) : url;
}

/** The local day a front matter `date` names: a date as written, or an instant's day in the writer's zone. */
function dateOf(value: unknown, zone: string, dayStartsAt: string, offset: Context['offset']): LocalDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (isLocalDate(value)) return value;
  const at = parseInstant(value);
  return at === undefined ? undefined : localDay(at, zone, dayStartsAt, offset);
}

function dayOf(w: WriterState, date: string): number | null {
  const phase = challengeDay(date, w.start, w.settings.days);
  return phase.phase === 'active' ? phase.day : null;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value : fallback;
}
