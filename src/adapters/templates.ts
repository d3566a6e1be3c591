// Post templates and writing prompts: the user's templates folder first, then wotn's own.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { WotnError } from '../errors.js';
import { shippedTemplates } from './paths.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../domain/language.js';

// wotn's own templates and prompts in each language: templates/ is English, templates/vi/
// Vietnamese. A writer's own templates folder wins in every language.
const shipped = (lang: Lang) => (lang === 'en' ? shippedTemplates() : join(shippedTemplates(), lang));

export function loadTemplate(name: string | undefined, userDir: string, cwd: string, lang: Lang = 'en'): { text: string; source: string } {
  const wanted = name ?? 'post';
  const looksLikePath = isAbsolute(wanted) || wanted.includes('/') || wanted.endsWith('.md');
  const candidates = looksLikePath
    ? [resolve(cwd, wanted)]
    : [join(userDir, `${wanted}.md`), join(shipped(lang), `${wanted}.md`), join(shippedTemplates(), `${wanted}.md`)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new WotnError('not-found', t('today.noTemplate', { template: wanted, looked: [...new Set(candidates)].join(', ') }));
  return { text: readFileSync(found, 'utf8'), source: found };
}

export function loadPrompts(userDir: string, lang: Lang = 'en'): string[] {
  const user = join(userDir, 'prompts.txt');
  const file = existsSync(user) ? user : join(shipped(lang), 'prompts.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
