// The entry point. `wotn --version` answers before any library loads; everything else
// goes to the commander program, loaded on demand.
import { VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('./program.js');
  process.exitCode = await main(process.argv);
}
