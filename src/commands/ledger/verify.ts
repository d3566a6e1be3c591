import { runVerify } from '../../app/verify.js';
import { WotnError } from '../../errors.js';
import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { VerifyFlags } from './command.js';

export async function run(ctx: Context, flags: VerifyFlags): Promise<void> {
  const r = await runVerify(flags, ctx);
  if (ctx.json) ctx.out.json(r);
  else if (!r.violations.length) ctx.out.data(`OK: ${plural(r.commits, 'commit')} by ${r.actor}${r.lead ? ' (lead)' : ''} change only what they may.`);
  else for (const v of r.violations) ctx.out.data(`${v.commit.slice(0, 10)} ${v.path}: ${v.reason}`);
  if (r.violations.length) throw new WotnError('failed', `${plural(r.violations.length, 'change')} in this push ${r.violations.length === 1 ? 'touches' : 'touch'} files ${r.actor} does not own`);
}
