import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

export const syncCommand = (contextFor: ContextFor) =>
  new Command('sync')
    .description('push blog commits that are waiting and sync your entries to the cohort ledger')
    .action(async (_flags, command) => (await import('./run.js')).run(contextFor(command)));
