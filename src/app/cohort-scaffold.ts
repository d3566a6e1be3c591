// The cohort scaffold: the rules a lead sets, the ledger's first files, and the ledger
// itself, in a new folder or pushed to an empty remote.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocalDate, isTimeZone, zonedTimestamp } from '../domain/calendar.js';
import { handleRefusal } from '../domain/handle.js';
import { cleanField } from '../domain/clean-text.js';
import { checkCommunityRules, MAX_FEEDBACK_GUIDE } from '../domain/community.js';
import { cohortId, COHORT_FILE, ledgerJson, memberPath, type Cohort, type MemberCard } from '../domain/ledger.js';
import { readConfigOrEmpty, writeConfig } from '../adapters/config.js';
import { loadWriter } from './writer-state.js';
import { memberCard } from './cohort-join.js';
import { fillTemplate } from '../domain/post.js';
import { DEFAULT_DAYS, DEFAULT_GOAL } from '../domain/defaults.js';
import { shippedTemplates } from '../adapters/paths.js';
import { isGitUrl, parseLedgerSpec } from '../adapters/ledger.js';
import { gitAuthEnv } from '../adapters/github-auth.js';
import { isKind, messageOf, WotnError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Context } from '../context.js';
import { installHook } from './ledger-hook.js';
import type { Lang } from '../domain/language.js';
import { spoken, t } from '../i18n/index.js';
import { saidAt } from '../domain/said.js';

export interface CohortInitOptions {
  name?: string;
  start?: string;
  days?: number;
  timezone?: string;
  minWords?: number;
  freezes?: number;
  graceHours?: number;
  lead?: string[];
  /** Learn-together rules (decisions.md "Learn together"): the shared goal, award tiers, the streak policy, nudges. */
  goalWords?: number;
  awards?: number[];
  neverMissTwice?: boolean;
  makeUpDays?: number;
  nudgeHoursBefore?: number;
  maxVacationDays?: number;
  /** How to give feedback, shown by `wotn kudos` the first time. */
  feedbackGuide?: string;
  /** The lead who runs cohort init does not write in the cohort. */
  notAMember?: boolean;
  /** The cohort's language (`cohort init --lang vi`). */
  lang?: Lang;
}

export function cohortRules(o: CohortInitOptions, defaultZone: () => string): Cohort {
  if (!o.name?.trim()) throw new WotnError('usage', t('cohort.nameRequired'));
  if (!o.start) throw new WotnError('usage', t('cohort.startRequired'));
  if (!isLocalDate(o.start)) throw new WotnError('usage', t('error.notADate', { flag: '--start', value: o.start }));
  const timezone = o.timezone ?? defaultZone();
  if (!isTimeZone(timezone)) throw new WotnError('usage', t('error.notAZone', { flag: '--timezone', value: timezone }));
  for (const lead of o.lead ?? []) {
    const problem = handleRefusal(lead);
    if (problem) throw new WotnError('usage', t('problem.badHandle', { what: '--lead', value: lead, problem: spoken(problem) }));
  }
  const cohort: Cohort = {
    schema: 1,
    id: cohortId(o.name, o.start),
    name: o.name.trim(),
    start: o.start,
    days: o.days ?? DEFAULT_DAYS,
    timezone,
    minWords: o.minWords ?? DEFAULT_GOAL,
    freezes: o.freezes ?? 0,
    graceHours: o.graceHours ?? 0,
    roles: Object.fromEntries((o.lead ?? []).map((h) => [h, 'lead'])),
    ...communityFlags(o),
    ...(o.lang ? { lang: o.lang } : {}),
  };
  const community = checkCommunityRules(cohort, cohort);
  if (!community.ok) throw new WotnError('usage', spoken(saidAt(`--${flagOf(community.problem)}`, community.said)));
  return cohort;
}

/** The learn-together rules the flags set; a streak policy only when it is more than freezes. */
function communityFlags(o: CohortInitOptions): Record<string, unknown> {
  const streak = o.neverMissTwice || o.makeUpDays ? { streak: { freezes: o.freezes ?? 0, neverMissTwice: Boolean(o.neverMissTwice), makeUpDays: o.makeUpDays ?? 0 } } : {};
  // Cleaned as members' text is (control and bidi characters go), and refused when too long.
  const guide = o.feedbackGuide === undefined ? undefined : cleanField(o.feedbackGuide, MAX_FEEDBACK_GUIDE, { paragraphs: true });
  if (guide && !guide.ok) throw new WotnError('usage', t('problem.feedbackGuide', { problem: spoken(guide.said) }), t('problem.feedbackGuideHint'));
  return {
    ...(o.goalWords !== undefined ? { goalWords: o.goalWords } : {}),
    ...(o.awards !== undefined ? { awards: o.awards } : {}),
    ...streak,
    ...(o.nudgeHoursBefore !== undefined ? { nudgeHoursBefore: o.nudgeHoursBefore } : {}),
    ...(o.maxVacationDays !== undefined ? { maxVacationDays: o.maxVacationDays } : {}),
    ...(guide ? { feedbackGuide: guide.text } : {}),
  };
}

/** The flag a rules problem is about ("awards[1]: …" → awards). */
function flagOf(problem: string): string {
  const field = /^(\w+)/.exec(problem)?.[1] ?? '';
  return ({ goalWords: 'goal-words', awards: 'awards', streak: 'make-up-days', nudgeHoursBefore: 'nudge-hours-before', maxVacationDays: 'max-vacation-days' } as Record<string, string>)[field] ?? field;
}

/** The ledger's first files: rules, README, the leaderboard workflow and empty folders. */
export function scaffoldFiles(cohort: Cohort, ledger: string): Record<string, string> {
  const templates = join(shippedTemplates(), 'cohort');
  const values = { ...cohort, ledger, version: VERSION } as unknown as Record<string, string | number>;
  return {
    [COHORT_FILE]: ledgerJson(cohort),
    'README.md': fillTemplate(readFileSync(join(templates, 'README.md'), 'utf8'), values),
    '.github/workflows/wotn.yml': fillTemplate(readFileSync(join(templates, 'wotn.yml'), 'utf8'), values),
    'members/.gitkeep': '',
    'progress/.gitkeep': '',
  };
}

function scaffold(dir: string, cohort: Cohort, ledger: string, lead?: MemberCard): void {
  const files = scaffoldFiles(cohort, ledger);
  if (lead) files[memberPath(lead.handle)] = ledgerJson(lead);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface CohortInitResult {
  ledger: string;
  pushed: boolean;
  cohort: Cohort;
  /** The lead who ran it, now a member (their card is in the first commit); null with --not-a-member or no profile. */
  member: string | null;
  /** The pre-receive hook installed in a local bare repository (null: none, see hookProblem). */
  hook: string | null;
  /** Why a local bare repository got no hook (one someone else wrote is left alone). */
  hookProblem?: string;
}


/** The lead who starts a cohort writes in it too: their card, and their role as lead. */
function leadMembership(o: CohortInitOptions, ctx: Context, cohort: Cohort): MemberCard | undefined {
  if (o.notAMember) return undefined;
  const w = loadWriter(ctx);
  if (!w.settings.handle || !w.settings.name) return undefined;
  cohort.roles[w.settings.handle] ??= 'lead';
  return memberCard(w, {}, zonedTimestamp(w.now, w.settings.timezone, ctx.offset));
}

/** The lead's machine remembers the ledger and its rules, as `cohort join` does for members. */
async function rememberLedger(ctx: Context, ledger: string, cohort: Cohort): Promise<void> {
  const store = await ctx.ledger(ledger);
  await store.rememberRules(cohort);
  const config = readConfigOrEmpty(ctx.paths);
  await writeConfig(ctx.paths, { ...config, cohort: { ...config.cohort, ledger: store.canonical } });
}


/** After the scaffold is in: from now on the server checks every push (ledger-hook.ts). */
async function guard(bare: string, ctx: Context): Promise<Pick<CohortInitResult, 'hook' | 'hookProblem'>> {
  try {
    return { hook: (await installHook(bare, {}, ctx)).hook };
  } catch (error) {
    if (!isKind(error, 'usage')) throw error;
    return { hook: null, hookProblem: t('cohort.hookProblem', { problem: error.message }) };
  }
}

export async function runCohortInit(target: string, o: CohortInitOptions, ctx: Context): Promise<CohortInitResult> {
  const cohort = cohortRules({ lang: ctx.langFlag, ...o }, ctx.zone);
  const lead = leadMembership(o, ctx, cohort);
  const { git } = ctx;
  const looksRemote = isGitUrl(target) || (existsSync(join(resolve(ctx.cwd, target), 'HEAD')) && existsSync(join(resolve(ctx.cwd, target), 'objects')));
  const message = `Start the cohort "${cohort.name}"`;

  if (!looksRemote) {
    const dir = resolve(ctx.cwd, target);
    if (existsSync(dir) && readdirSync(dir).some((f) => f !== '.git')) throw new WotnError('usage', t('cohort.notEmpty', { target }));
    mkdirSync(dir, { recursive: true });
    await git.ensureRepo(dir, 'main');
    scaffold(dir, cohort, target, lead);
    await git.run(dir, ['add', '--all']);
    await git.run(dir, ['commit', '--quiet', '-m', message]);
    // A working copy is read-only to wotn (members sync through a remote): nothing to remember.
    return { ledger: dir, pushed: false, cohort, member: lead?.handle ?? null, hook: null };
  }

  const url = parseLedgerSpec(target, ctx.cwd);
  if (url.kind !== 'git') throw new WotnError('usage', t('cohort.useCreate', { target }));
  const work = mkdtempSync(join(tmpdir(), 'wotn-cohort-'));
  try {
    const auth = { env: gitAuthEnv(url.url, ctx.env) };
    await git.run(work, ['clone', '--quiet', url.url, 'ledger'], auth).catch((error) => {
      throw new WotnError('network', t('cohort.unreachable', { target, problem: messageOf(error).replace(/^git clone failed: /, '') }));
    });
    const dir = join(work, 'ledger');
    if (existsSync(join(dir, COHORT_FILE))) throw new WotnError('usage', t('cohort.alreadyLedger', { target, file: COHORT_FILE }));
    await git.run(dir, ['checkout', '--quiet', '-B', 'main']);
    scaffold(dir, cohort, target, lead);
    await git.run(dir, ['add', '--all']);
    await git.ensureIdentity(dir, 'wotn', 'wotn@users.noreply.github.com');
    await git.run(dir, ['commit', '--quiet', '-m', message]);
    await git.run(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main'], auth);
    if (!url.url.startsWith('file://')) {
      if (lead) await rememberLedger(ctx, target, cohort);
      return { ledger: target, pushed: true, cohort, member: lead?.handle ?? null, hook: null };
    }
    // A fresh bare repository's HEAD may name another branch; point it at main.
    const bare = fileURLToPath(url.url);
    await git.run(dir, ['--git-dir', bare, 'symbolic-ref', 'HEAD', 'refs/heads/main']).catch(() => '');
    const hook = await guard(bare, ctx);
    if (lead) await rememberLedger(ctx, target, cohort);
    return { ledger: target, pushed: true, cohort, member: lead?.handle ?? null, ...hook };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
