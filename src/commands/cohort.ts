// wotn cohort init: scaffold a ledger (a folder, or pushed to a remote).
// wotn cohort join: write the member's directory card and remember the ledger.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocalDate, isTimeZone, zonedTimestamp } from '../domain/calendar.js';
import { handleProblem } from '../domain/handle.js';
import { checkCohort, COHORT_FILE, ledgerJson, type Cohort, type MemberCard } from '../domain/ledger.js';
import { fillTemplate } from '../domain/post.js';
import { slugify } from '../domain/slug.js';
import { shippedTemplates } from '../adapters/paths.js';
import { writeConfig } from '../adapters/config.js';
import { isGitUrl, parseLedgerSpec } from '../adapters/ledger.js';
import { gitAuthEnv } from '../adapters/github-auth.js';
import { UsageError } from '../errors.js';
import { loadWriter } from '../writer.js';
import { VERSION } from '../version.js';
import { style } from '../render/style.js';
import type { Context } from '../context.js';

export interface CohortInitOptions {
  name?: string;
  start?: string;
  days?: number;
  timezone?: string;
  minWords?: number;
  freezes?: number;
  graceHours?: number;
  lead?: string[];
}

export function cohortRules(o: CohortInitOptions, defaultZone: () => string): Cohort {
  if (!o.name?.trim()) throw new UsageError('--name is required: the cohort\'s name');
  if (!o.start) throw new UsageError('--start YYYY-MM-DD is required: the first day of the challenge');
  if (!isLocalDate(o.start)) throw new UsageError(`--start "${o.start}" is not a date (YYYY-MM-DD)`);
  const timezone = o.timezone ?? defaultZone();
  if (!isTimeZone(timezone)) throw new UsageError(`--timezone "${timezone}" is not an IANA time zone`);
  for (const lead of o.lead ?? []) {
    const problem = handleProblem(lead);
    if (problem) throw new UsageError(`--lead "${lead}" ${problem}`);
  }
  return {
    schema: 1,
    id: `${slugify(o.name)}-${o.start}`,
    name: o.name.trim(),
    start: o.start,
    days: o.days ?? 30,
    timezone,
    minWords: o.minWords ?? 200,
    freezes: o.freezes ?? 0,
    graceHours: o.graceHours ?? 0,
    roles: Object.fromEntries((o.lead ?? []).map((h) => [h, 'lead'])),
  };
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

function scaffold(dir: string, cohort: Cohort, ledger: string): void {
  for (const [path, text] of Object.entries(scaffoldFiles(cohort, ledger))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface CohortInitResult {
  ledger: string;
  pushed: boolean;
  cohort: Cohort;
}

export async function runCohortInit(target: string, o: CohortInitOptions): Promise<CohortInitResult> {
  const { systemTimeZone } = await import('../adapters/clock.js');
  const cohort = cohortRules(o, systemTimeZone);
  const { git, ensureIdentity, ensureRepo } = await import('../adapters/git.js');
  const looksRemote = isGitUrl(target) || (existsSync(join(target, 'HEAD')) && existsSync(join(target, 'objects')));
  const message = `Start the cohort "${cohort.name}"`;

  if (!looksRemote) {
    const dir = resolve(target);
    if (existsSync(dir) && readdirSync(dir).some((f) => f !== '.git')) throw new UsageError(`${target}: is not empty; pick a new folder for the ledger`);
    mkdirSync(dir, { recursive: true });
    await ensureRepo(dir, 'main');
    scaffold(dir, cohort, target);
    await git(dir, ['add', '--all']);
    await git(dir, ['commit', '--quiet', '-m', message]);
    return { ledger: dir, pushed: false, cohort };
  }

  const url = parseLedgerSpec(target);
  if (url.kind !== 'git') throw new UsageError(`${target}: use wotn cohort create for GitHub`);
  const work = mkdtempSync(join(tmpdir(), 'wotn-cohort-'));
  try {
    const auth = { env: gitAuthEnv(url.url, process.env) };
    await git(work, ['clone', '--quiet', url.url, 'ledger'], auth).catch((error) => {
      throw new UsageError(`cannot reach ${target}: ${(error as Error).message.replace(/^git clone failed: /, '')}`);
    });
    const dir = join(work, 'ledger');
    if (existsSync(join(dir, COHORT_FILE))) throw new UsageError(`${target}: already holds a cohort ledger (${COHORT_FILE})`);
    await git(dir, ['checkout', '--quiet', '-B', 'main']);
    scaffold(dir, cohort, target);
    await git(dir, ['add', '--all']);
    await ensureIdentity(dir, 'wotn', 'wotn@users.noreply.github.com');
    await git(dir, ['commit', '--quiet', '-m', message]);
    await git(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main'], auth);
    // A fresh bare repository's HEAD may name another branch; point it at main.
    if (url.url.startsWith('file://')) await git(dir, ['--git-dir', fileURLToPath(url.url), 'symbolic-ref', 'HEAD', 'refs/heads/main']).catch(() => '');
    return { ledger: target, pushed: true, cohort };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function cohortInitCommand(ctx: Context, args: unknown[]): Promise<void> {
  const [target, o] = args as [string, CohortInitOptions];
  const r = await runCohortInit(target, o);
  if (ctx.json) return ctx.out.json(r);
  const c = style(ctx.color);
  ctx.out.data(`${c.green('Created')} the cohort "${r.cohort.name}": ${r.cohort.days} days from ${r.cohort.start} (${r.cohort.timezone}), ${r.cohort.minWords} words a post`);
  ctx.out.data(`Ledger: ${r.ledger}${r.pushed ? ' (pushed)' : ''}`);
  ctx.out.data(c.dim(`Members join with: wotn cohort join ${r.pushed ? r.ledger : '<the ledger\'s git URL>'}`));
}

export interface JoinOptions {
  intro?: string;
  hideStreak?: boolean;
  nudge?: boolean;
}

export interface JoinResult {
  ledger: string;
  cohort: { id: string; name: string; start: string; days: number };
  card: MemberCard;
  changed: boolean;
}

export async function runJoin(ledger: string, o: JoinOptions, ctx: Context): Promise<JoinResult> {
  const w = loadWriter(ctx);
  const handle = w.settings.handle;
  if (!handle) throw new UsageError('your handle is not set', 'Run wotn init --handle YOUR_GITHUB_LOGIN first.');
  if (!w.settings.name) throw new UsageError('your name is not set', 'Run wotn init --name "Your Name" first.');
  const { openLedgerStore } = await import('../adapters/ledger-store.js');
  const store = await openLedgerStore(ledger, ctx);
  const joinedAt = zonedTimestamp(w.now, w.settings.timezone);
  let card: MemberCard | undefined;
  let cohort: Cohort | undefined;
  const result = await store.updateOwn(handle, (current) => {
    const rules = checkCohort(current.cohort);
    if (!rules.ok) throw new UsageError(`${ledger}: ${COHORT_FILE} ${rules.problem}`);
    cohort = rules.value;
    const old = (current.card ?? {}) as Partial<MemberCard>;
    const blog = w.settings.urlPattern && /^https?:\/\//.test(w.settings.urlPattern) ? new URL(w.settings.urlPattern).origin : old.blog;
    card = {
      schema: 1,
      handle,
      name: w.settings.name,
      ...(blog ? { blog } : {}),
      ...(o.intro ?? old.intro ? { intro: o.intro ?? old.intro } : {}),
      timezone: w.settings.timezone,
      dayStartsAt: w.settings.dayStartsAt,
      joinedAt: old.joinedAt ?? joinedAt,
      ...(o.hideStreak ?? old.hideStreak ? { hideStreak: true } : {}),
      ...(o.nudge ?? old.nudge ? { nudge: true } : {}),
    };
    return { card };
  }, `${handle} joins`);
  await store.rememberRules(cohort!);
  if (w.config.cohort?.ledger !== store.canonical) await writeConfig(ctx.paths, { ...w.config, cohort: { ...w.config.cohort, ledger: store.canonical } });
  return { ledger: store.canonical, cohort: { id: cohort!.id, name: cohort!.name, start: cohort!.start, days: cohort!.days }, card: card!, changed: result.changed };
}

export async function cohortJoinCommand(ctx: Context, args: unknown[]): Promise<void> {
  const [ledger, o] = args as [string, JoinOptions];
  const r = await runJoin(ledger, o, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = style(ctx.color);
  ctx.out.data(`${c.green('Joined')} "${r.cohort.name}" as @${r.card.handle}: ${r.cohort.days} days from ${r.cohort.start}.`);
  ctx.out.data(c.dim('wotn publish now syncs your progress to the ledger. wotn members lists who is writing with you.'));
}
