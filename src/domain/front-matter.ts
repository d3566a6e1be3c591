// Safe front matter: YAML 1.2 through the `yaml` package, and no JavaScript evaluation.
// gray-matter's defaults eval `---js` blocks and parse YAML 1.1 (dates become Date objects,
// 0500 becomes 320), so both engines are replaced. Pure: strings in, values out.
import matter from 'gray-matter';
import { parseDocument, stringify as stringifyYaml } from 'yaml';
import { isLocalDate, parseInstant } from './calendar.js';
import { splitPost } from './post.js';

export class FrontMatterError extends Error {}

const refuse = (language: string) => () => {
  throw new FrontMatterError(`front matter in ${language} is not allowed; use YAML`);
};

const OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: parseStrictYaml, stringify: () => refuse('yaml')() },
    js: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
    javascript: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
    coffee: { parse: refuse('CoffeeScript'), stringify: refuse('CoffeeScript') },
    json: { parse: (s: string) => JSON.parse(s), stringify: refuse('json') },
  },
};

/**
 * YAML 1.2, strictly: a duplicate key, an unknown tag (`!!js/function`) or anything else
 * the parser only warns about is an error here, never a printed warning and a guess.
 */
function parseStrictYaml(source: string): unknown {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new FrontMatterError(`front matter is not valid YAML: ${problem.message.split('\n')[0]}`);
  return doc.toJS() ?? {};
}

/** The keys wotn reads, checked so a typo is named instead of silently misread. */
function fieldProblem(data: Record<string, unknown>): string | undefined {
  const { title, date, day, draft, publishedAt } = data;
  if (title !== undefined && title !== null && typeof title !== 'string') return `title: ${JSON.stringify(title)} is not text`;
  if (date !== undefined && date !== null && !(typeof date === 'string' && (isLocalDate(date) || parseInstant(date) !== undefined)))
    return `date: ${JSON.stringify(date)} is not a date (YYYY-MM-DD or an ISO-8601 time)`;
  if (day !== undefined && day !== null && !(Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 366))
    return `day: ${JSON.stringify(day)} is not a day number (1 to 366) or null`;
  if (draft !== undefined && typeof draft !== 'boolean') return `draft: ${JSON.stringify(draft)} is not true or false`;
  if (publishedAt !== undefined && !(typeof publishedAt === 'string' && parseInstant(publishedAt) !== undefined))
    return `publishedAt: ${JSON.stringify(publishedAt)} is not an ISO-8601 time`;
  return undefined;
}

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
  const problem = fieldProblem(data as Record<string, unknown>);
  if (problem) throw new FrontMatterError(`front matter: ${problem}`);
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
