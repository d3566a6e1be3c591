import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('members')
    .description(helpText('cmd.members.description'))
    .addOption(ledgerOption());

export type MembersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const membersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
