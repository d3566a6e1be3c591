import { join } from 'node:path';
import { buildSite } from '../../app/site.js';
import { terminal } from '../../render/escape.js';
import type { Context } from '../../context.js';
import type { SiteFlags } from './command.js';

export async function run(ctx: Context, flags: SiteFlags): Promise<void> {
  const r = await buildSite(flags, ctx);
  for (const w of r.warnings) ctx.out.info(`warning: ${terminal(w)}`);
  if (ctx.json) return ctx.out.json({ out: r.out, files: r.files, bytes: r.bytes, members: r.members, date: r.date });
  ctx.out.data(`Wrote the site to ${flags.out}: ${r.files} files, ${r.members} members, ${r.date}. Open ${join(flags.out, 'index.html')}.`);
}
