import { Command, Option } from '@commander-js/extra-typings';
import { REPORT_FORMATS } from '../../render/formats.js';
import { ledgerOption, type ContextFor } from '../flags.js';
import { t } from '../../i18n/index.js';

const define = () =>
  new Command('report')
    .description(t('cmd.report.description'))
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', t('cmd.report.opt.date'))
    .addOption(new Option('--format <format>', t('cmd.report.opt.format')).choices(REPORT_FORMATS).default('table' as const))
    .option('--out <file>', t('cmd.report.opt.out'))
    .option('--notify', t('cmd.report.opt.notify'));

export type ReportFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const reportCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
