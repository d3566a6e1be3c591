import { Command, Option } from '@commander-js/extra-typings';
import { MAX_GOAL } from '../../domain/defaults.js';
import { PRESET_NAMES } from '../../domain/post.js';
import { integer, type ContextFor } from '../flags.js';
import { t } from '../../i18n/index.js';

const define = () =>
  new Command('init')
    .description(t('cmd.init.description'))
    .option('-y, --yes', t('cmd.init.opt.yes'))
    .option('--name <name>', t('cmd.init.opt.name'))
    .option('--handle <login>', t('cmd.init.opt.handle'))
    .option('--timezone <zone>', t('cmd.init.opt.timezone'))
    .option('--day-starts-at <HH:MM>', t('cmd.init.opt.dayStartsAt'))
    .option('--goal <words>', t('cmd.init.opt.goal'), integer('--goal', 1, MAX_GOAL))
    .addOption(new Option('--preset <name>', t('cmd.init.opt.preset')).choices(PRESET_NAMES))
    .option('--blog <dir>', t('cmd.init.opt.blog'))
    .option('--create', t('cmd.init.opt.create'))
    .option('--remote <url|name>', t('cmd.init.opt.remote'))
    .option('--branch <branch>', t('cmd.init.opt.branch'))
    .option('--posts-dir <path>', t('cmd.init.opt.postsDir'))
    .option('--file-name <pattern>', t('cmd.init.opt.fileName'))
    .option('--site-url <url>', t('cmd.init.opt.siteUrl'))
    .option('--url-pattern <pattern>', t('cmd.init.opt.urlPattern'))
    .option('--cohort <ledger>', t('cmd.init.opt.cohort'))
    .option('--github', t('cmd.init.opt.github'))
    .addHelpText('after', `\n${t('cmd.init.helpAfter')}`);

export type InitFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const initCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
