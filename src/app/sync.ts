// How sync reaches the ledger, for both transports (DESIGN §4, "Who writes the ledger"):
// - plain git: the journal's entries become the member's progress file as a union keyed by
//   date (an entry found remotely is never dropped), written through the ledger store,
//   which re-reads and re-applies the merge after every rejected write;
// - GitHub: the member never writes the ledger. Each day, and the card, is a check-in
//   comment, posted once and edited when it changes (planCheckIns); the ledger's workflow
//   records it, and a later sync finds it in the ledger and says so.
// Idempotent: running it twice changes nothing.
import { checkCard, checkCohort, checkProgress, type Cohort, type MemberCard, type ProgressEntry } from '../domain/ledger.js';
import { mergeProgress, progressFromJournal } from '../domain/merge.js';
import { cardFields, JOIN_KEY, planCheckIns, type CheckInItem, type CheckInState } from '../domain/submit-plan.js';
import type { JoinSubmission } from '../domain/submission.js';
import { updateJournal } from '../adapters/journal.js';
import type { CheckInStore } from '../adapters/ledger-store.js';
import { isTransient, messageOf, WotnError } from '../errors.js';
import { plural } from '../render/text.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';
import { pushPendingBlog, type PendingPush } from './blog-push.js';
import { spoken, t, translator } from '../i18n/index.js';
import { cohortLanguage, type Lang } from '../domain/language.js';

/** Where a github: ledger stands for this member after a sync. */
export interface CheckInSummary {
  /** Comments posted or edited by this sync: the day (or "join") and where the comment is. */
  sent: { key: string; url: string }[];
  /** Days the ledger holds as the member has them. */
  recorded: string[];
  /** Days submitted and not yet recorded by the ledger's workflow. */
  waiting: string[];
  /** Days that can't be submitted, and why. */
  unsent: { date: string; state: CheckInState; problem: string }[];
  /** The card: recorded, submitted (waiting), or null when none was ever submitted. */
  card: CheckInState | null;
}

export interface LedgerSyncResult {
  ledger: string;
  entries: number;
  changed: boolean;
  commit: string | null;
  attempts: number;
  error?: string;
  checkIns?: CheckInSummary;
}

export interface SyncResult {
  blog: PendingPush;
  ledger: LedgerSyncResult | null;
}

/** Merges the journal into the ledger. Throws when the ledger can't be reached or keeps refusing. */
export async function syncLedger(ctx: Context, w: WriterState = loadWriter(ctx)): Promise<LedgerSyncResult | null> {
  const ledger = w.settings.ledger;
  if (!ledger) return null;
  const handle = w.settings.handle;
  if (!handle) throw new WotnError('usage', t('sync.noHandle'), t('error.noHandleHint'));
  const store = await ctx.ledger(ledger, true);
  if (store.kind === 'check-ins') return submitCheckIns(ctx, w, store, handle);
  const local = progressFromJournal(w.journal.entries);
  const sent = new Set(w.journal.entries.map((e) => e.publishedAt));
  let rules: unknown;
  let merged: ProgressEntry[] = [];
  const result = await store.updateOwn(handle, (current) => {
    rules = current.cohort;
    let remote: ProgressEntry[] = [];
    if (current.progress !== undefined) {
      const checked = checkProgress(current.progress, handle);
      if (!checked.ok) throw new WotnError('corrupt', t('problem.ledgerFileSync', { file: `progress/${handle}.json`, problem: spoken(checked.said) }));
      remote = checked.value.entries;
    }
    merged = mergeProgress(remote, local);
    return { progress: { schema: 1, handle, entries: merged } };
  }, `${handle}: ${plural(local.length, 'day')} written`);
  const cohort = checkCohort(rules);
  if (cohort.ok) await store.rememberRules(cohort.value);
  await updateJournal(ctx.paths, (j) => ({ ...j, entries: j.entries.map((e) => (sent.has(e.publishedAt) ? { ...e, synced: true } : e)) }));
  return { ledger, entries: merged.length, changed: result.changed, commit: result.commit ?? null, attempts: result.attempts };
}

/**
 * Submits the journal's days (and the card, when the ledger has none or `join` is given)
 * as check-in comments, and marks the journal with where each day stands.
 */
export async function submitCheckIns(
  ctx: Context,
  w: WriterState,
  store: CheckInStore,
  handle: string,
  join?: (old: MemberCard | undefined, cohort: Cohort) => JoinSubmission,
): Promise<LedgerSyncResult> {
  const { tokenLogin } = await import('../adapters/check-in-api.js');
  const login = await tokenLogin(store.gh);
  if (login.toLowerCase() !== handle.toLowerCase())
    throw new WotnError('usage', t('sync.otherAccount', { login, handle }), t('sync.otherAccountHint', { login, handle }));
  const me = handle.toLowerCase();
  const published = new Set(w.journal.entries.map((e) => e.publishedAt));
  return store.locked(me, async () => {
    const own = await store.readOwn(me);
    const rules = checkCohort(own.cohort);
    if (!rules.ok) throw new WotnError('corrupt', t('problem.rulesFile', { ledger: store.label, file: 'wotn-cohort.json', problem: spoken(rules.said) }));
    const cohort = rules.value;
    const card = own.card === undefined ? undefined : checkCard(own.card, me);
    const progress = own.progress === undefined ? undefined : checkProgress(own.progress, me);
    const remembered = store.sent();
    const ledgerCard: MemberCard | undefined = card?.ok ? card.value : undefined;
    const wanted = join?.(ledgerCard, cohort) ?? (!ledgerCard && !remembered[JOIN_KEY] && w.settings.name ? { kind: 'join' as const, ...cardFields(w.settings, {}) } : undefined);
    const items = planCheckIns({
      login: me, cohort, entries: progressFromJournal(w.journal.entries), ...(wanted ? { join: wanted } : {}),
      ledger: { ...(ledgerCard ? { card: ledgerCard } : {}), entries: progress?.ok ? progress.value.entries : [] },
      sent: remembered, now: w.now, zone: w.settings.timezone, dayStartsAt: w.settings.dayStartsAt, offset: ctx.offset,
    });
    // A check-in comment is read by the whole cohort: in its language.
    const sent = await send(store, items, cohortLanguage(cohort));
    await store.rememberRules(cohort);
    const days = new Map(items.filter((i) => i.key !== JOIN_KEY).map((i) => [i.key, i]));
    await markJournal(ctx, published, days);
    return { ledger: store.canonical, entries: days.size, changed: sent.length > 0, commit: null, attempts: 1, checkIns: summary(items, sent) };
  });
}

function summary(items: readonly CheckInItem[], sent: CheckInSummary['sent']): CheckInSummary {
  const dated = items.filter((i) => i.key !== JOIN_KEY);
  const datesIn = (state: CheckInState) => dated.filter((i) => i.state === state).map((i) => i.key);
  return {
    sent, recorded: datesIn('recorded'), waiting: datesIn('submitted'),
    unsent: dated.filter((i) => i.problem).map((i) => ({ date: i.key, state: i.state, problem: i.problem! })),
    card: items.find((i) => i.key === JOIN_KEY)?.state ?? null,
  };
}

/** Posts or edits the planned comments, remembering each one as soon as it exists. */
async function send(store: CheckInStore, items: readonly CheckInItem[], lang: Lang): Promise<{ key: string; url: string }[]> {
  const { checkInIssue, editComment, postComment } = await import('../adapters/check-in-api.js');
  const { renderSubmission, checkInIssueBody } = await import('../render/submission.js');
  const tr = await translator(lang);
  const issues = new Map<string, number>();
  const sent: { key: string; url: string }[] = [];
  for (const { key, action } of items) {
    if (!action) continue;
    const body = renderSubmission(action.submission, action.day, tr);
    let posted = action.comment !== undefined ? await editComment(store.gh, store.repo, action.comment, body) : undefined;
    if (!posted) {
      const issue = issues.get(action.title) ?? await checkInIssue(store.gh, store.repo, action.title, checkInIssueBody(action.title, tr));
      issues.set(action.title, issue);
      posted = await postComment(store.gh, store.repo, issue, body);
    }
    store.remember(key, { issue: posted.issue, comment: posted.id, url: posted.url, payload: action.payload });
    sent.push({ key, url: posted.url });
  }
  return sent;
}

/** Each journal entry this sync planned says where its day stands: recorded (synced), or its check-in state. */
async function markJournal(ctx: Context, published: ReadonlySet<string>, days: ReadonlyMap<string, CheckInItem>): Promise<void> {
  await updateJournal(ctx.paths, (j) => ({
    ...j,
    entries: j.entries.map((e) => {
      const item = days.get(e.date);
      if (!item || !published.has(e.publishedAt)) return e;
      const { checkIn: _old, ...rest } = e;
      return item.state === 'recorded' ? { ...rest, synced: true } : { ...rest, synced: false, checkIn: item.state };
    }),
  }));
}

/** Pushes waiting blog commits, then syncs the ledger; a remote that fails is reported, not thrown. */
export async function runSync(ctx: Context): Promise<SyncResult> {
  const w = loadWriter(ctx);
  const blog = await pushPendingBlog(ctx, w);
  let ledger: LedgerSyncResult | null;
  try {
    // The blog push changed only push states: the entries to merge are the same.
    ledger = await syncLedger(ctx, w);
  } catch (error) {
    if (!isTransient(error)) throw error;
    ledger = { ledger: w.settings.ledger ?? '', entries: 0, changed: false, commit: null, attempts: 0, error: messageOf(error) };
  }
  // Kudos received, for status; a ledger that can't say now says at the next sync.
  if (ledger && !ledger.error && w.settings.ledger) {
    const { refreshKudosReceived } = await import('./kudos-received.js');
    await refreshKudosReceived(ctx, w, await ctx.ledger(w.settings.ledger, true)).catch(() => undefined);
  }
  return { blog, ledger };
}
