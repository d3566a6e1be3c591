import { Command } from '@commander-js/extra-typings';
import { MAX_POST_WORDS } from '../../domain/defaults.js';
import { integer, type ContextFor } from '../flags.js';

const define = () =>
  new Command('publish')
    .argument('[file]', 'the post to publish (default: today\'s post)')
    .description('count words, commit and push the post, record it in your streak')
    .option('--url <url>', 'record a post published elsewhere (Substack, Medium...) without git')
    .option('--title <title>', 'title for a post recorded with --url')
    .option('--words <n>', 'word count for a post recorded with --url and no file', integer('--words', 0, MAX_POST_WORDS))
    .option('--date <YYYY-MM-DD>', 'with --url: record it for yesterday, within the cohort\'s grace hours')
    .option('--make-up <YYYY-MM-DD>', 'a make-up post for a day you missed: it counts as a day written, never for the streak (if the cohort allows make-up days)')
    .option('--no-push', 'commit only: nothing is pushed or synced until wotn sync');

export type PublishFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const publishCommand = (contextFor: ContextFor) =>
  define().action(async (file, flags, command) => (await import('./run.js')).run(contextFor(command), file, flags));
