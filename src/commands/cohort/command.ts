import { Command } from '@commander-js/extra-typings';
import { ledgerOption, withCohortRules, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const defineInit = () =>
  withCohortRules(new Command('init'))
    .argument('<dir|url>', helpText('cmd.cohort.init.arg.dirUrl'))
    .description(helpText('cmd.cohort.init.description'))
    .option('--not-a-member', helpText('cmd.cohort.init.opt.notAMember'))
    .addHelpText('after', () => `\n${t('cmd.cohort.init.helpAfter')}`);

const defineCreate = () =>
  withCohortRules(new Command('create'))
    .argument('<owner/name>', helpText('cmd.cohort.create.arg.ownerName'))
    .description(helpText('cmd.cohort.create.description'))
    .option('--invite <logins>', helpText('cmd.cohort.create.opt.invite'), (v: string) => v.split(',').map((h) => h.trim()).filter(Boolean))
    .option('--private', helpText('cmd.cohort.create.opt.private'))
    .addHelpText('after', () => `\n${t('cmd.cohort.create.helpAfter')}`);

const defineJoin = () =>
  new Command('join')
    .argument('<ledger>', helpText('cmd.cohort.join.arg.ledger'))
    .description(helpText('cmd.cohort.join.description'))
    .option('--intro <text>', helpText('cmd.cohort.join.opt.intro'))
    .option('--hide-streak', helpText('cmd.cohort.join.opt.hideStreak'))
    .option('--nudge', helpText('cmd.cohort.join.opt.nudge'));

const ROLE_HELP = 'lead, moderator, mentor, blogger-in-residence or student-success';

const defineRole = () =>
  new Command('role')
    .description('give or take a member\'s role (leads only); wotn roles lists them')
    .addHelpText('after', `\nRoles: ${ROLE_HELP}. A member holds one role at a time.\nExamples:\n  $ wotn cohort role add minh moderator\n  $ wotn cohort role remove minh moderator`);

const defineRoleChange = (name: 'add' | 'remove') =>
  new Command(name)
    .argument('<handle>', 'the member')
    .argument('<role>', ROLE_HELP)
    .description(name === 'add' ? 'give a member a role (replacing the one they hold)' : 'take a role from a member')
    .addOption(ledgerOption());

const defineLeave = () =>
  new Command('leave')
    .description('leave the cohort: your card says you left, your entries stay in the record (cohort join again to come back)')
    .addOption(ledgerOption())
    .addHelpText('after', '\nOn a github: ledger this posts a comment on the introductions issue; the ledger\'s workflow records it.\nExample:\n  $ wotn cohort leave');

const defineRemove = () =>
  new Command('remove')
    .argument('<handle>', 'the member to remove')
    .description('remove a member (leads only): kept out of every page and report from now on, and nothing more of theirs is recorded')
    .requiredOption('--reason <text>', 'why, kept in the cohort\'s rules (at most 280 characters)')
    .addOption(ledgerOption())
    .addHelpText('after', '\nExample:\n  $ wotn cohort remove spammer42 --reason "posts advertising, not writing"');

export type RoleFlags = ReturnType<ReturnType<typeof defineRoleChange>['opts']>;
export type LeaveFlags = ReturnType<ReturnType<typeof defineLeave>['opts']>;
export type RemoveFlags = ReturnType<ReturnType<typeof defineRemove>['opts']>;

export type CohortInitFlags = ReturnType<ReturnType<typeof defineInit>['opts']>;
export type CohortCreateFlags = ReturnType<ReturnType<typeof defineCreate>['opts']>;
export type JoinFlags = ReturnType<ReturnType<typeof defineJoin>['opts']>;

export const cohortCommand = (contextFor: ContextFor) =>
  new Command('cohort')
    .description(helpText('cmd.cohort.description'))
    .addCommand(defineInit().action(async (target, flags, command) => (await import('./init.js')).run(contextFor(command), target, flags)))
    .addCommand(defineCreate().action(async (target, flags, command) => (await import('./create.js')).run(contextFor(command), target, flags)))
    .addCommand(defineJoin().action(async (ledger, flags, command) => (await import('./join.js')).run(contextFor(command), ledger, flags)))
    .addCommand(defineRole()
      .addCommand(defineRoleChange('add').action(async (handle, role, flags, command) => (await import('./membership.js')).role(contextFor(command), 'add', handle, role, flags)))
      .addCommand(defineRoleChange('remove').action(async (handle, role, flags, command) => (await import('./membership.js')).role(contextFor(command), 'remove', handle, role, flags))))
    .addCommand(defineLeave().action(async (flags, command) => (await import('./membership.js')).leave(contextFor(command), flags)))
    .addCommand(defineRemove().action(async (handle, flags, command) => (await import('./membership.js')).remove(contextFor(command), handle, flags)));
