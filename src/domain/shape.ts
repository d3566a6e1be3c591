// Reading untrusted ledger JSON: the small checks every new ledger file shares. Pure.
import { addDays, isLocalDate, type LocalDate } from './calendar.js';
import { isHandle } from './handle.js';
import { refused, said, saidAt, type Said } from './said.js';

/** The version of every ledger file this wotn reads and writes. */
export const LEDGER_SCHEMA = 1;

/** A checked value, or why not: the English (what tests and warnings compare) and its Said (what people read). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string; said: Said };

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
  if (bytes > maxBytes) return refused(said('problem.file.bytes', { bytes, max: maxBytes }, `is ${bytes} bytes, more than the ${maxBytes} this file may hold`));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refused(notJson);
  }
}

/**
 * The header every per-member file shares: `{schema: 1, handle}` naming its own file. A
 * file for one handle can never speak for another.
 */
export function ownFileProblem(v: unknown, fileHandle: string): Said | undefined {
  if (!isObject(v)) return notAnObject;
  if (v.schema !== LEDGER_SCHEMA) return schemaRefusal(v.schema);
  if (!isHandle(fileHandle)) return notAHandle(fileHandle);
  if (v.handle !== fileHandle) return handleMismatch(v.handle);
  return undefined;
}

/** JSON.stringify as a message value: `undefined` shows as the word. */
export const shown = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

export const notJson = said('problem.file.notJson', {}, 'is not valid JSON');
export const notAnObject = said('problem.file.notObject', {}, 'is not a JSON object');
export const notAnItem = said('problem.entry.notObject', {}, 'is not an object');
export const schemaRefusal = (schema: unknown): Said =>
  said('problem.file.schema', { value: shown(schema), version: LEDGER_SCHEMA }, `unknown schema version ${JSON.stringify(schema)} (this wotn reads ${LEDGER_SCHEMA})`);
export const handleMismatch = (handle: unknown): Said =>
  said('problem.file.handle', { value: shown(handle) }, `handle ${JSON.stringify(handle)} does not match the file name`);
/** `"x" is not a handle`, with the field it is in when there is one (`to: "x" is not a handle`). */
export const notAHandle = (value: unknown, field?: string): Said => {
  const s = said('problem.notAHandle', { value: shown(value) }, `${JSON.stringify(value)} is not a handle`);
  return field ? saidAt(field, s) : s;
};
/** `field: "x" is not a time`. */
export const notATime = (field: string, value: unknown): Said => saidAt(field, said('problem.notATime', { value: shown(value) }, `${JSON.stringify(value)} is not a time`));
/** `field: x is in the future`. */
export const inTheFuture = (field: string, value: string): Said => saidAt(field, said('problem.inTheFuture', { value }, `${value} is in the future`));
/** `field: must be true or false`. */
export const notABoolean = (field: string): Said => saidAt(field, said('problem.notABoolean', {}, 'must be true or false'));
/** `field: 7 is not a whole number from 1 to 5`. */
export const notWholeFrom = (field: string, value: unknown, min: number, max: number): Said =>
  saidAt(field, said('problem.wholeFrom', { value: shown(value), min, max }, `${JSON.stringify(value)} is not a whole number from ${min} to ${max}`));

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
  said: Said;
  /** Refused whatever the ledger held before (a second item for the same thing). */
  always?: boolean;
}

export const describeItem = (list: string, p: ItemProblem) => `${list}[${p.index}]: ${p.problem}`;
/** describeItem as data for people (said.ts). */
export const itemSaid = (list: string, p: ItemProblem) => saidAt(`${list}[${p.index}]`, p.said);

/**
 * The problems a push is refused for: those of items that are new or changed since the old
 * text (the ledger's items were judged when they came, under the rules of then), and those
 * refused whatever came before.
 */
export function newItemProblems(path: string, list: string, problems: readonly ItemProblem[], items: readonly unknown[], oldText: string | undefined, maxBytes: number): Said[] {
  const old = oldText === undefined ? undefined : parseJsonText(oldText, maxBytes);
  const oldItems = old?.ok && isObject(old.value) && Array.isArray(old.value[list]) ? (old.value[list] as unknown[]) : [];
  const before = new Set(oldItems.map((item) => JSON.stringify(item)));
  return problems.filter((p) => p.always || !before.has(JSON.stringify(items[p.index]))).map((p) => saidAt(path, itemSaid(list, p)));
}

export const notAList = said('problem.list', {}, 'must be a list');

export type CheckedList<T> = { ok: true; items: T[]; problems: ItemProblem[] } | { ok: false; problem: string; said: Said };

export interface ListRules<T> {
  /** The list's field in the file (kudos, actions). */
  list: string;
  max: number;
  check: (item: unknown) => Checked<T>;
  /** Items with the same key are one thing: the second is refused with `twice`. */
  key: (item: T) => string;
  twice: (item: T) => Said;
}

/**
 * A member's own file holding one list. A file that is not theirs (wrong handle, schema,
 * shape, or too long a list) is refused whole; an item that breaks a rule is left out and
 * named in `problems` (a report warns; the hook refuses the push).
 */
export function checkOwnList<T>(v: unknown, fileHandle: string, r: ListRules<T>): CheckedList<T> {
  const problem = ownFileProblem(v, fileHandle);
  if (problem) return refused(problem);
  const raw = (v as Record<string, unknown>)[r.list];
  if (!Array.isArray(raw)) return refused(saidAt(r.list, notAList));
  if (raw.length > r.max) return refused(saidAt(r.list, said('problem.list.tooMany', { count: raw.length, max: r.max }, `${raw.length} is more than a file may hold (${r.max})`)));
  const items: T[] = [];
  const problems: ItemProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const checked = r.check(item);
    if (!checked.ok) return void problems.push({ index, problem: checked.problem, said: checked.said });
    const key = r.key(checked.value);
    const twice = seen.has(key) ? r.twice(checked.value) : undefined;
    if (twice) return void problems.push({ index, problem: twice.text, said: twice, always: true });
    seen.add(key);
    items.push(checked.value);
  });
  return { ok: true, items, problems };
}
