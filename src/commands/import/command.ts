import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

export const importCommand = (contextFor: ContextFor) =>
  new Command('import')
    .argument('<file>', helpText('cmd.import.arg.file'))
    .description(helpText('cmd.import.description'))
    .action(async (file, _flags, command) => (await import('./run.js')).run(contextFor(command), file));
