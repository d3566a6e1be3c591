import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:stress`: the concurrent-writer races, kept out of `npm test` for time.
export default mergeConfig(base, defineConfig({ test: { include: ['test/stress/**/*.test.ts'], exclude: [] } }));
