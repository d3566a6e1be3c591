// npm run bench: each figure as a ratio against its floor, measured side by side in one run.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { cleanEnv, git, gitEnv, load, measure, row, timeOnce } from './lib.mjs';
import { benchConcurrent, benchFirstSync, benchLedger, benchSync } from './ledger.mjs';
import { benchSite } from './site.mjs';

const BIN = fileURLToPath(new URL('../bin/wotn.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
// npm run bench -- [loop] [report] [sync] [first-sync] [race] [site]: which groups to run
// (default: all; ledger = report + sync + first-sync + race).
const groups = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['loop', 'ledger', 'site']);
const root = mkdtempSync(join(tmpdir(), 'wotn-bench-'));
const node = process.execPath;

async function benchLoop() {
  const home = join(root, 'home');
  // The ledger's pre-receive hook knows the pusher by name: this writer pushes as bench.
  const env = { ...process.env, ...gitEnv, WOTN_HOME: home, NO_COLOR: '1', WOTN_PUSHER: 'bench' };
  const run = (args, now, extra = {}) => timeOnce(node, [BIN, ...args], { env: { ...env, WOTN_NOW: now, ...extra } });
  const words = 'word '.repeat(250) + '\n';

  // A cohort member with 30 published days.
  const ledger = join(root, 'loop-ledger.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', ledger);
  run(['cohort', 'init', ledger, '--name', 'Bench', '--start', '2026-11-01', '--timezone', 'UTC', '--min-words', '200'], '2026-11-01T08:00:00Z');
  run(['init', '--yes', '--name', 'Bench', '--handle', 'bench', '--timezone', 'UTC'], '2026-11-01T08:00:00Z');
  run(['cohort', 'join', ledger], '2026-11-01T08:00:00Z');
  for (let d = 1; d <= 30; d++) {
    const date = `2026-11-${String(d).padStart(2, '0')}`;
    // The post's path from wotn itself: days 7, 14, 21 and 28 are reflections, named so.
    const today = spawnSync(node, [BIN, 'today', '--no-edit', '--json'], { env: cleanEnv({ ...env, WOTN_NOW: `${date}T08:00:00Z` }), encoding: 'utf8' });
    appendFileSync(JSON.parse(today.stdout).path, words);
    run(['publish'], `${date}T09:00:00Z`);
  }
  const day30 = '2026-11-30T10:00:00Z';

  // Floors for publish: a plain git add + commit, and the same from a bare node process.
  const plain = join(root, 'plain');
  git(root, 'init', '--quiet', '--initial-branch=main', plain);
  const blog = join(home, 'writing');
  const nodeGit = `const {execFileSync:x}=require('child_process');x('git',['add','--',process.argv[1]]);x('git',['commit','-q','-m','m','--',process.argv[1]])`;
  const results = measure(
    {
      floor: () => timeOnce(node, ['-e', '0']),
      version: () => run(['--version'], day30),
      status: () => run(['status'], day30),
      statusVi: () => run(['status'], day30, { WOTN_LANG: 'vi' }),
      todayExisting: () => run(['today', '--no-edit'], day30),
      gitPlain: () => {
        const file = `p-${Math.random().toString(36).slice(2)}.md`;
        writeFileSync(join(plain, file), `---\ntitle: x\n---\n${words}`);
        return timeOnce('git', ['add', '--', file], { cwd: plain, env }) + timeOnce('git', ['commit', '-q', '-m', 'm', '--', file], { cwd: plain, env });
      },
      gitFromNode: () => {
        const file = `n-${Math.random().toString(36).slice(2)}.md`;
        writeFileSync(join(plain, file), `---\ntitle: x\n---\n${words}`);
        return timeOnce(node, ['-e', nodeGit, file], { cwd: plain, env });
      },
      publish: () => {
        const file = join(blog, 'posts', `extra-${Math.random().toString(36).slice(2)}.md`);
        writeFileSync(file, `---\ntitle: Extra\ndraft: true\n---\n${words}`);
        return run(['publish', file, '--no-push'], day30);
      },
    },
    RUNS,
  );

  console.log(`wotn benchmarks (median of ${RUNS} runs each, interleaved; node ${process.version}; NODE_EXTRA_CA_CERTS removed; ${load()})\n`);
  console.log(row('wotn --version', results.version, 'node -e 0', results.floor, 1.3));
  console.log(row('wotn status (30 entries, cohort member)', results.status, 'node -e 0', results.floor, 2));
  console.log(row('wotn status in Vietnamese (WOTN_LANG=vi)', results.statusVi, 'node -e 0', results.floor, 2));
  console.log(row('wotn today --no-edit (post exists)', results.todayExisting, 'node -e 0', results.floor, 2));
  console.log(row('wotn publish --no-push', results.publish, 'node running git add + commit', results.gitFromNode, 2));
  console.log(row('wotn publish --no-push', results.publish, 'git add + git commit', results.gitPlain));
}

try {
  if (groups.has('loop')) await benchLoop();
  if (groups.has('ledger') || groups.has('report')) {
    const sizes = (process.env.BENCH_MEMBERS ?? '10000,50000').split(',').map(Number);
    await benchLedger(root, sizes);
  }
  if (groups.has('ledger') || groups.has('sync')) {
    await benchSync(root);
  }
  if (groups.has('ledger') || groups.has('first-sync')) await benchFirstSync(root);
  if (groups.has('ledger') || groups.has('race')) await benchConcurrent(root, Number(process.env.BENCH_WRITERS ?? 250));
  if (groups.has('site')) await benchSite(root, (process.env.BENCH_SITE_MEMBERS ?? '1000,10000').split(',').map(Number));
} finally {
  rmSync(root, { recursive: true, force: true });
}
