// Safe front matter: YAML 1.2 through the `yaml` package, and no JavaScript evaluation.
// gray-matter's defaults eval `---js` blocks and parse YAML 1.1 (dates become Date objects,
// 0500 becomes 320), so both engines are replaced. Pure: strings in, values out.
import matter from 'gray-matter';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { splitPost } from './post.js';

export class FrontMatterError extends Error {}

const refuse = (language: string) => () => {
  throw new FrontMatterError(`front matter in ${language} is not allowed; use YAML`);
};

const OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: (s: string) => parseYaml(s) ?? {}, stringify: () => refuse('yaml')() },
    js: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
    javascript: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
    coffee: { parse: refuse('CoffeeScript'), stringify: refuse('CoffeeScript') },
    json: { parse: (s: string) => JSON.parse(s), stringify: refuse('json') },
  },
};

export interface ParsedPost {
  data: Record<string, unknown>;
  body: string;
}

export function parsePost(text: string): ParsedPost {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options are always passed: without them gray-matter caches results by content.
    parsed = matter(text, OPTIONS as unknown as Parameters<typeof matter>[1]);
  } catch (error) {
    if (error instanceof FrontMatterError) throw error;
    const reason = (error as Error).message.split('\n')[0];
    throw new FrontMatterError(`front matter is not valid YAML: ${reason}`);
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new FrontMatterError('front matter must be a mapping of keys to values');
  return { data: data as Record<string, unknown>, body: parsed.content };
}

/**
 * Sets top-level scalar keys in a post's YAML front matter, changing only those lines so
 * the writer's comments, order and formatting stay exactly as they were.
 */
export function updateFrontMatter(text: string, changes: Record<string, string | number | boolean>): string {
  const split = splitPost(text);
  if (split.language) throw new FrontMatterError(`front matter in ${split.language} is not allowed; use YAML`);
  const lines = split.frontMatter === undefined || split.frontMatter === '' ? [] : split.frontMatter.split(/\r?\n/);
  for (const [key, value] of Object.entries(changes)) {
    const line = `${key}: ${typeof value === 'string' ? stringifyYaml(value).trimEnd() : String(value)}`;
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (at < 0) {
      lines.push(line);
      continue;
    }
    let end = at + 1; // a block value continues on indented lines
    while (end < lines.length && /^(\s|$)/.test(lines[end]!) && lines[end] !== '') end++;
    lines.splice(at, end - at, line);
  }
  const result = `---\n${lines.join('\n')}\n---\n${split.frontMatter === undefined ? '\n' : ''}${split.body}`;
  parsePost(result); // never write front matter that no longer parses
  return result;
}
