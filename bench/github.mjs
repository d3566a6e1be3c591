// The fake GitHub of the tests (test/helpers/github-server.ts) in its own process, serving
// one ledger repository, so a bench can time `wotn report --ledger github:…` against it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HELPER = fileURLToPath(new URL('../test/helpers/github-server.ts', import.meta.url));

const MAIN = `
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startGitHub } from ${JSON.stringify(HELPER)};
const [repo, source] = process.argv.slice(2);
const gh = await startGitHub();
mkdirSync(dirname(gh.bare(repo)), { recursive: true });
execFileSync('git', ['clone', '--quiet', '--bare', source, gh.bare(repo)]);
console.log(JSON.stringify({ url: gh.url, token: gh.token }));
process.stdin.on('end', () => gh.close().then(() => process.exit(0)));
process.stdin.resume();
`;

/** Serves the git repository `source` as github:`repo`. Stop it with close(). */
export async function startFakeGitHub(root, repo, source) {
  const script = join(root, 'fake-github.mjs');
  await build({ stdin: { contents: MAIN, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'warning' });
  const child = spawn(process.execPath, [script, repo, source], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value]);
  if (!line) throw new Error('the fake GitHub did not start');
  const { url, token } = JSON.parse(line);
  const env = { GITHUB_API_URL: url, GITHUB_SERVER_URL: url, GITHUB_TOKEN: token, GH_TOKEN: '' };
  return { env, close: () => new Promise((resolve) => { child.on('exit', resolve); child.stdin.end(); }) };
}
