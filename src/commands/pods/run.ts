import { runPodsAssign } from '../../app/pods.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { PodsAssignFlags } from './command.js';

export async function assign(ctx: Context, flags: PodsAssignFlags): Promise<void> {
  const r = await runPodsAssign(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${r.changed ? c.green('Assigned') : 'Already assigned'} ${plural(r.round.pods.length, 'pod')} for ${r.round.from} to ${r.round.to} (round ${r.round.period}) in ${terminal(r.ledger)}`);
  for (const [i, p] of r.round.pods.entries()) ctx.out.data(`  Pod ${i + 1}: ${p.members.map((h) => `@${h}`).join(', ')}${p.mentor ? c.dim(` · mentor @${p.mentor}`) : ''}`);
  if (r.repeats.length) ctx.out.info(`note: ${r.repeats.map(([a, b]) => `@${a} and @${b}`).join(', ')} share a pod again: no other grouping kept every pair new`);
  if (r.unassigned.length) ctx.out.info(`note: ${r.unassigned.map((h) => `@${h}`).join(', ')} has no pod (a pod needs two members)`);
}
