// Compiles a message catalog (src/i18n/<lang>.json, ICU MessageFormat) to a plain ES module
// of functions, at build time (build.mjs) and when tests load it (vitest.config.ts): no
// parser runs when wotn starts. The compiled code imports its helpers from
// '@messageformat/runtime'; both callers point those imports at src/i18n/runtime.ts (our
// number formatting, no Intl on start-up) and src/i18n/cardinals.ts (the two plural rules).
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/compile-module.js';
import { parse } from '@messageformat/parser';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LANGUAGES = ['en', 'vi'];
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
export const RUNTIME = here('./runtime.ts');
export const CARDINALS = here('./cardinals.ts');

/** The catalog's messages, as written. */
export function readCatalog(lang) {
  return JSON.parse(readFileSync(here(`./${lang}.json`), 'utf8'));
}

/**
 * What a daily run reads (status, today, publish, their errors, and the help option's words
 * that another language sets on every command): compiled into the program. Everything else
 * (--help texts, reports, the site, cohort talk) is a file of its own, loaded the first time
 * one of its messages is asked for.
 */
const CORE = /^(?:warning$|unit\.|date\.|writer\.|status\.|today\.|publish\.|editor\.|error\.|help\.)/;

/**
 * The ES module source of (a part of) `lang`'s catalog: `export default { key: string |
 * (d) => string }`, and `more()`, the rest of the catalog. A message with no placeholder is
 * its text, one string in a JSON.parse: most messages are plain, and a string costs a run
 * nothing to load where a function is code to compile and a closure to make.
 * `part`: 'all' (tests), 'core' (with `more` requiring `morePath`) or 'more'.
 */
export function compileCatalog(lang, part = 'all', morePath) {
  if (!LANGUAGES.includes(lang)) throw new Error(`no catalog for "${lang}"`);
  const cardinal = lang === 'vi' ? ['other'] : ['one', 'other'];
  const plain = {};
  const formatted = {};
  for (const [key, message] of Object.entries(readCatalog(lang))) {
    if ((part === 'core' && !CORE.test(key)) || (part === 'more' && CORE.test(key))) continue;
    const tokens = parse(message, { cardinal, strict: false });
    if (tokens.every((token) => token.type === 'content')) plain[key] = tokens.map((token) => token.value).join('');
    else formatted[key] = message;
  }
  const mf = new MessageFormat(lang, { strict: false, strictPluralKeys: true });
  const functions = Object.keys(formatted).length ? compileModule(mf, formatted).replace('export default {', 'const formatted = {') : 'const formatted = {};';
  const more = part === 'core' ? `export const more = () => require(${JSON.stringify(morePath)}).default;` : 'export const more = () => ({});';
  return `${functions
    .replace(/"@messageformat\/runtime\/lib\/cardinals"/g, JSON.stringify(CARDINALS))
    .replace(/"@messageformat\/runtime"/g, JSON.stringify(RUNTIME))}
export default Object.assign(JSON.parse(${JSON.stringify(JSON.stringify(plain))}), formatted);
${more}
`;
}

/** The virtual module's name the source imports a catalog by: 'wotn-catalog:vi'. */
export const CATALOG_SPECIFIER = /^wotn-catalog:([a-z]{2})$/;

/**
 * esbuild: English's core is compiled into the bundle that imports it (it is every
 * message's fallback); another language's core is dist/i18n/<lang>.js, loaded only by a run
 * in that language; the rest of each is dist/i18n/<lang>-more.js, required when first
 * needed. `fromOut` is the path from the bundle's folder to dist/i18n.
 */
export function catalogPlugin(fromOut) {
  return {
    name: 'wotn-catalogs',
    setup(b) {
      b.onResolve({ filter: CATALOG_SPECIFIER }, (args) => {
        const lang = CATALOG_SPECIFIER.exec(args.path)[1];
        return lang === 'en' ? { path: lang, namespace: 'wotn-catalog' } : { path: `${fromOut}/${lang}.js`, external: true };
      });
      b.onResolve({ filter: /-more\.js$/ }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'wotn-catalog' }, (args) => ({ contents: compileCatalog(args.path, 'core', `${fromOut}/${args.path}-more.js`), loader: 'js', resolveDir: here('.') }));
    },
  };
}

/** esbuild: dist/i18n/<lang>.js for every language but English, and <lang>-more.js for all. */
export async function buildCatalogs(build, common, outdir) {
  const entryPoints = LANGUAGES.flatMap((lang) => [
    ...(lang === 'en' ? [] : [{ in: `wotn-catalog:${lang}`, out: lang }]),
    { in: `wotn-catalog:${lang}-more`, out: `${lang}-more` },
  ]);
  const compiled = {
    name: 'wotn-catalog-entries',
    setup(b) {
      b.onResolve({ filter: /^wotn-catalog:[a-z]{2}(-more)?$/ }, (args) => ({ path: args.path.slice('wotn-catalog:'.length), namespace: 'wotn-catalog' }));
      b.onResolve({ filter: /-more\.js$/ }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'wotn-catalog' }, (args) => {
        const [lang, more] = args.path.split('-');
        return { contents: more ? compileCatalog(lang, 'more') : compileCatalog(lang, 'core', `./${lang}-more.js`), loader: 'js', resolveDir: here('.') };
      });
    },
  };
  await build({ ...common, entryPoints, outdir, splitting: false, plugins: [compiled] });
}

/** vite (vitest): each catalog whole, compiled when a test imports it. */
export function vitePlugin() {
  return {
    name: 'wotn-catalogs',
    resolveId: (id) => (CATALOG_SPECIFIER.test(id) ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0wotn-catalog:') ? compileCatalog(id.slice('\0wotn-catalog:'.length)) : undefined),
  };
}
