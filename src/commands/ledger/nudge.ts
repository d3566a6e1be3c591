import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { NudgeFlags } from './command.js';

export async function run(ctx: Context, flags: NudgeFlags): Promise<void> {
  const { runNudges } = await import('../../app/nudge-run.js');
  const r = await runNudges(flags, ctx);
  for (const warning of r.warnings) ctx.out.info(t('warning', { warning }));
  if (ctx.json) return ctx.out.json(r);
  if (!r.due.length) return ctx.out.data(t('ledgerNudge.noneDue'));
  const ofDue = r.sent.length < r.due.length ? t('ledgerNudge.ofDue', { due: r.due.length }) : '';
  ctx.out.data(t('ledgerNudge.sent', { count: r.sent.length, ofDue, handles: r.sent.map((s) => `@${s.handle}`).join(' ') }));
}
