// The GitHub API transport for a ledger (github:owner/repo), for reading: one file through
// the contents API, or the whole ledger as one archive, so a report costs two requests
// however large the cohort. Members never write here: they submit check-ins
// (check-in-api.ts) and the ledger's workflow records them.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WotnError } from '../errors.js';
import { explain, httpStatus, type GitHub } from './github.js';
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

/** One file of the ledger through the contents API, parsed; undefined when it does not exist. */
export async function readLedgerFile(gh: GitHub, r: Repo, path: string): Promise<RemoteFile | undefined> {
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
