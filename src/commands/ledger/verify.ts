import { runVerify } from '../../app/verify.js';
import { WotnError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { VerifyFlags } from './command.js';

export async function run(ctx: Context, flags: VerifyFlags): Promise<void> {
  const r = await runVerify(flags, ctx);
  if (ctx.json) ctx.out.json(r);
  else if (!r.violations.length) ctx.out.data(t('verify.ok', { count: r.commits, actor: r.actor, lead: r.lead ? t('verify.lead') : '' }));
  // Each reason is the pre-receive hook's, in English (what the hook says to every pusher).
  else for (const v of r.violations) ctx.out.data(`${v.commit.slice(0, 10)} ${v.path}: ${v.reason}`);
  if (r.violations.length) throw new WotnError('failed', t('verify.failed', { count: r.violations.length, actor: r.actor }));
}
