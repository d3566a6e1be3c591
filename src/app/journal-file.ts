// Export and import of the writer's journal: their own record, to keep, move to another
// machine, or merge back.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkEntry, EXPORT_KIND, mergeImported, type ExportedSettings, type JournalExport } from '../domain/journal-file.js';
import type { JournalEntry } from '../domain/journal.js';
import { zonedTimestamp } from '../domain/calendar.js';
import { readConfigOrEmpty, writeConfig } from '../adapters/config.js';
import { updateJournal } from '../adapters/journal.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { loadWriter } from './writer-state.js';
import { spoken, t } from '../i18n/index.js';

const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export function exportJournal(ctx: Context): JournalExport {
  const w = loadWriter(ctx);
  const settings: ExportedSettings = {
    timezone: w.settings.timezone,
    dayStartsAt: w.settings.dayStartsAt,
    goal: w.settings.goal,
    start: w.start,
    days: w.settings.days,
  };
  return { schema: 1, kind: EXPORT_KIND, exportedAt: zonedTimestamp(w.now, w.settings.timezone, ctx.offset), settings, entries: w.journal.entries };
}

export interface ImportResult {
  file: string;
  added: number;
  updated: number;
  unchanged: number;
  refused: { entry: number; problem: string }[];
  /** Settings taken from the file because this machine had none. */
  settings: string[];
}

function readEntries(file: string, text: string): { entries: unknown[]; settings?: ExportedSettings } {
  if (/^\s*[{[]/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new WotnError('corrupt', t('import.notJson', { file, problem: (error as Error).message }));
    }
    const v = value as Partial<JournalExport> & { entries?: unknown };
    if (Array.isArray(value)) return { entries: value };
    if (v?.kind !== EXPORT_KIND && !Array.isArray(v?.entries)) throw new WotnError('corrupt', t('import.notExport', { file }));
    if (v.schema !== undefined && v.schema !== 1) throw new WotnError('corrupt', t('import.schema', { file, schema: JSON.stringify(v.schema) }));
    if (!Array.isArray(v.entries)) throw new WotnError('corrupt', t('import.entriesNotList', { file }));
    return { entries: v.entries, ...(v.settings && typeof v.settings === 'object' ? { settings: v.settings } : {}) };
  }
  return { entries: [] };
}

export async function importJournal(path: string, ctx: Context): Promise<ImportResult> {
  const file = resolve(ctx.cwd, path);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new WotnError('not-found', t('error.noSuchFile', { file: path }));
  }
  if (size > MAX_IMPORT_BYTES) throw new WotnError('usage', t('import.tooLarge', { file: path, max: MAX_IMPORT_BYTES / 1_048_576 }));
  const text = readFileSync(file, 'utf8');
  let read = readEntries(path, text);
  if (!/^\s*[{[]/.test(text)) {
    const { parse } = await import('csv-parse/sync');
    try {
      read = { entries: parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as unknown[] };
    } catch (error) {
      throw new WotnError('corrupt', t('import.notJsonOrCsv', { file: path, problem: (error as Error).message.split('\n')[0]! }));
    }
  }
  const refused: ImportResult['refused'] = [];
  const entries: JournalEntry[] = [];
  read.entries.forEach((raw, i) => {
    const checked = checkEntry(raw);
    if (checked.ok) entries.push(checked.entry);
    else refused.push({ entry: i + 1, problem: spoken(checked.said) });
  });
  let merged = { added: 0, updated: 0, unchanged: 0 };
  await updateJournal(ctx.paths, (journal) => {
    const m = mergeImported(journal, entries);
    merged = m;
    return m.journal;
  });
  const settings = await adoptSettings(ctx, read.settings);
  return { file, ...merged, refused, settings };
}

/** A fresh machine takes the exported challenge (zone, day boundary, start) so status reads the same. */
async function adoptSettings(ctx: Context, s: ExportedSettings | undefined): Promise<string[]> {
  if (!s) return [];
  const config = readConfigOrEmpty(ctx.paths);
  const taken: string[] = [];
  const profile = { ...config.profile };
  const challenge = { ...config.challenge };
  const take = (name: string, missing: boolean, value: unknown, ok: boolean, set: () => void) => {
    if (missing && value !== undefined && ok) {
      set();
      taken.push(name);
    }
  };
  take('timezone', !profile.timezone, s.timezone, typeof s.timezone === 'string', () => (profile.timezone = s.timezone));
  take('dayStartsAt', !profile.dayStartsAt, s.dayStartsAt, typeof s.dayStartsAt === 'string', () => (profile.dayStartsAt = s.dayStartsAt));
  take('start', !challenge.start, s.start, typeof s.start === 'string', () => (challenge.start = s.start));
  take('days', !challenge.days, s.days, Number.isInteger(s.days), () => (challenge.days = s.days));
  const goal = config.goal === undefined && Number.isInteger(s.goal) ? s.goal : undefined;
  if (goal !== undefined) taken.push('goal');
  if (!taken.length) return [];
  // The config's own check runs on write: a bad value in the file is refused there, named.
  await writeConfig(ctx.paths, { ...config, profile, challenge, ...(goal !== undefined ? { goal } : {}) });
  return taken;
}
