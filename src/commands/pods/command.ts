import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const defineAssign = () =>
  new Command('assign')
    .description(helpText('cmd.pods.assign.description'))
    .addOption(ledgerOption())
    .option('--size <n>', helpText('cmd.pods.assign.opt.size'), integer('--size', 2, 6), 3)
    .option('--every <days>', helpText('cmd.pods.assign.opt.every'), integer('--every', 1, MAX_DAYS), 7)
    .option('--seed <text>', helpText('cmd.pods.assign.opt.seed'))
    .addHelpText('after', () => `
${t('cmd.pods.assign.helpAfter')}`);

export type PodsAssignFlags = ReturnType<ReturnType<typeof defineAssign>['opts']>;

export const podsCommand = (contextFor: ContextFor) =>
  new Command('pods')
    .description(helpText('cmd.pods.description'))
    .addCommand(defineAssign().action(async (flags, command) => (await import('./run.js')).assign(contextFor(command), flags)));
