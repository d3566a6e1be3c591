// Colours that respect --no-color, NO_COLOR and non-terminal output.
import { Chalk, type ChalkInstance } from 'chalk';
import { relative } from 'node:path';

export function style(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 2 : 0 });
}

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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** A path relative to the current folder when it is inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
