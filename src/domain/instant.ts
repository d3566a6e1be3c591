// ISO-8601 instants. Kept apart from calendar.ts so the clock loads no date library.

const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO-8601 instant with a date, a time and a zone designator; returns ms or undefined. */
export function parseInstant(value: string): number | undefined {
  if (!ISO_INSTANT_RE.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const OFFSET_DIGITS_AT = [20, 21, 23, 24];
const allDigits = (s: string, at: readonly number[]) => at.every((i) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
});
const num = (s: string, i: number, n: number) => {
  let v = 0;
  for (let k = 0; k < n; k++) v = v * 10 + s.charCodeAt(i + k) - 48;
  return v;
};

/**
 * Date.parse, with an allocation-free fast path for the shape wotn writes
 * (2026-11-23T20:17:00+07:00 or ...Z): a report parses hundreds of thousands of these.
 * Anything else, or anything odd, goes to Date.parse.
 */
export function parseTimestamp(value: string): number {
  const n = value.length;
  const zulu = n === 20 && value[19] === 'Z';
  const offset = n === 25 && (value[19] === '+' || value[19] === '-') && value[22] === ':' && allDigits(value, OFFSET_DIGITS_AT);
  if ((zulu || offset) && value[4] === '-' && value[7] === '-' && value[10] === 'T' && value[13] === ':' && value[16] === ':' && allDigits(value, DIGITS_AT)) {
    const y = num(value, 0, 4), mo = num(value, 5, 2), d = num(value, 8, 2);
    const h = num(value, 11, 2), mi = num(value, 14, 2), sec = num(value, 17, 2);
    // (Date.UTC reads years 0-99 as 1900-1999, so those go to Date.parse too.)
    if (y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60) {
      let t = Date.UTC(y, mo - 1, d, h, mi, sec);
      // Day 29-31 may not exist in this month: let Date.parse judge those.
      if (d <= 28 || new Date(t).getUTCDate() === d) {
        if (offset) t -= (value[19] === '-' ? -1 : 1) * (num(value, 20, 2) * 60 + num(value, 23, 2)) * 60_000;
        return t;
      }
    }
  }
  return Date.parse(value);
}
