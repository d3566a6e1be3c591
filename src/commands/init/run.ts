import { resolveSettings } from '../../domain/settings.js';
import { runInit } from '../../app/init.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import { t } from '../../i18n/index.js';
import type { InitFlags } from './command.js';

export async function run(ctx: Context, flags: InitFlags): Promise<void> {
  const config = await runInit(flags, ctx);
  if (ctx.json) return ctx.out.json({ config: ctx.paths.configFile, ...config });
  const c = await style(ctx.color);
  const s = resolveSettings(config, {}, { timezone: ctx.zone, blogDir: ctx.paths.defaultBlog });
  ctx.out.data(t('init.saved', { saved: c.green(t('init.savedWord')), file: ctx.paths.configFile }));
  ctx.out.data(t('init.profile', { name: s.name || t('init.noName'), handle: s.handle ?? '', hasHandle: s.handle ? 'yes' : 'no', timezone: s.timezone, dayStartsAt: s.dayStartsAt, goal: s.goal }));
  ctx.out.data(t('init.blog', { dir: s.blogDir, posts: `${s.postsDir}/${s.fileName}`, remote: s.remote ?? '', hasRemote: s.remote ? 'yes' : 'no', branch: s.branch }));
  ctx.out.data(c.dim(t('init.next')));
}
