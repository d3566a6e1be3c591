// Typed errors. Only the entry point turns them into exit codes and messages.

/** Exit 1: an operation failed (git, network, conflict after retries). */
export class WotnError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** Exit 2: bad input or usage. The message names the flag, file or value. */
export class UsageError extends WotnError {
  override readonly exitCode: number = 2;
}
