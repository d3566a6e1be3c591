import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const define = () =>
  new Command('today')
    .description('scaffold today\'s post (never overwrites) and open your editor')
    .option('--title <title>', 'the post\'s title (it names the file)')
    .option('--no-edit', 'do not open the editor')
    .option('--template <name|path>', 'a template name from your templates folder, or a file');

export type TodayFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const todayCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
