// Ledger benchmarks: report on large ledgers against a plain read + JSON.parse (and the
// github: archive read against the folder read), one member's sync against plain git, and
// many writers syncing to one ledger at once.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addHistory, writeLedger } from './ledger-fixture.mjs';
import { startFakeGitHub } from './github.mjs';
import { cleanEnv, cpuOnce, git, gitEnv, gitInput, load, measure, median, nodeRun, pairedRow, pairedRuns, row, timeOnce } from './lib.mjs';

const BIN = fileURLToPath(new URL('../bin/wotn.js', import.meta.url));
const FLOOR = fileURLToPath(new URL('./read-floor.mjs', import.meta.url));
const node = process.execPath;
const NOW = '2026-11-20T12:00:00Z';

const FORMATS = ['json', 'table', 'md', 'csv', 'html'];

/** Every report format against a plain read + JSON.parse of the same files, side by side. */
export async function benchLedger(root, sizes, log = console.log) {
  const env = { ...process.env, ...gitEnv, WOTN_NOW: NOW, NO_COLOR: '1' };
  log(`\nwotn report (each format) vs read + JSON.parse of every file; time: median of the paired runs' ratios`);
  for (const members of sizes) {
    const dir = join(root, `ledger-${members}`);
    writeLedger(dir, members);
    const report = (format, ledger = dir, extra = {}) => () =>
      nodeRun([BIN, 'report', '--ledger', ledger, '--format', format], { env: { ...env, WOTN_HOME: join(root, 'home-report'), ...extra } });
    const runs = members >= 50_000 ? 5 : members >= 10_000 ? 7 : 9;
    const cases = { floor: () => nodeRun([FLOOR, dir]), ...Object.fromEntries(FORMATS.map((f) => [f, report(f)])) };
    log(`${members.toLocaleString('en-US')} members × 30 days, ${runs} rounds (${load()})`);
    const r = pairedRuns(cases, runs);
    const target = members >= 10_000 ? 1.5 : undefined;
    for (const f of FORMATS) log(pairedRow(`  report --format ${f}`, r[f], 'read + JSON.parse', r.floor, target, target));
    if (members === Math.max(...sizes)) await benchGitHubRead(root, dir, report, log); // the largest ledger
    if (members !== 10_000) rmSync(dir, { recursive: true, force: true });
  }
}

/** `report --ledger github:…` against the fake GitHub vs `report --ledger DIR` on the same files. */
async function benchGitHubRead(root, dir, report, log) {
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'ledger');
  const gh = await startFakeGitHub(root, 'bench/ledger', dir);
  try {
    const runs = 5;
    log(`github: archive read, ${runs} rounds (${load()}); the fake GitHub caches the archive per commit, as codeload does`);
    const r = pairedRuns({ floor: report('json'), github: report('json', 'github:bench/ledger', gh.env) }, runs);
    const peak = r.github.mb <= 300 ? 'ok' : 'OVER';
    log(`${pairedRow('  report --ledger github:', r.github, 'report --ledger DIR', r.floor, 1.5)}; peak ${r.github.mb.toFixed(0)} MB ${peak} (target ≤ 300 MB)`);
  } finally {
    await gh.close();
  }
}

/** Sync of one member in a 10,000-member ledger vs plain git fetch + commit + push of one file. */
export async function benchSync(root, log = console.log) {
  const env = { ...process.env, ...gitEnv, NO_COLOR: '1' };
  const bare = join(root, 'big.git');
  const src = join(root, 'ledger-10000');
  if (!existsSync(src)) writeLedger(src, 10_000); // when BENCH_MEMBERS left 10,000 out
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  // The report bench's github: read may have committed this ledger already.
  if (!existsSync(join(src, '.git'))) {
    git(src, 'init', '--quiet', '--initial-branch=main');
    git(src, 'add', '-A');
    git(src, 'commit', '--quiet', '-m', 'ledger');
  }
  git(src, 'push', '--quiet', bare, 'HEAD:refs/heads/main');

  const floorClone = join(root, 'floor-clone');
  git(root, 'clone', '--quiet', bare, floorClone);
  const home = join(root, 'home-sync');
  mkdirSync(home, { recursive: true });
  const handle = 'm1';
  writeFileSync(join(home, 'config.json'), JSON.stringify({ schema: 1, profile: { name: 'M1', handle, timezone: 'UTC' }, blog: {}, challenge: {}, cohort: { ledger: bare } }));
  let day = 0;
  const addEntry = () => {
    day++;
    const publishedAt = new Date(Date.parse('2026-11-01T12:00:00Z') + day * 3_600_000).toISOString().replace('.000Z', 'Z');
    const file = join(home, 'journal.json');
    const journal = day === 1 ? { schema: 1, drafts: {}, entries: [] } : JSON.parse(readFileSync(file, 'utf8'));
    journal.entries.push({ date: `2026-12-${String((day % 28) + 1).padStart(2, '0')}`, title: `t${day}`, words: 300, publishedAt, push: 'none', synced: false });
    writeFileSync(file, JSON.stringify(journal));
  };
  addEntry();
  timeOnce(node, [BIN, 'sync'], { env: { ...env, WOTN_HOME: home } }); // first sync makes the cached clone
  let n = 0;
  const r = measure({
    floor: () => {
      const t0 = timeOnce('git', ['fetch', '--quiet', 'origin'], { cwd: floorClone, env }) + timeOnce('git', ['reset', '--quiet', '--hard', 'origin/main'], { cwd: floorClone, env });
      writeFileSync(join(floorClone, 'progress', 'm2.json'), JSON.stringify({ n: n++ }));
      return t0 + timeOnce('git', ['commit', '--quiet', '-am', 'floor'], { cwd: floorClone, env }) + timeOnce('git', ['push', '--quiet', 'origin', 'HEAD:main'], { cwd: floorClone, env });
    },
    sync: () => {
      addEntry();
      return timeOnce(node, [BIN, 'sync'], { env: { ...env, WOTN_HOME: home } });
    },
  }, 9);
  log('\nOne member\'s sync in the 10,000-member ledger (median of 9, interleaved)');
  log(row('wotn sync (one new entry)', r.sync, 'git fetch+reset+commit+push', r.floor, 2));
}

/** A writer's home that has joined `ledger` as `handle`, with one entry not yet synced. */
function writerHome(dir, handle, ledger) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ schema: 1, profile: { name: handle, handle, timezone: 'UTC' }, blog: {}, challenge: {}, cohort: { ledger } }));
  writeFileSync(join(dir, 'journal.json'), JSON.stringify({ schema: 1, drafts: {}, entries: [{ date: '2026-11-20', title: 'x', words: 300, publishedAt: '2026-11-20T10:00:00Z', push: 'none', synced: false }] }));
  return dir;
}

/**
 * A member's first sync (no cached clone yet) of a 10,000-member ledger with 10,000 commits
 * of history: wall time and CPU time of wotn and every git process it runs (for a local
 * bare ledger that includes git's server side, and the pre-receive hook when installed).
 */
export async function benchFirstSync(root, log = console.log) {
  const env = { ...process.env, ...gitEnv, NO_COLOR: '1', WOTN_NOW: NOW };
  const work = join(root, 'history-work');
  const bare = join(root, 'history.git');
  writeLedger(work, 10_000);
  git(work, 'init', '--quiet', '--initial-branch=main');
  git(work, 'add', '-A');
  git(work, 'commit', '--quiet', '-m', 'ledger');
  addHistory(work, 10_000, 9_999, gitInput);
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  git(work, 'push', '--quiet', bare, 'HEAD:refs/heads/main');
  rmSync(work, { recursive: true, force: true });
  const commits = Number(git(bare, 'rev-list', '--count', 'main').trim());

  let member = 0;
  const firstSync = () => {
    const handle = `m${++member}`;
    const home = writerHome(join(root, 'first-sync', handle), handle, bare);
    const r = cpuOnce(node, [BIN, 'sync'], { env: { ...env, WOTN_HOME: home, WOTN_PUSHER: handle } });
    rmSync(home, { recursive: true, force: true });
    return r;
  };
  const medians = (runs) => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)) });
  const plain = medians([firstSync(), firstSync(), firstSync(), firstSync(), firstSync()]);
  timeOnce(node, [BIN, 'ledger', 'hook', 'install', bare], { env });
  const hooked = medians([firstSync(), firstSync(), firstSync(), firstSync(), firstSync()]);
  const line = (label, r, target) => `  ${label.padEnd(42)} wall ${r.ms.toFixed(0).padStart(5)} ms, CPU ${r.cpuMs.toFixed(0).padStart(5)} ms` +
    (target ? (r.cpuMs < target ? `  ok (target < ${target} ms CPU)` : `  OVER (target < ${target} ms CPU)`) : '');
  log(`\nA member's first sync (no cache yet), 10,000 members × ${commits.toLocaleString('en-US')} commits (median of 5; CPU: wotn and every git process, both sides of the local remote)`);
  log(line('wotn sync, local bare ledger', plain, 1000));
  log(line('the same, with the pre-receive hook', hooked));
}

function run(cmd, args, options) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', () => {});
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** N writers, each with their own WOTN_HOME and account, sync one entry to one bare ledger (with its hook) at once. */
export async function benchConcurrent(root, writers, log = console.log) {
  const env = { ...process.env, ...gitEnv, NO_COLOR: '1', WOTN_NOW: NOW };
  const bare = join(root, 'crowd.git');
  const seed = join(root, 'crowd-seed');
  mkdirSync(seed, { recursive: true });
  writeLedger(seed, 0);
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  git(seed, 'init', '--quiet', '--initial-branch=main');
  git(seed, 'add', '-A');
  git(seed, 'commit', '--quiet', '-m', 'ledger');
  git(seed, 'push', '--quiet', bare, 'HEAD:refs/heads/main');
  timeOnce(node, [BIN, 'ledger', 'hook', 'install', bare], { env });
  const homes = Array.from({ length: writers }, (_, i) => writerHome(join(root, 'crowd', `w${i}`), `w${i}`, bare));
  const start = process.hrtime.bigint();
  const results = await Promise.all(homes.map((home, i) => run(node, [BIN, 'sync', '--json'], { env: { ...cleanEnv(env), WOTN_HOME: home, WOTN_PUSHER: `w${i}` } })));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const attempts = results.map((r) => { try { return JSON.parse(r.out).ledger?.attempts ?? 0; } catch { return 0; } });
  const check = join(root, 'crowd-check');
  git(root, 'clone', '--quiet', bare, check);
  const landed = git(check, 'ls-files', 'progress').split('\n').filter((f) => /progress\/w\d+\.json$/.test(f)).length;
  const failed = results.filter((r) => r.code !== 0).length;
  const retries = attempts.reduce((s, a) => s + Math.max(0, a - 1), 0);
  log(`\n${writers} writers syncing at once to one bare ledger, its pre-receive hook checking every push`);
  log(`  ${landed}/${writers} entries landed, ${failed} syncs failed, wall time ${seconds.toFixed(1)} s, ` +
    `retries ${retries} in all (most for one writer: ${Math.max(...attempts) - 1})`);
  return { landed, failed };
}
