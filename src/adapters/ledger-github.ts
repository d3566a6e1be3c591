// The GitHub API transport for a ledger (github:owner/repo), for reading: one file through
// the contents API, or the rules and one archive of the repository as it streams, so a
// report costs three requests however large the cohort. Members never write here: they
// submit check-ins (check-in-api.ts) and the ledger's workflow records them.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { COHORT_FILE } from '../domain/ledger.js';
import { WotnError } from '../errors.js';
import { explain, httpStatus, type GitHub } from './github.js';
import { readLedgerArchive } from './ledger-archive.js';
import { noCommunity } from './community-files.js';
import { byFile, cohortFileProblem, cohortFromText, MAX_FILE_BYTES, noCohortFile, whySaid, type LedgerSource } from './ledger-files.js';
import type { Said } from '../domain/said.js';
import { t } from '../i18n/index.js';

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
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new WotnError('corrupt', t('ledger.remoteNotAFile', { path, repo: `${r.owner}/${r.repo}` }));
    const text = Buffer.from(data.content, 'base64').toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new WotnError('corrupt', t('ledger.remoteNotJson', { path, repo: `${r.owner}/${r.repo}` }));
    }
    return { value, text, sha: data.sha };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    if (error instanceof WotnError) throw error;
    throw explain(error, ['gh.doing.read', { path, repo: `${r.owner}/${r.repo}` }]);
  }
}

interface Rules {
  text: string;
}

/** The cohort's rules through the contents API, refused as a folder's would be. */
async function getRules(gh: GitHub, r: Repo, label: string): Promise<Rules> {
  let data: unknown;
  try {
    ({ data } = await gh.rest.repos.getContent({ ...r, path: COHORT_FILE }));
  } catch (error) {
    if (httpStatus(error) === 404) throw noCohortFile(label);
    throw explain(error, ['gh.doing.read', { path: COHORT_FILE, repo: `${r.owner}/${r.repo}` }]);
  }
  const file = data as { type?: string; size?: number; content?: string };
  if (Array.isArray(data) || (file.type !== 'file' && file.type !== 'symlink')) throw cohortFileProblem(label, whySaid('is not a regular file'));
  if (file.type === 'symlink') throw cohortFileProblem(label, whySaid('is a symbolic link'));
  if ((file.size ?? 0) > MAX_FILE_BYTES) throw cohortFileProblem(label, whySaid('is larger than 1 MiB'));
  return { text: Buffer.from(file.content ?? '', 'base64').toString('utf8') };
}

/** The repository's archive as it downloads (the body is a stream; nothing is buffered whole). */
async function getArchive(gh: GitHub, r: Repo): Promise<Readable> {
  try {
    const { data } = await gh.rest.repos.downloadTarballArchive({ ...r, ref: '', request: { parseSuccessResponseBody: false } });
    return Readable.fromWeb(data as unknown as WebReadableStream);
  } catch (error) {
    throw explain(error, ['gh.doing.download', { repo: `${r.owner}/${r.repo}` }]);
  }
}

/**
 * A github: ledger read from its archive as it downloads. The rules come first, through the
 * contents API (git puts wotn-cohort.json after every member's files, and a member is
 * counted by the rules as it arrives); both requests start at once. If the archive's own
 * rules differ, a lead changed them between the two requests: the read starts over.
 */
export function githubSource(gh: GitHub, r: Repo, label: string): LedgerSource {
  return {
    label,
    read: async (start) => {
      for (let attempt = 1; ; attempt++) {
        const [rules, archive] = await Promise.allSettled([getRules(gh, r, label), getArchive(gh, r)]);
        if (archive.status === 'rejected') throw archive.reason;
        if (rules.status === 'rejected') {
          archive.value.destroy();
          throw rules.reason;
        }
        const cohort = cohortFromText(rules.value.text, label);
        const warnings: Said[] = [];
        const collected = noCommunity();
        const visit = start(cohort, warnings, collected);
        const { cohortText, extras, community } = await readLedgerArchive(archive.value, { label, visit, warnings, cohort, community: collected });
        if (cohortText === rules.value.text) return { cohort, warnings: byFile(warnings), extras, community };
        if (attempt >= 3) throw new WotnError('conflict', t('ledger.rulesKeptChanging', { ledger: label }));
      }
    },
  };
}
