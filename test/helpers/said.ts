// Checks and problems carry their English (`problem`) beside the Said people read in their
// language (`said`, with the same English as its text): domain tests compare the English.
import { expect } from 'vitest';

/** `value` with every `said` checked against the English beside it, then left out. */
export function inEnglish<T>(value: T): T {
  if (Array.isArray(value)) return value.map(inEnglish) as T;
  if (typeof value !== 'object' || value === null) return value;
  const { said, ...rest } = value as Record<string, unknown>;
  if (said !== undefined) expect((said as { text: string }).text).toBe(rest.problem);
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inEnglish(v)])) as T;
}
