import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

export const statusCommand = (contextFor: ContextFor) =>
  new Command('status')
    .description(helpText('cmd.status.description'))
    .action(async (_flags, command) => (await import('./run.js')).run(contextFor(command)));
