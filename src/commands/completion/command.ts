import { Command, Option } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const define = () =>
  new Command('completion')
    .description('print a shell completion script (commands, flags, formats, presets, member handles)')
    .addArgument(new Command().createArgument('[shell]', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish'] as const))
    .addOption(new Option('--handles', 'print the member handles of the cached ledger (the scripts call this)').hideHelp())
    .addHelpText('after', '\nInstall:\n  bash  $ wotn completion bash > ~/.local/share/bash-completion/completions/wotn\n  zsh   $ echo \'eval "$(wotn completion zsh)"\' >> ~/.zshrc\n  fish  $ wotn completion fish > ~/.config/fish/completions/wotn.fish');

export type CompletionFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const completionCommand = (contextFor: ContextFor) =>
  define().action(async (shell, flags, command) => (await import('./run.js')).run(contextFor(command), shell, flags, command.parent!));
