import { runVerify } from '../../app/verify.js';
import { WotnError } from '../../errors.js';
import { english, translator } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { VerifyFlags } from './command.js';

// The ledger's workflow runs verify on every push, and its log is read by the cohort (the
// member whose push it judged, the leads): every line is in the cohort's language, as the
// pre-receive hook's are, whatever the runner's locale. --json is English.
export async function run(ctx: Context, flags: VerifyFlags): Promise<void> {
  const { result: r, lang, said, foreign } = await runVerify(flags, ctx);
  const tr = ctx.json ? english : await translator(lang);
  if (ctx.json) ctx.out.json(r);
  else if (!r.violations.length) ctx.out.data(tr.t('verify.ok', { count: r.commits, actor: r.actor, lead: r.lead ? tr.t('verify.lead') : '' }));
  else for (const [i, v] of r.violations.entries()) ctx.out.data(`${v.commit.slice(0, 10)} ${v.path}: ${tr.say(said[i]!)}`);
  // Files the pusher does not own, or (pods.json) a file whose content breaks the rules.
  if (foreign < r.violations.length) throw new WotnError('failed', tr.t('verify.failedRules', { count: r.violations.length }));
  if (r.violations.length) throw new WotnError('failed', tr.t('verify.failed', { count: r.violations.length, actor: r.actor }));
}
