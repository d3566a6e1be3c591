// Errors by cause. Code that catches an error branches on its kind, never on its message;
// the exit code is derived from the kind in one place (exitCodeOf), used by the entry point.

export type ErrorKind =
  /** A flag, argument or value is wrong: the message names it. */
  | 'usage'
  /** A file, ledger, repository or post the user named does not exist. */
  | 'not-found'
  /** A file wotn reads (config, journal, post, ledger file) is malformed. */
  | 'corrupt'
  /** No token, or GitHub rejected it. */
  | 'auth'
  /** The file system or the server refused (EACCES, 403). */
  | 'permission'
  /** The remote could not be reached, timed out, or is rate limited: try again later. */
  | 'network'
  /** The remote kept changing under us after every retry. */
  | 'conflict'
  /** A tool wotn runs (git, the editor) failed. */
  | 'failed'
  /** The user stopped it (Ctrl-C at a prompt or in the editor). */
  | 'cancelled';

const EXIT_CODES: Record<ErrorKind, number> = {
  usage: 2,
  'not-found': 2,
  corrupt: 2,
  auth: 2,
  permission: 1,
  network: 1,
  conflict: 1,
  failed: 1,
  cancelled: 130,
};

export function exitCodeOf(kind: ErrorKind): number {
  return EXIT_CODES[kind];
}

// A brand rather than class identity: a lazily loaded part of the build (dist/lazy) holds its
// own copy of this module, and its errors must still be recognised by the one boundary.
const BRAND = Symbol.for('wotn.error');

export class WotnError extends Error {
  readonly [BRAND] = true;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses (GitError) keep the ordinary prototype check: only WotnError itself goes by brand.
    if (this !== WotnError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Whether `error` is a WotnError of one of `kinds`. */
export function isKind(error: unknown, ...kinds: ErrorKind[]): error is WotnError {
  return error instanceof WotnError && kinds.includes(error.kind);
}

/** Failures that leave entries queued for a later try: the remote, not the user's input. */
export function isTransient(error: unknown): boolean {
  return isKind(error, 'network', 'conflict', 'failed');
}

/** The message of anything thrown, for warnings that carry an underlying cause. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
