import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('site')
    .alias('leaderboard')
    .description(helpText('cmd.site.description'))
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', helpText('cmd.site.opt.date'))
    .option('--site-url <url>', helpText('cmd.site.opt.siteUrl'))
    .requiredOption('--out <dir>', helpText('cmd.site.opt.out'));

export type SiteFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const siteCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
