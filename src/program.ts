// The commander program: registers each command (its flags; the code that runs it loads
// only when it runs) and is the one place where errors become messages and exit codes.
import { Command, CommanderError } from '@commander-js/extra-typings';
import { exitCodeOf, WotnError, type ErrorKind } from './errors.js';
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
import { siteCommand } from './commands/site/command.js';
import { feedCommand } from './commands/feed/command.js';
import { ledgerCommand } from './commands/ledger/command.js';
import { doctorCommand } from './commands/doctor/command.js';
import { completionCommand } from './commands/completion/command.js';
import { exportCommand } from './commands/export/command.js';
import { importCommand } from './commands/import/command.js';
import { podsCommand } from './commands/pods/command.js';
import { partnersCommand } from './commands/partners/command.js';
import { wisdomCommand } from './commands/wisdom/command.js';
import { vacationCommand } from './commands/vacation/command.js';
import { kudosCommand } from './commands/kudos/command.js';
import { rolesCommand } from './commands/roles/command.js';
import { moderateCommand } from './commands/moderate/command.js';
import { VERSION } from './version.js';

// The entry point builds the process's IO with this (cli.ts loads only this module).
export { systemIO } from './context.js';

const COMMANDS = [
  initCommand, todayCommand, publishCommand, statusCommand, syncCommand, cohortCommand,
  membersCommand, reportCommand, siteCommand, feedCommand, ledgerCommand, doctorCommand, exportCommand, importCommand,
  // Learn together (issue 11): kudos, roles and moderation; pods and partners, wisdom, vacations.
  kudosCommand, rolesCommand, moderateCommand, podsCommand, partnersCommand, wisdomCommand, vacationCommand,
  completionCommand,
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

/** What went wrong, by kind, as the one boundary reports it (text on stderr; with --json, also a document on stdout). */
function describe(error: unknown): { kind: ErrorKind | 'internal'; message: string; hint?: string } {
  if (error instanceof CommanderError) return { kind: 'usage', message: error.message.replace(/^error: /, '') };
  const name = (error as Error)?.name;
  if (name === 'ExitPromptError' || name === 'AbortPromptError') return { kind: 'cancelled', message: 'Cancelled.' };
  if (error instanceof WotnError) return { kind: error.kind, message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  return { kind: 'internal', message: (error as Error)?.message ?? String(error), hint: 'Run again with --debug for details.' };
}

function report(error: unknown, o: { debug: boolean; json: boolean }, io: IO): number {
  if (error instanceof CommanderError && error.exitCode === 0) return 0; // --help, --version
  const d = describe(error);
  const code = d.kind === 'internal' ? 1 : exitCodeOf(d.kind);
  if (o.json) io.stdout.write(JSON.stringify({ error: d }) + '\n');
  if (error instanceof CommanderError) return code; // commander has printed it
  if (d.kind === 'cancelled') io.stderr.write(`${d.message}\n`);
  // A message of several lines is several problems (a hook's violations): one "wotn:" line each.
  else io.stderr.write(`${d.message.split('\n').map((line) => `wotn: ${line}\n`).join('')}${d.hint && (d.kind !== 'internal' || !o.debug) ? `  ${d.hint}\n` : ''}`);
  if (o.debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return code;
}

/** Runs wotn with `argv` (as process.argv: node, script, args…) and returns the exit code. */
export async function main(argv: string[], given: IO = systemIO()): Promise<number> {
  // With --json a failure is a document on stdout too, unless the command already wrote its
  // own (sync and verify report what failed inside their result): one document, always.
  let wrote = false;
  const io: IO = { ...given, stdout: { ...given.stdout, write: (t) => ((wrote = true), given.stdout.write(t)) } };
  const program = buildProgram(io);
  eachCommand(program, (c) => {
    c.exitOverride();
    c.configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) });
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error, { debug: argv.includes('--debug'), json: argv.includes('--json') && !wrote }, io);
  }
}
