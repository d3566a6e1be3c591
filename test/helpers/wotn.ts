// Runs the built binary exactly as a user would, with its own WOTN_HOME and clock.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gitEnv } from './git.js';

export const BIN = fileURLToPath(new URL('../../bin/wotn.js', import.meta.url));

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
  input?: string;
}

export function wotn(args: string[], o: RunOptions): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...gitEnv, WOTN_HOME: o.home, NO_COLOR: '1', ...o.env };
  delete env.VISUAL;
  delete env.EDITOR;
  if (o.now) env.WOTN_NOW = o.now;
  else delete env.WOTN_NOW;
  if (o.env) Object.assign(env, o.env);
  mkdirSync(o.cwd ?? o.home, { recursive: true });
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: o.cwd ?? o.home, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    child.stdin?.end(o.input ?? '');
  });
}

/** Runs and parses --json output, failing loudly with stderr when the command failed. */
export async function wotnJson<T = any>(args: string[], o: RunOptions): Promise<T> {
  const r = await wotn([...args, '--json'], o);
  if (r.code !== 0) throw new Error(`wotn ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
