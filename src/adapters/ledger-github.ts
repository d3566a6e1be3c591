// The GitHub API transport for a ledger (github:owner/repo). A member's files are written
// through the contents API with the blob sha; a stale sha (409) or a file that appeared
// (422) means re-read, re-merge and retry with backoff. Reads download one archive of the
// repository, so a report costs two requests however large the cohort.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COHORT_FILE, ledgerJson, memberPath, progressPath } from '../domain/ledger.js';
import { WotnError } from '../errors.js';
import { explain, httpStatus, type GitHub } from './github.js';
import type { OwnChange, WriteResult } from './ledger-git.js';
import { backoffMs, DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { extractTarGz } from './tar.js';

export interface Repo {
  owner: string;
  repo: string;
}

interface RemoteFile {
  value: unknown;
  text: string;
  sha: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function getFile(gh: GitHub, r: Repo, path: string): Promise<RemoteFile | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ ...r, path });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new WotnError('corrupt', `${path} in ${r.owner}/${r.repo} is not a file`);
    const text = Buffer.from(data.content, 'base64').toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new WotnError('corrupt', `${path} in ${r.owner}/${r.repo} is not valid JSON; fix it there before syncing`);
    }
    return { value, text, sha: data.sha };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    if (error instanceof WotnError) throw error;
    throw explain(error, `reading ${path} from ${r.owner}/${r.repo}`);
  }
}

export async function updateOwnFilesOnGitHub(
  gh: GitHub,
  r: Repo,
  handle: string,
  change: OwnChange,
  message: string,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<WriteResult> {
  for (let attempt = 1; ; attempt++) {
    const [card, progress, cohort] = await Promise.all([getFile(gh, r, memberPath(handle)), getFile(gh, r, progressPath(handle)), getFile(gh, r, COHORT_FILE)]);
    const next = change({ card: card?.value, progress: progress?.value, cohort: cohort?.value });
    let commit: string | undefined;
    try {
      for (const [key, path, current] of [['card', memberPath(handle), card], ['progress', progressPath(handle), progress]] as const) {
        if (next[key] === undefined) continue;
        const text = ledgerJson(next[key]);
        if (current?.text === text) continue;
        const { data } = await gh.rest.repos.createOrUpdateFileContents({
          ...r, path, message, content: Buffer.from(text).toString('base64'), ...(current ? { sha: current.sha } : {}),
        });
        commit = data.commit.sha?.slice(0, 7);
      }
      return commit ? { changed: true, commit, attempts: attempt } : { changed: false, attempts: attempt };
    } catch (error) {
      const status = httpStatus(error);
      // 409: the file changed since we read it; 422: it appeared since we read it.
      if ((status !== 409 && status !== 422) || attempt >= policy.attempts) {
        if (status === 409 || status === 422) throw new WotnError('conflict', `the ledger kept changing under this sync after ${attempt} attempts`);
        throw explain(error, `writing your files to ${r.owner}/${r.repo}`);
      }
      await sleep(backoffMs(attempt, policy));
    }
  }
}

/** Downloads the repository's archive and unpacks it into `cacheDir/github-read`. */
export async function downloadLedger(gh: GitHub, r: Repo, cacheDir: string): Promise<string> {
  let archive: Buffer;
  try {
    const { data } = await gh.rest.repos.downloadTarballArchive({ ...r, ref: '' });
    archive = Buffer.from(data as ArrayBuffer);
  } catch (error) {
    throw explain(error, `downloading ${r.owner}/${r.repo}`);
  }
  const dir = join(cacheDir, 'github-read');
  const fresh = `${dir}.${process.pid}.tmp`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  extractTarGz(archive, fresh);
  rmSync(dir, { recursive: true, force: true });
  renameSync(fresh, dir);
  writeFileSync(join(cacheDir, 'github-read.fetched'), new Date().toISOString());
  return dir;
}
