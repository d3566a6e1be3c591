// ISO-8601 instants. Kept apart from calendar.ts so the clock loads no date library.

const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO-8601 instant with a date, a time and a zone designator; returns ms or undefined. */
export function parseInstant(value: string): number | undefined {
  if (!ISO_INSTANT_RE.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

const DIGIT = (s: string, i: number) => s.charCodeAt(i) - 48;
const num2 = (s: string, i: number) => DIGIT(s, i) * 10 + DIGIT(s, i + 1);

/**
 * Date.parse, with a fast path for the shape wotn writes (2026-11-23T20:17:00+07:00 or
 * ...Z): a report parses hundreds of thousands of these. `dayMs` turns the date part into
 * ms at UTC midnight (memoised by the caller). Anything else goes to Date.parse.
 */
export function parseTimestamp(value: string, dayMs: (date: string) => number): number {
  const n = value.length;
  const zulu = n === 20 && value[19] === 'Z';
  if ((zulu || (n === 25 && (value[19] === '+' || value[19] === '-') && value[22] === ':')) && value[10] === 'T' && value[13] === ':' && value[16] === ':') {
    const h = num2(value, 11), m = num2(value, 14), s = num2(value, 17);
    if (h < 24 && m < 60 && s < 60) {
      const date = value.slice(0, 10);
      let t = dayMs(date) + ((h * 60 + m) * 60 + s) * 1000;
      if (!zulu) t -= (value[19] === '-' ? -1 : 1) * (num2(value, 20) * 60 + num2(value, 23)) * 60_000;
      if (!Number.isNaN(t)) return t;
    }
  }
  return Date.parse(value);
}
