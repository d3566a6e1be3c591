// Reading untrusted ledger JSON: the small checks every new ledger file shares. Pure.
import { addDays, isLocalDate, type LocalDate } from './calendar.js';
import { isHandle } from './handle.js';
import { LEDGER_SCHEMA } from './ledger.js';
import { said, type Said } from './said.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isWholeNumber = (v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/** The byte length of text as UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Parses a ledger file's text, refusing it before parsing when it is larger than `maxBytes`. */
export function parseJsonText(text: string, maxBytes: number): Checked<unknown> {
  const bytes = utf8Length(text);
  if (bytes > maxBytes) return { ok: false, problem: `is ${bytes} bytes, more than the ${maxBytes} this file may hold` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
}

/**
 * The header every per-member file shares: `{schema: 1, handle}` naming its own file. A
 * file for one handle can never speak for another.
 */
export function ownFileProblem(v: unknown, fileHandle: string): string | undefined {
  if (!isObject(v)) return 'is not a JSON object';
  if (v.schema !== LEDGER_SCHEMA) return `unknown schema version ${JSON.stringify(v.schema)} (this wotn reads ${LEDGER_SCHEMA})`;
  if (!isHandle(fileHandle)) return `${JSON.stringify(fileHandle)} is not a handle`;
  if (v.handle !== fileHandle) return `handle ${JSON.stringify(v.handle)} does not match the file name`;
  return undefined;
}

/** The challenge's days, for "inside the challenge" checks. */
export interface Window {
  start: LocalDate;
  days: number;
}

export const lastDay = (w: Window): LocalDate => addDays(w.start, w.days - 1);

/** Why `value` is not a day of the challenge, or undefined when it is one. */
export function challengeDateProblem(value: unknown, w: Window): string | undefined {
  return challengeDateSaid(value, w)?.text;
}

/** challengeDateProblem as a Said: what the writer reads, in their language. */
export function challengeDateSaid(value: unknown, w: Window): Said | undefined {
  if (typeof value !== 'string' || !isLocalDate(value)) return said('problem.notADate', { value: JSON.stringify(value) }, `${JSON.stringify(value)} is not a date (YYYY-MM-DD)`);
  const end = lastDay(w);
  return value < w.start || value > end ? said('problem.makeUp.outside', { date: value, start: w.start, end }, `${value} is outside the challenge (${w.start} to ${end})`) : undefined;
}

/** How far a claimed time may run ahead of the checker's clock (a writer's clock drifts). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The easternmost zone is UTC+14: no local day has begun anywhere before its 00:00 there. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;

/** Whether `date` had begun somewhere on Earth by the instant `at`: nothing can be about a day that has not. */
export function dayBegunBy(date: LocalDate, at: number): boolean {
  return date <= new Date(at + EARLIEST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A handle as the ledger names files: GitHub logins compare case-insensitively, files use lowercase. */
export function handleKey(handle: string): string {
  return handle.toLowerCase();
}

/** An item left out of a list in a file (a kudos, an action), by its index. */
export interface ItemProblem {
  index: number;
  problem: string;
  /** Refused whatever the ledger held before (a second item for the same thing). */
  always?: boolean;
}

export const describeItem = (list: string, p: ItemProblem) => `${list}[${p.index}]: ${p.problem}`;

/**
 * The problems a push is refused for: those of items that are new or changed since the old
 * text (the ledger's items were judged when they came, under the rules of then), and those
 * refused whatever came before.
 */
export function newItemProblems(path: string, list: string, problems: readonly ItemProblem[], items: readonly unknown[], oldText: string | undefined, maxBytes: number): string[] {
  const old = oldText === undefined ? undefined : parseJsonText(oldText, maxBytes);
  const oldItems = old?.ok && isObject(old.value) && Array.isArray(old.value[list]) ? (old.value[list] as unknown[]) : [];
  const before = new Set(oldItems.map((item) => JSON.stringify(item)));
  return problems.filter((p) => p.always || !before.has(JSON.stringify(items[p.index]))).map((p) => `${path}: ${describeItem(list, p)}`);
}

export type CheckedList<T> = { ok: true; items: T[]; problems: ItemProblem[] } | { ok: false; problem: string };

export interface ListRules<T> {
  /** The list's field in the file (kudos, actions). */
  list: string;
  max: number;
  check: (item: unknown) => Checked<T>;
  /** Items with the same key are one thing: the second is refused with `twice`. */
  key: (item: T) => string;
  twice: (item: T) => string;
}

/**
 * A member's own file holding one list. A file that is not theirs (wrong handle, schema,
 * shape, or too long a list) is refused whole; an item that breaks a rule is left out and
 * named in `problems` (a report warns; the hook refuses the push).
 */
export function checkOwnList<T>(v: unknown, fileHandle: string, r: ListRules<T>): CheckedList<T> {
  const problem = ownFileProblem(v, fileHandle);
  if (problem) return { ok: false, problem };
  const raw = (v as Record<string, unknown>)[r.list];
  if (!Array.isArray(raw)) return { ok: false, problem: `${r.list}: must be a list` };
  if (raw.length > r.max) return { ok: false, problem: `${r.list}: ${raw.length} is more than a file may hold (${r.max})` };
  const items: T[] = [];
  const problems: ItemProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const checked = r.check(item);
    if (!checked.ok) return void problems.push({ index, problem: checked.problem });
    const key = r.key(checked.value);
    if (seen.has(key)) return void problems.push({ index, problem: r.twice(checked.value), always: true });
    seen.add(key);
    items.push(checked.value);
  });
  return { ok: true, items, problems };
}
