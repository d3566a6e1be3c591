import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('members')
    .description('the cohort\'s member directory: names, handles, roles, blogs, intros')
    .addOption(ledgerOption());

export type MembersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const membersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
