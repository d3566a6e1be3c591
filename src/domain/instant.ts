// ISO-8601 instants. Kept apart from calendar.ts so the clock loads no date library.

const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO-8601 instant with a date, a time and a zone designator; returns ms or undefined. */
export function parseInstant(value: string): number | undefined {
  if (!ISO_INSTANT_RE.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}
