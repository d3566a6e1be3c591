// The plain-git ledger's guard: `wotn ledger hook install` puts a pre-receive hook in the
// bare repository members push to; git runs it (`wotn ledger hook run`) on every push,
// with the ref updates on stdin, and refuses the push when it names any violation.
import { resolve } from 'node:path';
import { hookScript, writePreReceiveHook, type Replaced } from '../adapters/hook-file.js';
import { wotnEntry } from '../adapters/paths.js';
import { VERSION } from '../version.js';
import type { Context } from '../context.js';
import { translator } from '../i18n/index.js';

export interface HookInstallResult {
  /** The hook file. */
  hook: string;
  /** What was there before: nothing, an older wotn hook, or someone else's (with --force). */
  replaced: Replaced;
  node: string;
  wotn: string;
}

export async function installHook(repo: string, o: { force?: boolean }, ctx: Context): Promise<HookInstallResult> {
  const wotn = wotnEntry();
  const { path, replaced } = await writePreReceiveHook(ctx.git, resolve(ctx.cwd, repo), hookScript(ctx.node, wotn, VERSION), Boolean(o.force));
  return { hook: path, replaced, node: ctx.node, wotn };
}

/** Runs inside git's pre-receive hook (its folder is the bare repository): the violations, one per line. */
export async function runHook(ctx: Context): Promise<string[]> {
  const input = await ctx.readStdin();
  // The ledger's branch is the one the bare repository's HEAD names (cohort init sets it).
  const head = await ctx.git.run(ctx.cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => 'main');
  const { checkPreReceive } = await import('../adapters/pre-receive.js');
  const verdicts = await checkPreReceive({ repo: ctx.cwd, input, env: ctx.env, now: ctx.now(), branch: head.trim() || 'main' });
  // The hook talks to the member pushing, in their cohort's language; the file, day and value stay in the line.
  const out: string[] = [];
  for (const v of verdicts) {
    const tr = await translator(v.lang);
    for (const l of v.lines) out.push(tr.say(l));
  }
  return out;
}
