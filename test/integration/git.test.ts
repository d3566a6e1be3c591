// The git adapter against real repositories and a local bare remote.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGit, GitError } from '../../src/adapters/git.js';
import { bareRepo, gitSync, log, workRepo } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';

const { commitFile, ensureRepo, push, run: git } = createGit({
  ...process.env,
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.com',
});

describe('git adapter', () => {
  it('commits exactly one file and leaves other staged work alone', async () => {
    const repo = workRepo(tempDir());
    writeFileSync(join(repo, 'other.txt'), 'x');
    gitSync(repo, 'add', 'other.txt');
    writeFileSync(join(repo, 'post.md'), 'hello');
    const sha = await commitFile(repo, 'post.md', 'Day 1: Hello');
    expect(gitSync(repo, 'rev-parse', '--short', 'HEAD').trim()).toBe(sha);
    expect(gitSync(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('post.md');
    expect(gitSync(repo, 'diff', '--cached', '--name-only').trim()).toBe('other.txt');
  });

  it('pushes to a bare remote by path, and fails with a one-line GitError when it is gone', async () => {
    const root = tempDir();
    const remote = bareRepo(root);
    const repo = workRepo(root);
    writeFileSync(join(repo, 'a.md'), 'a');
    await commitFile(repo, 'a.md', 'first');
    await push(repo, remote, 'main');
    expect(log(remote, 'main')).toEqual(['first']);
    const error = (await push(repo, join(root, 'missing.git'), 'main').catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.message).toMatch(/^git push failed: .*missing\.git/);
    expect(error.message).not.toContain('\n');
  });

  it('rejects a non-fast-forward push', async () => {
    const root = tempDir();
    const remote = bareRepo(root);
    const a = workRepo(root, 'a');
    const b = workRepo(root, 'b');
    writeFileSync(join(a, 'x.md'), 'a');
    await commitFile(a, 'x.md', 'from a');
    await push(a, remote, 'main');
    writeFileSync(join(b, 'y.md'), 'b');
    await commitFile(b, 'y.md', 'from b');
    await expect(push(b, remote, 'main')).rejects.toThrow(/git push failed/);
  });

  it('initialises a folder once, and never inside an existing repository', async () => {
    const root = tempDir();
    expect(await ensureRepo(root, 'main')).toBe(true);
    expect(await ensureRepo(root, 'main')).toBe(false);
    const nested = join(root, 'sub');
    (await import('node:fs')).mkdirSync(nested);
    expect(await ensureRepo(nested, 'main')).toBe(false);
    expect((await git(root, ['symbolic-ref', '--short', 'HEAD'])).trim()).toBe('main');
  });
});

describe('committing an unchanged file', () => {
  it('returns the commit that last changed it instead of failing', async () => {
    const repo = workRepo(tempDir());
    writeFileSync(join(repo, 'post.md'), 'hello');
    const first = await commitFile(repo, 'post.md', 'Day 1');
    expect(await commitFile(repo, 'post.md', 'Day 1 again')).toBe(first);
    expect(log(repo)).toEqual(['Day 1']);
  });
});
