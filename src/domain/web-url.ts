// What counts as a member's web link, everywhere wotn reads one (check-ins, ledger files,
// reflections) or shows one (pages, feeds): an absolute http(s) URL of at most 2,000
// characters, with no spaces or control characters and no user name or password. Anything
// else (javascript:, data:, a relative path) never becomes a link. Pure.

export const MAX_URL = 2_000;

/** Why `raw` is not a web link; undefined when it is one. */
export function webUrlProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return 'must be text';
  if (raw.length > MAX_URL) return `is longer than ${MAX_URL} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return 'contains spaces or control characters';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must start with https:// or http://';
  if (u.username || u.password) return 'must not carry a user name or password';
  return undefined;
}

/** `raw` in the URL parser's normal form when it is a web link, else undefined. */
export function webUrl(raw: unknown): string | undefined {
  return webUrlProblem(raw) === undefined ? new URL(raw as string).href : undefined;
}
