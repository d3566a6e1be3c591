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

type Fault = keyof typeof FAULTS;

/** `raw` in the URL parser's normal form, or what is wrong with it: one parse for both. */
function parsed(raw: unknown): { href: string } | { fault: Fault } {
  if (typeof raw !== 'string') return { fault: 'text' };
  if (raw.length > MAX_URL) return { fault: 'long' };
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return { fault: 'spaces' };
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { fault: 'notUrl' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { fault: 'scheme' };
  if (u.username || u.password) return { fault: 'credentials' };
  return { href: u.href };
}

function urlFault(raw: unknown): Fault | undefined {
  const p = parsed(raw);
  return 'fault' in p ? p.fault : undefined;
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
  const p = parsed(raw);
  return 'href' in p ? p.href : undefined;
}
