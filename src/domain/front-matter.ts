// Safe front matter: YAML 1.2 through the `yaml` package, and no JavaScript evaluation.
// gray-matter's defaults eval `---js` blocks and parse YAML 1.1 (dates become Date objects,
// 0500 becomes 320), so both engines are replaced. Pure: strings in, values out.
import matter from 'gray-matter';
import { parseDocument, stringify as stringifyYaml, type YAMLError } from 'yaml';
import { isLocalDate, parseInstant } from './calendar.js';
import { splitPost } from './post.js';
import { said, saidAt, type Said } from './said.js';

/** What is wrong with a post's front matter: the English as its message, and as a Said for the writer's language. */
export class FrontMatterError extends Error {
  constructor(readonly said: Said) {
    super(said.text);
  }
}

const notAllowed = (language: string) => said('problem.frontMatter.language', { language }, `front matter in ${language} is not allowed; use YAML`);

const refuse = (language: string) => () => {
  throw new FrontMatterError(notAllowed(language));
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
  // logLevel: nothing printed (a key that is a list would be warned about on stderr, in English).
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new FrontMatterError(yamlProblem(source, problem));
  return doc.toJS() ?? {};
}

const indented = said('problem.yaml.indent', {}, 'this line is not indented as the lines around it');
const notValidYaml = (problem: Said) => said('problem.frontMatter.yaml', { problem }, `front matter is not valid YAML: ${problem.text}`);

/**
 * The parser's problem in words a writer acts on, at its line in the post (the source
 * starts on the opening `---` line). The common mistakes are said in the writer's
 * language; any other keeps the parser's own English after the line.
 */
function yamlProblem(source: string, e: YAMLError): Said {
  const at = e.pos[0];
  const line = source.slice(0, at).split('\n').length;
  const lineText = source.slice(source.lastIndexOf('\n', at - 1) + 1, (source.indexOf('\n', at) + 1 || source.length + 1) - 1).replace(/\r$/, '');
  const token = source.slice(e.pos[0], e.pos[1]);
  const what = ((): Said => {
    const first = e.message.split('\n')[0]!;
    switch (e.code) {
      case 'DUPLICATE_KEY': {
        const key = lineText.slice(0, lineText.indexOf(':')).trim().replace(/^(["'])(.*)\1$/, '$2');
        return said('problem.yaml.twice', { key }, `the key "${key}" appears twice`);
      }
      case 'BLOCK_AS_IMPLICIT_KEY':
        // "Nested mappings...": most often a title with a colon; otherwise a list indented out of line.
        if (/^Nested mappings/.test(first)) return said('problem.yaml.colon', {}, 'a value with ": " in it must be in quotes (title: "Day 3: what I learned")');
        return indented;
      case 'TAB_AS_INDENT':
        return said('problem.yaml.tab', {}, 'a tab indents this line; YAML indents with spaces');
      case 'TAG_RESOLVE_FAILED':
        return said('problem.yaml.tag', { tag: token }, `the tag ${token} is not allowed`);
      case 'BAD_SCALAR_START':
        return said('problem.yaml.start', { char: token }, `a value cannot start with ${token}; put it in quotes`);
      case 'MULTILINE_IMPLICIT_KEY':
        return said('problem.yaml.notKeyValue', {}, 'this line is not "key: value"');
      case 'MISSING_CHAR':
        if (/quote/.test(first)) return said('problem.yaml.quote', {}, 'a quote is opened and never closed');
        return said('problem.yaml.notKeyValue', {}, 'this line is not "key: value"');
      case 'BAD_INDENT':
        if (/^Flow (sequence|map)/.test(first)) return said('problem.yaml.bracket', {}, 'a [ or { is opened and never closed');
        return indented;
      default:
        return said('problem.yaml.parser', { message: first }, `the YAML parser says: ${first}`);
    }
  })();
  return notValidYaml(said('problem.yaml.line', { line, problem: what }, `line ${line}: ${what.text}`));
}

const notMapping = said('problem.frontMatter.notMapping', {}, 'front matter must be a mapping of keys to values');
const shown = (v: unknown) => JSON.stringify(v) ?? 'undefined';
const badField = (field: string, key: string, value: unknown, rest: string): Said =>
  said('problem.frontMatter.field', { problem: saidAt(field, said(key, { value: shown(value) }, `${shown(value)} ${rest}`)) }, `front matter: ${field}: ${shown(value)} ${rest}`);

/** The keys wotn reads, checked so a typo is named instead of silently misread. */
function fieldProblem(data: Record<string, unknown>): Said | undefined {
  const { title, date, day, draft, publishedAt } = data;
  if (title !== undefined && title !== null && typeof title !== 'string') return badField('title', 'problem.frontMatter.notText', title, 'is not text');
  if (date !== undefined && date !== null && !(typeof date === 'string' && (isLocalDate(date) || parseInstant(date) !== undefined)))
    return badField('date', 'problem.frontMatter.notADate', date, 'is not a date (YYYY-MM-DD or an ISO-8601 time)');
  if (day !== undefined && day !== null && !(Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 366))
    return badField('day', 'problem.frontMatter.notADay', day, 'is not a day number (1 to 366) or null');
  if (draft !== undefined && typeof draft !== 'boolean') return badField('draft', 'problem.frontMatter.notABoolean', draft, 'is not true or false');
  if (publishedAt !== undefined && !(typeof publishedAt === 'string' && parseInstant(publishedAt) !== undefined))
    return badField('publishedAt', 'problem.frontMatter.notATime', publishedAt, 'is not an ISO-8601 time');
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
    // Beyond the parse (an alias to no anchor, found as the document is read): the parser's words.
    const reason = (error as Error).message.split('\n')[0]!;
    throw new FrontMatterError(notValidYaml(said('problem.yaml.parser', { message: reason }, `the YAML parser says: ${reason}`)));
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new FrontMatterError(notMapping);
  const problem = fieldProblem(data as Record<string, unknown>);
  if (problem) throw new FrontMatterError(problem);
  return { data: data as Record<string, unknown>, body: parsed.content };
}

/**
 * Sets top-level scalar keys in a post's YAML front matter, changing only those lines so
 * the writer's comments, order and formatting stay exactly as they were.
 */
export function updateFrontMatter(text: string, changes: Record<string, string | number | boolean>): string {
  const split = splitPost(text);
  if (split.language) throw new FrontMatterError(notAllowed(split.language));
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
