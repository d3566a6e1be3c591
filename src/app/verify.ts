// The verify use case, run by the ledger's workflow on every push: the commits in
// BASE..HEAD and the paths each changes, judged against the roles at BASE (roles.ts: the
// same table the pre-receive hook and ingest use).
import { resolve } from 'node:path';
import { checkCohort, COHORT_FILE } from '../domain/ledger.js';
import { handleRefusal } from '../domain/handle.js';
import { checkPodsFile, PODS_FILE } from '../domain/pods-file.js';
import { MAX_LEDGER_FILE } from '../domain/push-check.js';
import { parseJsonText } from '../domain/shape.js';
import { checkChangedPaths, writeRefusal } from '../domain/roles.js';
import { cohortLanguage, type Lang } from '../domain/language.js';
import type { Said } from '../domain/said.js';
import type { ChangedCommit, Violation } from '../domain/verify.js';
import type { Git } from '../adapters/git.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { spoken, t } from '../i18n/index.js';

export interface VerifyOptions {
  base: string;
  head: string;
  actor: string;
  ledger?: string;
}

const SHA_OR_REF = /^[\w./^~-]{1,200}$/;

/** The commits in base..head with the paths each one changes (one git call). */
async function changesIn(git: Git, dir: string, base: string, head: string): Promise<ChangedCommit[]> {
  // A first push has no base (GitHub sends 40 zeros): check every commit up to head.
  const range = /^0+$/.test(base) ? [head] : [`${base}..${head}`];
  const out = await git.run(dir, ['log', '--format=%x00%H', '--name-only', '--no-renames', '-m', '--first-parent', ...range, '--']);
  return out.split('\0').filter((chunk) => chunk.trim()).map((chunk) => {
    const [sha, ...paths] = chunk.trim().split('\n');
    return { sha: sha!, paths: paths.filter(Boolean) };
  });
}

export interface VerifyResult {
  actor: string;
  lead: boolean;
  commits: number;
  violations: Violation[];
}

/** The result, and each violation's reason as data for the cohort's language (said.ts); not for --json. */
export interface VerifyRun {
  result: VerifyResult;
  lang: Lang;
  said: Said[];
  /** How many of the violations are files the actor does not own (the rest: pods.json's content). */
  foreign: number;
}

export async function runVerify(o: VerifyOptions, ctx: Context): Promise<VerifyRun> {
  for (const [flag, value] of [['--base', o.base], ['--head', o.head]] as const)
    if (!SHA_OR_REF.test(value) || value.startsWith('-')) throw new WotnError('usage', t('verify.notACommit', { flag, value }));
  // Until the rules are read, the cohort's language is not known: these are in the reader's.
  const problem = handleRefusal(o.actor.replace(/\[bot\]$/, ''));
  if (problem) throw new WotnError('usage', t('problem.badHandle', { what: '--actor', value: o.actor, problem: spoken(problem) }));
  const dir = resolve(ctx.cwd, o.ledger ?? '.');
  const rulesAt = /^0+$/.test(o.base) ? o.head : o.base;
  const text = await ctx.git.run(dir, ['show', `${rulesAt}:${COHORT_FILE}`]).catch(() => {
    throw new WotnError('usage', t('verify.noRules', { dir, file: COHORT_FILE, at: rulesAt }));
  });
  let rules: ReturnType<typeof checkCohort>;
  try {
    rules = checkCohort(JSON.parse(text));
  } catch {
    throw new WotnError('corrupt', t('verify.rulesNotJson', { file: COHORT_FILE, at: rulesAt }));
  }
  if (!rules.ok) throw new WotnError('corrupt', t('verify.rulesBroken', { file: COHORT_FILE, at: rulesAt, problem: spoken(rules.said) }));
  const commits = await changesIn(ctx.git, dir, o.base, o.head);
  const violations = checkChangedPaths(commits, o.actor, rules.value);
  const said = violations.map((v) => writeRefusal(v.path, o.actor, rules.value)!);
  const foreign = violations.length;
  // pods.json is read by every member's wotn partners: what the range leaves there must be pods, whoever wrote it.
  const podsCommit = commits.find((c) => c.paths.includes(PODS_FILE));
  if (podsCommit) {
    const pods = await ctx.git.run(dir, ['show', `${o.head}:${PODS_FILE}`]).catch(() => undefined); // deleted: nothing to read
    const parsed = pods === undefined ? undefined : parseJsonText(pods, MAX_LEDGER_FILE);
    const checked = parsed && (parsed.ok ? checkPodsFile(parsed.value, rules.value) : parsed);
    if (checked && !checked.ok) {
      violations.push({ commit: podsCommit.sha, path: PODS_FILE, reason: checked.problem });
      said.push(checked.said);
    }
  }
  return { result: { actor: o.actor, lead: rules.value.roles[o.actor] === 'lead', commits: commits.length, violations }, lang: cohortLanguage(rules.value), said, foreign };
}
