import { Command } from '@commander-js/extra-typings';
import { MAX_DAYS } from '../../domain/defaults.js';
import { integer, ledgerOption, type ContextFor } from '../flags.js';
import { helpText, t, type MessageKey } from '../../i18n/index.js';

const after = (key: MessageKey) => () => `\n${t(key)}`;

const day = () => integer('--day', 1, MAX_DAYS);

const defineHide = () =>
  new Command('hide')
    .argument('<handle>', helpText('cmd.moderate.arg.handle'))
    .description(helpText('cmd.moderate.hide.description'))
    .requiredOption('--day <n>', helpText('cmd.moderate.opt.day'), day())
    .requiredOption('--reason <text>', helpText('cmd.moderate.opt.reason'))
    .addOption(ledgerOption())
    .addHelpText('after', after('cmd.moderate.hide.helpAfter'));

const defineRemoveKudos = () =>
  new Command('remove-kudos')
    .argument('<giver>', helpText('cmd.moderate.removeKudos.arg.giver'))
    .description(helpText('cmd.moderate.removeKudos.description'))
    .requiredOption('--to <handle>', helpText('cmd.moderate.removeKudos.opt.to'))
    .requiredOption('--day <n>', helpText('cmd.moderate.opt.day'), day())
    .requiredOption('--reason <text>', helpText('cmd.moderate.opt.reason'))
    .addOption(ledgerOption())
    .addHelpText('after', after('cmd.moderate.removeKudos.helpAfter'));

const definePin = () =>
  new Command('pin')
    .argument('<handle>', helpText('cmd.moderate.arg.handle'))
    .description(helpText('cmd.moderate.pin.description'))
    .option('--day <n>', helpText('cmd.moderate.pin.opt.day'), day())
    .addOption(ledgerOption())
    .addHelpText('after', after('cmd.moderate.pin.helpAfter'));

const defineNudge = () =>
  new Command('nudge')
    .argument('<handle>', helpText('cmd.moderate.nudge.arg.handle'))
    .description(helpText('cmd.moderate.nudge.description'))
    .option('--note <text>', helpText('cmd.moderate.nudge.opt.note'))
    .addOption(ledgerOption())
    .addHelpText('after', after('cmd.moderate.nudge.helpAfter'));

export type HideFlags = ReturnType<ReturnType<typeof defineHide>['opts']>;
export type RemoveKudosFlags = ReturnType<ReturnType<typeof defineRemoveKudos>['opts']>;
export type PinFlags = ReturnType<ReturnType<typeof definePin>['opts']>;
export type NudgeFlags = ReturnType<ReturnType<typeof defineNudge>['opts']>;

export const moderateCommand = (contextFor: ContextFor) =>
  new Command('moderate')
    .description(helpText('cmd.moderate.description'))
    .addCommand(defineHide().action(async (handle, flags, command) => (await import('./run.js')).hide(contextFor(command), handle, flags)))
    .addCommand(defineRemoveKudos().action(async (giver, flags, command) => (await import('./run.js')).removeKudos(contextFor(command), giver, flags)))
    .addCommand(definePin().action(async (handle, flags, command) => (await import('./run.js')).pin(contextFor(command), handle, flags)))
    .addCommand(defineNudge().action(async (handle, flags, command) => (await import('./run.js')).nudge(contextFor(command), handle, flags)));
