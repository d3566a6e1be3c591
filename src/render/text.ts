// Plain-text helpers shared by every renderer: numbers, plurals and paths. No colours here,
// so use cases can word a message without loading chalk.
import { relative } from 'node:path';

/** 12345 → "12,345". By hand: the first Intl.NumberFormat costs milliseconds of startup. */
export function grouped(n: number): string {
  return n < 1000 && n > -1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
