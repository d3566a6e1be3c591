import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('kudos')
    .argument('<handle>', helpText('cmd.kudos.arg.handle'))
    .description(helpText('cmd.kudos.description'))
    .option('--day <n>', helpText('cmd.kudos.opt.day'), integer('--day', 1, MAX_DAYS))
    .option('--note <text>', helpText('cmd.kudos.opt.note'))
    .addOption(ledgerOption())
    .addHelpText('after', () => `
${t('cmd.kudos.helpAfter')}`);

export type KudosFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const kudosCommand = (contextFor: ContextFor) =>
  define().action(async (handle, flags, command) => (await import('./run.js')).run(contextFor(command), handle, flags));
