import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('roles')
    .description(helpText('cmd.roles.description'))
    .addOption(ledgerOption())
    .addHelpText('after', () => `
${t('cmd.roles.helpAfter')}`);

export type RolesFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const rolesCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
