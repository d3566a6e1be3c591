import { runVerify } from '../../app/verify.js';
import { WotnError } from '../../errors.js';
import { t, translator, type MessageKey } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { VerifyFlags } from './command.js';

export async function run(ctx: Context, flags: VerifyFlags): Promise<void> {
  const { result: r, lang, said } = await runVerify(flags, ctx);
  if (ctx.json) ctx.out.json(r);
  else if (!r.violations.length) ctx.out.data(t('verify.ok', { count: r.commits, actor: r.actor, lead: r.lead ? t('verify.lead') : '' }));
  else {
    // Each reason is the pre-receive hook's, in the cohort's language where it is said (the ownership rules), else English.
    const tr = await translator(lang);
    for (const [i, v] of r.violations.entries()) {
      const s = said[i];
      ctx.out.data(`${v.commit.slice(0, 10)} ${v.path}: ${s ? tr.t(s.key as MessageKey, s.values) : v.reason}`);
    }
  }
  if (r.violations.length) throw new WotnError('failed', t('verify.failed', { count: r.violations.length, actor: r.actor }));
}
