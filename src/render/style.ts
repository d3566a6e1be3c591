// Colours that respect --no-color, NO_COLOR and non-terminal output.
import { Chalk, type ChalkInstance } from 'chalk';
import { relative } from 'node:path';

export function style(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 2 : 0 });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A path relative to the current folder when it is inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
