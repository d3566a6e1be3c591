import { Command, Option } from '@commander-js/extra-typings';
import { MAX_DAYS, MAX_GOAL } from '../../domain/defaults.js';
import { PRESET_NAMES } from '../../domain/post.js';
import { integer, type ContextFor } from '../flags.js';

const define = () =>
  new Command('init')
    .description('set up your profile, blog and goal (re-run to edit)')
    .option('-y, --yes', 'accept defaults for anything not given; never prompt')
    .option('--name <name>', 'your name as shown to the cohort')
    .option('--handle <login>', 'your GitHub login (names your files in a cohort ledger)')
    .option('--timezone <zone>', 'IANA time zone, e.g. Asia/Ho_Chi_Minh (default: this machine\'s)')
    .option('--day-starts-at <HH:MM>', 'when your writing day begins, e.g. 03:00 for night owls')
    .option('--goal <words>', 'your daily word goal', integer('--goal', 1, MAX_GOAL))
    .option('--freezes <n>', 'solo: missed days per challenge that keep your streak alive (a cohort\'s rules decide for its members)', integer('--freezes', 0, MAX_DAYS))
    .addOption(new Option('--preset <name>', 'blog layout').choices(PRESET_NAMES))
    .option('--blog <dir>', 'the blog\'s folder (a git repository)')
    .option('--create', 'make the --blog folder if it does not exist yet')
    .option('--remote <url|name>', 'git remote to push to (URL or remote name)')
    .option('--branch <branch>', 'branch to push (default: main)')
    .option('--posts-dir <path>', 'posts folder inside the blog')
    .option('--file-name <pattern>', 'post file name, tokens {yyyy} {mm} {dd} {slug} {day}')
    .option('--site-url <url>', 'your blog\'s address, e.g. https://lan.github.io (makes relative post URLs absolute)')
    .option('--url-pattern <pattern>', 'public URL of a post, same tokens, e.g. https://me.github.io/{yyyy}/{mm}/{dd}/{slug}/')
    .option('--cohort <ledger>', 'cohort ledger: git URL, local path or github:owner/repo')
    .option('--github', 'fill your name and handle from your GitHub account (needs a token)')
    .addHelpText('after', '\nExample:\n  $ wotn init --yes --name "Lan" --handle lan --timezone Asia/Ho_Chi_Minh --preset jekyll --blog ~/blog --remote origin');

export type InitFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const initCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
