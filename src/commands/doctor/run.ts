import { runDoctor } from '../../app/doctor.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { DoctorFlags } from './command.js';

export async function run(ctx: Context, flags: DoctorFlags): Promise<void> {
  const r = await runDoctor(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  for (const check of r.checks) ctx.out.data(`${check.ok ? c.green('✓') : c.yellow('!')} ${check.name}: ${check.detail}`);
  if (r.rebuilt) {
    ctx.out.data(`Rebuilt the journal: ${r.rebuilt.entries} entries from your posts.`);
    for (const s of r.rebuilt.skipped) ctx.out.info(`warning: skipped ${s}`);
  }
}
