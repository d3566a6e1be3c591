// The pre-receive hook file in a bare ledger repository: a few lines of POSIX sh that run
// `wotn ledger hook run` with the node and the wotn that installed it (absolute paths, so
// the hook works with the git server's PATH). wotn recognises its own hook by a marker
// line and replaces it freely; a hook someone else wrote is replaced only when asked.
import { chmodSync, lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { WotnError } from '../errors.js';
import { writeFileAtomic } from './files.js';
import type { Git } from './git.js';
import { t } from '../i18n/index.js';

export const HOOK_MARKER = '# wotn: pre-receive hook';

/** Single-quoted for sh: nothing inside is expanded. */
const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function hookScript(node: string, wotn: string, version: string): string {
  return `#!/bin/sh
${HOOK_MARKER} (installed by wotn ${version} with \`wotn ledger hook install\`)
# Refuses a push that changes anything but the pusher's own files (leads excepted), holds
# anything but regular files, rewinds history or breaks the cohort's rules.
# It runs the node and wotn below. Upgrading wotn in place (npm install -g wotn) needs
# nothing more; after moving node or wotn elsewhere, run \`wotn ledger hook install\` again.
node=${quoted(node)}
wotn=${quoted(wotn)}
if [ ! -x "$node" ] || [ ! -f "$wotn" ]; then
  echo "wotn: this ledger's pre-receive hook cannot find $node or $wotn; run wotn ledger hook install on the server again" >&2
  exit 1
fi
unset NODE_OPTIONS
exec "$node" "$wotn" ledger hook run
`;
}

export type Replaced = 'nothing' | 'wotn' | 'foreign';

/** Where git looks for the repository's pre-receive hook (core.hooksPath included). */
async function hookPath(git: Git, repo: string): Promise<string> {
  let bare: string;
  try {
    bare = (await git.run(repo, ['rev-parse', '--is-bare-repository'])).trim();
  } catch {
    throw new WotnError('not-found', t('hook.notGit', { repo }), t('hook.notGitHint'));
  }
  if (bare !== 'true') throw new WotnError('usage', t('hook.notBare', { repo }));
  const path = (await git.run(repo, ['rev-parse', '--git-path', 'hooks/pre-receive'])).trim();
  return isAbsolute(path) ? path : resolve(repo, path);
}

export async function writePreReceiveHook(git: Git, repo: string, script: string, force: boolean): Promise<{ path: string; replaced: Replaced }> {
  const path = await hookPath(git, repo);
  let replaced: Replaced = 'nothing';
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing) {
    const ours = existing.isFile() && readFileSync(path, 'utf8').includes(HOOK_MARKER);
    if (!ours && !force)
      throw new WotnError('usage', t('hook.foreign', { path }), t('hook.foreignHint'));
    replaced = ours ? 'wotn' : 'foreign';
  }
  writeFileAtomic(path, script);
  chmodSync(path, 0o755);
  return { path, replaced };
}

