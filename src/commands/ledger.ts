// wotn ledger verify: run by the ledger's workflow on every push. Fails when a commit in
// the range changes another member's files and the pusher is not a lead.
// wotn feed: the cohort's latest posts, newest first.
import { resolve } from 'node:path';
import { checkCohort, COHORT_FILE } from '../domain/ledger.js';
import { handleProblem } from '../domain/handle.js';
import { feedItems, type FeedItem } from '../domain/feed.js';
import { verifyChanges, type ChangedCommit, type Violation } from '../domain/verify.js';
import { localDay } from '../domain/calendar.js';
import { UsageError, WotnError } from '../errors.js';
import { style } from '../render/style.js';
import { terminal } from '../render/escape.js';
import type { Context } from '../context.js';

export interface VerifyOptions {
  base: string;
  head: string;
  actor: string;
  ledger?: string;
}

const SHA_OR_REF = /^[\w./^~-]{1,200}$/;

/** The commits in base..head with the paths each one changes (one git call). */
async function changesIn(dir: string, base: string, head: string): Promise<ChangedCommit[]> {
  const { git } = await import('../adapters/git.js');
  // A first push has no base (GitHub sends 40 zeros): check every commit up to head.
  const range = /^0+$/.test(base) ? [head] : [`${base}..${head}`];
  const out = await git(dir, ['log', '--format=%x00%H', '--name-only', '--no-renames', '-m', '--first-parent', ...range, '--']);
  return out.split('\0').filter((chunk) => chunk.trim()).map((chunk) => {
    const [sha, ...paths] = chunk.trim().split('\n');
    return { sha: sha!, paths: paths.filter(Boolean) };
  });
}

export async function runVerify(o: VerifyOptions): Promise<{ actor: string; lead: boolean; commits: number; violations: Violation[] }> {
  for (const [flag, value] of [['--base', o.base], ['--head', o.head]] as const)
    if (!SHA_OR_REF.test(value) || value.startsWith('-')) throw new UsageError(`${flag} "${value}" is not a commit`);
  const problem = handleProblem(o.actor.replace(/\[bot\]$/, ''));
  if (problem) throw new UsageError(`--actor "${o.actor}" ${problem}`);
  const dir = resolve(o.ledger ?? '.');
  const { git } = await import('../adapters/git.js');
  const rulesAt = /^0+$/.test(o.base) ? o.head : o.base;
  const text = await git(dir, ['show', `${rulesAt}:${COHORT_FILE}`]).catch(() => {
    throw new UsageError(`${dir}: no ${COHORT_FILE} at ${rulesAt}; is this a wotn ledger with that commit?`);
  });
  let rules: ReturnType<typeof checkCohort>;
  try {
    rules = checkCohort(JSON.parse(text));
  } catch {
    throw new WotnError(`${COHORT_FILE} at ${rulesAt} is not valid JSON`);
  }
  if (!rules.ok) throw new WotnError(`${COHORT_FILE} at ${rulesAt}: ${rules.problem}`);
  const commits = await changesIn(dir, o.base, o.head);
  const violations = verifyChanges(commits, o.actor, rules.value.roles);
  return { actor: o.actor, lead: rules.value.roles[o.actor] === 'lead', commits: commits.length, violations };
}

export async function verifyCommand(ctx: Context, args: unknown[]): Promise<void> {
  const r = await runVerify(args[0] as VerifyOptions);
  if (ctx.json) ctx.out.json(r);
  else if (!r.violations.length) ctx.out.data(`OK: ${r.commits} commit${r.commits === 1 ? '' : 's'} by ${r.actor}${r.lead ? ' (lead)' : ''} change only what they may.`);
  else for (const v of r.violations) ctx.out.data(`${v.commit.slice(0, 10)} ${v.path}: ${v.reason}`);
  if (r.violations.length) throw new WotnError(`${r.violations.length} change${r.violations.length === 1 ? '' : 's'} in this push touch files ${r.actor} does not own`);
}

export async function feedCommand(ctx: Context, args: unknown[]): Promise<void> {
  const o = args[0] as { ledger?: string; days: number };
  const { chosenLedger, readableLedger } = await import('./report.js');
  const { readLedgerData } = await import('../adapters/ledger-files.js');
  const data = await readLedgerData(await readableLedger(chosenLedger(o, ctx), ctx));
  const items: FeedItem[] = feedItems(data.cohort, data.members, localDay(ctx.now(), data.cohort.timezone), o.days);
  if (ctx.json) return ctx.out.json({ cohort: { id: data.cohort.id, name: data.cohort.name }, days: o.days, items });
  const c = style(ctx.color);
  if (!items.length) return ctx.out.data(`No posts in the last ${o.days} day${o.days === 1 ? '' : 's'} yet.`);
  for (const i of items) {
    ctx.out.data(`${c.dim(`Day ${i.day}`)} ${c.bold(terminal(i.title) || '(untitled)')} · ${terminal(i.name)} ${c.dim(`@${i.handle}`)} · ${i.words} words`);
    if (i.url) ctx.out.data(`  ${c.cyan(terminal(i.url))}`);
  }
}
