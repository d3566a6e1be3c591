import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';

const define = () =>
  new Command('wisdom')
    .description('the cohort\'s collective wisdom: weekly reflections and featured posts, as Markdown grouped by week and theme')
    .addOption(ledgerOption())
    .option('--week <n>', 'only this week of the challenge', integer('--week', 1, MAX_DAYS))
    .option('--out <file>', 'write the Markdown to a file instead of stdout')
    .addHelpText('after', `
A post counts when it is a reflection (wotn today scaffolds one on days 7, 14, 21 and 28)
or its front matter says featured: true. Its theme is its first tag besides wotn's own.

Examples:
  $ wotn wisdom                      the whole digest
  $ wotn wisdom --week 2 --out week-2.md`);

export type WisdomFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const wisdomCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
