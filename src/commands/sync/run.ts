import { runSync } from '../../app/sync.js';
import { WotnError } from '../../errors.js';
import { style } from '../../render/style.js';
import { plural } from '../../render/text.js';
import { checkInLines, checkInWarnings } from '../../render/check-ins.js';
import type { Context } from '../../context.js';

export async function run(ctx: Context): Promise<void> {
  const r = await runSync(ctx);
  for (const warning of r.ledger?.checkIns ? checkInWarnings(r.ledger.checkIns) : []) ctx.out.info(`warning: ${warning}`);
  if (ctx.json) ctx.out.json(r);
  else {
    const c = await style(ctx.color);
    if (r.blog.pushed) ctx.out.data(`${c.green('Pushed')} ${plural(r.blog.pending, 'waiting blog commit')}.`);
    else if (!r.blog.error) ctx.out.data('Blog: nothing waiting to push.');
    if (r.ledger?.checkIns) ctx.out.data(checkInLines(r.ledger.checkIns, r.ledger.ledger, c).join('\n'));
    else if (r.ledger && !r.ledger.error)
      ctx.out.data(r.ledger.changed ? `${c.green('Synced')} ${r.ledger.entries} days to the ledger (commit ${r.ledger.commit}).` : 'Ledger: already up to date.');
    if (!r.ledger) ctx.out.data(c.dim('No cohort ledger set: join one with wotn cohort join LEDGER.'));
  }
  const failures = [r.blog.error && `could not push your blog: ${r.blog.error}`, r.ledger?.error && `could not sync the ledger: ${r.ledger.error}`].filter(Boolean);
  if (failures.length) throw new WotnError('network', failures.join('; '), 'Your entries are safe and stay queued; run wotn sync again when the remote is reachable.');
}
