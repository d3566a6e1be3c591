import { listRoles } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { spoken, t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { RolesFlags } from './command.js';

export async function run(ctx: Context, flags: RolesFlags): Promise<void> {
  const r = await listRoles(flags, ctx);
  for (const w of r.warnings) ctx.out.info(t('warning', { warning: terminal(spoken(w)) }));
  if (ctx.json) return ctx.out.json({ cohort: r.cohort, roles: r.roles });
  const c = await style(ctx.color);
  ctx.out.data(c.bold(t('roles.head', { name: terminal(r.cohort.name) })));
  if (!r.roles.length) return ctx.out.data(t('roles.none'));
  for (const x of r.roles) {
    // Roles and powers are the names the ledger and --json use, in every language.
    ctx.out.data(`${c.cyan(terminal(x.role))} ${x.name ? `${terminal(x.name)} ` : ''}${c.dim(`@${terminal(x.handle)}`)}`);
    ctx.out.data(`  ${c.dim(x.powers.length ? t('roles.may', { powers: x.powers.join(', ') }) : t('roles.noPowers'))}`);
  }
}
