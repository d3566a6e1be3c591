import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:stress`: the concurrent-writer races and volume runs, kept out of `npm test`
// for time. Built from the base by hand: mergeConfig would append to its `exclude`, which
// leaves out test/stress itself.
export default defineConfig({ ...base, test: { ...base.test, include: ['test/stress/**/*.test.ts'], exclude: ['**/node_modules/**'] } });
