// Bundles the CLI into dist/. Startup is most of what `wotn status` costs, so:
// - dist/cli.js answers --version and loads dist/main.js, which holds all of wotn's own code
//   with commander, chalk and date-fns/tz: one file to load, not twenty chunks (each costs an
//   open, a stat, a compile and a link).
// - Heavy parts load only when a command needs them, each from dist/lazy/: octokit, the
//   prompts, conf, proper-lockfile, tar-stream (github: reads), and the front-matter parser
//   with gray-matter and yaml.
//   A lazy part is reached only by a dynamic import() in the source; a static import would
//   be hoisted to the top of cli.js and load at startup.
// - gray-matter's own YAML engine (js-yaml 3, which loads esprima) is never used (front
//   matter is parsed by `yaml`), so it is replaced by a stub that refuses.
import { build as esbuild } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogs, catalogPlugin } from './src/i18n/compile.mjs';

const root = new URL('.', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
rmSync(new URL('dist', root), { recursive: true, force: true });

/**
 * esbuild, with each dynamic import of a file left outside the bundle (a lazy part, a
 * built-in) turned into require(): loading it then needs no ESM loader. The exports object
 * esbuild gives an ESM source (getters, `default` included) is the namespace import() gave.
 */
async function build(options) {
  const { outputFiles } = await esbuild({ ...options, write: false });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const text = file.path.endsWith('.js') ? file.text.replace(/\bimport\(("(?:\.\/|node:)[^"]+")\)/g, 'Promise.resolve().then(()=>require($1))') : file.text;
    writeFileSync(file.path, text);
  }
}

/** Lazy parts: name in dist/lazy → what the source imports (a package or one of our modules). */
const LAZY = {
  octokit: { pkg: 'octokit', shim: "export * from 'octokit';" },
  prompts: { pkg: '@inquirer/prompts', shim: "export * from '@inquirer/prompts';" },
  conf: { pkg: 'conf', shim: "export { default } from 'conf';" },
  lockfile: { pkg: 'proper-lockfile', shim: "import lockfile from 'proper-lockfile'; export default lockfile;" },
  'front-matter': { source: 'src/domain/front-matter.ts' },
  'csv-parse': { pkg: 'csv-parse/sync', shim: "export * from 'csv-parse/sync';" },
  // wotn's own: the site's renderers and writer, used by `wotn site` alone. Errors it throws
  // are recognised by their brand (src/errors.ts), not by class identity.
  site: { source: 'src/app/site-build.ts' },
  // The member pages' thread, started by site.js (src/app/site-members.ts).
  'site-worker': { source: 'src/app/site-worker.ts' },
  lead: { source: 'src/render/site/lead.ts' },
  'ledger-github': { source: 'src/adapters/ledger-github.ts' },
  ingest: { source: 'src/app/ingest.ts' },
  'pre-receive': { source: 'src/adapters/pre-receive.ts' },
};

const common = {
  bundle: true,
  // CommonJS, not ESM: a CommonJS entry skips Node's ESM loader (a dozen internal modules to
  // compile, and a facade per built-in that reads every export, process.stdin included).
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: !process.env.WOTN_NO_MINIFY,
  sourcemap: 'linked',
  legalComments: 'none',
  // The source is ESM (vitest runs it as such); import.meta.url becomes this file's URL.
  define: {
    WOTN_VERSION: JSON.stringify(version),
    // src/domain/calendar.ts: zones answered without asking ICU for its list at startup.
    WOTN_TIME_ZONES: JSON.stringify(` ${Intl.supportedValuesOf('timeZone').join(' ')} `),
    'import.meta.url': '__wotnFileUrl',
  },
  banner: { js: 'var __wotnFileUrl=require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
};

const noJsYaml = {
  name: 'no-js-yaml',
  setup(b) {
    b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "const no = () => { throw new Error('js-yaml is not bundled: wotn parses YAML with the yaml package'); }; module.exports = { safeLoad: no, safeDump: no, load: no, dump: no };",
      loader: 'js',
    }));
  },
};

/**
 * Points imports of a lazy part at its file in dist/lazy (`dir`: that folder seen from the
 * file being built), except from the part itself.
 */
function toLazy(dir, self) {
  return {
    name: 'lazy-parts',
    setup(b) {
      const ours = new Map();
      for (const [name, part] of Object.entries(LAZY)) {
        if (name === self) continue;
        if (part.source) ours.set(fileURLToPath(new URL(part.source, root)), name);
        // A package by its name.
        else b.onResolve({ filter: new RegExp(`^${part.pkg.replace(/[/@.]/g, '\\$&')}$`) }, () => ({ path: `${dir}${name}.js`, external: true }));
      }
      // One of our modules by the file it resolves to (the source imports ./x.js for x.ts).
      b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const name = ours.get(join(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
        return name ? { path: `${dir}${name}.js`, external: true } : undefined;
      });
    },
  };
}

// proper-lockfile reaches fs through graceful-fs, which copies and wraps the whole fs module
// at load (~3 ms) to retry opens that fail with EMFILE; a lock opens no files (mkdir, stat,
// utimes, rmdir), so the lock part gets node:fs itself.
const plainFs = {
  name: 'plain-fs',
  setup(b) {
    b.onResolve({ filter: /^graceful-fs$/ }, () => ({ path: 'graceful-fs', namespace: 'plain-fs' }));
    b.onLoad({ filter: /.*/, namespace: 'plain-fs' }, () => ({ contents: "module.exports = require('node:fs');", loader: 'js' }));
  },
};

// commander requires node:child_process at load, for executable subcommands wotn has none
// of; loading it (with net and streams) is ~1.5 ms of every start. It gets a spawn that loads
// child_process when called.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// The lazy parts, each one file (CommonJS has no shared chunks); one part's import of
// another loads the other's file.
const shims = fileURLToPath(new URL('dist/.shims/', root));
mkdirSync(shims, { recursive: true });
await Promise.all(
  Object.entries(LAZY).map(([name, part]) => {
    let entry = part.source;
    if (!entry) writeFileSync((entry = `${shims}${name}.mjs`), part.shim + '\n');
    return build({ ...common, entryPoints: { [name]: entry }, outdir: 'dist/lazy', plugins: [noJsYaml, plainFs, toLazy('./', name), catalogPlugin('./../i18n')] });
  }),
);
rmSync(shims, { recursive: true, force: true });

// The program: everything else in one file; imports of a lazy part point at dist/lazy.
await build({ ...common, entryPoints: { main: 'src/program.ts' }, outdir: 'dist', plugins: [toLazy('./lazy/'), lazyChildProcess, catalogPlugin('./i18n')] });

// Message catalogs: English is in the program; every other language is dist/i18n/<lang>.js.
await buildCatalogs(build, common, 'dist/i18n');

// The entry point: --version, else the program.
const toMain = {
  name: 'main',
  setup(b) {
    b.onResolve({ filter: /^\.\/program\.js$/ }, () => ({ path: './main.js', external: true }));
  },
};
await build({ ...common, entryPoints: ['src/cli.ts'], outdir: 'dist', plugins: [toMain] });
// dist/ and bin/ are CommonJS, whatever the package's own type.
writeFileSync(new URL('dist/package.json', root), '{ "type": "commonjs" }\n');
