import { importJournal } from '../../app/journal-file.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import { t } from '../../i18n/index.js';

export async function run(ctx: Context, file: string): Promise<void> {
  const r = await importJournal(file, ctx);
  for (const x of r.refused) ctx.out.info(t('warning', { warning: t('import.refused', { file, entry: x.entry, problem: x.problem }) }));
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(t('import.done', { imported: c.green(t('import.importedWord')), file, count: r.added, updated: r.updated, unchanged: r.unchanged, refused: r.refused.length }));
  if (r.settings.length) ctx.out.data(c.dim(t('import.settings', { settings: r.settings.join(', ') })));
}
