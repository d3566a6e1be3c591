// The real git, behind a script that can stop before one subcommand: a test starts wotn
// with this script first on PATH, waits until git is paused there, and kills wotn with
// SIGKILL at exactly that point. Every call's arguments are noted, one line each.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PausingGit {
  /** The environment for a wotn whose git pauses before `subcommand` (none: never pauses). */
  env(subcommand?: string): NodeJS.ProcessEnv;
  /** Waits until git is paused, kills `wotn` and the paused git with SIGKILL. */
  killWhenPaused(wotn: ChildProcess): Promise<void>;
  /** The git calls made so far, each as its arguments joined by spaces. */
  calls(): string[];
}

const sh = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function pausingGit(root: string): PausingGit {
  const bin = join(root, 'pausing-git');
  mkdirSync(bin, { recursive: true });
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const log = join(bin, 'calls.log');
  const paused = join(bin, 'paused.pid');
  writeFileSync(join(bin, 'git'), `#!/bin/sh
echo "$*" >> ${sh(log)}
for arg in "$@"; do
  if [ -n "$PAUSE_GIT_AT" ] && [ "$arg" = "$PAUSE_GIT_AT" ]; then echo $$ > ${sh(paused)}; exec sleep 120; fi
done
exec ${sh(realGit)} "$@"
`);
  chmodSync(join(bin, 'git'), 0o755);
  return {
    env: (subcommand) => ({ PATH: `${bin}:${process.env.PATH}`, PAUSE_GIT_AT: subcommand ?? '' }),
    async killWhenPaused(wotn) {
      const deadline = Date.now() + 30_000;
      while (!existsSync(paused) || !readFileSync(paused, 'utf8').trim()) {
        if (Date.now() > deadline || wotn.exitCode !== null) throw new Error('git never paused');
        await new Promise((r) => setTimeout(r, 20));
      }
      const exited = new Promise((r) => wotn.once('exit', r));
      wotn.kill('SIGKILL');
      await exited;
      process.kill(Number(readFileSync(paused, 'utf8')), 'SIGKILL');
      rmSync(paused);
    },
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
  };
}
