import { latestPosts } from '../../app/directory.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { FeedFlags } from './command.js';

export async function run(ctx: Context, flags: FeedFlags): Promise<void> {
  const feed = await latestPosts(flags, ctx);
  if (ctx.json) return ctx.out.json(feed);
  const c = await style(ctx.color);
  if (!feed.items.length) return ctx.out.data(t('feed.none', { count: feed.days }));
  for (const i of feed.items) {
    const title = terminal(i.title);
    // A post titled with its day ("Day 5", "Ngày 5": the default) is not "Day 5 Day 5".
    const day = t('feed.day', { day: i.day });
    const head = title === day || title === `Day ${i.day}` || !title ? c.bold(day) : `${c.dim(day)} ${c.bold(title)}`;
    const hidden = 'hidden' in i ? c.dim(' · title and link hidden by a moderator') : '';
    ctx.out.data(`${head} · ${terminal(i.name)} ${c.dim(`@${i.handle}`)} · ${t('unit.words', { count: i.words })}${hidden}`);
    if (i.url) ctx.out.data(`  ${c.cyan(terminal(i.url))}`);
  }
}
