// What every command folder shares: how it gets its Context, and the parsers and option
// groups several commands use. Commands import this, never each other.
import { Option, type Command, type CommandUnknownOpts, type OptionValues } from '@commander-js/extra-typings';
import { DEFAULT_DAYS, DEFAULT_GOAL } from '../domain/defaults.js';
import { WotnError } from '../errors.js';
import { MAX_DAYS, MAX_GOAL } from '../domain/defaults.js';
import type { Context } from '../context.js';
import { helpText, t } from '../i18n/index.js';

/** Builds the Context for a parsed command (its global flags and the process's IO). */
export type ContextFor = (command: CommandUnknownOpts) => Context;

/** A whole-number flag between `min` and `max`: the message names the flag and the range. */
export function integer(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) throw new WotnError('usage', t('error.notAWholeNumber', { flag, value, min, max }));
    return n;
  };
}

const collect = (value: string, all: string[] = []) => [...all, value];

/** The rules a lead sets when starting a cohort, shared by `cohort init` and `cohort create`. */
export function withCohortRules<Args extends unknown[], Opts extends OptionValues>(command: Command<Args, Opts>) {
  return command
    .option('--name <name>', helpText('flags.opt.name'))
    .option('--start <YYYY-MM-DD>', helpText('flags.opt.start'))
    .option('--days <n>', helpText('flags.opt.days'), integer('--days', 1, MAX_DAYS), DEFAULT_DAYS)
    .option('--timezone <zone>', helpText('flags.opt.timezone'))
    .option('--min-words <n>', helpText('flags.opt.minWords'), integer('--min-words', 0, MAX_GOAL), DEFAULT_GOAL)
    .option('--freezes <n>', helpText('flags.opt.freezes'), integer('--freezes', 0, MAX_DAYS), 0)
    .option('--grace-hours <n>', helpText('flags.opt.graceHours'), integer('--grace-hours', 0, 72), 0)
    .option('--lead <handle>', helpText('flags.opt.lead'), collect)
    .option('--goal-words <n>', 'words the cohort sets out to write together ("together we wrote 412,000 of 600,000 words")', integer('--goal-words', 1, 1_000_000_000))
    .option('--awards <days>', 'award tiers in days written, rising, e.g. 10,20,30 (the default)', dayList('--awards'))
    .option('--never-miss-twice', 'a single missed day keeps a streak (it does not count); two in a row break it')
    .option('--make-up-days <n>', 'make-up posts per challenge that count as days written (never for the streak)', integer('--make-up-days', 0, MAX_DAYS))
    .option('--nudge-hours-before <n>', 'send the day\'s nudge this many hours before a member\'s day ends (default 4)', integer('--nudge-hours-before', 1, 23))
    .option('--max-vacation-days <n>', 'the most vacation days a member may take', integer('--max-vacation-days', 0, MAX_DAYS))
    .option('--feedback-guide <text>', 'how to give feedback in this cohort (at most 2,000 characters); wotn kudos shows it the first time');
}

/** A comma-separated list of whole numbers of days: "10,20,30". */
export function dayList(flag: string) {
  return (value: string): number[] => {
    const parts = value.split(',').map((p) => p.trim());
    if (!parts.every((p) => /^\d{1,4}$/.test(p))) throw new WotnError('usage', `${flag} "${value}" is not a list of whole numbers of days, e.g. 10,20,30`);
    return parts.map(Number);
  };
}

export const ledgerOption = () => new Option('--ledger <ledger>', helpText('flags.opt.ledger'));
