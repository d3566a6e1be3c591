import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('members')
    .description(helpText('cmd.members.description'))
    .addOption(ledgerOption())
    .option('--at-risk', 'for student-success members (and leads): who is at risk today, with their streak and last post')
    .addHelpText('after', '\nExamples:\n  $ wotn members\n  $ wotn members --at-risk --json');

export type MembersFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const membersCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => {
    const run = await import('./run.js');
    return flags.atRisk ? run.atRisk(contextFor(command), flags) : run.run(contextFor(command), flags);
  });
