// Real git repositories for tests: a bare remote and clones with a local identity.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const gitEnv = {
  GIT_AUTHOR_NAME: 'Test Writer',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test Writer',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function gitSync(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function bareRepo(parent: string, name = 'remote.git'): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  gitSync(dir, 'init', '--quiet', '--bare', '--initial-branch=main');
  return dir;
}

export function workRepo(parent: string, name = 'blog'): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  gitSync(dir, 'init', '--quiet', '--initial-branch=main');
  gitSync(dir, 'config', 'commit.gpgSign', 'false');
  return dir;
}

export function log(repo: string, ref = 'HEAD'): string[] {
  return gitSync(repo, 'log', '--format=%s', ref).trim().split('\n').filter(Boolean);
}
