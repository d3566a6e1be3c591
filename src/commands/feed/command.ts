import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('feed')
    .description('the cohort\'s latest posts, newest first: read and learn from each other')
    .addOption(ledgerOption())
    .option('--days <n>', 'how many days back', integer('--days', 1, MAX_DAYS), 3);

export type FeedFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const feedCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
