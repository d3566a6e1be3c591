import { addRole, leaveCohort, removeMember, removeRole } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { t } from '../../i18n/index.js';
import { humanDate } from '../../render/writer.js';
import type { Context } from '../../context.js';
import type { LeaveFlags, RemoveFlags, RoleFlags } from './command.js';

export async function role(ctx: Context, change: 'add' | 'remove', handle: string, roleName: string, flags: RoleFlags): Promise<void> {
  const r = await (change === 'add' ? addRole : removeRole)({ handle, role: roleName, ...flags }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const who = `@${terminal(r.handle)}`;
  if (!r.changed) return ctx.out.data(t('role.already', { who, role: r.role }));
  const done = c.green(t('role.done'));
  ctx.out.data(change === 'add'
    ? t('role.added', { done, who, role: r.role, was: r.was ? t('role.was', { was: terminal(r.was) }) : '' })
    : t('role.removed', { done, who, role: r.role }));
  if (r.transport === 'check-ins') ctx.out.data(c.dim(t('role.checkIns')));
}

export async function leave(ctx: Context, flags: LeaveFlags): Promise<void> {
  const r = await leaveCohort(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (r.outcome === 'submitted') ctx.out.data(t('leave.submitted', { submitted: c.green(t('moderate.done.submitted')), url: terminal(r.url ?? '') }));
  else {
    // leftAt is an instant written in the writer's zone: its date is the day they left (--json keeps the instant).
    const date = humanDate((r.leftAt ?? '').slice(0, 10));
    ctx.out.data(r.outcome === 'unchanged' ? t('leave.unchanged', { date }) : t('leave.recorded', { left: c.green(t('leave.left')), date }));
  }
  ctx.out.data(c.dim(t('leave.back')));
}

export async function remove(ctx: Context, handle: string, flags: RemoveFlags): Promise<void> {
  const r = await removeMember({ handle, ...flags }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (!r.changed) return ctx.out.data(t('remove.already', { handle: terminal(r.handle) }));
  ctx.out.data(t('remove.done', { removed: c.green(t('remove.word')), handle: terminal(r.handle), reason: terminal(r.reason) }));
}
