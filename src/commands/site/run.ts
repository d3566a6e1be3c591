import { join } from 'node:path';
import { buildSite } from '../../app/site.js';
import { terminal } from '../../render/escape.js';
import { humanDate } from '../../render/writer.js';
import type { Context } from '../../context.js';
import type { SiteFlags } from './command.js';
import { spoken, t } from '../../i18n/index.js';

export async function run(ctx: Context, flags: SiteFlags): Promise<void> {
  const r = await buildSite(flags, ctx);
  for (const w of r.warnings) ctx.out.info(t('warning', { warning: terminal(spoken(w)) }));
  if (ctx.json) return ctx.out.json({ out: r.out, files: r.files, bytes: r.bytes, members: r.members, date: r.date });
  ctx.out.data(t('site.wrote', { out: flags.out, files: r.files, members: r.members, date: humanDate(r.date), index: join(flags.out, 'index.html') }));
}
