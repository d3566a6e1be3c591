// The today use case: scaffold today's post from a template (never overwriting it) and
// open the editor; the first post of a solo challenge fixes its start day.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { wordsOn } from '../domain/journal.js';
import { fillPattern, fillTemplate, promptForDay, splitPost, unpublishedForJekyll } from '../domain/post.js';
import { slugify } from '../domain/slug.js';
import { isReflectionDay, REFLECTION_TAG, reflectionScaffold, weekOf } from '../domain/wisdom.js';
import { loadPrompts, loadTemplate } from '../adapters/templates.js';
import { updateJournal } from '../adapters/journal.js';
import { writeConfig } from '../adapters/config.js';
import { draftWords as countDraft } from '../adapters/word-cache.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';
import { english as ENGLISH, translator, type Translator } from '../i18n/index.js';

export interface TodayOptions {
  title?: string;
  edit: boolean;
  template?: string;
}

export interface TodayResult {
  path: string;
  date: string;
  day: number | null;
  days: number;
  phase: 'before' | 'active' | 'finished';
  /** Days until the challenge starts, when it has not yet. */
  startsIn?: number;
  created: boolean;
  /** On a terminal with no VISUAL or EDITOR set, so no editor was opened. */
  noEditor?: boolean;
  /** --title was given but today's post already exists: its own title was kept. */
  keptTitle?: boolean;
  published: boolean;
  title: string;
  prompt: string;
  /** goal: what a post needs to count (the cohort's minimum in a cohort); target: the writer's own goal above it. */
  words: { draft: number; today: number; goal: number; target?: number };
  streak: { current: number; longest: number };
  /** On days 7, 14, 21 and 28: the week whose reflection today's post scaffolds. */
  reflection?: { week: number };
}

export async function runToday(options: TodayOptions, ctx: Context): Promise<TodayResult> {
  let w = loadWriter(ctx);
  const s = w.settings;
  const day = w.phase.phase === 'active' ? w.phase.day : null;
  const templatesDir = s.templatesDir ?? ctx.paths.templates;
  // What goes into the post is in the writer's language, whatever the run's messages are in.
  const tr = await translator(ctx.lang);
  // Days 7, 14, 21 and 28: the week's reflection (a win, a struggle, a wonder, something learned from another member).
  const reflection = day !== null && isReflectionDay(day, s.days) ? weekOf(day) : null;
  const prompt = reflection !== null ? tr.t('today.reflectionPrompt', { week: reflection }) : promptForDay(loadPrompts(templatesDir, ctx.lang), day ?? 1);

  const recorded = w.journal.drafts[w.today];
  const rel = recorded && existsSync(join(s.blogDir, recorded)) ? recorded : newPostPath(w, options.title);
  const file = join(s.blogDir, rel);
  let created = false;

  if (!existsSync(file)) {
    w = await startChallengeIfNew(w, ctx);
    mkdirSync(dirname(file), { recursive: true });
    await ctx.git.ensureRepo(s.blogDir, s.branch);
    const { text } = loadTemplate(options.template, templatesDir, ctx.cwd, ctx.lang);
    const filled = fillTemplate(text, {
      title: options.title ?? defaultTitle(w, tr),
      // The local date alone: site generators read a time with an offset in their own zone
      // (Jekyll and Hugo: UTC by default), which moves a 01:30 post in Hanoi to the day before.
      date: w.today,
      day, // null outside the challenge (a warm-up before it starts)
      stage: w.phase.phase === 'active' ? tr.t('today.stage', { day: w.phase.day, days: s.days }) : defaultTitle(w, tr),
      days: s.days,
      prompt,
      name: s.name,
      handle: s.handle ?? '',
    });
    const post = reflection !== null ? withReflection(filled, reflection) : filled;
    writeFileSync(file, w.config.blog.preset === 'jekyll' ? unpublishedForJekyll(post) : post, { flag: 'wx' });
    created = true;
  }
  if (recorded !== rel) await updateJournal(ctx.paths, (j) => ({ ...j, drafts: { ...j.drafts, [w.today]: rel } }));

  const editing = options.edit && ctx.interactive;
  if (editing && s.editor) await ctx.openEditor(s.editor, file);
  const text = readFileSync(file, 'utf8');
  const published = w.journal.entries.some((e) => e.path === rel);
  const draftWords = countDraft(ctx.paths, file, text);
  return {
    path: file,
    date: w.today,
    day,
    days: s.days,
    phase: w.phase.phase,
    ...(w.phase.phase === 'before' ? { startsIn: w.phase.startsIn } : {}),
    created,
    ...(editing && !s.editor ? { noEditor: true } : {}),
    published,
    title: titleOf(text) ?? options.title ?? '',
    // --title names a new post; an existing one keeps its title (its front matter says it).
    ...(!created && options.title !== undefined && titleOf(text) !== options.title ? { keptTitle: true } : {}),
    prompt,
    words: { draft: draftWords, today: wordsOn(w.journal.entries, w.today), goal: w.minimum, ...(w.target ? { target: w.target } : {}) },
    streak: { current: w.streak.current, longest: w.streak.longest },
    ...(reflection !== null ? { reflection: { week: reflection } } : {}),
  };
}

/** The post with the reflection's sections after the template's body, tagged `reflection`. */
function withReflection(post: string, week: number): string {
  const { frontMatter } = splitPost(post);
  const tagged = frontMatter && /^tags:\s*\[(.*)\]\s*$/m.test(frontMatter)
    ? post.replace(/^tags:\s*\[(.*)\]\s*$/m, (_, tags: string) => `tags: [${[...tags.split(',').map((t) => t.trim()).filter(Boolean), REFLECTION_TAG].join(', ')}]`)
    : post;
  return `${tagged.replace(/\s*$/, '\n')}\n${reflectionScaffold(week)}`;
}

/** "Day 3", "Ngày 3": the title of a post scaffolded without one. */
function defaultTitle(w: WriterState, tr: Translator): string {
  if (w.phase.phase === 'active' && isReflectionDay(w.phase.day, w.settings.days)) return tr.t('today.title.reflection', { day: w.phase.day, week: weekOf(w.phase.day) });
  if (w.phase.phase === 'before') return tr.t('today.title.warmUp');
  if (w.phase.phase === 'finished') return tr.t('today.title.after');
  return tr.t('today.title.day', { day: w.phase.day });
}

/**
 * Where today's new post goes. A new day never reuses a file an earlier day wrote (a
 * pattern without the date, such as Hugo's `{slug}.md`, and a title used before): a taken
 * name gets -2, -3… before its extension.
 */
function newPostPath(w: WriterState, title: string | undefined): string {
  const day = w.phase.phase === 'active' ? w.phase.day : 0;
  // The English default names the file: file names are the same in every language.
  const slug = slugify(title ?? defaultTitle(w, ENGLISH));
  const rel = join(w.settings.postsDir, fillPattern(w.settings.fileName, { date: w.today, slug, day }));
  const ext = extname(rel);
  const stem = rel.slice(0, rel.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? rel : `${stem}-${n}${ext}`;
    if (!existsSync(join(w.settings.blogDir, candidate))) return candidate;
  }
}

/** The solo challenge starts with the first post; remember that day in the config. */
async function startChallengeIfNew(w: WriterState, ctx: Context): Promise<WriterState> {
  if (w.config.challenge.start) return w;
  const config = { ...w.config, challenge: { ...w.config.challenge, start: w.start } };
  await writeConfig(ctx.paths, config);
  return { ...w, config };
}

function titleOf(text: string): string | undefined {
  const fm = splitPost(text).frontMatter;
  const m = fm && /^title:\s*(.+)$/m.exec(fm);
  if (!m) return undefined;
  const raw = m[1]!.trim();
  try {
    return raw.startsWith('"') ? JSON.parse(raw) : raw.replace(/^'(.*)'$/, '$1');
  } catch {
    return raw;
  }
}
