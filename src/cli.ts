// The entry point. `wotn --version` answers before any library loads; everything else
// goes to the commander program, loaded on demand. A reader that closes the pipe early
// (`wotn feed | head -3`) ends the run quietly, as a Unix tool should.
import { VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // No top-level await: the built entry is CommonJS (see build.mjs).
  void import('./program.js').then(async ({ main, systemIO }) => {
    process.exitCode = await main(process.argv, systemIO(() => process.exit(process.exitCode ?? 0)));
  });
}
