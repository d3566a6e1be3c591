import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const defineVerify = () =>
  new Command('verify')
    .description(helpText('cmd.ledger.verify.description'))
    .requiredOption('--base <sha>', helpText('cmd.ledger.verify.opt.base'))
    .requiredOption('--head <sha>', helpText('cmd.ledger.verify.opt.head'))
    .requiredOption('--actor <login>', helpText('cmd.ledger.verify.opt.actor'))
    .option('--ledger <dir>', helpText('cmd.ledger.verify.opt.ledger'));

const defineIngest = () =>
  new Command('ingest')
    .description(helpText('cmd.ledger.ingest.description'))
    .option('--ledger <dir>', helpText('cmd.ledger.ingest.opt.ledger'))
    .option('--repo <owner/name>', helpText('cmd.ledger.ingest.opt.repo'))
    .addHelpText('after', () => `\n${t('cmd.ledger.ingest.helpAfter')}`);

const defineNudge = () =>
  new Command('nudge')
    .description(helpText('cmd.ledger.nudge.description'))
    .option('--ledger <dir>', helpText('cmd.ledger.nudge.opt.ledger'))
    .option('--repo <owner/name>', helpText('cmd.ledger.nudge.opt.repo'))
    .addHelpText('after', () => `\n${t('cmd.ledger.nudge.helpAfter')}`);

const defineHookInstall = () =>
  new Command('install')
    .argument('<bare-repo>', helpText('cmd.ledger.install.arg.bareRepo'))
    .description(helpText('cmd.ledger.install.description'))
    .option('--force', helpText('cmd.ledger.install.opt.force'))
    .addHelpText('after', () => `\n${t('cmd.ledger.install.helpAfter')}`);

const defineHookRun = () =>
  new Command('run')
    .description(helpText('cmd.ledger.run.description'));

export type VerifyFlags = ReturnType<ReturnType<typeof defineVerify>['opts']>;
export type IngestFlags = ReturnType<ReturnType<typeof defineIngest>['opts']>;
export type NudgeFlags = ReturnType<ReturnType<typeof defineNudge>['opts']>;
export type HookInstallFlags = ReturnType<ReturnType<typeof defineHookInstall>['opts']>;

export const ledgerCommand = (contextFor: ContextFor) =>
  new Command('ledger')
    .description(helpText('cmd.ledger.description'))
    .addCommand(defineVerify().action(async (flags, command) => (await import('./verify.js')).run(contextFor(command), flags)))
    .addCommand(defineIngest().action(async (flags, command) => (await import('./ingest.js')).run(contextFor(command), flags)))
    .addCommand(defineNudge().action(async (flags, command) => (await import('./nudge.js')).run(contextFor(command), flags)))
    .addCommand(
      new Command('hook')
        .description(helpText('cmd.ledger.hook.description'))
        .addCommand(defineHookInstall().action(async (repo, flags, command) => (await import('./hook.js')).install(contextFor(command), repo, flags)))
        .addCommand(defineHookRun().action(async (_flags, command) => (await import('./hook.js')).run(contextFor(command)))),
    );
