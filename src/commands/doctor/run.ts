import { runDoctor } from '../../app/doctor.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { DoctorFlags } from './command.js';
import { t } from '../../i18n/index.js';

export async function run(ctx: Context, flags: DoctorFlags): Promise<void> {
  const r = await runDoctor(flags, ctx);
  if (ctx.json) return ctx.out.json({ ...r, checks: r.checks.map(({ said: _said, ...check }) => check) });
  const c = await style(ctx.color);
  for (const { ok, said } of r.checks) ctx.out.data(`${ok ? c.green('✓') : c.yellow('!')} ${t('doctor.check', { name: t(said.name), detail: t(said.detail, said.values) })}`);
  if (r.rebuilt) {
    ctx.out.data(t('doctor.rebuilt', { count: r.rebuilt.entries }));
    for (const s of r.rebuilt.skipped) ctx.out.info(t('warning', { warning: t('doctor.skipped', { what: s }) }));
  }
}
