// Which language a person reads wotn in. Pure: the caller passes the flag, the environment
// and the config's setting.
export const LANGUAGES = ['en', 'vi'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const isLang = (value: unknown): value is Lang => (LANGUAGES as readonly unknown[]).includes(value);

export interface LanguageSources {
  /** --lang, as given. */
  flag?: string;
  env: { WOTN_LANG?: string; LC_ALL?: string; LC_MESSAGES?: string; LANG?: string };
  /** The writer's config (`wotn init --lang`). */
  config?: string;
}

export type LanguageChoice = { lang: Lang } | { problem: { source: '--lang' | 'WOTN_LANG'; value: string } };

/**
 * Precedence, in one place: --lang, else WOTN_LANG, else the writer's config, else the
 * locale (LC_ALL, then LC_MESSAGES, then LANG: the first one set wins, as POSIX says), else
 * English. A language wotn does not speak is an error when the writer asked for it by
 * name (--lang, WOTN_LANG), and English when it is only the machine's locale.
 */
export function chooseLanguage(s: LanguageSources): LanguageChoice {
  if (s.flag !== undefined) return isLang(s.flag) ? { lang: s.flag } : { problem: { source: '--lang', value: s.flag } };
  const named = s.env.WOTN_LANG;
  if (named) return isLang(named) ? { lang: named } : { problem: { source: 'WOTN_LANG', value: named } };
  if (isLang(s.config)) return { lang: s.config };
  const locale = s.env.LC_ALL || s.env.LC_MESSAGES || s.env.LANG || '';
  return { lang: localeLanguage(locale) };
}

/** vi_VN.UTF-8 → vi; en_GB, C, POSIX, fr_FR → en. */
export function localeLanguage(locale: string): Lang {
  const language = locale.split(/[_.@-]/)[0]!.toLowerCase();
  return isLang(language) ? language : 'en';
}

/** --lang vi or --lang=vi in a command line, before `--` (read before commander parses it). */
export function langFlag(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--lang') found = args[++i] ?? '';
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

/** The language of what a whole cohort reads (its `lang` in wotn-cohort.json), else English. */
export function cohortLanguage(cohort: { lang?: string }): Lang {
  return isLang(cohort.lang) ? cohort.lang : 'en';
}
