import { Command, Option } from '@commander-js/extra-typings';
import { MAX_DAYS, MAX_GOAL } from '../../domain/defaults.js';
import { PRESET_NAMES } from '../../domain/post.js';
import { integer, type ContextFor } from '../flags.js';
import { helpText, t } from '../../i18n/index.js';

const define = () =>
  new Command('init')
    .description(helpText('cmd.init.description'))
    .option('-y, --yes', helpText('cmd.init.opt.yes'))
    .option('--name <name>', helpText('cmd.init.opt.name'))
    .option('--handle <login>', helpText('cmd.init.opt.handle'))
    .option('--timezone <zone>', helpText('cmd.init.opt.timezone'))
    .option('--day-starts-at <HH:MM>', helpText('cmd.init.opt.dayStartsAt'))
    .option('--goal <words>', helpText('cmd.init.opt.goal'), integer('--goal', 1, MAX_GOAL))
    .option('--freezes <n>', helpText('cmd.init.opt.freezes'), integer('--freezes', 0, MAX_DAYS))
    .addOption(new Option('--preset <name>', helpText('cmd.init.opt.preset')).choices(PRESET_NAMES))
    .option('--blog <dir>', helpText('cmd.init.opt.blog'))
    .option('--create', helpText('cmd.init.opt.create'))
    .option('--remote <url|name>', helpText('cmd.init.opt.remote'))
    .option('--branch <branch>', helpText('cmd.init.opt.branch'))
    .option('--posts-dir <path>', helpText('cmd.init.opt.postsDir'))
    .option('--file-name <pattern>', helpText('cmd.init.opt.fileName'))
    .option('--site-url <url>', helpText('cmd.init.opt.siteUrl'))
    .option('--url-pattern <pattern>', helpText('cmd.init.opt.urlPattern'))
    .option('--cohort <ledger>', helpText('cmd.init.opt.cohort'))
    .option('--github', helpText('cmd.init.opt.github'))
    .addHelpText('after', () => `\n${t('cmd.init.helpAfter')}`);

export type InitFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const initCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
