// What a member's sync submits to a github: ledger, and where each day stands. Pure.
// A member never writes the ledger there: each day's entry (and the card) is a check-in
// comment, posted once and edited when it changes; the ledger's workflow records it.
// A day is "recorded" when the ledger holds exactly what the member would submit now,
// "submitted" when this machine's comment says it and the workflow has yet to record it.
import { compareIso } from './instant.js';
import { addDays, intlOffset, recordableDay, type ZoneOffset } from './calendar.js';
import { checkInFor, introductionsFor } from './check-in.js';
import { parseSubmission, payloadLine, type EntrySubmission, type JoinSubmission, type Submission } from './submission.js';
import { wordCap, type Cohort, type MemberCard, type ProgressEntry } from './ledger.js';

/** A check-in comment this machine posted: where it is and the payload it last carried. */
export interface SentCheckIn {
  issue: number;
  comment: number;
  url: string;
  payload: string;
}

/** The key of the card's comment among the sent check-ins (the others are days). */
export const JOIN_KEY = 'join';

export type CheckInState = 'recorded' | 'submitted' | 'too-late' | 'outside' | 'invalid';

export interface CheckInItem {
  /** The local day, or JOIN_KEY for the card. */
  key: string;
  state: CheckInState;
  /** Why it can't be submitted (too-late, outside, invalid). */
  problem?: string;
  /** What to send now: a new comment on the issue titled `title`, or an edit of `comment`. */
  action?: { kind: 'post' | 'edit'; title: string; comment?: number; submission: Submission; payload: string; day?: number };
}

export interface PlanInput {
  login: string;
  cohort: Cohort;
  /** The member's days as the journal has them (one entry a day: progressFromJournal). */
  entries: readonly ProgressEntry[];
  /** The card to submit, when there is one to (re)submit. */
  join?: JoinSubmission;
  /** What the ledger holds for this member now. */
  ledger: { card?: MemberCard; entries: readonly ProgressEntry[] };
  sent: Readonly<Record<string, SentCheckIn>>;
  now: number;
  zone: string;
  dayStartsAt: string;
  offset?: ZoneOffset;
}

/** The submission as ingest will read it (titles cleaned, URLs normalised), or why it can't be read. */
function canonical(raw: Submission, cohort: Cohort): { submission: Submission; payload: string } | { problem: string } {
  const parsed = parseSubmission(payloadLine(raw), { maxWords: wordCap(cohort) });
  if (parsed.status !== 'ok') return { problem: parsed.status === 'invalid' ? parsed.problem : 'nothing to submit' };
  return { submission: parsed.submission, payload: payloadLine(parsed.submission) };
}

const sameEntry = (e: ProgressEntry, s: EntrySubmission) =>
  e.title === s.title && e.url === s.url && e.words === s.words && (e.posts ?? 1) === (s.posts ?? 1);

const CARD_FIELDS = ['name', 'blog', 'intro', 'timezone', 'dayStartsAt', 'hideStreak', 'nudge'] as const;
const sameCard = (c: MemberCard, s: JoinSubmission) => CARD_FIELDS.every((k) => c[k] === s[k]) && JSON.stringify(c.vacations ?? []) === JSON.stringify(s.vacations ?? []);

function planJoin(input: PlanInput): CheckInItem | undefined {
  const { ledger, sent, join } = input;
  const before = sent[JOIN_KEY];
  if (!join) return ledger.card ? { key: JOIN_KEY, state: 'recorded' } : before ? { key: JOIN_KEY, state: 'submitted' } : undefined;
  const c = canonical(join, input.cohort);
  if ('problem' in c) return { key: JOIN_KEY, state: 'invalid', problem: c.problem };
  if (ledger.card && sameCard(ledger.card, c.submission as JoinSubmission)) return { key: JOIN_KEY, state: 'recorded' };
  if (before?.payload === c.payload) return { key: JOIN_KEY, state: 'submitted' };
  const { title } = introductionsFor(input.cohort, input.login);
  return { key: JOIN_KEY, state: 'submitted', action: { kind: before ? 'edit' : 'post', title, ...(before ? { comment: before.comment } : {}), ...c } };
}

function planDay(input: PlanInput, e: ProgressEntry): CheckInItem {
  const { cohort, sent } = input;
  const key = e.date;
  const raw: EntrySubmission = {
    kind: 'entry', date: e.date, title: e.title, ...(e.url ? { url: e.url } : {}), words: e.words, ...((e.posts ?? 1) > 1 ? { posts: e.posts } : {}),
    ...(e.makeUp ? { makeUp: true } : {}), ...(e.tags?.length ? { tags: e.tags } : {}), ...(e.featured ? { featured: true } : {}), ...(e.reflection ? { reflection: e.reflection } : {}),
  };
  const c = canonical(raw, cohort);
  if ('problem' in c) return { key, state: 'invalid', problem: c.problem };
  const s = c.submission as EntrySubmission;
  const inLedger = input.ledger.entries.find((l) => l.date === e.date);
  if (inLedger && sameEntry(inLedger, s)) return { key, state: 'recorded' };
  const before = sent[key];
  if (before?.payload === c.payload) return { key, state: 'submitted' };
  const target = checkInFor(cohort, e.date, input.login);
  if (!target) return { key, state: 'outside', problem: `${e.date} is outside the challenge (${cohort.start} to ${addDays(cohort.start, cohort.days - 1)})` };
  // A make-up is for a day gone by: the ledger's workflow judges it against the cohort's makeUpDays.
  const open = e.makeUp ? { ok: true as const } : recordableDay(input.now, input.zone, input.dayStartsAt, e.date, cohort.graceHours, input.offset ?? intlOffset);
  if (!open.ok) return inLedger ? { key, state: 'recorded' } : before ? { key, state: 'submitted' } : { key, state: 'too-late', problem: open.problem };
  return {
    key, state: 'submitted',
    action: { kind: before ? 'edit' : 'post', title: target.title, day: target.day, ...(before ? { comment: before.comment } : {}), ...c },
  };
}

/** One item for the card (when there is one) and one per day of the journal, card first. */
export function planCheckIns(input: PlanInput): CheckInItem[] {
  const join = planJoin(input);
  return [...(join ? [join] : []), ...[...input.entries].sort((a, b) => compareIso(a.date, b.date)).map((e) => planDay(input, e))];
}

export interface CardOptions {
  intro?: string;
  hideStreak?: boolean;
  nudge?: boolean;
}

/**
 * The member's card from their profile, the options given now and the card they had: what
 * `cohort join` writes (plain git) or submits (GitHub). The blog is the origin of an
 * absolute URL pattern; `joinedAt` is the ledger's business.
 */
export function cardFields(
  profile: { name: string; urlPattern?: string; timezone: string; dayStartsAt: string },
  o: CardOptions,
  old: Partial<MemberCard> = {},
): Omit<JoinSubmission, 'kind'> {
  const blog = profile.urlPattern && /^https?:\/\//.test(profile.urlPattern) ? new URL(profile.urlPattern).origin : old.blog;
  const intro = o.intro ?? old.intro;
  return {
    name: profile.name,
    ...(blog ? { blog } : {}),
    ...(intro ? { intro } : {}),
    timezone: profile.timezone,
    dayStartsAt: profile.dayStartsAt,
    ...(o.hideStreak ?? old.hideStreak ? { hideStreak: true } : {}),
    ...(o.nudge ?? old.nudge ? { nudge: true } : {}),
    ...(old.vacations?.length ? { vacations: old.vacations } : {}),
  };
}
