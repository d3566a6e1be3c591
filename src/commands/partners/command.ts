import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('partners')
    .description('your pod (reading partners) and their latest posts to read today')
    .addOption(ledgerOption())
    .addHelpText('after', '\nExample:\n  $ wotn partners          who is in my pod, and what to read\n  $ wotn partners --json');

export type PartnersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const partnersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
