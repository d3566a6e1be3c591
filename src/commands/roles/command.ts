import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('roles')
    .description('who holds a role in the cohort, and what each role may do')
    .addOption(ledgerOption())
    .addHelpText('after', `
Roles: lead (everything), moderator (hides an entry's title and link, removes a kudos,
with a reason), mentor (sees and nudges the pods they mentor), blogger-in-residence
(featured on the cohort's pages, pins a post of the day), student-success (sees who is
at risk and nudges them). A lead gives and takes roles: wotn cohort role add HANDLE ROLE.

Example:
  $ wotn roles --json`);

export type RolesFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const rolesCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
