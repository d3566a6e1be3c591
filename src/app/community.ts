// Learn together, the use cases: kudos, a lead's changes to roles and membership, what a
// role does (hide an entry, remove a kudos, pin a post, nudge), and leaving. Each reaches
// the ledger the way the member's own data does (DESIGN §4):
// - plain git: the member writes their own files (feedback/, actions/, their card; a lead
//   the rules) through the ledger store; the server's pre-receive hook judges the push;
// - github:: the member comments (a kudos is a reaction plus a reply that carries it; an
//   action or leaving is a comment with its payload) and the ledger's workflow records
//   it; a lead writes the rules through the contents API, and the workflow's verify judges.
// The checks here are for a clear message before anything is sent; the hook and ingest
// decide.
import { addDays, localDay, zonedTimestamp, type LocalDate } from '../domain/calendar.js';
import { cleanField } from '../domain/clean-text.js';
import { checkCommunityRules } from '../domain/community.js';
import { checkFeedback, MAX_NOTE, recordKudos, type FeedbackFile } from '../domain/feedback.js';
import { handleRefusal } from '../domain/handle.js';
import { checkCard, checkCohort, checkProgress, COHORT_FILE, roleOf, type Cohort, type MemberCard, type Progress, type ProgressEntry } from '../domain/ledger.js';
import { removalRefusal } from '../domain/membership.js';
import { checkAction, checkActions, type ActionsFile, type RoleAction } from '../domain/role-actions.js';
import { isCommunityRole, ROLES, type CommunityRole } from '../domain/roles.js';
import { handleKey, isObject } from '../domain/shape.js';
import { payloadLine, type CommunitySubmission } from '../domain/submission.js';
import { readLedgerData } from '../adapters/ledger-files.js';
import type { CheckInStore, FileStore, LedgerStore } from '../adapters/ledger-store.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { loadWriter } from './writer-state.js';
import { spoken, t, translator } from '../i18n/index.js';
import { humanDate } from '../render/writer.js';
import { cohortLanguage } from '../domain/language.js';
import type { Said } from '../domain/said.js';

export type Transport = 'files' | 'check-ins';

interface Actor {
  handle: string;
  ledger: string;
  store: LedgerStore;
  now: number;
}

/** The writer, their ledger (--ledger, else the one they joined) and its store. */
async function actor(ctx: Context, ledger: string | undefined): Promise<Actor> {
  const w = loadWriter(ctx);
  const handle = w.settings.handle;
  if (!handle) throw new WotnError('usage', t('problem.handleUnsetLedger'), t('problem.handleHint'));
  const spec = ledger ?? w.settings.ledger;
  if (!spec) throw new WotnError('usage', t('problem.noLedger'));
  return { handle, ledger: spec, store: await ctx.ledger(spec, ledger === undefined), now: w.now };
}

function handleArg(value: string, what: string): string {
  const h = value.replace(/^@/, '');
  const problem = handleRefusal(h);
  if (problem) throw new WotnError('usage', t('problem.badHandle', { what, value, problem: spoken(problem) }));
  return h;
}

function rulesOf(raw: unknown, label: string): Cohort {
  const checked = checkCohort(raw);
  if (!checked.ok) throw new WotnError('corrupt', t('problem.rulesFile', { ledger: label, file: COHORT_FILE, problem: spoken(checked.said) }));
  return checked.value;
}

const removedOf = (cohort: Cohort) => {
  const rules = checkCommunityRules(cohort, cohort);
  return rules.ok ? rules.value.removed : {};
};

/** The challenge date of day N, refused outside the challenge. */
function dateOfDay(cohort: Cohort, day: number, flag = '--day'): LocalDate {
  if (!Number.isInteger(day) || day < 1 || day > cohort.days) throw new WotnError('usage', t('problem.notADay', { flag, day, days: cohort.days }));
  return addDays(cohort.start, day - 1);
}

const dayOf = (cohort: Cohort, date: LocalDate) => Math.round((Date.parse(date) - Date.parse(cohort.start)) / 86_400_000) + 1;

const isoNow = (now: number) => new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');

// ---------------------------------------------------------------------------------------
// Reading what a command needs to know first: a member's posts, a giver's kudos.

interface MemberView {
  cohort: Cohort;
  card?: MemberCard;
  entries: ProgressEntry[];
}

/** One member's card and entries as the ledger has them now (a github: ledger: two small reads). */
async function memberView(store: LedgerStore, handle: string): Promise<MemberView & { feedback?: FeedbackFile; actions: ActionsFile[]; data?: Awaited<ReturnType<typeof readLedgerData>> }> {
  const me = handleKey(handle);
  if (store.kind === 'check-ins') {
    const own = await store.readOwn(me);
    const cohort = rulesOf(own.cohort, store.label);
    const card = own.card === undefined ? undefined : checkCard(own.card, me);
    const progress = own.progress === undefined ? undefined : checkProgress(own.progress, me);
    return { cohort, ...(card?.ok ? { card: card.value } : {}), entries: progress?.ok ? progress.value.entries : [], actions: [] };
  }
  const { source, stale } = await store.open();
  if (stale) throw new WotnError('network', stale);
  const data = await readLedgerData(source);
  const m = data.members.find((x) => handleKey(x.handle) === me);
  const feedback = data.community.feedback.find((x) => handleKey(x.handle) === me);
  return {
    cohort: data.cohort,
    ...(m?.card ? { card: m.card } : {}),
    entries: (m?.progress as Progress | undefined)?.entries ?? [],
    ...(feedback ? { feedback } : {}),
    actions: data.community.actions,
    data,
  };
}

/** The member's post of day N, or their latest; refused with what they have. */
function postOf(view: MemberView, who: string, day: number | undefined): ProgressEntry {
  const entries = [...view.entries].sort((a, b) => (a.date < b.date ? -1 : 1));
  if (day === undefined) {
    const latest = entries[entries.length - 1];
    if (!latest) throw new WotnError('not-found', t('problem.noPostYet', { who }));
    return latest;
  }
  const date = dateOfDay(view.cohort, day);
  const entry = entries.find((e) => e.date === date);
  if (!entry) throw new WotnError('not-found', t('problem.noPostOfDay', { who, day, date: humanDate(date) }), entries.length ? t('problem.theirPosts', { days: entries.map((e) => dayOf(view.cohort, e.date)).join(', ') }) : undefined);
  return entry;
}

// ---------------------------------------------------------------------------------------
// Kudos

export interface KudosOptions {
  to: string;
  day?: number;
  note?: string;
  ledger?: string;
}

export interface KudosResult {
  ledger: string;
  transport: Transport;
  from: string;
  to: string;
  date: LocalDate;
  day: number;
  title: string;
  note?: string;
  /** recorded / updated (a new note) / unchanged: plain git; submitted: the workflow records it. */
  outcome: 'recorded' | 'updated' | 'unchanged' | 'submitted';
  /** On GitHub: the reply that carries the kudos, and whether the reaction was new. */
  url?: string;
  reaction?: 'added' | 'there';
  /** The cohort's feedback guide, on a member's first kudos. */
  guide?: string;
}

export async function giveKudos(o: KudosOptions, ctx: Context): Promise<KudosResult> {
  const to = handleArg(o.to, 'HANDLE');
  let note: string | undefined;
  if (o.note !== undefined) {
    const cleaned = cleanField(o.note, MAX_NOTE);
    if (!cleaned.ok) throw new WotnError('usage', t('problem.note', { problem: spoken(cleaned.said) }), t('problem.noteHint'));
    note = cleaned.text;
  }
  const a = await actor(ctx, o.ledger);
  if (handleKey(to) === handleKey(a.handle)) throw new WotnError('usage', t('problem.kudosSelf'), t('problem.kudosSelfHint'));
  const view = await memberView(a.store, to);
  if (!view.card) throw new WotnError('not-found', t('problem.notAMember', { who: to, ledger: a.store.label }), t('problem.notAMemberHint'));
  const gone = removalRefusal(to, removedOf(view.cohort), a.now);
  if (gone) throw new WotnError('usage', spoken(gone));
  const entry = postOf(view, to, o.day);
  const rules = checkCommunityRules(view.cohort, view.cohort);
  const guideText = rules.ok ? rules.value.feedbackGuide : undefined;
  const base = {
    ledger: a.store.canonical, transport: a.store.kind, from: a.handle, to: view.card.handle, date: entry.date,
    day: dayOf(view.cohort, entry.date), title: entry.title, ...(note !== undefined ? { note } : {}),
  };
  const kudos = { to: view.card.handle, date: entry.date, givenAt: isoNow(a.now), ...(note !== undefined ? { note } : {}) };
  const window = { start: view.cohort.start, days: view.cohort.days, now: a.now };

  if (a.store.kind === 'files') {
    let first = true;
    let outcome: KudosResult['outcome'] = 'unchanged';
    await (a.store as FileStore).updateOwn(a.handle, (current) => {
      const file = feedbackFileOf(current.feedback, a.handle, window);
      first = !file?.kudos.length;
      const r = recordKudos(file, a.handle, kudos, window);
      if (r.outcome === 'refused') throw new WotnError('usage', spoken(r.said));
      outcome = r.outcome;
      return r.outcome === 'unchanged' ? {} : { feedback: r.file };
    }, `${a.handle}: kudos to ${view.card.handle} for ${entry.date}`);
    return { ...base, outcome, ...(first && guideText ? { guide: guideText } : {}) };
  }

  const store = a.store as CheckInStore;
  if (entry.comment === undefined) throw new WotnError('not-found', t('problem.noCheckInComment', { who: to, date: humanDate(entry.date) }));
  const api = await import('../adapters/community-api.js');
  const checkIns = await import('../adapters/check-in-api.js');
  await tokenIsMine(store, a.handle);
  const place = await api.commentPlace(store.gh, store.repo, entry.comment);
  if (!place) throw new WotnError('not-found', t('problem.checkInGone', { who: to, date: humanDate(entry.date), ledger: store.label }));
  const reaction = await api.reactToComment(store.gh, store.repo, entry.comment);
  const { kudosReply } = await import('../render/community.js');
  const submission: CommunitySubmission = { kind: 'kudos', to: view.card.handle, date: entry.date, ...(note !== undefined ? { note } : {}) };
  // The cohort reads the reply: in its language.
  const body = kudosReply(submission, { day: base.day, title: entry.title, postUrl: place.url }, await translator(cohortLanguage(view.cohort)));
  const key = `kudos:${handleKey(to)}@${entry.date}`;
  const payload = payloadLine(submission);
  return store.locked(handleKey(a.handle), async () => {
    const sent = store.sent();
    const first = !Object.keys(sent).some((k) => k.startsWith('kudos:'));
    const before = sent[key];
    let url = before?.url;
    let outcome: KudosResult['outcome'] = 'unchanged';
    // A second kudos for the same post only changes its note: the reply is edited, never doubled.
    if (!before || (note !== undefined && before.payload !== payload)) {
      const posted = (before && (await checkIns.editComment(store.gh, store.repo, before.comment, body))) || (await checkIns.postComment(store.gh, store.repo, place.issue, body));
      store.remember(key, { issue: posted.issue, comment: posted.id, url: posted.url, payload });
      url = posted.url;
      outcome = 'submitted';
    }
    return { ...base, outcome, ...(url ? { url } : {}), reaction, ...(first && guideText ? { guide: guideText } : {}) };
  });
}

function feedbackFileOf(raw: unknown, handle: string, window: { start: LocalDate; days: number }): FeedbackFile | undefined {
  if (raw === undefined) return undefined;
  const checked = checkFeedback(raw, handle, window);
  if (!checked.ok) throw new WotnError('corrupt', t('problem.ledgerFile', { file: `feedback/${handle}.json`, problem: spoken(checked.said) }));
  return checked.value;
}

async function tokenIsMine(store: CheckInStore, handle: string): Promise<void> {
  const { tokenLogin } = await import('../adapters/check-in-api.js');
  const login = await tokenLogin(store.gh);
  if (handleKey(login) !== handleKey(handle))
    throw new WotnError('usage', t('problem.tokenNotYours', { login, handle }), t('problem.tokenNotYoursHint', { login, handle }));
}

// ---------------------------------------------------------------------------------------
// A lead's changes to the rules: roles, removing a member

export interface RulesChange {
  ledger: string;
  transport: Transport;
  changed: boolean;
  cohort: Cohort;
}

/**
 * Changes wotn-cohort.json as a lead. `mutate` gets the rules' raw JSON (fields this wotn
 * does not know are kept) and the checked rules, and returns the new JSON, or undefined
 * when there is nothing to change.
 */
async function changeRules(ctx: Context, ledger: string | undefined, what: string, mutate: (raw: Record<string, unknown>, cohort: Cohort, a: Actor) => Record<string, unknown> | undefined): Promise<RulesChange> {
  const a = await actor(ctx, ledger);
  const judge = (raw: unknown) => {
    if (!isObject(raw)) throw new WotnError('corrupt', t('problem.rulesMissing', { ledger: a.store.label, file: COHORT_FILE }));
    const cohort = rulesOf(raw, a.store.label);
    if (roleOf(cohort, a.handle) !== 'lead') throw new WotnError('permission', t('problem.onlyLead', { handle: a.handle, what }));
    const next = mutate(raw, cohort, a);
    if (next) {
      const checked = checkCohort(next);
      const community = checked.ok ? checkCommunityRules(checked.value, checked.value) : checked;
      if (!community.ok) throw new WotnError('usage', t('problem.rulesRefused', { problem: spoken(community.said) }));
    }
    return next;
  };
  // One way a lead writes a file no member owns (ledger-lead.ts, as pods.json): decided
  // again on the newest rules after a lost race, never overwriting another lead's change.
  let result: unknown;
  const { writeLeadFile } = await import('../adapters/ledger-lead.js');
  const { changed } = await writeLeadFile(a.store, ctx, COHORT_FILE, (current) => {
    const next = judge(current);
    result = next ?? current;
    return next;
  }, `${a.handle}: ${what}`, a.handle);
  const cohort = rulesOf(result, a.store.label);
  await a.store.rememberRules(cohort);
  return { ledger: a.store.canonical, transport: a.store.kind, changed, cohort };
}

function roleArg(value: string): CommunityRole {
  if (!isCommunityRole(value)) throw new WotnError('usage', t('problem.roleUnknown', { value, roles: ROLES.join(', ') }));
  return value;
}

export interface RoleChange extends RulesChange {
  handle: string;
  role: CommunityRole;
  /** The role the member held before (null: none). */
  was: string | null;
}

export async function addRole(o: { handle: string; role: string; ledger?: string }, ctx: Context): Promise<RoleChange> {
  const handle = handleArg(o.handle, 'HANDLE');
  const role = roleArg(o.role);
  let was: string | null = null;
  let name = handle;
  const r = await changeRules(ctx, o.ledger, t('problem.what.add', { handle, role }), (raw, cohort) => {
    const roles = { ...((raw.roles as Record<string, string> | undefined) ?? {}) };
    const key = Object.keys(roles).find((h) => handleKey(h) === handleKey(handle));
    was = key === undefined ? null : roles[key]!;
    if (was === role) return undefined;
    if (was === 'lead' && leadsOf(cohort).length === 1) throw new WotnError('usage', t('problem.onlyLeadLeft', { handle: key ?? handle }));
    if (key !== undefined) delete roles[key];
    name = key ?? handle;
    roles[name] = role;
    return { ...raw, roles };
  });
  return { ...r, handle: name, role, was };
}

export async function removeRole(o: { handle: string; role: string; ledger?: string }, ctx: Context): Promise<RoleChange> {
  const handle = handleArg(o.handle, 'HANDLE');
  const role = roleArg(o.role);
  let was: string | null = null;
  const r = await changeRules(ctx, o.ledger, t('problem.what.remove', { handle, role }), (raw, cohort) => {
    const roles = { ...((raw.roles as Record<string, string> | undefined) ?? {}) };
    const key = Object.keys(roles).find((h) => handleKey(h) === handleKey(handle));
    was = key === undefined ? null : roles[key]!;
    if (was !== role) throw new WotnError('usage', t('problem.notThatRole', { handle, role, was: was ?? 'none' }));
    if (role === 'lead' && leadsOf(cohort).length === 1) throw new WotnError('usage', t('problem.onlyLeadLeft', { handle: key ?? handle }));
    delete roles[key!];
    return { ...raw, roles };
  });
  return { ...r, handle, role, was };
}

const leadsOf = (cohort: Cohort) => Object.entries(cohort.roles).filter(([, r]) => r === 'lead').map(([h]) => h);

export interface RemoveResult extends RulesChange {
  handle: string;
  at: string;
  reason: string;
}

export async function removeMember(o: { handle: string; reason: string; ledger?: string }, ctx: Context): Promise<RemoveResult> {
  const handle = handleArg(o.handle, 'HANDLE');
  const reason = cleanField(o.reason, 280);
  if (!reason.ok) throw new WotnError('usage', t('problem.reason', { problem: spoken(reason.said) }));
  let at = '';
  const r = await changeRules(ctx, o.ledger, t('problem.what.removeMember', { handle }), (raw, cohort, a) => {
    if (handleKey(handle) === handleKey(a.handle)) throw new WotnError('usage', t('problem.leadRemovesSelf'));
    if (roleOf(cohort, handle) === 'lead') throw new WotnError('usage', t('problem.removeLead', { handle }));
    const removed = { ...(isObject(raw.removed) ? raw.removed : {}) } as Record<string, unknown>;
    if (Object.keys(removed).some((h) => handleKey(h) === handleKey(handle))) return undefined;
    at = zonedTimestamp(a.now, cohort.timezone, ctx.offset);
    removed[handleKey(handle)] = { at, reason: reason.text };
    return { ...raw, removed };
  });
  return { ...r, handle, at, reason: reason.text };
}

// ---------------------------------------------------------------------------------------
// Roles as the ledger has them

export interface RoleEntry {
  handle: string;
  name: string | null;
  role: string;
  powers: readonly string[];
}

export async function listRoles(o: { ledger?: string }, ctx: Context): Promise<{ cohort: { id: string; name: string }; roles: RoleEntry[]; warnings: Said[] }> {
  const { chosenLedger, readableLedger } = await import('./ledger-choice.js');
  const { powersOf } = await import('../domain/roles.js');
  const data = await readLedgerData(await readableLedger(chosenLedger(o.ledger, ctx), ctx));
  const names = new Map(data.members.map((m) => [handleKey(m.handle), m.card?.name ?? null]));
  const roles = Object.entries(data.cohort.roles)
    .map(([handle, role]) => ({ handle, name: names.get(handleKey(handle)) ?? null, role, powers: powersOf(role) }))
    .sort((a, b) => ROLES.indexOf(a.role as CommunityRole) - ROLES.indexOf(b.role as CommunityRole) || a.handle.localeCompare(b.handle));
  return { cohort: { id: data.cohort.id, name: data.cohort.name }, roles, warnings: data.warnings };
}

// ---------------------------------------------------------------------------------------
// What a role does

export type ActionInput =
  | { kind: 'hide-entry'; member: string; day: number; reason: string }
  | { kind: 'remove-feedback'; giver: string; to: string; day: number; reason: string }
  | { kind: 'pin'; member: string; day?: number }
  | { kind: 'nudge'; member: string; note?: string };

export interface ActionResult {
  ledger: string;
  transport: Transport;
  by: string;
  action: RoleAction;
  outcome: 'recorded' | 'unchanged' | 'submitted';
  url?: string;
}

export async function takeAction(input: ActionInput, o: { ledger?: string }, ctx: Context): Promise<ActionResult> {
  const a = await actor(ctx, o.ledger);
  const targetHandle = handleArg(input.kind === 'remove-feedback' ? input.to : input.member, input.kind === 'remove-feedback' ? '--to' : 'HANDLE');
  const giver = input.kind === 'remove-feedback' ? handleArg(input.giver, 'GIVER') : undefined;
  const view = await memberView(a.store, targetHandle);
  const cohort = view.cohort;
  if (!view.card) throw new WotnError('not-found', t('problem.notAMember', { who: targetHandle, ledger: a.store.label }));
  const member = view.card.handle;
  let date: LocalDate;
  let entry: ProgressEntry | undefined;
  if (input.kind === 'nudge') date = localDay(a.now, view.card.timezone ?? cohort.timezone, view.card.dayStartsAt, ctx.offset);
  else {
    entry = postOf(view, member, input.day);
    date = entry.date;
  }
  const raw: Record<string, unknown> =
    input.kind === 'hide-entry' ? { kind: 'hide-entry', member, date, reason: input.reason }
      : input.kind === 'remove-feedback' ? { kind: 'remove-feedback', giver, to: member, date, reason: input.reason }
        : input.kind === 'pin' ? { kind: 'pin', member, date }
          : { kind: 'nudge', member, date, ...(input.note !== undefined ? { note: input.note } : {}) };
  const role = roleOf(cohort, a.handle);
  // Whose pod a mentor's nudge is for is the hook's and ingest's to judge (they read pods.json).
  const everyone = { has: () => true } as unknown as ReadonlySet<string>;
  const checked = checkAction({ ...raw, at: isoNow(a.now) }, a.handle, { start: cohort.start, days: cohort.days, now: a.now, role, menteesOn: () => everyone });
  if (!checked.ok) throw new WotnError(/may not/.test(checked.problem) ? 'permission' : 'usage', spoken(checked.said));
  const action = checked.action;
  if (action.kind === 'remove-feedback' && view.data) {
    const f = view.data.community.feedback.find((x) => handleKey(x.handle) === handleKey(giver!));
    if (!f?.kudos.some((k) => handleKey(k.to) === handleKey(member) && k.date === date)) throw new WotnError('not-found', t('problem.noKudosToRemove', { giver: giver!, member, date: humanDate(date) }));
  }
  const base = { ledger: a.store.canonical, transport: a.store.kind, by: a.handle, action };

  if (a.store.kind === 'files') {
    let outcome: ActionResult['outcome'] = 'unchanged';
    await (a.store as FileStore).updateOwn(a.handle, (current) => {
      const file = current.actions === undefined ? undefined : checkActions(current.actions, a.handle, { start: cohort.start, days: cohort.days, role: 'lead' });
      if (file && !file.ok) throw new WotnError('corrupt', t('problem.ledgerFile', { file: `actions/${a.handle}.json`, problem: spoken(file.said) }));
      const list = file?.ok ? file.value.actions : [];
      const same = list.find((x) => sameTarget(x, action));
      if (same && sameButTime(same, action)) return {};
      outcome = 'recorded';
      return { actions: { schema: 1, handle: a.handle, actions: [...list.filter((x) => x !== same), action] } };
    }, `${a.handle}: ${describeAction(action)}`);
    return { ...base, outcome };
  }

  const store = a.store as CheckInStore;
  await tokenIsMine(store, a.handle);
  const checkIns = await import('../adapters/check-in-api.js');
  const { actionComment } = await import('../render/community.js');
  const { checkInFor, introductionsFor } = await import('../domain/check-in.js');
  const { checkInIssueBody } = await import('../render/submission.js');
  const { at: _at, ...fields } = action;
  const tr = await translator(cohortLanguage(cohort));
  let issue: number;
  const api = await import('../adapters/community-api.js');
  const place = entry?.comment !== undefined ? await api.commentPlace(store.gh, store.repo, entry.comment) : undefined;
  if (place) issue = place.issue;
  else {
    const title = checkInFor(cohort, date, member)?.title ?? introductionsFor(cohort, member).title;
    issue = await checkIns.checkInIssue(store.gh, store.repo, title, checkInIssueBody(title, tr));
  }
  const posted = await checkIns.postComment(store.gh, store.repo, issue, actionComment({ kind: 'action', action: fields }, { by: a.handle, day: dayOf(cohort, date) }, tr));
  return { ...base, outcome: 'submitted', url: posted.url };
}

const sameTarget = (a: RoleAction, b: RoleAction) =>
  a.kind === b.kind && a.date === b.date &&
  (a.kind === 'remove-feedback' && b.kind === 'remove-feedback'
    ? handleKey(a.giver) === handleKey(b.giver) && handleKey(a.to) === handleKey(b.to)
    : handleKey((a as { member: string }).member) === handleKey((b as { member: string }).member));

const sameButTime = (a: RoleAction, b: RoleAction) => JSON.stringify({ ...a, at: '' }) === JSON.stringify({ ...b, at: '' });

function describeAction(a: RoleAction): string {
  if (a.kind === 'hide-entry') return `hide ${a.member}'s post of ${a.date}`;
  if (a.kind === 'remove-feedback') return `remove ${a.giver}'s kudos for ${a.to}'s post of ${a.date}`;
  if (a.kind === 'pin') return `pin ${a.member}'s post of ${a.date}`;
  return `nudge ${a.member} on ${a.date}`;
}

// ---------------------------------------------------------------------------------------
// Leaving

export interface LeaveResult {
  ledger: string;
  transport: Transport;
  handle: string;
  leftAt: string | null;
  outcome: 'recorded' | 'unchanged' | 'submitted';
  url?: string;
}

export async function leaveCohort(o: { ledger?: string }, ctx: Context): Promise<LeaveResult> {
  const a = await actor(ctx, o.ledger);
  const w = loadWriter(ctx);
  const leftAt = zonedTimestamp(a.now, w.settings.timezone, ctx.offset);
  if (a.store.kind === 'files') {
    let at: string | null = null;
    let outcome: LeaveResult['outcome'] = 'unchanged';
    await (a.store as FileStore).updateOwn(a.handle, (current) => {
      const card = current.card === undefined ? undefined : checkCard(current.card, a.handle);
      if (!card?.ok) throw new WotnError('usage', t('problem.nothingToLeave', { handle: a.handle, ledger: a.store.label }));
      if (card.value.leftAt) {
        at = card.value.leftAt;
        return {};
      }
      at = leftAt;
      outcome = 'recorded';
      return { card: { ...(current.card as object), leftAt } };
    }, `${a.handle} leaves`);
    return { ledger: a.store.canonical, transport: 'files', handle: a.handle, leftAt: at, outcome };
  }
  const store = a.store as CheckInStore;
  await tokenIsMine(store, a.handle);
  const own = await store.readOwn(handleKey(a.handle));
  const cohort = rulesOf(own.cohort, store.label);
  if (own.card === undefined) throw new WotnError('usage', t('problem.nothingToLeave', { handle: a.handle, ledger: store.label }));
  const { introductionsFor } = await import('../domain/check-in.js');
  const checkIns = await import('../adapters/check-in-api.js');
  const { checkInIssueBody } = await import('../render/submission.js');
  const { leaveComment } = await import('../render/community.js');
  const title = introductionsFor(cohort, handleKey(a.handle)).title;
  const tr = await translator(cohortLanguage(cohort));
  const issue = await checkIns.checkInIssue(store.gh, store.repo, title, checkInIssueBody(title, tr));
  const posted = await checkIns.postComment(store.gh, store.repo, issue, leaveComment(tr));
  return { ledger: store.canonical, transport: 'check-ins', handle: a.handle, leftAt: null, outcome: 'submitted', url: posted.url };
}
