import { resolve } from 'node:path';
import { parseLedgerSpec } from '../../adapters/ledger.js';
import { writeFileAtomic } from '../../adapters/files.js';
import { chosenLedger } from '../../app/ledger-choice.js';
import { loadReport, renderReport } from '../../app/report.js';
import { WotnError } from '../../errors.js';
import type { Context } from '../../context.js';
import type { ReportFlags } from './command.js';
import { t } from '../../i18n/index.js';

export async function run(ctx: Context, flags: ReportFlags): Promise<void> {
  const format = ctx.json ? 'json' : flags.format;
  const chosen = chosenLedger(flags.ledger, ctx);
  const spec = flags.notify ? parseLedgerSpec(chosen.ledger, ctx.cwd, chosen.configured) : undefined;
  if (spec && spec.kind !== 'github') throw new WotnError('usage', t('report.notifyNeedsGithub', { ledger: chosen.ledger }));
  const r = await loadReport(flags, ctx, chosen);
  if (spec?.kind === 'github') {
    const { notify } = await import('../../app/notify.js');
    for (const n of await notify(r, { owner: spec.owner, repo: spec.repo }, ctx))
      ctx.out.info(t('report.notified', { updated: n.updated ? 'yes' : 'no', issue: String(n.issue), url: n.url }));
  }
  const chunks = await renderReport(r, format, ctx.color && !flags.out, Boolean(flags.out || ctx.stdoutIsTTY), flags.out ? 80 : ctx.columns());
  if (flags.out) {
    writeFileAtomic(resolve(ctx.cwd, flags.out), chunks);
    ctx.out.info(t('report.wrote', { file: flags.out, format, count: r.members.length }));
  } else for (const chunk of chunks) ctx.out.write(chunk);
}
