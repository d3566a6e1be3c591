// The join use case: write the member's directory card into the ledger and remember the
// ledger (and its rules) on this machine.
import { zonedTimestamp } from '../domain/calendar.js';
import { checkCohort, COHORT_FILE, type Cohort, type MemberCard } from '../domain/ledger.js';
import { cardFields } from '../domain/submit-plan.js';
import { writeConfig } from '../adapters/config.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';
import { submitCheckIns, type CheckInSummary } from './sync.js';
import { spoken, t } from '../i18n/index.js';

export interface JoinOptions {
  intro?: string;
  hideStreak?: boolean;
  nudge?: boolean;
}

export interface JoinResult {
  ledger: string;
  cohort: { id: string; name: string; start: string; days: number };
  card: MemberCard;
  changed: boolean;
  /** On a github: ledger: the card is a check-in comment until the ledger's workflow records it. */
  checkIns?: CheckInSummary;
}

/** The writer's directory card: from their settings, keeping what an earlier card said. */
export function memberCard(w: WriterState, o: JoinOptions, joinedAt: string, old: Partial<MemberCard> = {}): MemberCard {
  const { hideStreak, nudge, vacations, ...fields } = cardFields(w.settings, o, old);
  return { schema: 1, handle: w.settings.handle!, ...fields, joinedAt: old.joinedAt ?? joinedAt, ...(hideStreak ? { hideStreak } : {}), ...(nudge ? { nudge } : {}), ...(vacations ? { vacations } : {}) };
}

export async function runJoin(ledger: string, o: JoinOptions, ctx: Context): Promise<JoinResult> {
  const w = loadWriter(ctx);
  const handle = w.settings.handle;
  if (!handle) throw new WotnError('usage', t('error.noHandle'), t('error.noHandleHint'));
  if (!w.settings.name) throw new WotnError('usage', t('error.noName'), t('error.noNameHint'));
  const store = await ctx.ledger(ledger);
  const joinedAt = zonedTimestamp(w.now, w.settings.timezone, ctx.offset);
  let card: MemberCard | undefined;
  let cohort: Cohort | undefined;
  const cardOf = (old: Partial<MemberCard>) => memberCard(w, o, joinedAt, old);
  let changed: boolean;
  let checkIns: CheckInSummary | undefined;
  if (store.kind === 'check-ins') {
    const r = await submitCheckIns(ctx, w, store, handle, (old, rules) => {
      cohort = rules;
      card = { ...cardOf(old ?? {}), handle: handle.toLowerCase() };
      return { kind: 'join', ...cardFields(w.settings, o, old) };
    });
    changed = r.changed;
    checkIns = r.checkIns;
  } else {
    const result = await store.updateOwn(handle, (current) => {
      const rules = checkCohort(current.cohort);
      if (!rules.ok) throw new WotnError('usage', t('problem.rulesFile', { ledger, file: COHORT_FILE, problem: spoken(rules.said) }));
      cohort = rules.value;
      card = cardOf((current.card ?? {}) as Partial<MemberCard>);
      return { card };
    }, `${handle} joins`);
    await store.rememberRules(cohort!);
    changed = result.changed;
  }
  if (w.config.cohort?.ledger !== store.canonical) await writeConfig(ctx.paths, { ...w.config, cohort: { ...w.config.cohort, ledger: store.canonical } });
  return {
    ledger: store.canonical, cohort: { id: cohort!.id, name: cohort!.name, start: cohort!.start, days: cohort!.days }, card: card!, changed,
    ...(checkIns ? { checkIns } : {}),
  };
}
