import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const define = () =>
  new Command('vacation')
    .description('plan days away: no nudges, and your streak waits (without flags: your vacations)')
    .option('--from <YYYY-MM-DD>', 'the first day away (today or later)')
    .option('--to <YYYY-MM-DD>', 'the last day away')
    .option('--cancel', 'cancel every vacation day from today on (days already past stay)')
    .addHelpText('after', `
Vacations are planned, not backdated: a day before today can't be added or taken back.
Vacation days neither break nor count for your streak, and the cohort's nudge skips them.

Examples:
  $ wotn vacation --from 2026-12-10 --to 2026-12-14
  $ wotn vacation --cancel
  $ wotn vacation --json`);

export type VacationFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const vacationCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
