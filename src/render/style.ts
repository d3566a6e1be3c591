// Colours that respect --no-color, NO_COLOR and non-terminal output.
import { Chalk, type ChalkInstance } from 'chalk';
import { relative } from 'node:path';

export function style(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 2 : 0 });
}

/** 12345 → "12,345". By hand: the first Intl.NumberFormat costs milliseconds of startup. */
export function grouped(n: number): string {
  return n < 1000 && n > -1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** A path relative to the current folder when it is inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
