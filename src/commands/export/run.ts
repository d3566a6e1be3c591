import { resolve } from 'node:path';
import { exportJournal } from '../../app/journal-file.js';
import { writeFileAtomic } from '../../adapters/files.js';
import { CSV_FIELDS } from '../../domain/journal-file.js';
import { csv } from '../../render/escape.js';
import type { Context } from '../../context.js';
import type { ExportFlags } from './command.js';
import { t } from '../../i18n/index.js';

export function run(ctx: Context, flags: ExportFlags): void {
  const data = exportJournal(ctx);
  const format = ctx.json ? 'json' : flags.format;
  const text =
    format === 'json'
      ? JSON.stringify(data, null, 2) + '\n'
      : [CSV_FIELDS.join(','), ...data.entries.map((e) => CSV_FIELDS.map((f) => csv((e as unknown as Record<string, string | number | boolean | null>)[f] ?? '')).join(','))].join('\n') + '\n';
  if (flags.out) {
    writeFileAtomic(resolve(ctx.cwd, flags.out), text);
    ctx.out.info(t('export.wrote', { file: flags.out, count: data.entries.length, format }));
  } else ctx.out.data(text.replace(/\n$/, ''));
}
