import { installHook, runHook } from '../../app/ledger-hook.js';
import { WotnError } from '../../errors.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { HookInstallFlags } from './command.js';

export async function install(ctx: Context, repo: string, flags: HookInstallFlags): Promise<void> {
  const r = await installHook(repo, flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const before = r.replaced === 'wotn' ? ' (replacing the hook an earlier wotn wrote)' : r.replaced === 'foreign' ? ' (replacing the hook that was there)' : '';
  ctx.out.data(`${c.green('Installed')} the pre-receive hook ${r.hook}${before}: every push to this ledger is checked before git accepts it.`);
  ctx.out.data(c.dim(`It runs ${r.wotn} with ${r.node}; after moving either, run wotn ledger hook install again.`));
}

/** Git shows the pusher what a hook writes: one line per violation, then git's own "declined". */
export async function run(ctx: Context): Promise<void> {
  const violations = await runHook(ctx);
  if (violations.length) throw new WotnError('permission', violations.join('\n'));
}
