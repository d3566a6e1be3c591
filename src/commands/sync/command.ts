import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

export const syncCommand = (contextFor: ContextFor) =>
  new Command('sync')
    .description(helpText('cmd.sync.description'))
    .action(async (_flags, command) => (await import('./run.js')).run(contextFor(command)));
