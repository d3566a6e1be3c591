import { runPublish } from '../../app/publish.js';
import { celebration, humanDate, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { PublishFlags } from './command.js';

export async function run(ctx: Context, file: string | undefined, flags: PublishFlags): Promise<void> {
  const r = await runPublish({ ...flags, file }, ctx);
  for (const notice of r.notices) ctx.out.info(notice);
  for (const warning of r.warnings) ctx.out.info(t('warning', { warning }));
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const verb = c.green(t(r.edited ? 'publish.updated' : 'publish.published'));
  ctx.out.data(t('publish.done', { verb, day: r.day ?? 0, date: humanDate(r.date), title: r.title, count: r.words }));
  if (r.note) ctx.out.data(c.yellow(r.note));
  if (r.commit) ctx.out.data(t('publish.commit', { commit: r.commit, pushed: r.pushed ? 'yes' : 'no' }));
  if (r.url) ctx.out.data(t('publish.url', { url: r.url, pending: r.commit && !r.pushed ? 'yes' : 'no' }));
  if (r.checkIn?.state === 'recorded') ctx.out.data(t('publish.recorded'));
  else if (r.checkIn?.state === 'submitted') ctx.out.data(t('publish.checkedIn', { url: r.checkIn.url ?? '', hasUrl: r.checkIn.url ? 'yes' : 'no' }));
  else if (r.synced && !r.checkIn) ctx.out.data(t('publish.synced'));
  ctx.out.data(streakLine(r.streak, c));
  const cheer = celebration(r.streak, true, c);
  if (cheer) ctx.out.data(cheer);
}
