import { listRoles } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { RolesFlags } from './command.js';

export async function run(ctx: Context, flags: RolesFlags): Promise<void> {
  const r = await listRoles(flags, ctx);
  for (const w of r.warnings) ctx.out.info(`warning: ${terminal(w)}`);
  if (ctx.json) return ctx.out.json({ cohort: r.cohort, roles: r.roles });
  const c = await style(ctx.color);
  ctx.out.data(c.bold(`${terminal(r.cohort.name)}: roles`));
  if (!r.roles.length) return ctx.out.data('No one holds a role.');
  for (const x of r.roles) {
    ctx.out.data(`${c.cyan(terminal(x.role))} ${x.name ? `${terminal(x.name)} ` : ''}${c.dim(`@${terminal(x.handle)}`)}`);
    ctx.out.data(`  ${c.dim(x.powers.length ? `may: ${x.powers.join(', ')}` : 'no powers this wotn knows')}`);
  }
}
