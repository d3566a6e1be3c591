// `wotn ledger nudge`, run by the ledger's workflow on its schedule: the day's nudge for each
// opted-in member who has not written, a few hours before their day ends (nudge-plan.ts).
// The once-a-day memory is nudges.json in the ledger, committed and pushed BEFORE anything
// is sent: a run that loses the race decides again on the newer ledger, and a nudge that
// fails to post is not sent twice. Each due member is @mentioned once, on the check-in issue
// of their own day.
import { resolve } from 'node:path';
import { checkInFor } from '../domain/check-in.js';
import { checkCommunityRules } from '../domain/community.js';
import { COHORT_FILE, ledgerJson } from '../domain/ledger.js';
import { checkNudgeMemory, NUDGES_FILE, planNudges, type NudgePlan } from '../domain/nudge-plan.js';
import { folderSource, readCohortFile, readLedgerData } from '../adapters/ledger-files.js';
import { commitFiles, openCheckout, pushOrReset, readCheckoutJson } from '../adapters/ledger-checkout.js';
import type { Repo } from '../adapters/ledger-github.js';
import { backoffMs, sleep } from '../adapters/retry.js';
import { messageOf, WotnError } from '../errors.js';
import { checkInIssueBody } from '../render/submission.js';
import { cohortLanguage } from '../domain/language.js';
import { english, speakCohortLanguage, spoken, t, translator, type Translator } from '../i18n/index.js';
import { saidAt } from '../domain/said.js';
import type { Context } from '../context.js';

export interface NudgeRunResult {
  repo: string;
  due: { handle: string; day: string }[];
  sent: { handle: string; issue: number }[];
  skipped: NudgePlan['skipped'];
  commit: string | null;
  warnings: string[];
}

function repoOf(value: string | undefined): Repo {
  const m = /^([A-Za-z0-9-]{1,39})\/([\w.-]{1,100})$/.exec(value ?? '');
  if (!m) throw new WotnError('usage', value ? t('ledger.repoNotOwnerName', { value }) : t('ledger.whichRepo'));
  return { owner: m[1]!, repo: m[2]! };
}

export async function runNudges(o: { ledger?: string; repo?: string }, ctx: Context): Promise<NudgeRunResult> {
  const r = repoOf(o.repo ?? (ctx.env.GITHUB_REPOSITORY || undefined));
  const checkout = await openCheckout(ctx.git, resolve(ctx.cwd, o.ledger ?? '.'), ctx.env);
  let plan: NudgePlan;
  let commit: string | null = null;
  for (let attempt = 1; ; attempt++) {
    const cohort = readCohortFile(checkout.dir);
    await speakCohortLanguage(cohortLanguage(cohort), ctx);
    const rules = checkCommunityRules(cohort, cohort);
    if (!rules.ok) throw new WotnError('corrupt', spoken(saidAt(COHORT_FILE, rules.said)));
    const { members } = await readLedgerData(folderSource(checkout.dir));
    const memory = checkNudgeMemory(readCheckoutJson(checkout.dir, NUDGES_FILE));
    plan = planNudges({ now: ctx.now(), cohort, rules: rules.value, members, memory });
    if (!plan.due.length) break;
    commit = await commitFiles(ctx.git, checkout, [{ path: NUDGES_FILE, text: ledgerJson(plan.memory) }], `Nudge ${plan.due.length} member${plan.due.length === 1 ? '' : 's'}\n\nwotn ledger nudge: at most once a day each.`);
    if ((await pushOrReset(ctx.git, checkout)) === 'pushed') break;
    commit = null;
    if (attempt >= ctx.retry.attempts) throw new WotnError('conflict', t('ledgerNudge.keptChanging', { attempts: attempt }), t('ledgerNudge.nothingSent'));
    await sleep(backoffMs(attempt, ctx.retry));
  }
  const warnings: string[] = [];
  const sent: NudgeRunResult['sent'] = [];
  if (plan.due.length) {
    const cohort = readCohortFile(checkout.dir);
    const gh = await ctx.github();
    // The whole cohort reads the nudge and the issue it lands on: in its language, not the runner's.
    const tr = await translator(cohortLanguage(cohort));
    const { checkInIssue, postComment } = await import('../adapters/check-in-api.js');
    // One comment per check-in issue, @mentioning each of its due members once.
    const byIssue = new Map<string, { handles: string[]; day: number }>();
    for (const d of plan.due) {
      const target = checkInFor(cohort, d.day, d.handle);
      if (!target) continue;
      const entry = byIssue.get(target.title) ?? { handles: [], day: target.day };
      entry.handles.push(d.handle);
      byIssue.set(target.title, entry);
    }
    for (const [title, { handles, day }] of byIssue) {
      try {
        const issue = await checkInIssue(gh, r, title, checkInIssueBody(title, tr));
        await postComment(gh, r, issue, nudgeComment(handles, day, tr));
        for (const handle of handles) sent.push({ handle, issue });
      } catch (error) {
        warnings.push(t('ledgerNudge.notSent', { handles: handles.map((h) => `@${h}`).join(' '), problem: messageOf(error) }));
      }
    }
  }
  return { repo: `${r.owner}/${r.repo}`, due: plan.due, sent, skipped: plan.skipped, commit, warnings };
}

/** The nudge: a friendly line that @mentions members who asked for it (handles are GitHub logins, checked). */
export function nudgeComment(handles: readonly string[], day: number, tr: Translator = english): string {
  return `${tr.t('ledgerNudge.comment', { day, handles: handles.map((h) => `@${h}`).join(' ') })}\n\n<!-- wotn:nudge -->`;
}
