// Exit codes come from an error's kind, in one place.
import { describe, expect, it } from 'vitest';
import { exitCodeOf, isTransient, WotnError, type ErrorKind } from '../../src/errors.js';

describe('exit codes by kind', () => {
  it.each<[ErrorKind, number, boolean]>([
    ['usage', 2, false],
    ['not-found', 2, false],
    ['corrupt', 2, false],
    ['auth', 2, false],
    ['permission', 1, false],
    ['network', 1, true],
    ['conflict', 1, true],
    ['failed', 1, true],
    ['cancelled', 130, false],
  ])('%s → exit %i (entries stay queued: %s)', (kind, code, transient) => {
    expect(exitCodeOf(kind)).toBe(code);
    expect(isTransient(new WotnError(kind, 'x'))).toBe(transient);
  });

  it('anything that is not a WotnError is not a queued-for-later failure', () => {
    expect(isTransient(new Error('boom'))).toBe(false);
  });
});

describe('recognising errors', () => {
  it('a WotnError from another copy of the module (a lazy part) is a WotnError; a subclass checks its own class', async () => {
    const { GitError } = await import('../../src/adapters/git.js');
    const foreign = Object.assign(new Error('x'), { [Symbol.for('wotn.error')]: true, kind: 'usage' });
    expect(foreign instanceof WotnError).toBe(true);
    expect(new WotnError('corrupt', 'x') instanceof GitError).toBe(false);
    expect(new GitError(['push'], 'no', 1) instanceof GitError).toBe(true);
    expect(new GitError(['push'], 'no', 1) instanceof WotnError).toBe(true);
  });
});
