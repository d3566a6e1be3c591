// Where a ledger lives and how to reach it: a folder, a git URL (or bare repository), or
// github:owner/repo. Reads use a cached clone; writes touch only the member's own files.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COHORT_FILE } from '../domain/ledger.js';
import { WotnError } from '../errors.js';
import { t } from '../i18n/index.js';

// `label` is how the user wrote it; `canonical` is what config stores (an absolute path
// for a local ledger, so it works from any folder).
export type LedgerSpec = { label: string; canonical: string } & (
  | { kind: 'dir'; dir: string }
  | { kind: 'git'; url: string }
  | { kind: 'github'; owner: string; repo: string }
);

const SCP_LIKE = /^[\w.-]+@[\w.-]+:/;

/** A git URL (https://, ssh://, file://…) or scp-like git@host:path, as opposed to a path. */
export function isGitUrl(spec: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || SCP_LIKE.test(spec);
}

// github.com as a git remote, in every spelling git takes: scp-like (git@github.com:o/r),
// ssh://, https://, http:// and git://, with or without www., a user or a port.
const GITHUB_REMOTE = /^(?:[\w.-]+@(?:www\.)?github\.com:|[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(?:www\.)?github\.com(?::\d+)?(?:\/|$))/i;
const OWNER_REPO = /^\/?([A-Za-z0-9-]{1,39})\/([\w.-]{1,100}?)(?:\.git)?\/?$/;

/**
 * A ledger on GitHub is reached through the API as github:OWNER/REPO, never as a git
 * remote: GitHub runs no pre-receive hooks, so a push there would be checked by no one.
 */
function refuseGitHubRemote(spec: string): void {
  const host = GITHUB_REMOTE.exec(spec);
  if (!host) return;
  const repo = OWNER_REPO.exec(spec.slice(host[0].length));
  const github = repo ? `github:${repo[1]}/${repo[2]}` : 'github:OWNER/REPO';
  throw new WotnError('usage', t('ledger.githubRemote', { spec, github }), t('ledger.githubRemoteHint', { github, repo: github.slice('github:'.length) }));
}

/**
 * `configured`: the spec comes from the config, so a folder that is gone is a ledger that
 * can't be reached right now (entries stay queued), not a typo.
 */
export function parseLedgerSpec(spec: string, cwd: string, configured = false): LedgerSpec {
  const github = /^github:([A-Za-z0-9-]{1,39})\/([\w.-]{1,100})$/.exec(spec);
  if (github) return { kind: 'github', owner: github[1]!, repo: github[2]!.replace(/\.git$/, ''), label: spec, canonical: spec };
  if (spec.startsWith('github:')) throw new WotnError('usage', t('error.ledgerGithub', { spec }));
  refuseGitHubRemote(spec);
  if (isGitUrl(spec)) return { kind: 'git', url: spec, label: spec, canonical: spec };
  const path = resolve(cwd, spec);
  if (configured && !existsSync(path)) return { kind: 'git', url: pathToFileURL(path).href, label: spec, canonical: path };
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new WotnError('not-found', t('error.ledgerNotFound', { spec }));
  if (existsSync(join(path, COHORT_FILE))) return { kind: 'dir', dir: path, label: spec, canonical: path };
  // A bare repository (or a clone without a checkout) is reached as a git remote.
  return { kind: 'git', url: pathToFileURL(path).href, label: spec, canonical: path };
}

/** 64-bit FNV-1a as hex: a stable folder name per ledger (no secret, so no crypto needed). */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

/** The cache folder for one ledger: stable per URL, never derived from untrusted names. */
export function ledgerCacheDir(cacheRoot: string, spec: LedgerSpec): string {
  const key = spec.kind === 'git' ? spec.url : spec.kind === 'github' ? `github:${spec.owner}/${spec.repo}` : spec.dir;
  return join(cacheRoot, 'ledgers', fnv1a64(key));
}
