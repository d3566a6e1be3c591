import { Command } from '@commander-js/extra-typings';
import { MAX_POST_WORDS } from '../../domain/defaults.js';
import { integer, type ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('publish')
    .argument('[file]', helpText('cmd.publish.arg.file'))
    .description(helpText('cmd.publish.description'))
    .option('--url <url>', helpText('cmd.publish.opt.url'))
    .option('--title <title>', helpText('cmd.publish.opt.title'))
    .option('--words <n>', helpText('cmd.publish.opt.words'), integer('--words', 0, MAX_POST_WORDS))
    .option('--date <YYYY-MM-DD>', helpText('cmd.publish.opt.date'))
    .option('--make-up <YYYY-MM-DD>', helpText('cmd.publish.opt.makeUp'))
    .option('--no-push', helpText('cmd.publish.opt.noPush'));

export type PublishFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const publishCommand = (contextFor: ContextFor) =>
  define().action(async (file, flags, command) => (await import('./run.js')).run(contextFor(command), file, flags));
