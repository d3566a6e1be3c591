import { runPublish } from '../../app/publish.js';
import { celebration, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { PublishFlags } from './command.js';

export async function run(ctx: Context, file: string | undefined, flags: PublishFlags): Promise<void> {
  const r = await runPublish({ ...flags, file }, ctx);
  for (const notice of r.notices) ctx.out.info(notice);
  for (const warning of r.warnings) ctx.out.info(`warning: ${warning}`);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const head = r.day ? `day ${r.day}` : r.date;
  ctx.out.data(`${c.green(r.edited ? 'Updated' : 'Published')} ${head}: ${r.title} (${plural(r.words, 'word')})`);
  if (r.note) ctx.out.data(c.yellow(r.note));
  if (r.commit) ctx.out.data(`Commit ${r.commit}${r.pushed ? ', pushed' : ''}`);
  if (r.url) ctx.out.data(`URL ${r.url}${r.commit && !r.pushed ? ' (live once the commit is pushed)' : ''}`);
  if (r.checkIn?.state === 'recorded') ctx.out.data('Recorded in the cohort ledger.');
  else if (r.checkIn?.state === 'submitted') ctx.out.data(`Checked in${r.checkIn.url ? `: ${r.checkIn.url}` : ''}. The ledger's workflow records it within minutes; wotn status shows when.`);
  else if (r.synced && !r.checkIn) ctx.out.data('Synced to the cohort ledger.');
  ctx.out.data(streakLine(r.streak, c));
  const cheer = celebration(r.streak, true, c);
  if (cheer) ctx.out.data(cheer);
}
