import { addRole, leaveCohort, removeMember, removeRole } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { LeaveFlags, RemoveFlags, RoleFlags } from './command.js';

export async function role(ctx: Context, change: 'add' | 'remove', handle: string, roleName: string, flags: RoleFlags): Promise<void> {
  const r = await (change === 'add' ? addRole : removeRole)({ handle, role: roleName, ...flags }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const who = `@${terminal(r.handle)}`;
  if (!r.changed) return ctx.out.data(`${who} is ${r.role} already; nothing changed.`);
  ctx.out.data(change === 'add'
    ? `${c.green('Done')}: ${who} is ${r.role}${r.was ? ` (was ${terminal(r.was)})` : ''}.`
    : `${c.green('Done')}: ${who} is no longer ${r.role}.`);
  if (r.transport === 'check-ins') ctx.out.data(c.dim('The ledger\'s workflow checks the change on its next run.'));
}

export async function leave(ctx: Context, flags: LeaveFlags): Promise<void> {
  const r = await leaveCohort(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (r.outcome === 'submitted') ctx.out.data(`${c.green('Submitted')}: you leave the cohort (${terminal(r.url ?? '')}); the ledger's workflow records it.`);
  else if (r.outcome === 'unchanged') ctx.out.data(`You left this cohort at ${r.leftAt} already.`);
  else ctx.out.data(`${c.green('Left')} the cohort at ${r.leftAt}: your posts stay in the record.`);
  ctx.out.data(c.dim('Changed your mind? wotn cohort join LEDGER brings you back.'));
}

export async function remove(ctx: Context, handle: string, flags: RemoveFlags): Promise<void> {
  const r = await removeMember({ handle, ...flags }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (!r.changed) return ctx.out.data(`@${terminal(r.handle)} was removed already.`);
  ctx.out.data(`${c.green('Removed')} @${terminal(r.handle)}: kept out of pages and reports from now on (${terminal(r.reason)}).`);
}
