// The init use case: flags first, questions only for what is missing and only on a
// terminal; the blog folder becomes a git repository.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isTimeZone, parseClock } from '../domain/calendar.js';
import { handleRefusal } from '../domain/handle.js';
import { PRESETS, patternRefusal } from '../domain/post.js';
import type { Said } from '../domain/said.js';
import { resolveSettings, type Config } from '../domain/settings.js';
import { DEFAULT_GOAL, MAX_GOAL } from '../domain/defaults.js';
import { readConfigOrEmpty, writeConfig } from '../adapters/config.js';
import { parseLedgerSpec } from '../adapters/ledger.js';
import type { Asker } from '../adapters/prompts.js';
import type { Git } from '../adapters/git.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { spoken, t } from '../i18n/index.js';

export interface InitOptions {
  yes?: boolean;
  name?: string;
  handle?: string;
  timezone?: string;
  dayStartsAt?: string;
  goal?: number;
  /** A solo challenge's freezes. */
  freezes?: number;
  preset?: string;
  blog?: string;
  remote?: string;
  branch?: string;
  postsDir?: string;
  fileName?: string;
  urlPattern?: string;
  cohort?: string;
  github?: boolean;
  siteUrl?: string;
  /** Make the --blog folder when it does not exist. */
  create?: boolean;
}

type Check = (value: string) => string | undefined;

const spokenOr = (problem: Said | undefined) => problem && spoken(problem);

const checks: Record<string, Check> = {
  name: (v) => (v.trim() ? undefined : t('init.check.empty')),
  handle: (v) => spokenOr(handleRefusal(v)),
  timezone: (v) => (isTimeZone(v) ? undefined : t('init.check.timezone')),
  dayStartsAt: (v) => (parseClock(v) === undefined ? t('init.check.clock') : undefined),
  fileName: (v) => spokenOr(patternRefusal(v, 'file')),
  urlPattern: (v) => spokenOr(patternRefusal(v, 'url')),
  branch: (v) => (/^(?!-)(?!.*\.\.)[\w./-]+$/.test(v) && !v.endsWith('/') ? undefined : t('init.check.branch')),
  siteUrl: (v) => (/^https?:\/\/[^\s/]+/.test(v) ? undefined : t('init.check.siteUrl')),
  goal: (v) => (/^\d{1,6}$/.test(v) && +v >= 1 && +v <= MAX_GOAL ? undefined : t('init.check.goal', { max: MAX_GOAL })),
};

const OPTIONAL = new Set(['remote', 'siteUrl']);

const FLAG: Record<string, string> = { dayStartsAt: '--day-starts-at', fileName: '--file-name', urlPattern: '--url-pattern', postsDir: '--posts-dir', siteUrl: '--site-url' };
const flagOf = (key: string) => FLAG[key] ?? `--${key}`;

function validated(key: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = checks[key]?.(value);
  if (problem) throw new WotnError('usage', t('init.badValue', { flag: flagOf(key), value, problem }));
  return value;
}

export async function runInit(o: InitOptions, ctx: Context): Promise<Config> {
  let asker: Asker | undefined;
  const old = readConfigOrEmpty(ctx.paths);
  if (o.github && (!o.name || !o.handle)) {
    const { githubProfile } = await import('./github-profile.js');
    const me = await githubProfile(ctx);
    o = { ...o, handle: o.handle ?? me.login, name: o.name ?? me.name ?? me.login };
  }
  // On a terminal every setting not given as a flag is asked, with the current value (or a
  // sensible one: the machine's zone, the blog's own remote) as the default, so re-running
  // init edits. Elsewhere flags and current values are all there is.
  const mayAsk = !o.yes && ctx.interactive;
  const ask = async (key: keyof typeof checks | 'goal' | 'blog' | 'remote' | 'siteUrl', message: string, current?: string): Promise<string | undefined> => {
    const flag = o[key as keyof InitOptions];
    if (flag !== undefined) return validated(key, String(flag));
    if (!mayAsk) return current;
    asker ??= await ctx.asker();
    const check = checks[key];
    // An empty answer keeps the current value; for an optional setting with none, it means none.
    const validate = check && ((v: string) => (v.trim() === '' && (current !== undefined || OPTIONAL.has(key)) ? undefined : check(v)));
    const answer = (await asker.text(message, { ...(current !== undefined ? { default: current } : {}), ...(validate ? { validate } : {}) })).trim();
    return answer === '' ? current : answer;
  };

  const name = await ask('name', t('init.ask.name'), old.profile.name);
  const handle = await ask('handle', t('init.ask.handle'), old.profile.handle);
  const missing = [!name && '--name', !handle && '--handle'].filter((f): f is string => Boolean(f));
  if (missing.length && !o.yes)
    throw new WotnError('usage', t('init.required', { flags: missing.length > 1 ? t('init.both', { first: missing[0]!, second: missing[1]! }) : missing[0]!, count: missing.length }), t('init.requiredHint'));

  const timezone = (await ask('timezone', t('init.ask.timezone'), old.profile.timezone ?? ctx.zone()))!;
  let preset = o.preset ?? old.blog.preset;
  if (o.preset === undefined && mayAsk) {
    asker ??= await ctx.asker();
    preset = await asker.choose(t('init.ask.preset'), Object.keys(PRESETS), preset ?? 'plain');
  }
  if (mayAsk) {
    const blog = await ask('blog', t('init.ask.blog'), old.blog.dir ?? ctx.paths.defaultBlog);
    if (blog !== undefined && o.blog === undefined && blog !== (old.blog.dir ?? ctx.paths.defaultBlog)) o = { ...o, blog };
    const detected = old.blog.remote ?? (await originOf(ctx.git, resolve(ctx.cwd, o.blog ?? old.blog.dir ?? ctx.paths.defaultBlog)));
    const remote = await ask('remote', t('init.ask.remote'), detected);
    if (remote && o.remote === undefined) o = { ...o, remote };
    const siteUrl = await ask('siteUrl', t('init.ask.siteUrl'), old.blog.siteUrl);
    if (siteUrl && o.siteUrl === undefined) o = { ...o, siteUrl };
    const goal = await ask('goal', t('init.ask.goal'), String(old.goal ?? DEFAULT_GOAL));
    if (goal !== undefined && o.goal === undefined && Number(goal) !== (old.goal ?? DEFAULT_GOAL)) o = { ...o, goal: Number(goal) };
  }
  const config: Config = {
    ...old,
    schema: 1,
    profile: {
      ...old.profile,
      ...(name ? { name } : {}),
      ...(handle ? { handle } : {}),
      timezone,
      dayStartsAt: validated('dayStartsAt', o.dayStartsAt) ?? old.profile.dayStartsAt ?? '00:00',
    },
    goal: o.goal ?? old.goal,
    blog: {
      ...old.blog,
      ...defined({
        dir: o.blog ? resolve(ctx.cwd, o.blog) : undefined,
        remote: o.remote,
        branch: validated('branch', o.branch),
        preset,
        postsDir: o.postsDir,
        fileName: validated('fileName', o.fileName),
        urlPattern: validated('urlPattern', o.urlPattern),
        siteUrl: validated('siteUrl', o.siteUrl),
      }),
    },
    challenge: { ...old.challenge, ...(o.freezes !== undefined ? { freezes: o.freezes } : {}) },
    ...(ctx.langFlag ?? old.lang ? { lang: ctx.langFlag ?? old.lang } : {}),
    ...(o.cohort ? { cohort: { ...old.cohort, ledger: parseLedgerSpec(o.cohort, ctx.cwd).canonical } } : {}),
  };
  if (config.goal === undefined) delete config.goal;
  if (o.postsDir && (o.postsDir.includes('..') || o.postsDir.startsWith('/')))
    throw new WotnError('usage', t('init.postsDir', { value: o.postsDir }));

  const settings = resolveSettings(config, {}, { timezone: () => timezone, blogDir: ctx.paths.defaultBlog });
  // A blog folder named on the command line must exist, or be asked for: a typo such as
  // --blog /typo must not quietly become a git repository at the root of the disk.
  if (o.blog && !existsSync(settings.blogDir) && !o.create) {
    const yes = t('init.create.yes');
    const create = mayAsk && (await (asker ??= await ctx.asker()).choose(t('init.create.ask', { dir: settings.blogDir }), [yes, t('init.create.no')], yes)) === yes;
    if (!create) throw new WotnError('usage', t('init.noBlog', { value: o.blog, dir: settings.blogDir }), t('init.noBlogHint'));
  }
  await prepareBlog(ctx.git, settings.blogDir, settings.branch, settings.remote);
  await writeConfig(ctx.paths, config);
  return config;
}

async function prepareBlog(git: Git, dir: string, branch: string, remote: string | undefined): Promise<void> {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new WotnError('usage', t('init.notAFolder', { dir }));
  mkdirSync(dir, { recursive: true });
  await git.ensureRepo(dir, branch);
  if (remote && !/[:/\\]/.test(remote)) {
    const remotes = (await git.run(dir, ['remote'])).split('\n').filter(Boolean);
    if (!remotes.includes(remote))
      throw new WotnError('usage', t('init.notARemote', { remote, dir, remotes: remotes.join(', ') || t('init.none') }), t('init.notARemoteHint'));
  }
}

/** The blog's own push URL, offered as the remote when init asks. */
async function originOf(git: Git, dir: string): Promise<string | undefined> {
  if (!existsSync(join(dir, '.git'))) return undefined;
  const url = (await git.run(dir, ['remote', 'get-url', 'origin']).catch(() => '')).trim();
  return url || undefined;
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
