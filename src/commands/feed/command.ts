import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('feed')
    .description(helpText('cmd.feed.description'))
    .addOption(ledgerOption())
    .option('--days <n>', helpText('cmd.feed.opt.days'), integer('--days', 1, MAX_DAYS), 3);

export type FeedFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const feedCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
