import { resolveSettings } from '../../domain/settings.js';
import { runInit } from '../../app/init.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { InitFlags } from './command.js';

export async function run(ctx: Context, flags: InitFlags): Promise<void> {
  const config = await runInit(flags, ctx);
  if (ctx.json) return ctx.out.json({ config: ctx.paths.configFile, ...config });
  const c = await style(ctx.color);
  const s = resolveSettings(config, {}, { timezone: ctx.zone, blogDir: ctx.paths.defaultBlog });
  ctx.out.data(`${c.green('Saved')} ${ctx.paths.configFile}`);
  ctx.out.data(`${s.name || '(no name)'}${s.handle ? ` @${s.handle}` : ''} · ${s.timezone}, day starts at ${s.dayStartsAt} · goal ${s.goal} words`);
  ctx.out.data(`Blog: ${s.blogDir} → ${s.postsDir}/${s.fileName}${s.remote ? `, pushes to ${s.remote} ${s.branch}` : ', no remote'}`);
  ctx.out.data(c.dim('Next: wotn today'));
}
