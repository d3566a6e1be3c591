// `wotn ledger ingest`, the one writer of a github: ledger's member files (DESIGN §4): in a
// checkout of the ledger, list every comment updated since the cursor, let the pure ingest
// decide, write what changed and the cursor in ONE commit, push it (someone pushed first:
// fetch, decide again on their commit, retry), then reply once to each refused check-in
// and keep the next days' check-in issues open and labelled.
//
// Recorded check-ins get no reaction: the mark is the ledger itself (each entry keeps its
// comment id), which members read with one request of their own. A reaction per comment
// would cost the workflow one request each, and GITHUB_TOKEN has 1,000 an hour.
import { resolve } from 'node:path';
import { localDay } from '../domain/calendar.js';
import { issuesAhead } from '../domain/check-in.js';
import { authorsOf, checkCursor, cursorSince, ingest, INGEST_CURSOR_FILE, kudosReceiversOf, type Decision, type IngestCursor } from '../domain/ingest.js';
import { checkPodsFile, PODS_FILE } from '../domain/pods-file.js';
import { ledgerJson, type Cohort } from '../domain/ledger.js';
import { readCohortFile } from '../adapters/ledger-files.js';
import { commitFiles, openCheckout, pushOrReset, readCheckoutJson, readMembers, type Checkout } from '../adapters/ledger-checkout.js';
import { commentsSince, keepIssuesOpen, postComment, type ListedComment } from '../adapters/check-in-api.js';
import type { GitHub } from '../adapters/github.js';
import type { Repo } from '../adapters/ledger-github.js';
import { backoffMs, sleep } from '../adapters/retry.js';
import { messageOf, WotnError } from '../errors.js';
import { checkInIssueBody, refusalReply } from '../render/submission.js';
import type { Context } from '../context.js';
import { speakCohortLanguage, t, translator, type Translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';

export interface IngestOptions {
  ledger?: string;
  /** OWNER/NAME; default GITHUB_REPOSITORY (set in Actions). */
  repo?: string;
}

export interface IngestRunResult {
  repo: string;
  /** Comments listed since the cursor. */
  comments: number;
  recorded: number;
  unchanged: number;
  refused: number;
  files: string[];
  commit: string | null;
  pushed: boolean;
  attempts: number;
  replied: number;
  issues: { opened: number[]; labelled: number[] };
  decisions: Decision[];
  warnings: string[];
}

/** Replies a run may post: GitHub slows accounts that create content quickly, and a flood of refusals is likely spam. */
export const MAX_REPLIES = 100;

const REPLY_MARK = (c: { id: number; updated_at: string }) => `<!-- refused ${c.id}@${c.updated_at} by wotn -->`;

function repoOf(value: string | undefined): Repo {
  const m = /^([A-Za-z0-9-]{1,39})\/([\w.-]{1,100})$/.exec(value ?? '');
  if (!m) throw new WotnError('usage', value ? t('ledger.repoNotOwnerName', { value }) : t('ledger.whichRepo'));
  return { owner: m[1]!, repo: m[2]! };
}

interface Round {
  cohort: Cohort;
  comments: ListedComment[];
  decisions: Decision[];
  files: string[];
  commit: string | null;
}

/** One decision on the checkout as it is: list, decide, commit. Null commit: nothing worth a commit. */
async function decide(ctx: Context, gh: GitHub, r: Repo, c: Checkout): Promise<Round> {
  const cohort = readCohortFile(c.dir);
  await speakCohortLanguage(cohortLanguage(cohort), ctx);
  const cursor: IngestCursor = checkCursor(readCheckoutJson(c.dir, INGEST_CURSOR_FILE));
  const { comments, pages } = await commentsSince(gh, r, cursorSince(cursor));
  const logins = [...new Set([...authorsOf(comments), ...kudosReceiversOf(comments)])];
  const pods = checkPodsFile(readCheckoutJson(c.dir, PODS_FILE), cohort);
  const result = ingest({ cohort, members: readMembers(c.dir, logins, cohort), comments, cursor, ...(pods.ok ? { pods: pods.value } : {}) });
  const cursorMoved = ledgerJson(result.cursor) !== ledgerJson(cursor);
  // Conversation alone moves the cursor too; that is worth a commit only once it saves a page.
  const worth = result.files.length > 0 || (cursorMoved && (result.decisions.length > 0 || pages > 1));
  const round = { cohort, comments, decisions: result.decisions, files: result.files.map((f) => f.path), commit: null };
  if (!worth) return round;
  const count = (o: string) => result.decisions.filter((d) => d.outcome === o).length;
  const message = `Record ${count('recorded')} check-in${count('recorded') === 1 ? '' : 's'} (${count('refused')} refused)\n\nwotn ledger ingest, comments up to ${result.cursor.since}.`;
  const files = [...result.files, { path: INGEST_CURSOR_FILE, text: ledgerJson(result.cursor) }];
  return { ...round, commit: await commitFiles(ctx.git, c, files, message) };
}

export async function runIngest(o: IngestOptions, ctx: Context): Promise<IngestRunResult> {
  const r = repoOf(o.repo ?? (ctx.env.GITHUB_REPOSITORY || undefined));
  const checkout = await openCheckout(ctx.git, resolve(ctx.cwd, o.ledger ?? '.'), ctx.env);
  const gh = await ctx.github();
  let round: Round;
  let attempts = 0;
  for (;;) {
    attempts++;
    round = await decide(ctx, gh, r, checkout);
    if (!round.commit || (await pushOrReset(ctx.git, checkout)) === 'pushed') break;
    if (attempts >= ctx.retry.attempts) throw new WotnError('conflict', t('ingest.keptChanging', { attempts }), t('ingest.nothingLost'));
    await sleep(backoffMs(attempts, ctx.retry));
  }
  const warnings: string[] = [];
  // Replies and issues are read by the whole cohort: in its language.
  const tr = await translator(cohortLanguage(round.cohort));
  const replied = await replyToRefusals(gh, r, round, warnings, tr);
  const issues = await keepIssuesOpen(gh, r, issuesAhead(round.cohort, localDay(ctx.now(), round.cohort.timezone)), (title) => checkInIssueBody(title, tr)).catch((error) => {
    warnings.push(t('ingest.issuesNotOpened', { problem: messageOf(error) }));
    return { opened: [], labelled: [] };
  });
  const count = (outcome: string) => round.decisions.filter((d) => d.outcome === outcome).length;
  return {
    repo: `${r.owner}/${r.repo}`, comments: round.comments.length,
    recorded: count('recorded'), unchanged: count('unchanged'), refused: count('refused'),
    files: round.files, commit: round.commit, pushed: Boolean(round.commit), attempts,
    replied, issues, decisions: round.decisions.map(({ said: _said, ...d }) => d), warnings,
  };
}

/** One reply under each refused check-in, unless an earlier run already replied to that version of it. */
async function replyToRefusals(gh: GitHub, r: Repo, round: Round, warnings: string[], tr: Translator): Promise<number> {
  const byId = new Map(round.comments.map((c) => [c.id, c]));
  const answered = new Set(round.comments.filter((c) => c.user?.type === 'Bot').flatMap((c) => /<!-- refused (\d+@\S+) by wotn -->/.exec(c.body ?? '')?.[1] ?? []));
  const due = round.decisions.filter((d) => d.outcome === 'refused').map((d) => ({ d, c: byId.get(d.comment)! }))
    .filter(({ c }) => !answered.has(`${c.id}@${c.updated_at}`));
  let replied = 0;
  for (const { d, c } of due) {
    if (replied >= MAX_REPLIES) {
      warnings.push(t('ingest.moreNotReplied', { count: due.length - replied, max: MAX_REPLIES }));
      break;
    }
    try {
      await postComment(gh, r, c.issue, `${refusalReply(d.said ?? d.reason ?? tr.t('checkIn.breaksRules'), c.html_url, tr)}\n\n${REPLY_MARK(c)}`);
      replied++;
    } catch (error) {
      warnings.push(t('ingest.noReply', { id: String(c.id), problem: messageOf(error) }));
    }
  }
  return replied;
}
