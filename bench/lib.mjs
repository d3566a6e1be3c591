// Benchmark helpers: run commands interleaved in one session, report medians and ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const PEAK_RSS = new URL('./peak-rss.mjs', import.meta.url).href;

/**
 * The environment every timed process gets: NODE_EXTRA_CA_CERTS removed, since loading it
 * adds ~35 ms to each node start on some machines and would hide the real ratios.
 */
export function cleanEnv(env = process.env) {
  const clean = { ...env };
  delete clean.NODE_EXTRA_CA_CERTS;
  return clean;
}

export function timeOnce(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options, env: cleanEnv(options.env) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** One run of a node script: wall time and peak resident memory (MB), from a preload. */
export function nodeRun(args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PEAK_RSS, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 20, ...options, env: cleanEnv(options.env) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, mb: Number(String(r.output[3])) / 1024 };
}

/**
 * Runs each case `runs` times, round-robin, and keeps every run: for each case the median
 * time and memory, and the median of its ratios to `floor` taken round by round (each pair
 * ran side by side, so load that comes and goes hits both).
 */
export function pairedRuns(cases, runs) {
  for (const fn of Object.values(cases)) fn(); // warm the file cache (and the fake GitHub's)
  const all = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, fn] of Object.entries(cases)) all[name].push(fn());
  const floor = all.floor;
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, {
    ms: median(v.map((r) => r.ms)),
    mb: median(v.map((r) => r.mb)),
    ratio: floor ? median(v.map((r, i) => r.ms / floor[i].ms)) : undefined,
    memRatio: floor ? median(v.map((r, i) => r.mb / floor[i].mb)) : undefined,
  }]));
}

/** How busy the machine was, printed beside the figures. */
export function load() {
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`;
}

/** A paired row: time ratio (median of the pairs' ratios) and peak memory against the floor's. */
export function pairedRow(label, c, floorLabel, floor, target, memTarget) {
  const verdict = (v, t) => (t === undefined ? '' : v <= t ? ' ok' : ' OVER');
  return `${label.padEnd(30)} ${c.ms.toFixed(0).padStart(6)} ms ${c.mb.toFixed(0).padStart(4)} MB  vs ${floorLabel.padEnd(24)} ${floor.ms.toFixed(0).padStart(6)} ms ${floor.mb.toFixed(0).padStart(4)} MB` +
    `  = ${c.ratio.toFixed(2)}×${verdict(c.ratio, target)}, memory ${c.memRatio.toFixed(2)}×${verdict(c.memRatio, memTarget)}`;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux (getconf CLK_TCK)

/** CPU time (user + system, ms) of this process's children that have been waited for: /proc/self/stat. */
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}

/**
 * Runs a command once; its wall time and its CPU time, counting every process it waited
 * for (wotn's git processes and, for a local remote, git's server side too). Linux only.
 */
export function cpuOnce(cmd, args, options = {}) {
  const before = childrenCpuMs();
  const ms = timeOnce(cmd, args, options);
  return { ms, cpuMs: childrenCpuMs() - before };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs each case `runs` times, round-robin so that machine noise hits all alike. */
export function measure(cases, runs) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const fn of Object.values(cases)) fn(); // warm the file cache
  for (let i = 0; i < runs; i++) for (const [name, fn] of Object.entries(cases)) times[name].push(fn(i));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

export function row(label, ms, floorLabel, floorMs, target) {
  const ratio = ms / floorMs;
  const verdict = target === undefined ? '' : ratio <= target ? `  ok (target ≤ ${target}×)` : `  OVER (target ≤ ${target}×)`;
  return `${label.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms  vs ${floorLabel.padEnd(30)} ${floorMs.toFixed(1).padStart(7)} ms  = ${ratio.toFixed(2)}×${verdict}`;
}

export const gitEnv = {
  GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
}

/** git with `input` on stdin. */
export function gitInput(cwd, args, input) {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8', input, maxBuffer: 1 << 30 });
}
