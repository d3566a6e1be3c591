import { Command, Option } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('completion')
    .description(helpText('cmd.completion.description'))
    .addArgument(new Command().createArgument('[shell]', helpText('cmd.completion.arg.shell')).choices(['bash', 'zsh', 'fish'] as const))
    .addOption(new Option('--handles', helpText('cmd.completion.opt.handles')).hideHelp())
    .addHelpText('after', () => `\n${t('cmd.completion.helpAfter')}`);

export type CompletionFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const completionCommand = (contextFor: ContextFor) =>
  define().action(async (shell, flags, command) => (await import('./run.js')).run(contextFor(command), shell, flags, command.parent!));
