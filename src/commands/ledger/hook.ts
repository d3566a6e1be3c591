import { installHook, runHook } from '../../app/ledger-hook.js';
import { WotnError } from '../../errors.js';
import { style } from '../../render/style.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { HookInstallFlags } from './command.js';

export async function install(ctx: Context, repo: string, flags: HookInstallFlags): Promise<void> {
  const r = await installHook(repo, flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const before = r.replaced === 'wotn' ? t('hook.replacedWotn') : r.replaced === 'foreign' ? t('hook.replacedForeign') : '';
  ctx.out.data(t('hook.installed', { installed: c.green(t('hook.installedWord')), hook: r.hook, before }));
  ctx.out.data(c.dim(t('hook.runs', { wotn: r.wotn, node: r.node })));
}

/** Git shows the pusher what a hook writes: one line per violation, then git's own "declined". */
export async function run(ctx: Context): Promise<void> {
  const violations = await runHook(ctx);
  if (violations.length) throw new WotnError('permission', violations.join('\n'));
}
