import { runWisdom } from '../../app/wisdom.js';
import { terminal } from '../../render/escape.js';
import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { WisdomFlags } from './command.js';

export async function run(ctx: Context, flags: WisdomFlags): Promise<void> {
  const r = await runWisdom(flags, ctx);
  for (const w of r.warnings) ctx.out.info(`warning: ${terminal(w)}`);
  if (ctx.json) return ctx.out.json(r);
  if (r.out) return ctx.out.info(`Wrote ${plural(r.digest.items, 'item')} to ${r.out}`);
  ctx.out.data(r.markdown.replace(/\n$/, '').split('\n').map(terminal).join('\n'));
}
