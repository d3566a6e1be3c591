import { takeAction, type ActionInput, type ActionResult } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { HideFlags, NudgeFlags, PinFlags, RemoveKudosFlags } from './command.js';

async function act(ctx: Context, input: ActionInput, ledger: string | undefined): Promise<void> {
  const r = await takeAction(input, { ledger }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green(done(r))}: ${said(r)}`);
}

function done(r: ActionResult): string {
  if (r.outcome === 'unchanged') return 'Already done';
  return r.outcome === 'submitted' ? 'Submitted' : 'Recorded';
}

function said(r: ActionResult): string {
  const a = r.action;
  const where = r.outcome === 'submitted' ? ` (${terminal(r.url ?? '')}; the ledger's workflow records it)` : '';
  if (a.kind === 'hide-entry') return `${terminal(a.member)}'s post of ${a.date} is hidden from the pages: ${terminal(a.reason)}${where}`;
  if (a.kind === 'remove-feedback') return `${terminal(a.giver)}'s kudos for ${terminal(a.to)}'s post of ${a.date} is removed: ${terminal(a.reason)}${where}`;
  if (a.kind === 'pin') return `${terminal(a.member)}'s post of ${a.date} is the post of the day${where}`;
  return `${terminal(a.member)} is nudged for ${a.date}${a.note ? `: ${terminal(a.note)}` : ''}${where}`;
}

export const hide = (ctx: Context, member: string, f: HideFlags) => act(ctx, { kind: 'hide-entry', member, day: f.day, reason: f.reason }, f.ledger);
export const removeKudos = (ctx: Context, giver: string, f: RemoveKudosFlags) => act(ctx, { kind: 'remove-feedback', giver, to: f.to, day: f.day, reason: f.reason }, f.ledger);
export const pin = (ctx: Context, member: string, f: PinFlags) => act(ctx, { kind: 'pin', member, ...(f.day !== undefined ? { day: f.day } : {}) }, f.ledger);
export const nudge = (ctx: Context, member: string, f: NudgeFlags) => act(ctx, { kind: 'nudge', member, ...(f.note !== undefined ? { note: f.note } : {}) }, f.ledger);
