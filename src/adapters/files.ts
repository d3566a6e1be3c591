// Reading JSON state files with errors that name the file, and writing them atomically.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { WotnError } from '../errors.js';
import { t } from '../i18n/index.js';

/** Reads a JSON file; undefined when it does not exist. A corrupt file is left untouched. */
export function readJsonFile(path: string, check: (v: unknown) => string | undefined): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new WotnError(code === 'EACCES' || code === 'EPERM' ? 'permission' : 'failed', t('error.cannotRead', { path, code: String(code) }));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WotnError('corrupt', t('error.notJson', { path, problem: (error as Error).message }));
  }
  const problem = check(value);
  if (problem) throw new WotnError('corrupt', t('error.badFile', { path, problem }));
  return value;
}

/**
 * Writes through a temporary file and a rename, so a reader never sees half a file.
 * `content` may come in chunks (a large report), written as they come.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  // pid + a random suffix keeps concurrent writers apart (node:crypto costs startup time).
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    if (typeof content === 'string') writeFileSync(temp, content);
    else {
      const fd = openSync(temp, 'w');
      try {
        for (const chunk of content) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
