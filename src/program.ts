// The commander program: registers each command (its flags; the code that runs it loads
// only when it runs) and is the one place where errors become messages and exit codes.
import { Command, CommanderError } from '@commander-js/extra-typings';
import { exitCodeOf, WotnError } from './errors.js';
import { createContext, systemIO, type GlobalOptions, type IO } from './context.js';
import type { ContextFor } from './commands/flags.js';
import { initCommand } from './commands/init/command.js';
import { todayCommand } from './commands/today/command.js';
import { publishCommand } from './commands/publish/command.js';
import { statusCommand } from './commands/status/command.js';
import { syncCommand } from './commands/sync/command.js';
import { cohortCommand } from './commands/cohort/command.js';
import { membersCommand } from './commands/members/command.js';
import { reportCommand } from './commands/report/command.js';
import { leaderboardCommand } from './commands/leaderboard/command.js';
import { feedCommand } from './commands/feed/command.js';
import { ledgerCommand } from './commands/ledger/command.js';
import { doctorCommand } from './commands/doctor/command.js';
import { VERSION } from './version.js';

const COMMANDS = [
  initCommand, todayCommand, publishCommand, statusCommand, syncCommand, cohortCommand,
  membersCommand, reportCommand, leaderboardCommand, feedCommand, ledgerCommand, doctorCommand,
];

const HELP_AFTER = `
Your daily loop:
  $ wotn today            scaffold today's post and open your editor
  $ wotn publish          count words, commit and push, update your streak
  $ wotn status           day N of 30, streak and the challenge calendar

Environment:
  WOTN_HOME   keep config, journal and cache in this folder
  WOTN_NOW    pretend it is this ISO-8601 instant (tests, demos)
  VISUAL, EDITOR  the editor wotn today opens
  NO_COLOR    plain output

Exit codes: 0 done, 1 an operation failed (git, network), 2 bad input or usage, 130 cancelled.`;

export function buildProgram(io: IO): Command {
  const contextFor: ContextFor = (command) => createContext(command.optsWithGlobals() as GlobalOptions, io);
  const program = new Command('wotn')
    .description('Writing On The Net: write and publish one post a day for 30 days, together.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .option('--no-color', 'plain output without colours (NO_COLOR works too)')
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) })
    .addHelpText('after', HELP_AFTER);
  for (const define of COMMANDS) program.addCommand(define(contextFor));
  return program as unknown as Command;
}

/** Every command and subcommand, so each one's parse errors come back here. */
function eachCommand(command: Command, visit: (c: Command) => void): void {
  visit(command);
  for (const sub of command.commands) eachCommand(sub as Command, visit);
}

function report(error: unknown, debug: boolean, io: IO): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander printed it
  const name = (error as Error)?.name;
  if (name === 'ExitPromptError' || name === 'AbortPromptError') {
    io.stderr.write('Cancelled.\n');
    return exitCodeOf('cancelled');
  }
  if (error instanceof WotnError) {
    // A message of several lines is several problems (a hook's violations): one "wotn:" line each.
    io.stderr.write(`${error.message.split('\n').map((line) => `wotn: ${line}\n`).join('')}${error.hint ? `  ${error.hint}\n` : ''}`);
    if (debug) io.stderr.write(`${error.stack}\n`);
    return exitCodeOf(error.kind);
  }
  io.stderr.write(`wotn: ${(error as Error)?.message ?? String(error)}\n`);
  io.stderr.write(debug ? `${(error as Error)?.stack}\n` : '  Run again with --debug for details.\n');
  return 1;
}

/** Runs wotn with `argv` (as process.argv: node, script, args…) and returns the exit code. */
export async function main(argv: string[], io: IO = systemIO()): Promise<number> {
  const program = buildProgram(io);
  eachCommand(program, (c) => {
    c.exitOverride();
    c.configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) });
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error, argv.includes('--debug'), io);
  }
}
