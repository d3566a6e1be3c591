// `wotn vacation`: a member plans days away. No nudge reaches them and their streak waits
// (streak-policy.ts). Vacations are planned, not backdated: a day before the member's today
// can be neither added nor taken back (nudge.ts), here and where the ledger is written (the
// hook, ingest). Kept in the config (solo writers, the daily loop offline) and, in a cohort,
// on the member's card: plain git writes it, on GitHub the card's check-in carries it.
import { addDays, type LocalDate } from '../domain/calendar.js';
import { checkCard, type MemberCard } from '../domain/ledger.js';
import { vacationChangeRefusal, vacationDays, vacationsChecked, type Vacation } from '../domain/nudge.js';
import { cardFields } from '../domain/submit-plan.js';
import { writeConfig } from '../adapters/config.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { communityOf, loadWriter, type WriterState } from './writer-state.js';
import { submitCheckIns } from './sync.js';
import { spoken, t } from '../i18n/index.js';

export interface VacationOptions {
  from?: string;
  to?: string;
  /** Cancel what is still ahead: days from today on are taken off; past days stay. */
  cancel?: boolean;
}

export interface VacationResult {
  today: LocalDate;
  vacations: Vacation[];
  /** Vacation days from today on. */
  ahead: number;
  changed: boolean;
  /** Where it was written: this machine only, or the cohort's ledger too (on GitHub: submitted). */
  ledger: 'none' | 'written' | 'submitted' | 'unchanged';
}

/** The vacations after the change asked for (or as they are, for a listing). */
export function plannedVacations(before: readonly Vacation[], o: VacationOptions, today: LocalDate): Vacation[] {
  if (o.cancel) {
    return before.flatMap((v) => (v.from >= today ? [] : v.to >= today ? [{ from: v.from, to: addDays(today, -1) }] : [v]));
  }
  if (o.from === undefined && o.to === undefined) return [...before];
  if (o.from === undefined || o.to === undefined) throw new WotnError('usage', t('problem.vacationBothDates', { flag: o.from === undefined ? '--from' : '--to' }));
  return [...before, { from: o.from as LocalDate, to: o.to as LocalDate }];
}

function check(w: WriterState, before: readonly Vacation[], after: readonly Vacation[]): Vacation[] {
  const window = { start: w.start, days: w.settings.days };
  const checked = vacationsChecked(after, window, communityOf(w.cohort)?.maxVacationDays);
  if (!checked.ok) throw new WotnError('usage', spoken(checked.said));
  const problem = vacationChangeRefusal(before, checked.value, w.today);
  if (problem) throw new WotnError('usage', spoken(problem));
  return checked.value;
}

export async function runVacation(o: VacationOptions, ctx: Context): Promise<VacationResult> {
  if (o.cancel && (o.from !== undefined || o.to !== undefined)) throw new WotnError('usage', t('problem.vacationCancelDates'));
  for (const [flag, value] of [['--from', o.from], ['--to', o.to]] as const)
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new WotnError('usage', t('error.notADate', { flag, value }));
  const w = loadWriter(ctx);
  const before = w.settings.vacations as Vacation[];
  const listing = !o.cancel && o.from === undefined && o.to === undefined;
  const after = listing ? before : check(w, before, plannedVacations(before, o, w.today));
  const changed = JSON.stringify(after) !== JSON.stringify(before);
  let ledger: VacationResult['ledger'] = 'none';
  if (!listing && w.settings.ledger) ledger = await writeCard(ctx, w, after);
  if (changed) await writeConfig(ctx.paths, { ...w.config, challenge: { ...w.config.challenge, vacations: after } });
  return { today: w.today, vacations: after, ahead: vacationDays(after).filter((d) => d >= w.today).length, changed, ledger };
}

/** The card in the ledger gets the same vacations (the server judges the change by its own clock). */
async function writeCard(ctx: Context, w: WriterState, vacations: Vacation[]): Promise<VacationResult['ledger']> {
  const handle = w.settings.handle;
  if (!handle) throw new WotnError('usage', t('problem.handleUnsetCard'), t('problem.handleHint'));
  const store = await ctx.ledger(w.settings.ledger!, true);
  const withVacations = (card: Partial<MemberCard>): Partial<MemberCard> => {
    const { vacations: _old, ...rest } = card;
    return { ...rest, ...(vacations.length ? { vacations } : {}) };
  };
  if (store.kind === 'check-ins') {
    const r = await submitCheckIns(ctx, w, store, handle, (old) => ({ kind: 'join', ...cardFields(w.settings, {}, withVacations(old ?? {})) }));
    return r.checkIns?.card === 'recorded' ? 'unchanged' : 'submitted';
  }
  const result = await store.updateOwn(handle, (current) => {
    if (current.card === undefined) throw new WotnError('usage', t('problem.noCardYet', { ledger: store.label }));
    const card = checkCard(current.card, handle);
    if (!card.ok) throw new WotnError('corrupt', t('problem.ledgerFile', { file: `members/${handle}.json`, problem: spoken(card.said) }));
    return { card: withVacations(card.value) };
  }, `${handle}: vacations`);
  return result.changed ? 'written' : 'unchanged';
}
