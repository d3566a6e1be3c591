// The commander program: loads each command's module only when it runs, and is the one
// place where errors become messages and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { UsageError, WotnError } from './errors.js';
import { createContext, type Context, type GlobalOptions } from './context.js';

import { VERSION } from './version.js';

type Action = (ctx: Context, args: unknown[]) => Promise<void>;

function action(load: () => Promise<Action>) {
  return async (...raw: unknown[]) => {
    const command = raw.at(-1) as Command;
    const ctx = createContext(command.optsWithGlobals() as GlobalOptions);
    const run = await load();
    await run(ctx, raw.slice(0, -1));
  };
}

function integer(flag: string, min = 1) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < min)
      throw new UsageError(`${flag} "${value}" is not a whole number${min > 0 ? ` of at least ${min}` : ''}`);
    return Number(value);
  };
}

/** The rules a lead sets when starting a cohort, shared by `cohort init` and `cohort create`. */
function withCohortRules(command: Command): Command {
  return command
    .option('--name <name>', 'the cohort\'s name')
    .option('--start <YYYY-MM-DD>', 'the first day of the challenge')
    .option('--days <n>', 'length of the challenge', integer('--days'), 30)
    .option('--timezone <zone>', 'the cohort\'s time zone for reports (default: this machine\'s)')
    .option('--min-words <n>', 'words a post needs to count', integer('--min-words', 0), 200)
    .option('--freezes <n>', 'missed days per challenge that keep a streak alive', integer('--freezes', 0), 0)
    .option('--grace-hours <n>', 'hours after a day ends in which a post can still be recorded for it', integer('--grace-hours', 0), 0)
    .option('--lead <handle>', 'a lead (repeat for more)', (v: string, all: string[] = []) => [...all, v]);
}

export function buildProgram(): Command {
  const program = new Command('wotn')
    .description('Writing On The Net: write and publish one post a day for 30 days, together.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .option('--no-color', 'plain output without colours (NO_COLOR works too)')
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Your daily loop:
  $ wotn today            scaffold today's post and open your editor
  $ wotn publish          count words, commit and push, update your streak
  $ wotn status           day N of 30, streak and the challenge calendar

Environment:
  WOTN_HOME   keep config, journal and cache in this folder
  WOTN_NOW    pretend it is this ISO-8601 instant (tests, demos)
  VISUAL, EDITOR  the editor wotn today opens
  NO_COLOR    plain output

Exit codes: 0 done, 1 an operation failed (git, network), 2 bad input or usage, 130 cancelled.`,
    );

  program
    .command('init')
    .description('set up your profile, blog and goal (re-run to edit)')
    .option('-y, --yes', 'accept defaults for anything not given; never prompt')
    .option('--name <name>', 'your name as shown to the cohort')
    .option('--handle <login>', 'your GitHub login (names your files in a cohort ledger)')
    .option('--timezone <zone>', 'IANA time zone, e.g. Asia/Ho_Chi_Minh (default: this machine\'s)')
    .option('--day-starts-at <HH:MM>', 'when your writing day begins, e.g. 03:00 for night owls')
    .option('--goal <words>', 'your daily word goal', integer('--goal'))
    .addOption(new Option('--preset <name>', 'blog layout').choices(['plain', 'jekyll', 'hugo', 'astro']))
    .option('--blog <dir>', 'the blog\'s folder (a git repository)')
    .option('--remote <url|name>', 'git remote to push to (URL or remote name)')
    .option('--branch <branch>', 'branch to push (default: main)')
    .option('--posts-dir <path>', 'posts folder inside the blog')
    .option('--file-name <pattern>', 'post file name, tokens {yyyy} {mm} {dd} {slug} {day}')
    .option('--url-pattern <pattern>', 'public URL of a post, same tokens, e.g. https://me.github.io/{yyyy}/{mm}/{dd}/{slug}/')
    .option('--cohort <ledger>', 'cohort ledger: git URL, local path or github:owner/repo')
    .option('--github', 'fill your name and handle from your GitHub account (needs a token)')
    .addHelpText('after', '\nExample:\n  $ wotn init --yes --name "Lan" --handle lan --timezone Asia/Ho_Chi_Minh --preset jekyll --blog ~/blog --remote origin')
    .action(action(async () => (await import('./commands/init.js')).initCommand));

  program
    .command('today')
    .description('scaffold today\'s post (never overwrites) and open your editor')
    .option('--title <title>', 'the post\'s title (it names the file)')
    .option('--no-edit', 'do not open the editor')
    .option('--template <name|path>', 'a template name from your templates folder, or a file')
    .action(action(async () => (await import('./commands/today.js')).todayCommand));

  program
    .command('publish')
    .argument('[file]', 'the post to publish (default: today\'s post)')
    .description('count words, commit and push the post, record it in your streak')
    .option('--url <url>', 'record a post published elsewhere (Substack, Medium...) without git')
    .option('--title <title>', 'title for a post recorded with --url')
    .option('--words <n>', 'word count for a post recorded with --url and no file', integer('--words', 0))
    .option('--date <YYYY-MM-DD>', 'with --url: record it for yesterday, within the cohort\'s grace hours')
    .option('--no-push', 'commit but do not push')
    .action(action(async () => (await import('./commands/publish.js')).publishCommand));

  program
    .command('status')
    .description('day N of the challenge, today\'s post, streaks and the calendar')
    .action(action(async () => (await import('./commands/status.js')).statusCommand));

  program
    .command('sync')
    .description('push blog commits that are waiting and sync your entries to the cohort ledger')
    .action(action(async () => (await import('./commands/sync.js')).syncCommand));

  const cohort = program.command('cohort').description('start or join a cohort: a shared ledger of rules, members and progress');
  withCohortRules(cohort.command('init'))
    .argument('<dir|url>', 'a new folder, or a git remote (URL or bare repository) to push the ledger to')
    .description('scaffold a cohort ledger: rules, member directory, progress and the leaderboard workflow')
    .addHelpText('after', '\nExample:\n  $ wotn cohort init ./wotn-2026-12 --name "WOTN December" --start 2026-12-01 --timezone Asia/Ho_Chi_Minh --lead lan')
    .action(action(async () => (await import('./commands/cohort.js')).cohortInitCommand));
  withCohortRules(cohort.command('create'))
    .argument('<owner/name>', 'the GitHub repository to create (under you or an organisation)')
    .description('create the ledger on GitHub: the repository, the scaffold, Pages built by Actions, invitations')
    .option('--invite <logins>', 'invite these members as collaborators (comma-separated)', (v: string) => v.split(',').map((h) => h.trim()).filter(Boolean))
    .option('--private', 'make the repository private')
    .addHelpText('after', '\nNeeds a GitHub token: GITHUB_TOKEN, GH_TOKEN or `gh auth login`.\nExample:\n  $ wotn cohort create wotn-vn/dec-2026 --name "WOTN December" --start 2026-12-01 --lead lan --invite minh,an')
    .action(action(async () => (await import('./commands/github.js')).cohortCreateCommand));
  cohort
    .command('join')
    .argument('<ledger>', 'the ledger: a git URL, a bare repository or github:OWNER/REPO')
    .description('add your card to the member directory and sync your progress from now on')
    .option('--intro <text>', 'one line about you and what you will write')
    .option('--hide-streak', 'appear on the leaderboard without showing your streak')
    .option('--nudge', 'let leads @mention you when you are at risk')
    .action(action(async () => (await import('./commands/cohort.js')).cohortJoinCommand));

  const ledgerOption = () => new Option('--ledger <ledger>', 'the ledger (default: the one you joined)');
  program
    .command('members')
    .description('the cohort\'s member directory: names, handles, roles, blogs, intros')
    .addOption(ledgerOption())
    .action(action(async () => (await import('./commands/report.js')).membersCommand));

  program
    .command('report')
    .description('for leads: who wrote today, who is at risk, streaks, completion, participation per day')
    .addOption(ledgerOption())
    .option('--date <YYYY-MM-DD>', 'report as of this day (default: today in the cohort\'s time zone)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'md', 'json', 'csv', 'html']).default('table'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--notify', 'open or update today\'s check-in issue in the github: ledger, @mentioning at-risk members who opted in')
    .action(action(async () => (await import('./commands/report.js')).reportCommand));

  for (const [name, description] of [
    ['site', 'build the cohort\'s static site: today, leaderboard, a page per writer and per day, directory, Atom feed, progress.json (CI runs this)'],
    ['leaderboard', 'the same as wotn site (kept for existing workflows)'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .addOption(ledgerOption())
      .option('--date <YYYY-MM-DD>', 'as of this day (default: today in the cohort\'s time zone)')
      .requiredOption('--out <dir>', 'the folder to write; it is replaced whole (a new folder, or one wotn wrote before)')
      .action(action(async () => (await import('./commands/report.js')).siteCommand));
  }

  program
    .command('feed')
    .description('the cohort\'s latest posts, newest first: read and learn from each other')
    .addOption(ledgerOption())
    .option('--days <n>', 'how many days back', integer('--days'), 3)
    .action(action(async () => (await import('./commands/ledger.js')).feedCommand));

  program
    .command('ledger')
    .description('checks run by the ledger\'s CI')
    .command('verify')
    .description('fail when a commit in BASE..HEAD changes files the pusher does not own (leads may change anything)')
    .requiredOption('--base <sha>', 'the commit before the push (40 zeros for a new branch)')
    .requiredOption('--head <sha>', 'the pushed commit')
    .requiredOption('--actor <login>', 'who pushed (github.actor)')
    .option('--ledger <dir>', 'the ledger clone (default: this folder)')
    .action(action(async () => (await import('./commands/ledger.js')).verifyCommand));

  program
    .command('doctor')
    .description('check your setup; --rebuild recreates the journal from your posts')
    .option('--rebuild', 'rebuild the journal from the posts\' front matter')
    .action(action(async () => (await import('./commands/doctor.js')).doctorCommand));

  return program;
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    return 2; // commander already printed the message and any suggestion
  }
  const name = (error as Error)?.name;
  if (name === 'ExitPromptError' || name === 'AbortPromptError') {
    process.stderr.write('Cancelled.\n');
    return 130;
  }
  if (error instanceof WotnError) {
    process.stderr.write(`wotn: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  process.stderr.write(`wotn: ${(error as Error)?.message ?? String(error)}\n`);
  process.stderr.write(debug ? `${(error as Error)?.stack}\n` : '  Run again with --debug for details.\n');
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  for (const sub of program.commands) sub.exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error, argv.includes('--debug'));
  }
}
