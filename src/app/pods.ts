// Reading partners. `pods assign`: a lead groups the cohort's members into pods for the next
// period (pods.ts decides, deterministically) and writes pods.json to the ledger as a lead
// writes (ledger-lead.ts). `partners`: my pod today and my partners' latest posts to read.
// `podLines`: each pod's days-everyone-wrote streak for the report.
import { addDays, dayStartInstant, localDay, type LocalDate } from '../domain/calendar.js';
import { checkCommunityRules } from '../domain/community.js';
import { roleOf, type Cohort } from '../domain/ledger.js';
import { standingOf } from '../domain/membership.js';
import { checkVacations, vacationDays } from '../domain/nudge.js';
import { assignPods, MAX_POD_SIZE, MIN_POD_SIZE, type Pod } from '../domain/pods.js';
import { assignMentors, checkPodsFile, podOf, podStreak, PODS_FILE, roundOn, type PodRound, type PodsFile } from '../domain/pods-file.js';
import type { MemberFiles, MemberReport, PodLine, Report } from '../domain/report.js';
import { handleKey, lastDay, parseJsonText, type Checked } from '../domain/shape.js';
import { readExtraFile, writeLeadFile } from '../adapters/ledger-lead.js';
import { readLedgerData, type LedgerSource } from '../adapters/ledger-files.js';
import type { LedgerStore } from '../adapters/ledger-store.js';
import { rememberTotals } from '../adapters/cohort-totals.js';
import { readConfigOrEmpty } from '../adapters/config.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { chosenLedger } from './ledger-choice.js';
import { spoken, t } from '../i18n/index.js';
import { humanDate } from '../render/writer.js';
import { refused, saidAt } from '../domain/said.js';

const MAX_BYTES = 1024 * 1024;

/** The ledger's pods.json, checked (an empty file when there is none), or why it does not read, naming it. */
export async function checkedPods(store: LedgerStore, source: LedgerSource, cohort: Cohort, extras?: ReadonlyMap<string, string>): Promise<Checked<PodsFile>> {
  const text = extras ? extras.get(PODS_FILE) : await readExtraFile(store, source, PODS_FILE);
  if (text === undefined) return { ok: true, value: { schema: 1, rounds: [] } };
  const parsed = parseJsonText(text, MAX_BYTES);
  const pods = parsed.ok ? checkPodsFile(parsed.value, cohort) : parsed;
  return pods.ok ? pods : refused(saidAt(`${store.label}/${PODS_FILE}`, pods.said));
}

/** The ledger's pods.json, checked (an empty file when there is none). */
export async function readPods(store: LedgerStore, source: LedgerSource, cohort: Cohort, extras?: ReadonlyMap<string, string>): Promise<PodsFile> {
  const pods = await checkedPods(store, source, cohort, extras);
  if (!pods.ok) throw new WotnError('corrupt', spoken(pods.said));
  return pods.value;
}

async function openLedger(flag: string | undefined, ctx: Context) {
  const chosen = chosenLedger(flag, ctx);
  const store = await ctx.ledger(chosen.ledger, chosen.configured);
  const { source, stale } = await store.open();
  if (stale) ctx.out.info(t('warning', { warning: t('ledger.stale', { problem: stale }) }));
  return { chosen, store, source };
}

export interface AssignOptions {
  ledger?: string;
  size: number;
  every: number;
  seed?: string;
}

export interface AssignResult {
  ledger: string;
  round: PodRound;
  /** Pairs that had met before and share a pod again because nothing else worked. */
  repeats: [string, string][];
  unassigned: string[];
  changed: boolean;
  commit: string | null;
}

/** Members who take part now: not left, not removed. */
function takingPart(members: readonly MemberFiles[], cohort: Cohort, now: number): MemberFiles[] {
  const rules = checkCommunityRules(cohort, cohort);
  const removed = rules.ok ? rules.value.removed : {};
  return members.filter((m) => m.card && standingOf(m.handle, m.card as { leftAt?: unknown }, removed, now) === 'active');
}

/** The next period: from the day after the last round (or today, if later; or the first day), `every` days, within the challenge. */
export function nextPeriod(file: PodsFile, cohort: Cohort, today: LocalDate, every: number): { period: number; from: LocalDate; to: LocalDate } {
  const last = file.rounds.at(-1);
  const end = lastDay(cohort);
  let from = last ? addDays(last.to, 1) : cohort.start;
  if (today > from) from = today;
  if (from < cohort.start) from = cohort.start;
  if (from > end) throw new WotnError('usage', t('problem.podsNoDaysLeft', { end: humanDate(end), last: last ? t('problem.podsLastRound', { to: humanDate(last.to) }) : '' }));
  const to = addDays(from, every - 1);
  return { period: (last?.period ?? 0) + 1, from, to: to > end ? end : to };
}

export async function runPodsAssign(o: AssignOptions, ctx: Context): Promise<AssignResult> {
  if (!Number.isInteger(o.size) || o.size < MIN_POD_SIZE || o.size > MAX_POD_SIZE) throw new WotnError('usage', t('error.notAWholeNumber', { flag: '--size', value: String(o.size), min: MIN_POD_SIZE, max: MAX_POD_SIZE }));
  const me = readConfigOrEmpty(ctx.paths).profile.handle;
  if (!me) throw new WotnError('usage', t('problem.handleUnsetLead'), t('problem.handleHint'));
  const { store, source } = await openLedger(o.ledger, ctx);
  const data = await readLedgerData(source);
  const { cohort } = data;
  if (roleOf(cohort, me) !== 'lead') throw new WotnError('permission', t('problem.podsOnlyLead', { handle: me, role: roleOf(cohort, me) ?? t('problem.aMember'), ledger: store.label }));
  const existing = await readPods(store, source, cohort);
  const today = localDay(ctx.now(), cohort.timezone);
  const period = nextPeriod(existing, cohort, today, o.every);
  const seed = o.seed ?? cohort.id;
  const members = takingPart(data.members, cohort, ctx.now()).map((m) => ({ handle: m.handle, timezone: m.card!.timezone ?? cohort.timezone }));
  const assignment = assignPods(members, { size: o.size, seed, period: period.period, history: existing.rounds, at: dayStartInstant(period.from, cohort.timezone) });
  const mentors = Object.entries(cohort.roles).filter(([, role]) => role === 'mentor').map(([h]) => h);
  const round: PodRound = { ...period, seed, pods: assignMentors(assignment.pods, mentors) };
  const write = await writeLeadFile(store, ctx, PODS_FILE, (current) => {
    // Decided again on the newest file: a round another lead added in between is kept, and ours follows it.
    const file = current === undefined ? { schema: 1 as const, rounds: [] } : checkPodsFile(current, cohort);
    if ('ok' in file && !file.ok) throw new WotnError('corrupt', spoken(saidAt(`${store.label}/${PODS_FILE}`, file.said)));
    const rounds = 'ok' in file ? file.value.rounds : file.rounds;
    if (rounds.some((r) => r.from <= round.to && round.from <= r.to)) throw new WotnError('conflict', t('problem.podsChanged', { file: PODS_FILE }));
    return { schema: 1, rounds: [...rounds, round] };
  }, `Pods for ${round.from} to ${round.to} (round ${round.period})`, me);
  return { ledger: store.label, round, repeats: assignment.repeats, unassigned: assignment.unassigned, changed: write.changed, commit: write.commit };
}

export interface Partner {
  handle: string;
  name: string;
  writtenToday: boolean;
  latest: { date: LocalDate; title: string; url: string | null } | null;
  onVacation: boolean;
}

export interface PartnersResult {
  date: LocalDate;
  handle: string;
  pod: (Pick<PodRound, 'period' | 'from' | 'to'> & { mentor: string | null; partners: Partner[] }) | null;
  /** Pods that a mentor looks after today (for a mentor). */
  mentoring: Pod[];
}

export async function runPartners(o: { ledger?: string }, ctx: Context): Promise<PartnersResult> {
  const config = readConfigOrEmpty(ctx.paths);
  const me = config.profile.handle;
  if (!me) throw new WotnError('usage', t('problem.handleUnsetPod'), t('problem.handleHint'));
  const { chosen, store, source } = await openLedger(o.ledger, ctx);
  const data = await readLedgerData(source);
  const { cohort } = data;
  const zone = config.profile.timezone ?? cohort.timezone;
  const today = localDay(ctx.now(), zone, config.profile.dayStartsAt);
  const file = await readPods(store, source, cohort);
  if (chosen.configured) rememberTotals(ctx.paths, { ledger: chosen.ledger, date: today, words: wordsOf(data.members, cohort) });
  const byKey = new Map(data.members.map((m) => [handleKey(m.handle), m]));
  const pod = podOf(file, me, today);
  const round = roundOn(file, today);
  const mentoring = (round?.pods ?? []).filter((p) => p.mentor !== undefined && handleKey(p.mentor) === handleKey(me));
  if (!pod || !round) return { date: today, handle: me, pod: null, mentoring };
  const partners = pod.members.filter((h) => handleKey(h) !== handleKey(me)).map((h) => partnerOf(h, byKey.get(handleKey(h)), cohort, today));
  return { date: today, handle: me, pod: { period: round.period, from: round.from, to: round.to, mentor: pod.mentor ?? null, partners }, mentoring };
}

function partnerOf(handle: string, m: MemberFiles | undefined, cohort: Cohort, today: LocalDate): Partner {
  const entries = (m?.progress?.entries ?? []).filter((e) => typeof e?.date === 'string' && e.date <= today && typeof e.title === 'string');
  const last = entries.reduce<(typeof entries)[number] | undefined>((a, e) => (!a || e.date >= a.date ? e : a), undefined);
  const vacations = checkVacations((m?.card as { vacations?: unknown } | undefined)?.vacations, cohort);
  return {
    handle,
    name: m?.card?.name ?? handle,
    writtenToday: entries.some((e) => e.date === today),
    latest: last ? { date: last.date, title: last.title, url: typeof last.url === 'string' ? last.url : null } : null,
    onVacation: vacations.ok && vacationDays(vacations.value).includes(today),
  };
}

function wordsOf(members: readonly MemberFiles[], cohort: Cohort): number {
  let words = 0;
  for (const m of members) for (const e of m.progress?.entries ?? []) if (typeof e?.words === 'number' && e.date >= cohort.start && e.date <= lastDay(cohort)) words += e.words;
  return words;
}

/** Each pod of the round on the report's day (or the last round before it), with its days-everyone-wrote streak. */
export function podLines(r: Report, file: PodsFile): PodLine[] {
  const round = roundOn(file, r.date) ?? [...file.rounds].reverse().find((x) => x.to < r.date);
  if (!round) return [];
  const byKey = new Map<string, MemberReport>(r.members.map((m) => [handleKey(m.handle), m]));
  const until = r.date < round.to ? r.date : round.to;
  return round.pods.map((pod) => {
    const s = podStreak(pod, (h) => {
      const m = byKey.get(handleKey(h));
      const vacations = checkVacations(m?.vacations, r.cohort);
      return { written: (m?.days ?? []).map((n) => addDays(r.cohort.start, n - 1)), paused: vacations.ok ? vacationDays(vacations.value) : [] };
    }, round.from, until);
    return { members: pod.members, ...(pod.mentor ? { mentor: pod.mentor } : {}), ...s };
  });
}
