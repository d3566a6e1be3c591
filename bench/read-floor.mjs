// The floor for `wotn report`: read and JSON.parse every file of the ledger, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let n = 0;
JSON.parse(readFileSync(join(dir, 'wotn-cohort.json'), 'utf8'));
for (const folder of ['members', 'progress']) {
  for (const f of readdirSync(join(dir, folder))) if (f.endsWith('.json')) n += JSON.parse(readFileSync(join(dir, folder, f), 'utf8')) ? 1 : 0;
}
if (n === 0) process.exit(1);
