import { importJournal } from '../../app/journal-file.js';
import { style } from '../../render/style.js';
import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';

export async function run(ctx: Context, file: string): Promise<void> {
  const r = await importJournal(file, ctx);
  for (const x of r.refused) ctx.out.info(`warning: ${file}: entry ${x.entry} not imported: ${x.problem}`);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green('Imported')} ${file}: ${plural(r.added, 'entry', 'entries')} added, ${r.updated} updated, ${r.unchanged} already here${r.refused.length ? `, ${r.refused.length} refused` : ''}.`);
  if (r.settings.length) ctx.out.data(c.dim(`Took ${r.settings.join(', ')} from the export (this machine had none).`));
}
