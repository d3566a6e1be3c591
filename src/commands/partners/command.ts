import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('partners')
    .description('your pod (reading partners) and their latest posts to read today')
    .addOption(ledgerOption())
    .option('--mentor', 'for mentors (and leads): the pods you mentor today, each mentee\'s last post, streak and whether they wrote today')
    .addHelpText('after', '\nExample:\n  $ wotn partners          who is in my pod, and what to read\n  $ wotn partners --mentor how my mentees are doing today\n  $ wotn partners --json');

export type PartnersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const partnersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => {
    const run = await import('./run.js');
    return flags.mentor ? run.mentees(contextFor(command), flags) : run.run(contextFor(command), flags);
  });
