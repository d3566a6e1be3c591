import { Command } from '@commander-js/extra-typings';
import { ledgerOption, withCohortRules, type ContextFor } from '../flags.js';

const defineInit = () =>
  withCohortRules(new Command('init'))
    .argument('<dir|url>', 'a new folder, or a git remote (URL or bare repository) to push the ledger to')
    .description('scaffold a cohort ledger: rules, member directory, progress and the leaderboard workflow; you join it as a lead')
    .option('--not-a-member', 'start the cohort without writing in it yourself')
    .addHelpText('after', '\nExample:\n  $ wotn cohort init ./wotn-2026-12 --name "WOTN December" --start 2026-12-01 --timezone Asia/Ho_Chi_Minh --lead lan');

const defineCreate = () =>
  withCohortRules(new Command('create'))
    .argument('<owner/name>', 'the GitHub repository to create (under you or an organisation)')
    .description('create the ledger on GitHub: the repository, the scaffold and its workflow, Pages built by Actions, the introductions issue')
    .option('--invite <logins>', 'only these members may join (comma-separated); on a --private ledger they get read access, never write', (v: string) => v.split(',').map((h) => h.trim()).filter(Boolean))
    .option('--private', 'make the repository private')
    .addHelpText('after', '\nNeeds a GitHub token: GITHUB_TOKEN, GH_TOKEN or `gh auth login`.\nExample:\n  $ wotn cohort create wotn-vn/dec-2026 --name "WOTN December" --start 2026-12-01 --lead lan --invite minh,an');

const defineJoin = () =>
  new Command('join')
    .argument('<ledger>', 'the ledger: a git URL, a bare repository or github:OWNER/REPO')
    .description('add your card to the member directory and sync your progress from now on')
    .option('--intro <text>', 'one line about you and what you will write')
    .option('--hide-streak', 'appear on the leaderboard without showing your streak')
    .option('--nudge', 'let leads @mention you when you are at risk');

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
    .description('start or join a cohort: a shared ledger of rules, members and progress')
    .addCommand(defineInit().action(async (target, flags, command) => (await import('./init.js')).run(contextFor(command), target, flags)))
    .addCommand(defineCreate().action(async (target, flags, command) => (await import('./create.js')).run(contextFor(command), target, flags)))
    .addCommand(defineJoin().action(async (ledger, flags, command) => (await import('./join.js')).run(contextFor(command), ledger, flags)))
    .addCommand(defineRole()
      .addCommand(defineRoleChange('add').action(async (handle, role, flags, command) => (await import('./membership.js')).role(contextFor(command), 'add', handle, role, flags)))
      .addCommand(defineRoleChange('remove').action(async (handle, role, flags, command) => (await import('./membership.js')).role(contextFor(command), 'remove', handle, role, flags))))
    .addCommand(defineLeave().action(async (flags, command) => (await import('./membership.js')).leave(contextFor(command), flags)))
    .addCommand(defineRemove().action(async (handle, flags, command) => (await import('./membership.js')).remove(contextFor(command), handle, flags)));
