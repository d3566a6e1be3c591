// Posts: file-name and URL patterns, templates and the rule for a qualifying post. Pure.
import { said, type Said } from './said.js';
import type { LocalDate } from './calendar.js';

export interface BlogPreset {
  postsDir: string;
  fileName: string;
  urlPattern?: string;
}

export const PRESET_NAMES = ['plain', 'jekyll', 'hugo', 'astro'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Where each static-site generator keeps posts and how it names them. */
export const PRESETS: Record<PresetName, BlogPreset> & Record<string, BlogPreset | undefined> = {
  plain: { postsDir: 'posts', fileName: '{yyyy}-{mm}-{dd}-{slug}.md' },
  jekyll: { postsDir: '_posts', fileName: '{yyyy}-{mm}-{dd}-{slug}.md', urlPattern: '/{yyyy}/{mm}/{dd}/{slug}.html' },
  hugo: { postsDir: 'content/posts', fileName: '{slug}.md', urlPattern: '/posts/{slug}/' },
  astro: { postsDir: 'src/content/blog', fileName: '{slug}.md', urlPattern: '/blog/{slug}/' },
};

export const PATTERN_TOKENS = ['yyyy', 'mm', 'dd', 'slug', 'day'] as const;

export interface PatternValues {
  date: LocalDate;
  slug: string;
  day: number;
}

/** Fills {yyyy} {mm} {dd} {slug} {day} in a file-name or URL pattern. */
export function fillPattern(pattern: string, v: PatternValues): string {
  const [yyyy, mm, dd] = v.date.split('-');
  const values: Record<string, string> = { yyyy: yyyy!, mm: mm!, dd: dd!, slug: v.slug, day: String(v.day) };
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Why a pattern can't be used, or undefined when it is fine. */
/** Why a file-name or URL pattern can't be used, as data for the reader's language (said.ts). */
export function patternRefusal(pattern: string, kind: 'file' | 'url'): Said | undefined {
  const unknown = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((t) => !(PATTERN_TOKENS as readonly string[]).includes(t));
  if (unknown.length) {
    const token = `{${unknown[0]}}`, tokens = PATTERN_TOKENS.map((t) => `{${t}}`).join(' ');
    return said('problem.pattern.token', { token, tokens }, `has unknown token ${token} (use ${tokens})`);
  }
  if (kind === 'file') {
    if (!pattern.includes('{slug}') && !pattern.includes('{dd}') && !pattern.includes('{day}'))
      return said('problem.pattern.perDay', {}, 'needs {slug}, {dd} or {day} so that each day gets its own file');
    if (pattern.includes('..') || pattern.startsWith('/')) return said('problem.pattern.outside', {}, 'must stay inside the posts folder');
    if (!/\.(md|markdown|mdx)$/.test(pattern)) return said('problem.pattern.extension', {}, 'must end in .md, .markdown or .mdx');
  }
  return undefined;
}

/** Why a file-name or URL pattern can't be used, in English. */
export function patternProblem(pattern: string, kind: 'file' | 'url'): string | undefined {
  return patternRefusal(pattern, kind)?.text;
}

/** Joins a site URL and a URL pattern: ('https://me.dev/', '/{slug}/') → 'https://me.dev/{slug}/'. */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

export interface SplitPost {
  /** The front matter text between the fences, or undefined when there is none. */
  frontMatter?: string;
  /** The language after the opening fence (`---js`), '' for plain YAML. */
  language?: string;
  body: string;
}

const FENCE_RE = /^---([a-z]*)[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits front matter from the body without parsing it (cheap: for counting words). */
export function splitPost(text: string): SplitPost {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const m = FENCE_RE.exec(source);
  if (!m) return { body: source };
  return { frontMatter: m[2], language: m[1], body: source.slice(m[0].length) };
}

// Dates and timestamps are left unquoted so every generator reads them as dates.
const PLAIN_YAML = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

export interface TemplateValues {
  [key: string]: string | number | boolean | null;
}

/**
 * Fills {{name}} placeholders. In the front matter a value is written as a YAML scalar
 * (strings double-quoted and escaped) so that a title with a colon or quote stays valid;
 * in the body it is written as plain text.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const fill = (text: string, asYaml: boolean) =>
    text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
      const value = values[key];
      if (value === undefined) return whole;
      if (value === null) return asYaml ? 'null' : '';
      return asYaml && typeof value === 'string' && !PLAIN_YAML.test(value) ? JSON.stringify(value) : String(value);
    });
  const m = FENCE_RE.exec(template);
  if (!m) return fill(template, false);
  return fill(m[0], true) + fill(template.slice(m[0].length), false);
}

export interface WordRules {
  /** The floor a post must reach to count: the cohort's minWords, else the writer's goal. */
  minimum: number;
  /** The writer's own goal; shown as a target when above the minimum. */
  goal: number;
}

/** Too few words to count; or enough, and `underGoal` when short of the writer's own goal. */
export type WordVerdict =
  | { ok: false; words: number; minimum: number }
  | { ok: true; underGoal?: { words: number; goal: number } };

export function judgeWords(words: number, rules: WordRules): WordVerdict {
  if (words < rules.minimum) return { ok: false, words, minimum: rules.minimum };
  if (words < rules.goal) return { ok: true, underGoal: { words, goal: rules.goal } };
  return { ok: true };
}

/** The writing prompt for challenge day N, cycling through the set. */
export function promptForDay(prompts: readonly string[], day: number): string {
  if (prompts.length === 0) return '';
  const index = (((day - 1) % prompts.length) + prompts.length) % prompts.length;
  return prompts[index]!;
}

const SCAFFOLD_NOTE = /\n?<!-- wotn:[\s\S]*?-->[ \t]*\n?/g;

/** The post without wotn's scaffold notes (`<!-- wotn: … -->`), so none ships inside a published page. */
export function withoutScaffoldNotes(text: string): string {
  return text.replace(SCAFFOLD_NOTE, '\n');
}

/**
 * Jekyll renders a post whatever its `draft:` says; `published: false` is what keeps a
 * draft out of the site until wotn publish sets it true. Added after the front matter's
 * draft line (or at its end), without parsing it.
 */
export function unpublishedForJekyll(text: string): string {
  const m = FENCE_RE.exec(text);
  if (!m || /^published:/m.test(m[0])) return text;
  const fence = m[0];
  const draft = /^draft:.*$/m.exec(fence);
  const at = draft ? draft.index + draft[0].length : fence.trimEnd().lastIndexOf('\n');
  return text.slice(0, at) + '\npublished: false' + text.slice(at);
}
