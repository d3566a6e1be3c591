import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const defineVerify = () =>
  new Command('verify')
    .description('fail when a commit in BASE..HEAD changes files the pusher does not own (leads may change anything)')
    .requiredOption('--base <sha>', 'the commit before the push (40 zeros for a new branch)')
    .requiredOption('--head <sha>', 'the pushed commit')
    .requiredOption('--actor <login>', 'who pushed (github.actor)')
    .option('--ledger <dir>', 'the ledger clone (default: this folder)');

export type VerifyFlags = ReturnType<ReturnType<typeof defineVerify>['opts']>;

export const ledgerCommand = (contextFor: ContextFor) =>
  new Command('ledger')
    .description('checks run by the ledger\'s CI')
    .addCommand(defineVerify().action(async (flags, command) => (await import('./verify.js')).run(contextFor(command), flags)));
