import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';

const defineAssign = () =>
  new Command('assign')
    .description('for leads: group the members into pods (reading partners) for the next period and write pods.json to the ledger')
    .addOption(ledgerOption())
    .option('--size <n>', 'members a pod holds at most, from 2 to 6 (pods differ by one member at most)', integer('--size', 2, 6), 3)
    .option('--every <days>', 'how long a round of pods lasts', integer('--every', 1, MAX_DAYS), 7)
    .option('--seed <text>', 'the tie-breaker: the same ledger and seed give the same pods (default: the cohort\'s id)')
    .addHelpText('after', `
Pods keep apart members who shared a pod before (while that is possible), then keep nearby
time zones together. Mentors (wotn cohort role add HANDLE mentor) are given pods in turn.

Examples:
  $ wotn pods assign --size 3             pods of 3 for the next 7 days
  $ wotn pods assign --size 4 --every 10  pods of 4 for the next 10 days`);

export type PodsAssignFlags = ReturnType<ReturnType<typeof defineAssign>['opts']>;

export const podsCommand = (contextFor: ContextFor) =>
  new Command('pods')
    .description('reading partners: small groups who read each other\'s posts')
    .addCommand(defineAssign().action(async (flags, command) => (await import('./run.js')).assign(contextFor(command), flags)));
