// Installs the test pre-receive hook in a bare repository: the hook's TypeScript bundled
// once per test file with esbuild (as the CLI is), run by the node that runs the tests.
import { build } from 'esbuild';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'wotn-hook-')), 'pre-receive.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('./pre-receive-hook.ts', import.meta.url))], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
    return outfile;
  })();
  return bundled;
}

export async function installHook(bare: string): Promise<void> {
  const script = join(bare, 'hooks', 'pre-receive');
  writeFileSync(script, `#!/bin/sh\nexec "${process.execPath}" "${await bundle()}"\n`);
  chmodSync(script, 0o755);
}
