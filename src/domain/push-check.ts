// The pre-receive hook's rules for a plain git ledger (self-hosted servers, local bare
// repositories): what a push may change, decided before anything is accepted, so nothing
// has to be reverted. Pure: the ref update, the pusher, the rules read from the old tip and
// the changed paths (modes, and the text of the files it reads) in; one line per violation
// out. Ownership is verify.ts's rule; the day and word rules are calendar.ts's and ledger.ts's.
import { addDays, localDay, recordableDay } from './calendar.js';
import { isHandle } from './handle.js';
import {
  checkCard, checkCohort, checkProgress, COHORT_FILE, entryRefusal, roleOf, wordCap, wordsRefusal,
  type Cohort, type MemberCard, type ProgressEntry,
} from './ledger.js';
import { communityFileProblems } from './community-push.js';
import { checkCommunityRules } from './community.js';
import type { PodsFile } from './pods-file.js';
import { checkChangedPaths, writeRefusal } from './roles.js';
import { said, saidAt, type Said } from './said.js';
import { notJson } from './shape.js';
import { makeUpPost, makeUpRefusal } from './streak-policy.js';
import { checkWisdomFields } from './wisdom.js';

/** The largest ledger file a push may hold: a year of daily entries is ~20 KB. */
export const MAX_LEDGER_FILE = 1024 * 1024;
/** How far a publishedAt may run ahead of the server's clock (a writer's clock drifts). */
const CLOCK_SKEW_MS = 5 * 60_000;
const NO_FILE = '000000';

export interface PathChange {
  path: string;
  /** Git modes: 000000 when the path is added (old) or deleted (new). */
  oldMode: string;
  newMode: string;
  /** The new blob's size in bytes. */
  newSize?: number;
  /** The texts of wotn-cohort.json, members/*.json and progress/*.json (when regular and not too large). */
  oldText?: string;
  newText?: string;
}

export interface PushCheckInput {
  ref: string;
  /** The ledger's branch (refs/heads/<branch>); other refs are for leads only. */
  branch: string;
  pusher: string | undefined;
  /**
   * The cohort's rules at the old tip of the ledger's branch (for another ref: at the
   * branch's tip); undefined when the push creates the ledger's branch.
   */
  rules: Cohort | undefined;
  creation: boolean;
  deletion: boolean;
  fastForward: boolean;
  changes: readonly PathChange[];
  /** Cards at the old tip (or, for a newcomer, in this push) of the members whose progress changes: their zones. */
  cards?: Readonly<Record<string, MemberCard>>;
  /** pods.json at the old tip: whom a mentor may nudge. */
  pods?: PodsFile;
  now: number;
}

const PUSHER_VARS = ['WOTN_PUSHER', 'GL_USERNAME', 'GITEA_PUSHER_NAME', 'FORGEJO_PUSHER_NAME', 'USER'] as const;

/**
 * Who is pushing: WOTN_PUSHER (set by the server's admin), else the name the git server
 * passes to hooks (GitLab, Gitea, Forgejo), else the account the hook runs as.
 */
export function pusherFrom(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of PUSHER_VARS) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

const MODE_NAMES: Record<string, [key: string, english: string]> = {
  '120000': ['symlink', 'a symbolic link'], '160000': ['submodule', 'a submodule'], '100755': ['executable', 'an executable file'], '040000': ['directory', 'a directory'],
};
/** The one git mode a ledger holds: a regular, non-executable file. */
export const REGULAR_FILE = '100644';
/** A git tree entry's mode in words ("a symbolic link"), as data for the reader's language. */
export const modeSaid = (mode: string): Said => {
  const name = MODE_NAMES[mode];
  return name ? said(`problem.mode.${name[0]}`, {}, name[1]) : said('problem.mode.other', { mode }, `mode ${mode}`);
};
const LEDGER_FILE = /^(members|progress)\/([^/]+)\.json$/;

/** One line the hook says: its English, and its words for the pusher's cohort (the ref, file and day stay in it). */
export type PushLine = Said;
export const lineText = (l: PushLine): string => l.text;

/** The violations, one line each, in English (the hook's tests and every caller that compares them). */
export function checkPush(input: PushCheckInput): string[] {
  return checkPushLines(input).map(lineText);
}

export function checkPushLines(input: PushCheckInput): PushLine[] {
  const { ref, pusher } = input;
  const onRef = (s: Said) => [saidAt(ref, s)];
  if (!pusher || !isHandle(pusher)) {
    return onRef(pusher
      ? said('problem.push.whoNamed', { pusher }, `cannot tell who is pushing ("${pusher}" is not a handle); the server must set WOTN_PUSHER`)
      : said('problem.push.whoUnnamed', {}, 'cannot tell who is pushing (no name); the server must set WOTN_PUSHER'));
  }
  if (ref !== `refs/heads/${input.branch}`)
    return input.rules && roleOf(input.rules, pusher) === 'lead' ? [] : onRef(said('problem.push.otherRef', { branch: input.branch }, `only leads may push anything but refs/heads/${input.branch}`));
  if (input.deletion) return onRef(said('problem.push.deletion', {}, "deleting the ledger's branch is refused"));

  const violations: PushLine[] = [];
  let rules = input.rules;
  if (input.creation) {
    const cohort = parseCohort(input.changes.find((c) => c.path === COHORT_FILE)?.newText);
    if ('key' in cohort) return onRef(said('problem.push.newLedger', { file: COHORT_FILE, problem: cohort }, `a new ledger needs a valid ${COHORT_FILE} (${cohort.text})`));
    if (roleOf(cohort, pusher) !== 'lead') return onRef(said('problem.push.creatorLead', { pusher, file: COHORT_FILE }, `${pusher} creates this ledger, so ${COHORT_FILE} must make ${pusher} a lead`));
    rules = cohort;
  } else if (!rules) {
    return onRef(said('problem.push.noRules', { file: COHORT_FILE }, `the ledger has no valid ${COHORT_FILE} to check this push against; a lead must repair it on the server`));
  }
  const lead = roleOf(rules, pusher) === 'lead';
  if (!input.creation && !input.fastForward)
    violations.push(...onRef(said('problem.push.notFastForward', {}, "not a fast-forward; the ledger's history is never rewound or rewritten (fetch, rebase, push again)")));

  if (!lead) {
    const owned = checkChangedPaths([{ sha: '', paths: input.changes.map((c) => c.path) }], pusher, rules);
    for (const v of owned) violations.push(saidAt(v.path, (v.path === COHORT_FILE ? promotion(input, pusher) : undefined) ?? writeRefusal(v.path, pusher, rules)!));
  }
  for (const change of input.changes) violations.push(...fileProblems(change, rules, input, lead));
  // The learn-together files and fields (feedback/, actions/, pods.json, vacations and
  // leaving on cards, a removed member's files): community-push.ts.
  const today = (h: string) => localDay(input.now, input.cards?.[h]?.timezone ?? rules!.timezone, input.cards?.[h]?.dayStartsAt ?? '00:00');
  for (const change of input.changes) violations.push(...communityFileProblems(change, { rules, pusher, now: input.now, today, ...(input.pods ? { pods: input.pods } : {}) }));
  return violations;
}

/** The rules a push brings, or why they can't be read (`it is missing`, `it is not valid JSON`, checkCohort's problem). */
function parseCohort(text: string | undefined): Cohort | Said {
  if (text === undefined) return said('problem.push.rulesMissing', {}, 'it is missing');
  try {
    const checked = checkCohort(JSON.parse(text));
    return checked.ok ? checked.value : checked.said;
  } catch {
    return said('problem.push.rulesNotJson', {}, 'it is not valid JSON');
  }
}

/** A clearer reason when a non-lead's change to the rules would give them a role. */
function promotion(input: PushCheckInput, pusher: string): Said | undefined {
  const after = parseCohort(input.changes.find((c) => c.path === COHORT_FILE)?.newText);
  if ('key' in after || !input.rules) return undefined;
  const role = roleOf(after, pusher);
  if (role === roleOf(input.rules, pusher)) return undefined;
  return role === undefined
    ? said('problem.push.promotionNone', { pusher }, `${pusher} may not change the cohort's roles (this push would make ${pusher} no one); only a lead may`)
    : said('problem.push.promotion', { pusher, role }, `${pusher} may not change the cohort's roles (this push would make ${pusher} ${role}); only a lead may`);
}

function fileProblems(c: PathChange, rules: Cohort, input: PushCheckInput, lead: boolean): PushLine[] {
  const onFile = (s: Said) => [saidAt(c.path, s)];
  if (c.newMode === NO_FILE) return c.path === COHORT_FILE ? onFile(said('problem.push.rulesDeleted', {}, "the cohort's rules can't be deleted")) : [];
  if (c.newMode !== REGULAR_FILE) {
    const mode = modeSaid(c.newMode);
    return onFile(said('problem.push.mode', { mode }, `${mode.text} is refused; a ledger holds only regular files`));
  }
  if ((c.newSize ?? 0) > MAX_LEDGER_FILE)
    return onFile(said('problem.push.size', { bytes: String(c.newSize), max: MAX_LEDGER_FILE }, `${c.newSize} bytes is more than a ledger file may hold (${MAX_LEDGER_FILE})`));
  if (c.path === COHORT_FILE) {
    const cohort = parseCohort(c.newText);
    // The rules' learn-together fields are community-push.ts's to judge.
    return 'key' in cohort ? onFile(cohort) : [];
  }
  // feedback/, actions/ and pods.json: community-push.ts.
  const own = LEDGER_FILE.exec(c.path);
  if (!own || c.newText === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(c.newText);
  } catch {
    return onFile(notJson);
  }
  const handle = own[2]!;
  if (own[1] === 'members') {
    // A card's learn-together fields (vacations, nudges, leaving): community-push.ts.
    const card = checkCard(value, handle);
    return card.ok ? [] : onFile(card.said);
  }
  const progress = checkProgress(value, handle);
  if (!progress.ok) return onFile(progress.said);
  return entryProblems(c.path, progress.value.entries, oldEntries(c.oldText), rules, input.cards?.[handle], input.now, lead);
}

function oldEntries(text: string | undefined): Map<string, string> {
  try {
    const entries = (JSON.parse(text ?? '') as { entries?: ProgressEntry[] }).entries;
    return new Map((Array.isArray(entries) ? entries : []).map((e) => [String(e?.date), JSON.stringify(e)]));
  } catch {
    return new Map();
  }
}

/** New or changed entries only: an entry the ledger already holds was checked when it came. */
function entryProblems(path: string, entries: readonly ProgressEntry[], before: Map<string, string>, rules: Cohort, card: MemberCard | undefined, now: number, lead: boolean): PushLine[] {
  const problems: PushLine[] = [];
  const zone = card?.timezone ?? rules.timezone;
  const dayStartsAt = card?.dayStartsAt ?? '00:00';
  const today = localDay(now, zone, dayStartsAt);
  const end = addDays(rules.start, rules.days - 1);
  const seen = new Set<string>();
  for (const e of entries) {
    const date = String(e?.date);
    if (seen.has(date)) problems.push(saidAt(path, said('problem.push.twice', { date }, `${date} appears twice`)));
    seen.add(date);
    if (before.get(date) === JSON.stringify(e)) continue;
    const at = Date.parse(e?.publishedAt ?? '');
    const problem: Said | undefined = entryRefusal(e, at) ??
      (e.date < rules.start || e.date > end ? said('problem.checkIn.outside', { date: e.date, start: rules.start, end }, `${e.date} is outside the challenge (${rules.start} to ${end})`) : undefined) ??
      (e.date > today ? said('problem.push.notBegun', { date: e.date, today, zone }, `${e.date} has not begun yet (today is ${today} in ${zone})`) : undefined) ??
      (at > now + CLOCK_SKEW_MS ? said('problem.push.afterPush', { date: e.date, at: e.publishedAt }, `${e.date} claims it was published at ${e.publishedAt}, after this push`) : undefined) ??
      (lead ? undefined : e.makeUp === true ? makeUpPushProblem(e, entries, rules, today) : windowProblem(e, at, zone, dayStartsAt, rules.graceHours)) ??
      wisdomProblem(e) ??
      wordsRefusal(e.words, wordCap(rules));
    // The day leads the line, unless the problem names it first.
    if (problem) problems.push(saidAt(path, problem.text.startsWith(date) ? problem : saidAt(date, problem)));
  }
  return problems;
}

/** A make-up entry counts only within the cohort's makeUpDays, for a missed day before the member's today. */
function makeUpPushProblem(e: ProgressEntry, entries: readonly ProgressEntry[], rules: Cohort, today: string): Said | undefined {
  const community = checkCommunityRules(rules, rules);
  if (!community.ok) return said('problem.makeUp.rules', { problem: community.said }, `a make-up post needs readable rules (${community.problem})`);
  const written = new Set(entries.filter((x) => x !== e && x.makeUp !== true).map((x) => x.date));
  const used = entries.filter((x) => x !== e && x.makeUp === true).length;
  const problem = makeUpRefusal(e.date, { start: rules.start, end: addDays(rules.start, rules.days - 1), today, written, used }, community.value.streak);
  return problem && makeUpPost(problem);
}

/** The fields of the wisdom digest (tags, featured, reflection), as pages will show them. */
function wisdomProblem(e: ProgressEntry): Said | undefined {
  const checked = checkWisdomFields(e as unknown as Record<string, unknown>);
  return checked.ok ? undefined : checked.said;
}

function windowProblem(e: ProgressEntry, at: number, zone: string, dayStartsAt: string, graceHours: number): Said | undefined {
  const r = recordableDay(at, zone, dayStartsAt, e.date, graceHours);
  return r.ok ? undefined : said(`${r.said.key}Published`, { ...r.said.values, published: String(e.publishedAt) }, `${r.problem} (published ${e.publishedAt})`);
}

