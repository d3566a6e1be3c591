import { Command } from '@commander-js/extra-typings';
import { withCohortRules, type ContextFor } from '../flags.js';
import { t } from '../../i18n/index.js';

const defineInit = () =>
  withCohortRules(new Command('init'))
    .argument('<dir|url>', t('cmd.cohort.init.arg.dirUrl'))
    .description(t('cmd.cohort.init.description'))
    .option('--not-a-member', t('cmd.cohort.init.opt.notAMember'))
    .addHelpText('after', `\n${t('cmd.cohort.init.helpAfter')}`);

const defineCreate = () =>
  withCohortRules(new Command('create'))
    .argument('<owner/name>', t('cmd.cohort.create.arg.ownerName'))
    .description(t('cmd.cohort.create.description'))
    .option('--invite <logins>', t('cmd.cohort.create.opt.invite'), (v: string) => v.split(',').map((h) => h.trim()).filter(Boolean))
    .option('--private', t('cmd.cohort.create.opt.private'))
    .addHelpText('after', `\n${t('cmd.cohort.create.helpAfter')}`);

const defineJoin = () =>
  new Command('join')
    .argument('<ledger>', t('cmd.cohort.join.arg.ledger'))
    .description(t('cmd.cohort.join.description'))
    .option('--intro <text>', t('cmd.cohort.join.opt.intro'))
    .option('--hide-streak', t('cmd.cohort.join.opt.hideStreak'))
    .option('--nudge', t('cmd.cohort.join.opt.nudge'));

export type CohortInitFlags = ReturnType<ReturnType<typeof defineInit>['opts']>;
export type CohortCreateFlags = ReturnType<ReturnType<typeof defineCreate>['opts']>;
export type JoinFlags = ReturnType<ReturnType<typeof defineJoin>['opts']>;

export const cohortCommand = (contextFor: ContextFor) =>
  new Command('cohort')
    .description(t('cmd.cohort.description'))
    .addCommand(defineInit().action(async (target, flags, command) => (await import('./init.js')).run(contextFor(command), target, flags)))
    .addCommand(defineCreate().action(async (target, flags, command) => (await import('./create.js')).run(contextFor(command), target, flags)))
    .addCommand(defineJoin().action(async (ledger, flags, command) => (await import('./join.js')).run(contextFor(command), ledger, flags)));
