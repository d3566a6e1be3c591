// The join use case: write the member's directory card into the ledger and remember the
// ledger (and its rules) on this machine.
import { zonedTimestamp } from '../domain/calendar.js';
import { checkCohort, COHORT_FILE, type Cohort, type MemberCard } from '../domain/ledger.js';
import { writeConfig } from '../adapters/config.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';

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
}

/** The writer's directory card: from their settings, keeping what an earlier card said. */
export function memberCard(w: WriterState, o: JoinOptions, joinedAt: string, old: Partial<MemberCard> = {}): MemberCard {
  const blog = w.settings.urlPattern && /^https?:\/\//.test(w.settings.urlPattern) ? new URL(w.settings.urlPattern).origin : old.blog;
  return {
    schema: 1,
    handle: w.settings.handle!,
    name: w.settings.name,
    ...(blog ? { blog } : {}),
    ...(o.intro ?? old.intro ? { intro: o.intro ?? old.intro } : {}),
    timezone: w.settings.timezone,
    dayStartsAt: w.settings.dayStartsAt,
    joinedAt: old.joinedAt ?? joinedAt,
    ...(o.hideStreak ?? old.hideStreak ? { hideStreak: true } : {}),
    ...(o.nudge ?? old.nudge ? { nudge: true } : {}),
  };
}

export async function runJoin(ledger: string, o: JoinOptions, ctx: Context): Promise<JoinResult> {
  const w = loadWriter(ctx);
  const handle = w.settings.handle;
  if (!handle) throw new WotnError('usage', 'your handle is not set', 'Run wotn init --handle YOUR_GITHUB_LOGIN first.');
  if (!w.settings.name) throw new WotnError('usage', 'your name is not set', 'Run wotn init --name "Your Name" first.');
  const store = await ctx.ledger(ledger);
  const joinedAt = zonedTimestamp(w.now, w.settings.timezone, ctx.offset);
  let card: MemberCard | undefined;
  let cohort: Cohort | undefined;
  const result = await store.updateOwn(handle, (current) => {
    const rules = checkCohort(current.cohort);
    if (!rules.ok) throw new WotnError('usage', `${ledger}: ${COHORT_FILE} ${rules.problem}`);
    cohort = rules.value;
    card = memberCard(w, o, joinedAt, (current.card ?? {}) as Partial<MemberCard>);
    return { card };
  }, `${handle} joins`);
  await store.rememberRules(cohort!);
  if (w.config.cohort?.ledger !== store.canonical) await writeConfig(ctx.paths, { ...w.config, cohort: { ...w.config.cohort, ledger: store.canonical } });
  return { ledger: store.canonical, cohort: { id: cohort!.id, name: cohort!.name, start: cohort!.start, days: cohort!.days }, card: card!, changed: result.changed };
}
