import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('today')
    .description(helpText('cmd.today.description'))
    .option('--title <title>', helpText('cmd.today.opt.title'))
    .option('--no-edit', helpText('cmd.today.opt.noEdit'))
    .option('--template <name|path>', helpText('cmd.today.opt.template'));

export type TodayFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const todayCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
