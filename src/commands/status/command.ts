import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

export const statusCommand = (contextFor: ContextFor) =>
  new Command('status')
    .description('day N of the challenge, today\'s post, streaks and the calendar')
    .action(async (_flags, command) => (await import('./run.js')).run(contextFor(command)));
