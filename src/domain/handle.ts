// GitHub login rules: 1–39 characters, letters, digits and single inner hyphens. Handles
// name files in the ledger, so every handle is checked before it touches a path.

import { said, type Said } from './said.js';

const HANDLE_RE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isHandle(value: unknown): boolean {
  return typeof value === 'string' && HANDLE_RE.test(value);
}

/** Why `value` is not a GitHub login, as data for the reader's language (said.ts). */
export function handleRefusal(value: string): Said | undefined {
  if (isHandle(value)) return undefined;
  if (value.length === 0) return said('problem.handle.empty', {}, 'is empty');
  if (value.length > 39) return said('problem.handle.long', {}, 'is longer than 39 characters');
  if (/^-|-$/.test(value)) return said('problem.handle.edgeHyphen', {}, 'starts or ends with a hyphen');
  if (value.includes('--')) return said('problem.handle.doubleHyphen', {}, 'has two hyphens in a row');
  return said('problem.handle.characters', {}, 'may use only letters, digits and single hyphens');
}

/** Why `value` is not a GitHub login, in English (the ledger's hook, ingest and verify say this). */
export function handleProblem(value: string): string | undefined {
  return handleRefusal(value)?.text;
}

// A handle's characters in the order of the default collation (what localeCompare uses):
// the hyphen, then digits, then letters, case aside.
const collationRank = (code: number): number =>
  code === 45 ? 0 : code <= 57 ? 1 + code - 48 : code <= 90 ? 11 + code - 65 : 11 + code - 97;

/**
 * Orders two valid handles exactly as `a.localeCompare(b)` does, without loading ICU's
 * collation data (~2 MB): letters compare regardless of case first, and only a tie in
 * those falls to case, lowercase first.
 */
export function compareHandles(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = collationRank(a.charCodeAt(i)) - collationRank(b.charCodeAt(i));
    if (d) return d;
  }
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) return y - x; // lowercase (the higher code) first
  }
  return 0;
}
