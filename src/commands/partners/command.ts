import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('partners')
    .description(helpText('cmd.partners.description'))
    .addOption(ledgerOption())
    .option('--mentor', helpText('cmd.partners.opt.mentor'))
    .addHelpText('after', () => `\n${t('cmd.partners.helpAfter')}`);

export type PartnersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const partnersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => {
    const run = await import('./run.js');
    return flags.mentor ? run.mentees(contextFor(command), flags) : run.run(contextFor(command), flags);
  });
