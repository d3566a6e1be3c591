import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';

const day = () => integer('--day', 1, MAX_DAYS);

const defineHide = () =>
  new Command('hide')
    .argument('<handle>', 'whose post')
    .description('hide a post\'s title and link from the cohort\'s pages (its day and words still count); moderators and leads')
    .requiredOption('--day <n>', 'the post of this challenge day', day())
    .requiredOption('--reason <text>', 'why, kept in the ledger (at most 280 characters)')
    .addOption(ledgerOption())
    .addHelpText('after', '\nExample:\n  $ wotn moderate hide minh --day 4 --reason "links to a page with personal data"');

const defineRemoveKudos = () =>
  new Command('remove-kudos')
    .argument('<giver>', 'who gave the kudos')
    .description('take a kudos (and its note) off the pages and counts; moderators and leads')
    .requiredOption('--to <handle>', 'whose post it thanked')
    .requiredOption('--day <n>', 'the post of this challenge day', day())
    .requiredOption('--reason <text>', 'why, kept in the ledger (at most 280 characters)')
    .addOption(ledgerOption())
    .addHelpText('after', '\nExample:\n  $ wotn moderate remove-kudos an --to minh --day 4 --reason "the note was unkind"');

const definePin = () =>
  new Command('pin')
    .argument('<handle>', 'whose post')
    .description('pin another member\'s post as the post of the day (the latest pin wins); bloggers-in-residence and leads')
    .option('--day <n>', 'the post of this challenge day (default: their latest)', day())
    .addOption(ledgerOption())
    .addHelpText('after', '\nExample:\n  $ wotn moderate pin minh --day 7');

const defineNudge = () =>
  new Command('nudge')
    .argument('<handle>', 'whom to nudge')
    .description('nudge a member today; mentors (their pods\' members), student-success and leads')
    .option('--note <text>', 'a short, kind word (at most 280 characters)')
    .addOption(ledgerOption())
    .addHelpText('after', '\nExample:\n  $ wotn moderate nudge minh --note "Ten minutes is enough today."');

export type HideFlags = ReturnType<ReturnType<typeof defineHide>['opts']>;
export type RemoveKudosFlags = ReturnType<ReturnType<typeof defineRemoveKudos>['opts']>;
export type PinFlags = ReturnType<ReturnType<typeof definePin>['opts']>;
export type NudgeFlags = ReturnType<ReturnType<typeof defineNudge>['opts']>;

export const moderateCommand = (contextFor: ContextFor) =>
  new Command('moderate')
    .description('what roles do: hide a post, remove a kudos, pin a post of the day, nudge; recorded in the ledger with the reason')
    .addCommand(defineHide().action(async (handle, flags, command) => (await import('./run.js')).hide(contextFor(command), handle, flags)))
    .addCommand(defineRemoveKudos().action(async (giver, flags, command) => (await import('./run.js')).removeKudos(contextFor(command), giver, flags)))
    .addCommand(definePin().action(async (handle, flags, command) => (await import('./run.js')).pin(contextFor(command), handle, flags)))
    .addCommand(defineNudge().action(async (handle, flags, command) => (await import('./run.js')).nudge(contextFor(command), handle, flags)));
