import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('wisdom')
    .description(helpText('cmd.wisdom.description'))
    .addOption(ledgerOption())
    .option('--week <n>', helpText('cmd.wisdom.opt.week'), integer('--week', 1, MAX_DAYS))
    .option('--out <file>', helpText('cmd.wisdom.opt.out'))
    .addHelpText('after', () => `
${t('cmd.wisdom.helpAfter')}`);

export type WisdomFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const wisdomCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
