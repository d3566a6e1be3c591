import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { IngestFlags } from './command.js';

export async function run(ctx: Context, flags: IngestFlags): Promise<void> {
  const { runIngest } = await import('../../app/ingest.js');
  const r = await runIngest(flags, ctx);
  for (const warning of r.warnings) ctx.out.info(`warning: ${warning}`);
  if (ctx.json) return ctx.out.json(r);
  const lines = [`${plural(r.comments, 'comment')} since the last run: ${r.recorded} recorded, ${r.unchanged} unchanged, ${r.refused} refused.`];
  if (r.commit) lines.push(`Commit ${r.commit} pushed (${plural(r.files.length, 'member file')}${r.attempts > 1 ? `, after ${plural(r.attempts - 1, 'retry', 'retries')}` : ''}).`);
  else lines.push('Nothing to commit.');
  if (r.replied) lines.push(`Replied to ${plural(r.replied, 'refused check-in')}.`);
  if (r.issues.opened.length) lines.push(`Opened check-in issues ${r.issues.opened.map((n) => `#${n}`).join(' ')}.`);
  if (r.issues.labelled.length) lines.push(`Labelled issues members opened: ${r.issues.labelled.map((n) => `#${n}`).join(' ')}.`);
  ctx.out.data(lines.join('\n'));
}
