import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { vitePlugin } from './src/i18n/compile.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // Message catalogs compile as the build compiles them (src/i18n/compile.mjs).
  plugins: [vitePlugin()],
  // As the build does: in-process runs report the package's version.
  define: { WOTN_VERSION: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/stress/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time on two cores: most of a test's time is git and node child processes.
    maxWorkers: 2,
  },
});
