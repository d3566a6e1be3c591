import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('vacation')
    .description(helpText('cmd.vacation.description'))
    .option('--from <YYYY-MM-DD>', helpText('cmd.vacation.opt.from'))
    .option('--to <YYYY-MM-DD>', helpText('cmd.vacation.opt.to'))
    .option('--cancel', helpText('cmd.vacation.opt.cancel'))
    .addHelpText('after', () => `
${t('cmd.vacation.helpAfter')}`);

export type VacationFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const vacationCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
