// Messages in the reader's language. The English catalog (en.json) is the source of keys
// and is bundled with the program; Vietnamese (vi.json) is loaded only when it is chosen.
// The language of a run is chosen once, before commands are defined (main in program.ts);
// shared outputs (reports, the site, check-in issues) ask for the cohort's with translator().
import en, { more as enMore } from 'wotn-catalog:en';
import type enSource from './en.json';
import { LANGUAGES, type Lang } from '../domain/language.js';
import { groupedFor } from './numbers.js';
import type { Said } from '../domain/said.js';

export { LANGUAGES, type Lang };
export type MessageKey = keyof typeof enSource;
export type Params = Record<string, string | number>;
/** A catalog as compiled: a plain message is its text, one with placeholders a function. */
type Compiled = Record<string, string | ((d?: Params) => string)>;

export interface Translator {
  lang: Lang;
  /** The message `key` with its placeholders filled. */
  t(key: MessageKey, params?: Params): string;
  /** A whole number as the language groups it: 1,250 / 1.250. */
  n(value: number): string;
  /** A domain problem (said.ts) in this language, the problems nested in it too. */
  say(problem: Said): string;
  /** A --json run's: dates in its messages stay ISO, as everywhere in a document. */
  isoDates?: boolean;
}

/** A catalog's messages: its core at hand, the rest loaded on the first key that is not in it. */
function lookup(core: Compiled, more: () => Compiled): (key: string) => Compiled[string] | undefined {
  let rest: Compiled | undefined;
  return (key) => core[key] ?? (rest ??= more())[key];
}

const inEnglish = lookup(en as Compiled, enMore as () => Compiled);

function translatorOf(lang: Lang, find: (key: string) => Compiled[string] | undefined): Translator {
  // A key missing from a catalog (the catalog test forbids it) falls back to English.
  const message = (key: string, params?: Params) => {
    const m = find(key) ?? inEnglish(key)!;
    return typeof m === 'string' ? m : m(params);
  };
  const say = (s: Said): string => {
    const values: Params = {};
    for (const [name, value] of Object.entries(s.values)) values[name] = typeof value === 'object' ? say(value) : value;
    return message(s.key, values);
  };
  return { lang, t: message, n: (value) => groupedFor(lang, value), say };
}

const ENGLISH = translatorOf('en', inEnglish);

/** English, at hand without a load: the source of every key and what names files. */
export const english: Translator = ENGLISH;

/** Loads `lang`'s catalog: a module import the first time, cheap after. */
export async function translator(lang: Lang): Promise<Translator> {
  if (lang === 'en') return ENGLISH;
  const { default: messages, more } = await import('wotn-catalog:vi');
  return translatorOf(lang, lookup(messages as Compiled, more as () => Compiled));
}

// The run's language lives on globalThis: a lazily loaded part of the build (dist/lazy)
// holds its own copy of this module, and must speak the same language as the program.
const CURRENT = Symbol.for('wotn.translator');
const holder = globalThis as unknown as Record<symbol, Translator | undefined>;

/** Makes `lang` the language of this run's messages, errors and --help (a --json run's: English, ISO dates). */
export async function useLanguage(lang: Lang, o: { json?: boolean } = {}): Promise<Translator> {
  const tr = await translator(lang);
  return (holder[CURRENT] = o.json ? { ...tr, isoDates: true } : tr);
}

/**
 * From here on this run speaks the cohort's language (a --json run stays English): the
 * ledger's workflow commands (ingest, nudge) once they have read the rules, as verify does,
 * since their log is read by the cohort's leads whatever the runner's locale.
 */
export async function speakCohortLanguage(lang: Lang, o: { json: boolean }): Promise<void> {
  if (!o.json && lang !== current().lang) await useLanguage(lang);
}

/** This run's translator (English until useLanguage chose another). */
export function current(): Translator {
  return holder[CURRENT] ?? ENGLISH;
}

/**
 * A --help text: its key, kept as the command's description and translated only when help
 * is shown (program.ts gives commander a Help that does), so a run that shows no help
 * translates none of them.
 */
export const helpText = (key: MessageKey): string => key;

const HELP_KEY = /^(?:cmd|flags|program)\.[\w.]+$/;

/** A description as commander holds it: a helpText key becomes its message, anything else stays. */
export function described(text: string): string {
  return HELP_KEY.test(text) ? t(text as MessageKey) : text;
}

/** The message `key` in the reader's language. */
export function t(key: MessageKey, params?: Params): string {
  return current().t(key, params);
}

/** A whole number as the reader's language groups it. */
export function n(value: number): string {
  return current().n(value);
}

/** A domain problem in the reader's language (a plain string is shown as it is). */
export function spoken(problem: Said | string): string {
  return typeof problem === 'string' ? problem : current().say(problem);
}
