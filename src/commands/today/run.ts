import { runToday } from '../../app/today.js';
import { phaseLine, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { displayPath } from '../../render/text.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { TodayFlags } from './command.js';

export async function run(ctx: Context, flags: TodayFlags): Promise<void> {
  const r = await runToday(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const where = displayPath(r.path, ctx.cwd);
  ctx.out.data(`${phaseLine(r, c)} · ${streakLine(r.streak, c)}`);
  if (r.created) ctx.out.data(t('today.created', { created: c.green(t('today.createdWord')), path: where }));
  else ctx.out.data(t('today.existing', { published: r.published ? 'yes' : 'no', path: where }));
  if (r.noEditor) ctx.out.info(t('today.noEditor'));
  if (r.keptTitle) ctx.out.info(t('today.keptTitle', { title: r.title }));
  ctx.out.data(t('today.prompt', { prompt: c.italic(r.prompt) }));
  ctx.out.data(t('today.words', { draft: r.words.draft, goal: r.words.goal, target: r.words.target ?? 0, today: r.words.today }));
  if (!r.published) ctx.out.data(c.dim(t('today.whenReady')));
}
