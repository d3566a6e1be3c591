// The pre-receive hook for tests: what `wotn ledger hook run` will do, in a few lines.
// Bundled by test/helpers/hook.ts into one .mjs file that a hook script runs with node.
import { checkPreReceive } from '../../src/adapters/pre-receive.js';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const now = process.env.WOTN_NOW ? Date.parse(process.env.WOTN_NOW) : Date.now();
const verdicts = await checkPreReceive({ repo: process.cwd(), input: Buffer.concat(chunks).toString(), env: process.env, now });
const lines = verdicts.flatMap((v) => v.violations);
for (const line of lines) process.stderr.write(`wotn: ${line}\n`);
process.exitCode = lines.length ? 1 : 0;
