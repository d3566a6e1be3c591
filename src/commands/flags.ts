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
    .option('--goal-words <n>', helpText('flags.opt.goalWords'), integer('--goal-words', 1, 1_000_000_000))
    .option('--awards <days>', helpText('flags.opt.awards'), dayList('--awards'))
    .option('--never-miss-twice', helpText('flags.opt.neverMissTwice'))
    .option('--make-up-days <n>', helpText('flags.opt.makeUpDays'), integer('--make-up-days', 0, MAX_DAYS))
    .option('--nudge-hours-before <n>', helpText('flags.opt.nudgeHoursBefore'), integer('--nudge-hours-before', 1, 23))
    .option('--max-vacation-days <n>', helpText('flags.opt.maxVacationDays'), integer('--max-vacation-days', 0, MAX_DAYS))
    .option('--feedback-guide <text>', helpText('flags.opt.feedbackGuide'));
}

/** A comma-separated list of whole numbers of days: "10,20,30". */
export function dayList(flag: string) {
  return (value: string): number[] => {
    const parts = value.split(',').map((p) => p.trim());
    if (!parts.every((p) => /^\d{1,4}$/.test(p))) throw new WotnError('usage', t('problem.dayList', { flag, value }));
    return parts.map(Number);
  };
}

export const ledgerOption = () => new Option('--ledger <ledger>', helpText('flags.opt.ledger'));
