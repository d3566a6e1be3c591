// Plain-text helpers shared by every renderer: numbers, plurals and paths. No colours here,
// so use cases can word a message without loading chalk.
import { relative } from 'node:path';

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/** 12345 → "12,345". By hand: the first Intl.NumberFormat costs milliseconds of startup. */
export function grouped(n: number): string {
  const text = String(n);
  if (!Number.isInteger(n) || n < 0) return text.replace(GROUPS, ',');
  // Whole numbers, once per member in a report: slices, not a regex.
  const head = text.length % 3 || 3;
  let out = text.slice(0, head);
  for (let i = head; i < text.length; i += 3) out += `,${text.slice(i, i + 3)}`;
  return out;
}

/** The one plural rule: "1 day", "2 days", "1 entry", "3 entries". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** A path relative to `cwd` when it is inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
