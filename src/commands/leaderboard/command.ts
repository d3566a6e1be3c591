import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('leaderboard')
    .description('write LEADERBOARD.md, index.html and progress.json for the cohort\'s page (CI runs this)')
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', 'as of this day (default: today in the cohort\'s time zone)')
    .requiredOption('--out <dir>', 'the folder to write to');

export type LeaderboardFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const leaderboardCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
