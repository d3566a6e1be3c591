// The entry point. `wotn --version` answers before any library loads; everything else
// goes to the commander program, loaded on demand, its compiled code served from V8's code
// cache (src/adapters/code-cache.ts). A reader that closes the pipe early
// (`wotn feed | head -3`) ends the run quietly, as a Unix tool should.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCodeCache } from './adapters/code-cache.js';
import { resolvePaths } from './adapters/paths.js';
import { VERSION } from './version.js';

const args = process.argv.slice(2);
const DATA_COMMANDS = new Set(['report', 'site', 'leaderboard']);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // Not for the commands that read a whole ledger: their start is a sliver of the run, and the
  // cache's few MB would count against their peak memory.
  if (!process.env.WOTN_NO_CODE_CACHE && !DATA_COMMANDS.has(args[0] ?? '')) {
    // One cache per command (a word such as `status`; flags and paths share one).
    const label = args[0] && /^[a-z]{2,20}$/.test(args[0]) ? args[0] : 'other';
    useCodeCache(fileURLToPath(new URL('.', import.meta.url)), join(resolvePaths(process.env).cache, 'code'), label);
  }
  // No top-level await: the built entry is CommonJS (see build.mjs).
  void import('./program.js').then(async ({ main, systemIO }) => {
    process.exitCode = await main(process.argv, systemIO(() => process.exit(process.exitCode ?? 0)));
  });
}
