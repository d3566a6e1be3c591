// Bundles the CLI into dist/: one ESM entry with code splitting, so each command's
// modules (and heavy packages such as octokit or @inquirer/prompts) load only when used.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !process.env.WOTN_NO_MINIFY,
  sourcemap: 'linked',
  legalComments: 'none',
  define: { WOTN_VERSION: JSON.stringify(version) },
  // commander, gray-matter and proper-lockfile are CommonJS and call require().
  banner: {
    js: "import {createRequire as __wotnCreateRequire} from 'node:module';const require=__wotnCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
