// The Context is the one factory of side effects: clock, environment, time zone, terminal,
// paths, git, GitHub, prompts, editor, ledger stores and the retry policy. Commands and use
// cases get everything through it; only `systemIO` (used by the entry point) reads process
// globals, so a test runs a command in-process with its own IO.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { resolvePaths, type Paths } from './adapters/paths.js';
import { systemClock, systemTimeZone, type Clock } from './adapters/clock.js';
import { createGit, type Git } from './adapters/git.js';
import { DEFAULT_RETRY, type RetryPolicy } from './adapters/retry.js';
import { processOffset } from './adapters/zone.js';
import type { ZoneOffset } from './domain/calendar.js';
import type { Asker } from './adapters/prompts.js';
import type { GitHub } from './adapters/github.js';
import type { LedgerStore } from './adapters/ledger-store.js';
import { isLang, type Lang } from './domain/language.js';

export interface Output {
  /** Results: stdout. */
  data(text: string): void;
  /** Results in pieces, as they are (a large report): nothing added. */
  write(text: string): void;
  /** Talk: progress, warnings, hints. stderr. */
  info(text: string): void;
  /** One JSON document on stdout: indented on a terminal, compact when piped. */
  json(value: unknown): void;
}

export interface Stream {
  write(text: string): void;
  isTTY: boolean;
  /** A terminal's width in columns. */
  columns?: number;
}

/** What the process gives a run: environment, folder, streams and a few overridables. */
export interface IO {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdinIsTTY: boolean;
  stdout: Stream;
  stderr: Stream;
  /** The machine's time zone (IANA). */
  zone: () => string;
  /** The node binary running wotn (a hook wotn installs runs the same one). */
  node: string;
  /** All of stdin as text (a git hook's ref updates); read only by the command that needs it. */
  readStdin: () => Promise<string>;
  retry?: RetryPolicy;
  /** Pace GitHub API writes as GitHub asks (default); a local test server needs no pacing. */
  githubPaced?: boolean;
  /** How long GitHub may take to answer (tests of a server that never answers make it short). */
  githubTimeoutMs?: number;
  /** Answers questions; tests pass a scripted one. */
  asker?: Asker;
  /** Opens a file in the writer's editor; tests pass a fake. */
  openEditor?: (editor: string, file: string) => void;
}

export interface Context {
  env: NodeJS.ProcessEnv;
  cwd: string;
  paths: Paths;
  now: Clock;
  /** The machine's time zone, the default for a writer or cohort that names none. */
  zone: () => string;
  /** The node binary running wotn. */
  node: string;
  readStdin: () => Promise<string>;
  /** Zone offsets for the daily loop (cheap at startup; the same rules as Intl's). */
  offset: ZoneOffset;
  out: Output;
  /**
   * The writer's language: of what wotn writes for them (a post's template and prompt) and
   * of its messages, except with --json, when every message is English (src/i18n).
   */
  lang: Lang;
  /** --lang as given on this command line (`wotn init --lang vi` keeps it). */
  langFlag?: Lang;
  json: boolean;
  color: boolean;
  /** stdout is a terminal (pretty JSON, colours). */
  stdoutIsTTY: boolean;
  /** How wide a table may be: the terminal's width, else 80. */
  columns: () => number;
  /** Whether we may ask questions: a terminal on both ends, not CI, not a dumb terminal. */
  interactive: boolean;
  git: Git;
  retry: RetryPolicy;
  github(): Promise<GitHub>;
  asker(): Promise<Asker>;
  openEditor(editor: string, file: string): Promise<void>;
  /** `configured`: the spec comes from the config (a folder that is gone is unreachable, not a typo). */
  ledger(spec: string, configured?: boolean): Promise<LedgerStore>;
}

export interface GlobalOptions {
  json?: boolean;
  color?: boolean;
  debug?: boolean;
  lang?: string;
}

/**
 * Whether `fd` is a terminal. Only a character device other than /dev/null can be one, and
 * asking fstat first spares a piped or redirected run node:tty (which loads net and
 * streams, ~1.5 ms).
 */
function isTerminal(fd: number): boolean {
  if (process.platform !== 'win32') {
    try {
      const stat = fstatSync(fd);
      if (!stat.isCharacterDevice() || stat.rdev === nullDevice()) return false;
    } catch {
      return false;
    }
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

let nullRdev: number | undefined;
const nullDevice = () => (nullRdev ??= statSync('/dev/null').rdev);

/**
 * The process's standard output or error. Text is written straight to the descriptor, as
 * node itself does for files and terminals: no stream object is built (process.stdout
 * costs net, streams and a tty or socket), and nothing is left unwritten when a run exits.
 * A descriptor that would block (a non-blocking pipe that is full) hands the rest to the
 * process's stream, which then takes every later write, in order. `onClosedPipe` is called
 * when the reader has gone away (`wotn feed | head -3`).
 */
/** The reading end went away (`wotn feed | head -3`): a pipe says EPIPE, a socket may say ECONNRESET. */
const readerGone = (error: unknown) => ['EPIPE', 'ECONNRESET'].includes((error as NodeJS.ErrnoException).code ?? '');

function lazyStream(get: () => NodeJS.WriteStream, fd: number, onClosedPipe: () => void): Stream {
  let stream: NodeJS.WriteStream | undefined;
  const tty = isTerminal(fd);
  const toStream = (rest: Buffer | string) => {
    if (!stream) {
      stream = get();
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (!readerGone(error)) throw error;
        onClosedPipe();
      });
    }
    stream.write(rest);
  };
  return {
    write: (text) => {
      if (stream) return toStream(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (readerGone(error)) return onClosedPipe();
        if (code !== 'EAGAIN') throw error;
        toStream(bytes.subarray(done));
      }
    },
    isTTY: tty,
    get columns() {
      return tty ? get().columns : undefined;
    },
  };
}

export function systemIO(onClosedPipe: () => void = () => {}): IO {
  return {
    env: process.env,
    cwd: process.cwd(),
    // Not process.stdin.isTTY: touching process.stdin builds a stream (~5 ms).
    stdinIsTTY: isTerminal(0),
    stdout: lazyStream(() => process.stdout, 1, onClosedPipe),
    stderr: lazyStream(() => process.stderr, 2, onClosedPipe),
    zone: systemTimeZone,
    node: process.execPath,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

export function canPrompt(io: Pick<IO, 'env' | 'stdinIsTTY' | 'stdout'>): boolean {
  return io.stdinIsTTY && io.stdout.isTTY && !io.env.CI && io.env.TERM !== 'dumb';
}

export function colorWanted(options: GlobalOptions, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (options.color === false || env.NO_COLOR) return false; // no-color.org: set and not empty
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

const line = (text: string) => (text.endsWith('\n') ? text : text + '\n');

export function createContext(options: GlobalOptions, io: IO, lang: Lang = 'en'): Context {
  const { env } = io;
  const ctx: Context = {
    env,
    cwd: io.cwd,
    paths: resolvePaths(env),
    now: systemClock(env),
    zone: io.zone,
    node: io.node,
    readStdin: io.readStdin,
    offset: processOffset,
    out: {
      data: (text) => io.stdout.write(line(text)),
      write: (text) => io.stdout.write(text),
      info: (text) => io.stderr.write(line(text)),
      json: (value) => io.stdout.write(JSON.stringify(value, null, io.stdout.isTTY ? 2 : undefined) + '\n'),
    },
    lang,
    ...(isLang(options.lang) ? { langFlag: options.lang } : {}),
    json: Boolean(options.json),
    color: colorWanted(options, env, io.stdout.isTTY),
    stdoutIsTTY: io.stdout.isTTY,
    columns: () => io.stdout.columns ?? 80,
    interactive: canPrompt(io),
    git: createGit(env),
    retry: io.retry ?? DEFAULT_RETRY,
    github: async () => (await import('./adapters/github.js')).github(env, { paced: io.githubPaced ?? true, ...(io.githubTimeoutMs ? { timeoutMs: io.githubTimeoutMs } : {}) }),
    asker: async () => io.asker ?? (await import('./adapters/prompts.js')).terminalAsker,
    openEditor: async (editor, file) => (io.openEditor ?? (await import('./adapters/editor.js')).openEditor)(editor, file),
    ledger: async (spec, configured) => (await import('./adapters/ledger-store.js')).openLedgerStore(spec, ctx, configured),
  };
  return ctx;
}
