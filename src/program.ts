// The commander program: registers each command (its flags; the code that runs it loads
// only when it runs) and is the one place where errors become messages and exit codes.
import { Command, CommanderError, Help, Option } from '@commander-js/extra-typings';
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
import { chooseLanguage, langFlag, LANGUAGES, type Lang } from './domain/language.js';
import { resolvePaths } from './adapters/paths.js';
import { configuredLanguage } from './adapters/config.js';
import { current, described, helpText, t, useLanguage, type MessageKey } from './i18n/index.js';
import { commanderError } from './render/commander-errors.js';

// The entry point builds the process's IO with this (cli.ts loads only this module).
export { systemIO } from './context.js';

const COMMANDS = [
  initCommand, todayCommand, publishCommand, statusCommand, syncCommand, cohortCommand,
  membersCommand, reportCommand, siteCommand, feedCommand, ledgerCommand, doctorCommand, exportCommand, importCommand,
  // Learn together (issue 11): kudos, roles and moderation; pods and partners, wisdom, vacations.
  kudosCommand, rolesCommand, moderateCommand, podsCommand, partnersCommand, wisdomCommand, vacationCommand,
  completionCommand,
];

// commander's own section titles, in the reader's language.
const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.usage', 'Options:': 'help.options', 'Commands:': 'help.commands', 'Arguments:': 'help.arguments', 'Global Options:': 'help.globalOptions',
};

/** commander's Help, reading each description (a helpText key) as its message when help is shown. */
const HELP: Partial<Help> = {
  commandDescription: (c) => described(c.description()),
  subcommandDescription: (c) => described(c.summary() || c.description()),
  optionDescription(option) {
    return Help.prototype.optionDescription.call(this, Object.create(option, { description: { value: described(option.description ?? '') } }));
  },
  argumentDescription(argument) {
    return Help.prototype.argumentDescription.call(this, Object.create(argument, { description: { value: described(argument.description ?? '') } }));
  },
};

/** commander's "(choices: …, default: …)" after a description, in the reader's language. */
const commanderWords = (text: string) => text.replace(/\bchoices: /, `${t('help.choices')}: `).replace(/\bdefault: /, `${t('help.default')}: `);

/** The same, with commander's own words (titles, "choices", "default") in the reader's language. */
const REWORDED_HELP: Partial<Help> = {
  ...HELP,
  styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
  optionDescription(option) {
    return commanderWords(HELP.optionDescription!.call(this, option));
  },
  argumentDescription(argument) {
    return commanderWords(HELP.argumentDescription!.call(this, argument));
  },
};

export function buildProgram(io: IO, lang: Lang = 'en'): Command {
  const contextFor: ContextFor = (command) => createContext(command.optsWithGlobals() as GlobalOptions, io, lang);
  const program = new Command('wotn')
    .description(helpText('program.description'))
    .version(VERSION, '-V, --version', helpText('program.version'))
    .option('--json', helpText('program.json'))
    .option('--no-color', helpText('program.noColor'))
    .option('--debug', helpText('program.debug'))
    .addOption(new Option('--lang <lang>', helpText('program.lang')).choices(LANGUAGES))
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .addHelpText('after', () => `\n${t('program.helpAfter')}`);
  for (const define of COMMANDS) program.addCommand(define(contextFor));
  const reworded = current().lang !== 'en';
  eachCommand(program as unknown as Command, (c) => {
    c.configureHelp(reworded ? REWORDED_HELP : HELP);
    // commander's own words are English already: only another language pays for rewording them.
    if (!reworded) return;
    c.helpOption('-h, --help', t('help.help'));
    if (c.commands.length) c.helpCommand('help [command]', t('help.helpCommand'));
  });
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
  if (name === 'ExitPromptError' || name === 'AbortPromptError') return { kind: 'cancelled', message: t('error.cancelled') };
  if (error instanceof WotnError) return { kind: error.kind, message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  return { kind: 'internal', message: (error as Error)?.message ?? String(error), hint: t('error.debugHint') };
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
  const io: IO = { ...given, stdout: { ...given.stdout, write: (text) => ((wrote = true), given.stdout.write(text)) } };
  const json = argv.includes('--json');
  const chosen = await chooseRunLanguage(argv, io, json);
  if ('problem' in chosen) return report(chosen.problem, { debug: false, json }, io);
  const program = buildProgram(io, chosen.lang);
  eachCommand(program, (c) => {
    c.exitOverride();
    c.configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text), outputError: (text, write) => write(commanderError(text)) });
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error, { debug: argv.includes('--debug'), json: json && !wrote }, io);
  }
}

/**
 * The run's language, chosen before any command is defined (their --help is in it). With
 * --json every message is English: a JSON document never changes with the language, and
 * neither does the talk around it. An unknown --lang or WOTN_LANG is a usage error.
 */
async function chooseRunLanguage(argv: string[], io: IO, json: boolean): Promise<{ lang: Lang } | { problem: WotnError }> {
  const flag = langFlag(argv.slice(2));
  const choice = chooseLanguage({ flag, env: io.env, config: flag === undefined && !io.env.WOTN_LANG ? configuredLanguage(resolvePaths(io.env)) : undefined });
  if ('problem' in choice) {
    const { source, value } = choice.problem;
    await useLanguage('en');
    return { problem: new WotnError('usage', t('error.unknownLanguage', { source, value, languages: LANGUAGES.join(', ') }), t('error.unknownLanguageHint', { source })) };
  }
  await useLanguage(json ? 'en' : choice.lang, { json });
  return choice;
}
