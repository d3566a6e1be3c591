// The writer's settings: their shape, defaults, validation and precedence. Pure.
import { isLocalDate, isTimeZone, parseClock } from './calendar.js';
import { DEFAULT_DAYS, DEFAULT_GOAL, MAX_DAYS, MAX_GOAL } from './defaults.js';
import { handleRefusal } from './handle.js';
import { PRESETS, patternRefusal } from './post.js';
import { isLang, LANGUAGES } from './language.js';
import { said, type Said } from './said.js';

export interface Config {
  schema: 1;
  profile: { name?: string; handle?: string; timezone?: string; dayStartsAt?: string };
  goal?: number;
  blog: {
    dir?: string;
    remote?: string;
    branch?: string;
    preset?: string;
    postsDir?: string;
    fileName?: string;
    urlPattern?: string;
    siteUrl?: string;
  };
  /** freezes: a solo writer's own (a cohort's rules say for its members); vacations: the writer's own, as on their card. */
  challenge: { start?: string; days?: number; freezes?: number; vacations?: { from: string; to: string }[] };
  cohort?: { ledger?: string };
  editor?: string;
  templatesDir?: string;
  /** The language wotn speaks to this writer (en, vi); unset: the locale's. */
  lang?: string;
}

/** Everything a command needs, with every default filled in. */
export interface Settings {
  name: string;
  handle?: string;
  timezone: string;
  dayStartsAt: string;
  goal: number;
  blogDir: string;
  remote?: string;
  branch: string;
  postsDir: string;
  fileName: string;
  urlPattern?: string;
  challengeStart?: string;
  days: number;
  /** Missed days a solo challenge's freezes cover. */
  freezes: number;
  vacations: { from: string; to: string }[];
  ledger?: string;
  editor?: string;
  templatesDir?: string;
}


export function emptyConfig(): Config {
  return { schema: 1, profile: {}, blog: {}, challenge: {} };
}

export interface Defaults {
  /** Asked only when the config has no zone: finding the system's costs ~15 ms of startup. */
  timezone: () => string;
  blogDir: string;
}

/** Precedence, in one place: flags > environment > config file > defaults. */
export function resolveSettings(config: Config, env: { editor?: string }, defaults: Defaults): Settings {
  const preset = PRESETS[config.blog.preset ?? 'plain'] ?? PRESETS.plain!;
  const urlPattern = config.blog.urlPattern ?? preset.urlPattern;
  return {
    name: config.profile.name ?? '',
    handle: config.profile.handle,
    timezone: config.profile.timezone ?? defaults.timezone(),
    dayStartsAt: config.profile.dayStartsAt ?? '00:00',
    goal: config.goal ?? DEFAULT_GOAL,
    blogDir: config.blog.dir ?? defaults.blogDir,
    remote: config.blog.remote,
    branch: config.blog.branch ?? 'main',
    postsDir: config.blog.postsDir ?? preset.postsDir,
    fileName: config.blog.fileName ?? preset.fileName,
    urlPattern: urlPattern && config.blog.siteUrl && urlPattern.startsWith('/')
      ? config.blog.siteUrl.replace(/\/+$/, '') + urlPattern
      : urlPattern,
    challengeStart: config.challenge.start,
    days: config.challenge.days ?? DEFAULT_DAYS,
    freezes: config.challenge.freezes ?? 0,
    vacations: config.challenge.vacations ?? [],
    ledger: config.cohort?.ledger,
    editor: env.editor ?? config.editor,
    templatesDir: config.templatesDir,
  };
}

/** Checks a config read from disk; returns the first problem as "key: what is wrong". */
export function configProblem(value: unknown): string | undefined {
  return configRefusal(value)?.text;
}

/** configProblem as a Said: what the writer reads, in their language, naming the key and value. */
export function configRefusal(value: unknown): Said | undefined {
  if (!isObject(value)) return said('problem.config.notObject', {}, 'is not a JSON object');
  const c = value as Partial<Config>;
  if (c.schema !== 1) return said('problem.config.schema', { value: JSON.stringify(c.schema) ?? 'undefined' }, `schema: ${JSON.stringify(c.schema)} is not a version this wotn reads (expected 1)`);
  for (const key of ['profile', 'blog', 'challenge'] as const) if (!isObject(c[key])) return said('problem.config.mustBeObject', { key }, `${key}: must be an object`);
  const p = c.profile!;
  const handle = p.handle === undefined ? undefined : handleRefusal(p.handle);
  if (handle) return said('problem.config.handle', { value: p.handle!, problem: handle }, `profile.handle: "${p.handle}" ${handle.text}`);
  if (p.timezone !== undefined && !isTimeZone(p.timezone)) return said('problem.config.zone', { value: p.timezone }, `profile.timezone: "${p.timezone}" is not an IANA time zone`);
  if (p.dayStartsAt !== undefined && parseClock(p.dayStartsAt) === undefined) return said('problem.config.clock', { value: p.dayStartsAt }, `profile.dayStartsAt: "${p.dayStartsAt}" is not HH:MM`);
  if (c.goal !== undefined && !(isPositiveInt(c.goal) && c.goal <= MAX_GOAL)) return said('problem.config.whole', { key: 'goal', value: JSON.stringify(c.goal), min: 1, max: MAX_GOAL }, `goal: ${JSON.stringify(c.goal)} is not a whole number from 1 to ${MAX_GOAL}`);
  const b = c.blog!;
  if (b.preset !== undefined && !PRESETS[b.preset]) return said('problem.config.oneOf', { key: 'blog.preset', value: `"${b.preset}"`, list: Object.keys(PRESETS).join(', ') }, `blog.preset: "${b.preset}" is not one of ${Object.keys(PRESETS).join(', ')}`);
  for (const [key, pattern, kind] of [['blog.fileName', b.fileName, 'file'], ['blog.urlPattern', b.urlPattern, 'url']] as const) {
    const problem = pattern === undefined ? undefined : patternRefusal(pattern, kind);
    if (problem) return said('problem.config.pattern', { key, problem }, `${key}: ${problem.text}`);
  }
  const ch = c.challenge!;
  if (ch.start !== undefined && !isLocalDate(ch.start)) return said('problem.config.date', { value: ch.start }, `challenge.start: "${ch.start}" is not a date (YYYY-MM-DD)`);
  if (ch.days !== undefined && !isPositiveInt(ch.days)) return said('problem.config.days', { value: JSON.stringify(ch.days) }, `challenge.days: ${JSON.stringify(ch.days)} is not a whole number above 0`);
  if (ch.freezes !== undefined && !(Number.isInteger(ch.freezes) && ch.freezes >= 0 && ch.freezes <= MAX_DAYS)) return said('problem.config.whole', { key: 'challenge.freezes', value: JSON.stringify(ch.freezes), min: 0, max: MAX_DAYS }, `challenge.freezes: ${JSON.stringify(ch.freezes)} is not a whole number from 0 to ${MAX_DAYS}`);
  if (ch.vacations !== undefined && (!Array.isArray(ch.vacations) || ch.vacations.some((v) => !isObject(v) || !isLocalDate(String(v.from)) || !isLocalDate(String(v.to)) || v.to < v.from)))
    return said('problem.config.vacations', {}, 'challenge.vacations: must be a list of {from, to} dates');
  if (c.lang !== undefined && !isLang(c.lang)) return said('problem.config.oneOf', { key: 'lang', value: JSON.stringify(c.lang), list: LANGUAGES.join(', ') }, `lang: ${JSON.stringify(c.lang)} is not one of ${LANGUAGES.join(', ')}`);
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPositiveInt(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) > 0;
}
