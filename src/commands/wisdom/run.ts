import { runWisdom } from '../../app/wisdom.js';
import { terminal } from '../../render/escape.js';
import { spoken, t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { WisdomFlags } from './command.js';

export async function run(ctx: Context, flags: WisdomFlags): Promise<void> {
  const r = await runWisdom(flags, ctx);
  for (const w of r.warnings) ctx.out.info(t('warning', { warning: terminal(spoken(w)) }));
  if (ctx.json) return ctx.out.json({ ...r, warnings: r.warnings.map((w) => w.text) });
  if (r.out) return ctx.out.info(t('wisdom.wrote', { count: r.digest.items, out: r.out }));
  ctx.out.data(r.markdown.replace(/\n$/, '').split('\n').map(terminal).join('\n'));
}
