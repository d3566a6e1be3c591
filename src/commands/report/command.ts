import { Command, Option } from '@commander-js/extra-typings';
import { REPORT_FORMATS } from '../../render/formats.js';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('report')
    .description('for leads: who wrote today, who is at risk, streaks, completion, participation per day')
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', 'report as of this day (default: today in the cohort\'s time zone)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('table' as const))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--notify', 'open or update today\'s check-in issue in the github: ledger, @mentioning at-risk members who opted in');

export type ReportFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const reportCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
