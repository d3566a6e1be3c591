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


const defineRole = () =>
  new Command('role')
    .description(helpText('cmd.cohort.role.description'))
    .addHelpText('after', () => `\n${t('cmd.cohort.role.helpAfter', { roles: t('cmd.cohort.role.roles') })}`);

const defineRoleChange = (name: 'add' | 'remove') =>
  new Command(name)
    .argument('<handle>', helpText('cmd.cohort.role.arg.handle'))
    .argument('<role>', helpText('cmd.cohort.role.roles'))
    .description(helpText(name === 'add' ? 'cmd.cohort.role.add.description' : 'cmd.cohort.role.remove.description'))
    .addOption(ledgerOption());

const defineLeave = () =>
  new Command('leave')
    .description(helpText('cmd.cohort.leave.description'))
    .addOption(ledgerOption())
    .addHelpText('after', () => `\n${t('cmd.cohort.leave.helpAfter')}`);

const defineRemove = () =>
  new Command('remove')
    .argument('<handle>', helpText('cmd.cohort.remove.arg.handle'))
    .description(helpText('cmd.cohort.remove.description'))
    .requiredOption('--reason <text>', helpText('cmd.cohort.remove.opt.reason'))
    .addOption(ledgerOption())
    .addHelpText('after', () => `\n${t('cmd.cohort.remove.helpAfter')}`);

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
