// Weekly reflection and the cohort's collective wisdom. Pure: which days are reflection
// days, the reflection's sections (and reading them back out of a post), the untrusted
// fields a ledger entry may carry for it, and the digest: weeks → themes (tags) → items.
// Turning the digest into Markdown is src/render/wisdom.ts's.
import { webUrl } from './web-url.js';
import { daysBetween, type LocalDate } from './calendar.js';
import { cleanField, cleanLine } from './clean-text.js';
import { isObject, notABoolean, shown, type Checked, type Window } from './shape.js';
import { refused, said, saidAt } from './said.js';

export const REFLECTION_EVERY = 7;
/** The tags every post template carries: they say nothing about a post's theme. */
export const TEMPLATE_TAGS: readonly string[] = ['wotn', '30-days-of-writing'];
export const REFLECTION_TAG = 'reflection';
export const MAX_SECTION = 1_000;
const MAX_TAGS = 10;
const MAX_TAG = 40;

/** Reflection days of a challenge of `days`: 7, 14, 21 and 28 in a 30-day challenge. */
export function reflectionDays(days: number, every = REFLECTION_EVERY): number[] {
  return Array.from({ length: Math.floor(days / every) }, (_, i) => (i + 1) * every);
}

export const isReflectionDay = (day: number, days: number, every = REFLECTION_EVERY) => day >= every && day <= days && day % every === 0;

/** The week (1-based) challenge day `day` falls in. */
export const weekOf = (day: number, every = REFLECTION_EVERY) => Math.ceil(day / every);

export type SectionKey = 'win' | 'struggle' | 'wonder' | 'learned';

export const REFLECTION_SECTIONS: readonly { key: SectionKey; heading: string; prompt: string }[] = [
  { key: 'win', heading: 'A win', prompt: 'Something that went well this week, however small.' },
  { key: 'struggle', heading: 'A struggle', prompt: 'What was hard, and what you tried.' },
  { key: 'wonder', heading: 'A wonder', prompt: 'A question you are carrying into next week.' },
  { key: 'learned', heading: 'Something I learned from another member', prompt: 'Whose post taught you something? Say what, and link to it.' },
];

/** The reflection post's body: a heading per section, each prompt a scaffold note that publish removes. */
export function reflectionScaffold(week: number): string {
  const sections = REFLECTION_SECTIONS.map((s) => `## ${s.heading}\n\n<!-- wotn: ${s.prompt} -->\n`);
  return `<!-- wotn: Week ${week} reflection. Write a few lines under each heading. -->\n\n${sections.join('\n')}`;
}

const SCAFFOLD_HEADINGS = new RegExp(`^#{2,3}[ \\t]+(?:${REFLECTION_SECTIONS.map((x) => x.heading).join('|')})[ \\t]*#*[ \\t]*$`, 'gim');

/** The body without the reflection's headings: a scaffolded heading is not words the writer wrote. */
export function withoutReflectionHeadings(body: string): string {
  return body.includes('#') ? body.replace(SCAFFOLD_HEADINGS, '') : body;
}

export interface Reflection {
  win?: string;
  struggle?: string;
  wonder?: string;
  learned?: { text: string; url?: string };
}

const HEADING = /^#{2,3}\s+(.+?)\s*#*\s*$/;
const NOTE = /<!--[\s\S]*?-->/g;
// [words](destination "title"), the destination's parentheses balanced one deep, as CommonMark reads it.
const MD_LINK = /!?\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\)/g;
const BARE_LINK = /<(https?:\/\/[^\s>]+)>|(https?:\/\/[^\s)>\]]+)/;

/** The sections of a reflection post, by their headings (case and spacing aside); the first link of "learned". */
export function parseReflection(body: string): Reflection {
  const byHeading = new Map(REFLECTION_SECTIONS.map((s) => [s.heading.toLowerCase(), s.key]));
  const found: Partial<Record<SectionKey, string[]>> = {};
  let current: string[] | undefined;
  for (const line of body.replace(NOTE, '').split(/\r?\n/)) {
    const h = HEADING.exec(line);
    if (h) {
      const key = byHeading.get(cleanLine(h[1]!).toLowerCase());
      current = key && !found[key] ? (found[key] = []) : undefined;
    } else current?.push(line);
  }
  const r: Reflection = {};
  for (const { key } of REFLECTION_SECTIONS) {
    const raw = found[key]?.join('\n') ?? '';
    // A link reads as its words; a section longer than a field holds is cut at a character.
    const value = [...cleanLine(raw.replace(MD_LINK, '$1'))].slice(0, MAX_SECTION).join('');
    if (!value) continue;
    if (key !== 'learned') r[key] = value;
    else {
      const url = firstLink(raw);
      r.learned = { text: value, ...(url ? { url } : {}) };
    }
  }
  return r;
}

/** The first Markdown link's destination, else the first bare one (which ends before trailing punctuation, as autolinks do). */
function firstLink(text: string): string | undefined {
  for (const m of text.matchAll(MD_LINK)) if (/^https?:\/\//.test(m[2]!)) return webUrl(m[2]);
  const bare = BARE_LINK.exec(text.replace(MD_LINK, '$1'));
  return webUrl(bare?.[1] ?? bare?.[2]?.replace(/[.,:;!?]+$/, ''));
}

export function normalizeTag(tag: string): string {
  return cleanLine(tag).toLowerCase().replace(/^#+/, '').replace(/\s+/g, '-');
}

/** The fields an entry may carry for the digest, from untrusted input: tags, featured, reflection. */
export interface WisdomFields {
  tags: string[];
  featured: boolean;
  reflection?: Reflection;
}

export function checkWisdomFields(v: Record<string, unknown>): Checked<WisdomFields> {
  const tags: string[] = [];
  if (v.tags !== undefined) {
    if (!Array.isArray(v.tags) || v.tags.length > MAX_TAGS) return refused(saidAt('tags', said('problem.tags.list', { max: MAX_TAGS }, `must be a list of at most ${MAX_TAGS}`)));
    for (const t of v.tags) {
      const tag = typeof t === 'string' ? normalizeTag(t) : '';
      if (!tag || tag.length > MAX_TAG) return refused(saidAt('tags', said('problem.tags.tag', { value: shown(t), max: MAX_TAG }, `${JSON.stringify(t)} is not a tag of 1 to ${MAX_TAG} characters`)));
      if (!tags.includes(tag)) tags.push(tag);
    }
  }
  if (v.featured !== undefined && typeof v.featured !== 'boolean') return refused(notABoolean('featured'));
  const fields: WisdomFields = { tags, featured: v.featured === true };
  if (v.reflection === undefined) return { ok: true, value: fields };
  if (!isObject(v.reflection)) return refused(saidAt('reflection', said('problem.reflection.object', {}, 'must be an object')));
  const reflection: Reflection = {};
  for (const key of ['win', 'struggle', 'wonder'] as const) {
    if (v.reflection[key] === undefined) continue;
    const text = cleanField(v.reflection[key], MAX_SECTION);
    if (!text.ok) return refused(saidAt(`reflection.${key}`, text.said));
    reflection[key] = text.text;
  }
  const learned = v.reflection.learned;
  if (learned !== undefined) {
    if (!isObject(learned)) return refused(saidAt('reflection.learned', said('problem.reflection.learned', {}, 'must be {text, url}')));
    const text = cleanField(learned.text, MAX_SECTION);
    if (!text.ok) return refused(saidAt('reflection.learned.text', text.said));
    const url = learned.url === undefined ? undefined : webUrl(learned.url);
    if (learned.url !== undefined && !url) return refused(saidAt('reflection.learned.url', said('problem.reflection.url', {}, 'must be an http(s) link')));
    reflection.learned = { text: text.text, ...(url ? { url } : {}) };
  }
  return { ok: true, value: { ...fields, reflection } };
}

/** A post that may go into the digest: a ledger entry with its wisdom fields checked. */
export interface WisdomPost extends Partial<WisdomFields> {
  handle: string;
  name: string;
  date: LocalDate;
  title: string;
  url?: string;
}

export interface WisdomItem {
  kind: 'reflection' | 'featured';
  handle: string;
  name: string;
  date: LocalDate;
  day: number;
  title: string;
  url?: string;
  tags: string[];
  reflection?: Reflection;
}

export interface WisdomDigest {
  weeks: { week: number; themes: { tag: string | null; items: WisdomItem[] }[] }[];
  items: number;
}

export interface DigestOptions extends Window {
  every?: number;
  /** Only this week. */
  week?: number;
  /** Tags that say nothing of a theme (default: the template's). */
  ignoreTags?: readonly string[];
  /** Entries a moderator hid stay out of the digest. */
  hidden?: (handle: string, date: LocalDate) => boolean;
}

/**
 * The cohort's reflections and featured posts, by week, then by theme (the first tag that
 * is not a template tag; posts with none are under `null`), themes with more items first.
 */
export function compileWisdom(posts: readonly WisdomPost[], o: DigestOptions): WisdomDigest {
  const every = o.every ?? REFLECTION_EVERY;
  const ignore = new Set((o.ignoreTags ?? TEMPLATE_TAGS).map(normalizeTag));
  const weeks = new Map<number, Map<string | null, WisdomItem[]>>();
  let count = 0;
  for (const p of posts) {
    const day = daysBetween(o.start, p.date) + 1;
    const kind = p.reflection && Object.keys(p.reflection).length ? 'reflection' : p.featured ? 'featured' : undefined;
    if (!kind || day < 1 || day > o.days || o.hidden?.(p.handle, p.date)) continue;
    const week = weekOf(day, every);
    if (o.week !== undefined && week !== o.week) continue;
    const tags = (p.tags ?? []).map(normalizeTag);
    const theme = tags.find((t) => !ignore.has(t)) ?? null;
    const item: WisdomItem = { kind, handle: p.handle, name: p.name, date: p.date, day, title: p.title, ...(p.url ? { url: p.url } : {}), tags, ...(p.reflection ? { reflection: p.reflection } : {}) };
    if (!weeks.has(week)) weeks.set(week, new Map());
    const themes = weeks.get(week)!;
    if (!themes.has(theme)) themes.set(theme, []);
    themes.get(theme)!.push(item);
    count++;
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    weeks: [...weeks.entries()].sort(([a], [b]) => a - b).map(([week, themes]) => ({
      week,
      themes: [...themes.entries()]
        .sort(([ta, a], [tb, b]) => b.length - a.length || (ta === null ? 1 : tb === null ? -1 : byText(ta, tb)))
        .map(([tag, items]) => ({ tag, items: items.sort((a, b) => byText(a.date, b.date) || byText(a.handle.toLowerCase(), b.handle.toLowerCase())) })),
    })),
    items: count,
  };
}
