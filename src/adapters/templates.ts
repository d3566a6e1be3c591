// Post templates and writing prompts: the user's templates folder first, then wotn's own.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { WotnError } from '../errors.js';
import { shippedTemplates } from './paths.js';

export function loadTemplate(name: string | undefined, userDir: string, cwd: string): { text: string; source: string } {
  const wanted = name ?? 'post';
  const looksLikePath = isAbsolute(wanted) || wanted.includes('/') || wanted.endsWith('.md');
  const candidates = looksLikePath
    ? [resolve(cwd, wanted)]
    : [join(userDir, `${wanted}.md`), join(shippedTemplates(), `${wanted}.md`)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new WotnError('not-found', `--template "${wanted}": no such template (looked in ${candidates.join(', ')})`);
  return { text: readFileSync(found, 'utf8'), source: found };
}

export function loadPrompts(userDir: string): string[] {
  const user = join(userDir, 'prompts.txt');
  const file = existsSync(user) ? user : join(shippedTemplates(), 'prompts.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
