// GitHub login rules: 1–39 characters, letters, digits and single inner hyphens. Handles
// name files in the ledger, so every handle is checked before it touches a path.

const HANDLE_RE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isHandle(value: unknown): boolean {
  return typeof value === 'string' && HANDLE_RE.test(value);
}

export function handleProblem(value: string): string | undefined {
  if (isHandle(value)) return undefined;
  if (value.length === 0) return 'is empty';
  if (value.length > 39) return 'is longer than 39 characters';
  if (/^-|-$/.test(value)) return 'starts or ends with a hyphen';
  if (value.includes('--')) return 'has two hyphens in a row';
  return 'may use only letters, digits and single hyphens';
}
