import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { IngestFlags } from './command.js';

export async function run(ctx: Context, flags: IngestFlags): Promise<void> {
  const { runIngest } = await import('../../app/ingest.js');
  const r = await runIngest(flags, ctx);
  for (const warning of r.warnings) ctx.out.info(t('warning', { warning }));
  if (ctx.json) return ctx.out.json(r);
  const lines = [t('ingest.summary', { count: r.comments, recorded: r.recorded, unchanged: r.unchanged, refused: r.refused })];
  if (r.commit) lines.push(t('ingest.committed', { commit: r.commit, files: r.files.length, retries: r.attempts > 1 ? t('ingest.retries', { count: r.attempts - 1 }) : '' }));
  else lines.push(t('ingest.nothing'));
  if (r.replied) lines.push(t('ingest.replied', { count: r.replied }));
  if (r.issues.opened.length) lines.push(t('ingest.opened', { issues: r.issues.opened.map((n) => `#${n}`).join(' ') }));
  if (r.issues.labelled.length) lines.push(t('ingest.labelled', { issues: r.issues.labelled.map((n) => `#${n}`).join(' ') }));
  ctx.out.data(lines.join('\n'));
}
