// What counts as a member's web link, everywhere wotn reads one (check-ins, ledger files,
// reflections) or shows one (pages, feeds): an absolute http(s) URL of at most 2,000
// characters, with no spaces or control characters and no user name or password. Anything
// else (javascript:, data:, a relative path) never becomes a link. Pure.
import { said, type Said } from './said.js';

export const MAX_URL = 2_000;

const FAULTS = {
  text: 'must be text',
  long: `is longer than ${MAX_URL} characters`,
  spaces: 'contains spaces or control characters',
  notUrl: 'is not a URL',
  scheme: 'must start with https:// or http://',
  credentials: 'must not carry a user name or password',
} as const;

function urlFault(raw: unknown): keyof typeof FAULTS | undefined {
  if (typeof raw !== 'string') return 'text';
  if (raw.length > MAX_URL) return 'long';
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return 'spaces';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'notUrl';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'scheme';
  if (u.username || u.password) return 'credentials';
  return undefined;
}

/** Why `raw` is not a web link; undefined when it is one. */
export function webUrlProblem(raw: unknown): string | undefined {
  const fault = urlFault(raw);
  return fault && FAULTS[fault];
}

/** Why the field `field` is not a web link, as data for the reader's language (said.ts): "url is not a URL". */
export function webUrlRefusal(raw: unknown, field: string): Said | undefined {
  const fault = urlFault(raw);
  return fault && said(`problem.url.${fault}`, { field, ...(fault === 'long' ? { max: String(MAX_URL) } : {}) }, `${field} ${FAULTS[fault]}`);
}

/** `raw` in the URL parser's normal form when it is a web link, else undefined. */
export function webUrl(raw: unknown): string | undefined {
  return webUrlProblem(raw) === undefined ? new URL(raw as string).href : undefined;
}
