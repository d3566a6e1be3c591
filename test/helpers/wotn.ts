// Runs wotn as a user would, with its own WOTN_HOME and clock: `wotn` in this process
// through the real program and a test IO (fast: most command tests), `wotnBin` as the
// built binary in a child process (for what only a real process shows: exit codes, pipes,
// startup, the bin shim).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/program.js';
import type { IO } from '../../src/context.js';
import type { Asker } from '../../src/adapters/prompts.js';
import type { RetryPolicy } from '../../src/adapters/retry.js';
import { gitEnv } from './git.js';

export const BIN = fileURLToPath(new URL('../../bin/wotn.js', import.meta.url));

/** Retries as many times as production, without its waits: correctness tests need no backoff. */
export const FAST_RETRY: RetryPolicy = { attempts: 30, baseMs: 1, capMs: 20 };

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  home: string;
  now?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** In-process only: pretend both ends are a terminal (prompts allowed, colours on). */
  tty?: boolean;
  /** In-process only, with tty: the terminal's width. */
  columns?: number;
  asker?: Asker;
  openEditor?: (editor: string, file: string) => void;
  retry?: RetryPolicy;
  zone?: string;
  /** In-process only: how long GitHub may take to answer. */
  githubTimeoutMs?: number;
  /** What the command reads on stdin. */
  input?: string;
}

// Each writer's home stands for their own account on the machine. A local bare ledger's
// pre-receive hook runs with the pusher's environment and names the pusher by USER (as a
// server names its accounts), so a run from a writer's home has that writer's USER and
// none of the names a git server would set.
const accounts = new Map<string, string>();

/** From now on, runs from `home` are the account `user`'s (its USER). */
export function accountOf(home: string, user: string): void {
  accounts.set(home, user);
}

const PUSHER_NAMES = ['WOTN_PUSHER', 'GL_USERNAME', 'GITEA_PUSHER_NAME', 'FORGEJO_PUSHER_NAME', 'USER'];

function environment(o: RunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...gitEnv, WOTN_HOME: o.home, NO_COLOR: '1' };
  delete env.VISUAL;
  delete env.EDITOR;
  delete env.CI;
  // wotn reads these in GitHub Actions (the Pages address, the workflow's token): a test
  // run in Actions must see what a run elsewhere sees.
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_') || name === 'GH_TOKEN' || name === 'WOTN_LANG' || name.startsWith('LC_') || name === 'LANG') delete env[name];
  for (const name of PUSHER_NAMES) delete env[name];
  const user = accounts.get(o.home);
  if (user) env.USER = user;
  if (o.now) env.WOTN_NOW = o.now;
  else delete env.WOTN_NOW;
  if (o.env) Object.assign(env, o.env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

/** The IO a test run gets: its own environment, folder and captured streams. */
export function testIO(o: RunOptions): IO & { captured: { stdout: string; stderr: string } } {
  const captured = { stdout: '', stderr: '' };
  const tty = Boolean(o.tty);
  return {
    env: environment(o),
    cwd: o.cwd ?? o.home,
    stdinIsTTY: tty,
    stdout: { write: (t) => void (captured.stdout += t), isTTY: tty, ...(o.columns ? { columns: o.columns } : {}) },
    stderr: { write: (t) => void (captured.stderr += t), isTTY: tty },
    zone: () => o.zone ?? o.env?.TZ ?? 'UTC',
    node: process.execPath,
    readStdin: async () => o.input ?? '',
    retry: o.retry ?? FAST_RETRY,
    githubPaced: false,
    ...(o.githubTimeoutMs ? { githubTimeoutMs: o.githubTimeoutMs } : {}),
    ...(o.asker ? { asker: o.asker } : {}),
    ...(o.openEditor ? { openEditor: o.openEditor } : {}),
    captured,
  };
}

/** Runs `wotn ARGS` in this process. */
export async function wotn(args: string[], o: RunOptions): Promise<Run> {
  mkdirSync(o.cwd ?? o.home, { recursive: true });
  const io = testIO(o);
  const code = await main(['node', 'wotn', ...args], io);
  return { code, stdout: io.captured.stdout, stderr: io.captured.stderr };
}

/** Runs the built binary in a child process, exactly as a user's shell would. */
export function wotnBin(args: string[], o: RunOptions): Promise<Run> {
  const env = environment(o);
  mkdirSync(o.cwd ?? o.home, { recursive: true });
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: o.cwd ?? o.home, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    child.stdin?.on('error', () => {}); // a child that exits early closes its stdin: not our failure
    child.stdin?.end(o.input ?? '');
  });
}

/** Starts the built binary and returns the process, for a test that kills it midway. */
export function spawnWotn(args: string[], o: RunOptions): ChildProcess {
  mkdirSync(o.cwd ?? o.home, { recursive: true });
  return spawn(process.execPath, [BIN, ...args], { cwd: o.cwd ?? o.home, env: environment(o), stdio: 'ignore' });
}

async function parsed<T>(run: Promise<Run>, args: string[]): Promise<T> {
  const r = await run;
  if (r.code !== 0) throw new Error(`wotn ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Runs in this process and parses --json output, failing loudly with stderr when the command failed. */
export function wotnJson<T = any>(args: string[], o: RunOptions): Promise<T> {
  return parsed<T>(wotn([...args, '--json'], o), args);
}

/** The same through the built binary. */
export function wotnBinJson<T = any>(args: string[], o: RunOptions): Promise<T> {
  return parsed<T>(wotnBin([...args, '--json'], o), args);
}
