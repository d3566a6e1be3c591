import { Command } from '@commander-js/extra-typings';
import { ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('site')
    .alias('leaderboard')
    .description('build the cohort\'s static site: today, leaderboard, a page per writer and per day, directory, Atom feed, progress.json (CI runs this; leaderboard is the old name)')
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', 'as of this day (default: today in the cohort\'s time zone)')
    .option('--site-url <url>', 'the site\'s address, e.g. https://owner.github.io/repo/, for the feed\'s links (default in GitHub Actions: the repository\'s Pages address)')
    .requiredOption('--out <dir>', 'the folder to write; it is replaced whole (a new folder, or one wotn wrote before)');

export type SiteFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const siteCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
