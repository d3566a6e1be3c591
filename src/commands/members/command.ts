import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('members')
    .description(helpText('cmd.members.description'))
    .addOption(ledgerOption())
    .option('--at-risk', helpText('cmd.members.opt.atRisk'))
    .addHelpText('after', () => `\n${t('cmd.members.helpAfter')}`);

export type MembersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const membersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => {
    const run = await import('./run.js');
    return flags.atRisk ? run.atRisk(contextFor(command), flags) : run.run(contextFor(command), flags);
  });
