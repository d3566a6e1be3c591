import { giveKudos } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { KudosFlags } from './command.js';

const SAID = { recorded: 'kudos.recorded', updated: 'kudos.updated', unchanged: 'kudos.unchanged', submitted: 'kudos.submitted' } as const;

export async function run(ctx: Context, handle: string, flags: KudosFlags): Promise<void> {
  const r = await giveKudos({ to: handle, ...flags }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (r.guide) {
    ctx.out.data(c.bold(t('kudos.guideTitle')));
    // Its paragraphs kept: each line is made safe for the terminal on its own.
    for (const line of r.guide.split('\n')) ctx.out.data(line ? `  ${terminal(line)}` : '');
    ctx.out.data('');
  }
  const post = t('kudos.post', { to: terminal(r.to), day: r.day, title: terminal(r.title) });
  const where = r.url ? ` (${terminal(r.url)})` : '';
  ctx.out.data(t(SAID[r.outcome], { kudos: c.green(t('kudos.word')), post, where }));
  if (r.note) ctx.out.data(c.dim(`  “${terminal(r.note)}”`));
}
