import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const defineVerify = () =>
  new Command('verify')
    .description('fail when a commit in BASE..HEAD changes files the pusher does not own (leads may change anything)')
    .requiredOption('--base <sha>', 'the commit before the push (40 zeros for a new branch)')
    .requiredOption('--head <sha>', 'the pushed commit')
    .requiredOption('--actor <login>', 'who pushed (github.actor)')
    .option('--ledger <dir>', 'the ledger clone (default: this folder)');

const defineIngest = () =>
  new Command('ingest')
    .description('record the check-in comments posted since the last run in this checkout of a github: ledger: one commit, pushed (the ledger\'s workflow runs it)')
    .option('--ledger <dir>', 'the ledger checkout (default: this folder)')
    .option('--repo <owner/name>', 'the ledger\'s repository (default: GITHUB_REPOSITORY)')
    .addHelpText('after', '\nNeeds GITHUB_TOKEN with issues: write and contents: write (the workflow\'s token has both).');

export type VerifyFlags = ReturnType<ReturnType<typeof defineVerify>['opts']>;
export type IngestFlags = ReturnType<ReturnType<typeof defineIngest>['opts']>;

export const ledgerCommand = (contextFor: ContextFor) =>
  new Command('ledger')
    .description('what the ledger\'s workflow runs: check a push, record check-ins')
    .addCommand(defineVerify().action(async (flags, command) => (await import('./verify.js')).run(contextFor(command), flags)))
    .addCommand(defineIngest().action(async (flags, command) => (await import('./ingest.js')).run(contextFor(command), flags)));
