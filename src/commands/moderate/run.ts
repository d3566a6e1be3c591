import { takeAction, type ActionInput, type ActionResult } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { humanDate } from '../../render/writer.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { HideFlags, NudgeFlags, PinFlags, RemoveKudosFlags } from './command.js';

async function act(ctx: Context, input: ActionInput, ledger: string | undefined): Promise<void> {
  const r = await takeAction(input, { ledger }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green(done(r))}: ${said(r)}`);
}

function done(r: ActionResult): string {
  if (r.outcome === 'unchanged') return t('moderate.done.unchanged');
  return t(r.outcome === 'submitted' ? 'moderate.done.submitted' : 'moderate.done.recorded');
}

function said(r: ActionResult): string {
  const a = r.action;
  const where = r.outcome === 'submitted' ? t('moderate.where', { url: terminal(r.url ?? '') }) : '';
  if (a.kind === 'hide-entry') return t('moderate.hidden', { member: terminal(a.member), date: humanDate(a.date), reason: terminal(a.reason), where });
  if (a.kind === 'remove-feedback') return t('moderate.removed', { giver: terminal(a.giver), to: terminal(a.to), date: humanDate(a.date), reason: terminal(a.reason), where });
  if (a.kind === 'pin') return t('moderate.pinned', { member: terminal(a.member), date: humanDate(a.date), where });
  return t('moderate.nudged', { member: terminal(a.member), date: humanDate(a.date), note: a.note ? `: ${terminal(a.note)}` : '', where });
}

export const hide = (ctx: Context, member: string, f: HideFlags) => act(ctx, { kind: 'hide-entry', member, day: f.day, reason: f.reason }, f.ledger);
export const removeKudos = (ctx: Context, giver: string, f: RemoveKudosFlags) => act(ctx, { kind: 'remove-feedback', giver, to: f.to, day: f.day, reason: f.reason }, f.ledger);
export const pin = (ctx: Context, member: string, f: PinFlags) => act(ctx, { kind: 'pin', member, ...(f.day !== undefined ? { day: f.day } : {}) }, f.ledger);
export const nudge = (ctx: Context, member: string, f: NudgeFlags) => act(ctx, { kind: 'nudge', member, ...(f.note !== undefined ? { note: f.note } : {}) }, f.ledger);
