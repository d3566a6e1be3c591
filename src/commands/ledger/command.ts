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

const defineNudge = () =>
  new Command('nudge')
    .description('send the day\'s nudge to opted-in members who have not written, a few hours before their day ends (the ledger\'s workflow runs it on its schedule)')
    .option('--ledger <dir>', 'the ledger checkout (default: this folder)')
    .option('--repo <owner/name>', 'the ledger\'s repository (default: GITHUB_REPOSITORY)')
    .addHelpText('after', '\nAt most once a day per member (remembered in nudges.json, committed before anything is sent),\nnever in quiet hours, never on vacation. Needs GITHUB_TOKEN with issues: write and contents: write.');

const defineHookInstall = () =>
  new Command('install')
    .argument('<bare-repo>', 'the ledger\'s bare repository on this server (the one members push to)')
    .description('install the pre-receive hook that checks every push to a plain git ledger')
    .option('--force', 'replace a pre-receive hook that wotn did not write')
    .addHelpText('after', '\nThe hook runs this node and this wotn by their absolute paths. Upgrading wotn in place\nneeds nothing more; after moving node or wotn, run this again.\nThe pusher is WOTN_PUSHER, else GL_USERNAME, GITEA_PUSHER_NAME or FORGEJO_PUSHER_NAME, else USER.');

const defineHookRun = () =>
  new Command('run')
    .description('check the ref updates git gives a pre-receive hook on stdin; exit 1 with one line per violation');

export type VerifyFlags = ReturnType<ReturnType<typeof defineVerify>['opts']>;
export type IngestFlags = ReturnType<ReturnType<typeof defineIngest>['opts']>;
export type NudgeFlags = ReturnType<ReturnType<typeof defineNudge>['opts']>;
export type HookInstallFlags = ReturnType<ReturnType<typeof defineHookInstall>['opts']>;

export const ledgerCommand = (contextFor: ContextFor) =>
  new Command('ledger')
    .description('what the ledger\'s workflow and its git server run: check a push, record check-ins, the pre-receive hook')
    .addCommand(defineVerify().action(async (flags, command) => (await import('./verify.js')).run(contextFor(command), flags)))
    .addCommand(defineIngest().action(async (flags, command) => (await import('./ingest.js')).run(contextFor(command), flags)))
    .addCommand(defineNudge().action(async (flags, command) => (await import('./nudge.js')).run(contextFor(command), flags)))
    .addCommand(
      new Command('hook')
        .description('the pre-receive hook of a plain git ledger (self-hosted servers, bare repositories)')
        .addCommand(defineHookInstall().action(async (repo, flags, command) => (await import('./hook.js')).install(contextFor(command), repo, flags)))
        .addCommand(defineHookRun().action(async (_flags, command) => (await import('./hook.js')).run(contextFor(command)))),
    );
