// Installs the real pre-receive hook in a bare repository, as the server's admin would:
// `wotn ledger hook install`. The hook runs the built wotn (npm test builds it first).
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { wotn } from './wotn.js';

export async function installHook(bare: string): Promise<void> {
  const r = await wotn(['ledger', 'hook', 'install', bare], { home: join(dirname(bare), 'admin') });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}
