// What every command receives: paths, clock, environment and output streams. Tests build
// one with a temp WOTN_HOME and WOTN_NOW; nothing reads process globals behind its back.
import { resolvePaths, type Paths } from './adapters/paths.js';
import { systemClock, type Clock } from './adapters/clock.js';

export interface Output {
  /** Results: stdout. */
  data(text: string): void;
  /** Talk: progress, warnings, hints. stderr. */
  info(text: string): void;
  /** One JSON document on stdout: indented on a terminal, compact when piped. */
  json(value: unknown): void;
}

export interface Context {
  paths: Paths;
  env: NodeJS.ProcessEnv;
  now: Clock;
  out: Output;
  json: boolean;
  color: boolean;
  /** Whether we may ask questions: a terminal on both ends, not CI, not a dumb terminal. */
  interactive: boolean;
}

export interface GlobalOptions {
  json?: boolean;
  color?: boolean;
  debug?: boolean;
}

export function canPrompt(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY && !env.CI && env.TERM !== 'dumb');
}

export function colorWanted(options: GlobalOptions, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (options.color === false || env.NO_COLOR) return false; // no-color.org: set and not empty
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

export function createContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Context {
  return {
    paths: resolvePaths(env),
    env,
    now: systemClock(env),
    out: {
      data: (text) => void process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
      info: (text) => void process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
      json: (value) => void process.stdout.write(JSON.stringify(value, null, process.stdout.isTTY ? 2 : undefined) + '\n'),
    },
    json: Boolean(options.json),
    color: colorWanted(options, env, Boolean(process.stdout.isTTY)),
    interactive: canPrompt(env),
  };
}
