import { Command, Option } from '@commander-js/extra-typings';
import { REPORT_FORMATS } from '../../render/formats.js';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('report')
    .description(helpText('cmd.report.description'))
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', helpText('cmd.report.opt.date'))
    .addOption(new Option('--format <format>', helpText('cmd.report.opt.format')).choices(REPORT_FORMATS).default('table' as const))
    .option('--out <file>', helpText('cmd.report.opt.out'))
    .option('--notify', helpText('cmd.report.opt.notify'));

export type ReportFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const reportCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
