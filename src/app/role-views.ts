// What a role sees: a mentor the pods they mentor (`wotn partners --mentor`), student-success
// who is at risk today (`wotn members --at-risk`); a lead sees both. Each member's line is the
// report's (removed members left out, a hidden post's title and link gone, a hidden streak
// hidden), so these views never say more than the cohort's report does.
import { localDay, type LocalDate } from '../domain/calendar.js';
import { roleOf, type Role } from '../domain/ledger.js';
import type { MemberReport } from '../domain/report.js';
import { roundOn, type PodRound } from '../domain/pods-file.js';
import { may, type Power } from '../domain/roles.js';
import { handleKey } from '../domain/shape.js';
import { readReport } from '../adapters/report-reader.js';
import type { LedgerRead } from '../adapters/ledger-files.js';
import { readConfigOrEmpty } from '../adapters/config.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { chosenLedger } from './ledger-choice.js';
import { readPods } from './pods.js';
import { t, type MessageKey } from '../i18n/index.js';

export interface WatchedMember {
  handle: string;
  name: string;
  writtenToday: boolean;
  onVacation: boolean;
  /** null: the member hides their streak. */
  streak: number | null;
  daysWritten: number;
  lastPost: { date: LocalDate; title: string; url: string | null } | null;
  atRisk: boolean;
  /** They asked to be @mentioned when at risk (wotn cohort join --nudge). */
  nudge: boolean;
}

export interface MenteesResult {
  ledger: string;
  date: LocalDate;
  handle: string;
  role: Role | 'member';
  /** The pods of today's round the viewer mentors (a lead: every pod). */
  pods: (Pick<PodRound, 'period' | 'from' | 'to'> & { mentor: string | null; members: WatchedMember[] })[];
}

export interface AtRiskResult {
  ledger: string;
  date: LocalDate;
  handle: string;
  role: Role | 'member';
  members: WatchedMember[];
}

const REFUSALS: Partial<Record<Power, MessageKey>> = {
  'see-mentees': 'problem.seeMentees',
  'see-at-risk': 'problem.seeAtRisk',
};

/** Today's report of the ledger, read only for a viewer whose role holds `power`. */
async function viewerReport(o: { ledger?: string }, ctx: Context, power: Power) {
  const me = readConfigOrEmpty(ctx.paths).profile.handle;
  if (!me) throw new WotnError('usage', t('problem.handleUnsetRole'), t('problem.handleHint'));
  const chosen = chosenLedger(o.ledger, ctx);
  const store = await ctx.ledger(chosen.ledger, chosen.configured);
  const { source, stale } = await store.open();
  if (stale) ctx.out.info(t('warning', { warning: t('ledger.stale', { problem: stale }) }));
  let read: LedgerRead | undefined;
  const report = await readReport(source, (cohort) => localDay(ctx.now(), cohort.timezone), ctx.now(), (r) => (read = r));
  const role = roleOf(read!.cohort, me);
  if (!may(role, power)) throw new WotnError('permission', t('problem.roleRefused', { handle: me, role: role ?? t('problem.aMember'), ledger: store.label, refusal: t(REFUSALS[power]!) }), t('problem.roleRefusedHint'));
  return { me, role: role ?? 'member', report, read: read!, store, source };
}

function watched(m: MemberReport, date: LocalDate): WatchedMember {
  return {
    handle: m.handle,
    name: m.name,
    writtenToday: m.writtenToday,
    onVacation: (m.vacations ?? []).some((v) => v.from <= date && date <= v.to),
    streak: m.hideStreak ? null : m.streak.current,
    daysWritten: m.daysWritten,
    lastPost: m.lastPost && m.lastDate ? { date: m.lastDate, ...m.lastPost } : null,
    atRisk: m.atRisk,
    nudge: m.nudge,
  };
}

export async function runMentees(o: { ledger?: string }, ctx: Context): Promise<MenteesResult> {
  const v = await viewerReport(o, ctx, 'see-mentees');
  const { date } = v.report;
  const file = await readPods(v.store, v.source, v.read.cohort, v.read.extras);
  const round = roundOn(file, date);
  const lines = new Map(v.report.members.map((m) => [handleKey(m.handle), m]));
  const mine = (round?.pods ?? []).filter((p) => v.role === 'lead' || (p.mentor !== undefined && handleKey(p.mentor) === handleKey(v.me)));
  const pods = mine.map((p) => ({
    period: round!.period, from: round!.from, to: round!.to, mentor: p.mentor ?? null,
    // A member a lead removed since the round was assigned is no one to look after.
    members: p.members.flatMap((h) => { const m = lines.get(handleKey(h)); return m && m.standing === 'active' ? [watched(m, date)] : []; }),
  }));
  return { ledger: v.store.label, date, handle: v.me, role: v.role, pods };
}

export async function runAtRisk(o: { ledger?: string }, ctx: Context): Promise<AtRiskResult> {
  const v = await viewerReport(o, ctx, 'see-at-risk');
  const { date } = v.report;
  const members = v.report.members.filter((m) => m.standing === 'active' && m.atRisk).map((m) => watched(m, date)).filter((m) => !m.onVacation);
  return { ledger: v.store.label, date, handle: v.me, role: v.role, members };
}
