import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('kudos')
    .argument('<handle>', 'whose post you thank (their GitHub login)')
    .description('thank a member for a post (default: their latest), optionally with one specific, kind note')
    .option('--day <n>', 'the post of this challenge day', integer('--day', 1, MAX_DAYS))
    .option('--note <text>', 'one or two specific, kind sentences (at most 280 characters)')
    .addOption(ledgerOption())
    .addHelpText('after', `
One kudos per post: thanking the same post again only changes its note. Kudos to
yourself are not counted. Giving kudos counts as taking part that day.
On a github: ledger a kudos is a heart on the member's check-in comment and a reply
(quoting your note); the ledger's workflow records it.

Examples:
  $ wotn kudos minh
  $ wotn kudos minh --day 3 --note "Your opening question kept me reading to the end."`);

export type KudosFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const kudosCommand = (contextFor: ContextFor) =>
  define().action(async (handle, flags, command) => (await import('./run.js')).run(contextFor(command), handle, flags));
