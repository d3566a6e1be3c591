// Reads a ledger from a repository archive (.tar.gz, as GitHub serves it) while it arrives:
// gzip and tar are decoded as the bytes come in (tar-stream) and each ledger file is parsed
// from memory as it completes. Nothing touches the disk and the archive is never held whole:
// only members' cards wait, parsed, for their progress files, which git's path order puts
// after all of members/. Only the ledger's own paths are read; links, other non-regular files,
// files over the cap and entries outside the archive's one top folder are refused, by name.
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Header } from 'tar-stream';
import { COHORT_FILE, type Cohort, type MemberCard } from '../domain/ledger.js';
import { WotnError } from '../errors.js';
import { addCommunityFile, noCommunity, type CommunityFiles } from './community-files.js';
import { cardFromText, cohortFileProblem, handleOfFile, MAX_FILE_BYTES, notAFolder, progressFromText, refused, whySaid, type MemberVisitor } from './ledger-files.js';
import type { Said } from '../domain/said.js';
import { t } from '../i18n/index.js';

type Place = { kind: 'cohort' } | { kind: 'extra'; path: string } | { kind: 'members' | 'progress' | 'feedback' | 'actions'; handle: string };
const FOLDERS = ['actions', 'feedback', 'members', 'progress'];

/** Files beside the members' that reads keep as text (pods.json): no request of their own on GitHub. */
export const EXTRA_FILES: readonly string[] = ['pods.json'];

/** Where an entry's path (inside the top folder) sits in the ledger; undefined: not a ledger file. */
function placeOf(rel: string, header: Header, warnings: Said[]): Place | undefined {
  if (rel === COHORT_FILE) return { kind: 'cohort' };
  if (EXTRA_FILES.includes(rel)) return { kind: 'extra', path: rel };
  if (FOLDERS.includes(rel)) {
    if (header.type !== 'directory') warnings.push(refused(rel, notAFolder(header.type === 'symlink')));
    return undefined;
  }
  const slash = rel.indexOf('/');
  const folder = rel.slice(0, slash);
  const name = rel.slice(slash + 1);
  if (!FOLDERS.includes(folder) || name.includes('/') || !name.endsWith('.json')) return undefined;
  const kind = folder as 'members' | 'progress' | 'feedback' | 'actions';
  const handle = handleOfFile(kind, name, warnings);
  return handle === undefined ? undefined : { kind, handle };
}

function typeProblem(header: Header): Said | undefined {
  if (header.type === 'file') return header.size > MAX_FILE_BYTES ? whySaid('is larger than 1 MiB') : undefined;
  if (header.type === 'symlink') return whySaid('is a symbolic link');
  if (header.type === 'link') return whySaid('is a hard link');
  return whySaid('is not a regular file');
}

/** Decoded as a folder's file is (a BOM kept, bad bytes replaced), so both read alike. */
function text(chunks: Buffer[]): string {
  return (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
}

export interface ArchiveOptions {
  /** Names the archive in errors. */
  label: string;
  visit: MemberVisitor;
  warnings: Said[];
  /** The rules the read counts by: feedback and actions are checked against them (without, they are not read). */
  cohort?: Cohort;
  /** Where feedback and actions are collected (they arrive before members/ in git's path order). */
  community?: CommunityFiles;
}

/**
 * Reads the ledger's files from a .tar.gz stream. Returns the archive's own copy of the
 * rules (undefined when it has none), so the caller can check it read the rules it used.
 */
export async function readLedgerArchive(body: Readable, o: ArchiveOptions): Promise<{ cohortText: string | undefined; extras: Map<string, string>; community: CommunityFiles }> {
  const { visit, warnings } = o;
  // Only github: reads need it. tar-stream is CommonJS: bundled, its exports arrive as `default`.
  const tar = await import('tar-stream');
  const tarExtract = tar.extract ?? (tar as unknown as { default: typeof tar }).default.extract;
  const extract = tarExtract();
  const cards = new Map<string, MemberCard | undefined>();
  let top: string | undefined;
  let last = ''; // the last ledger file's path: git lists paths in order, and each once
  let cohortText: string | undefined;
  const extras = new Map<string, string>();
  const community = o.community ?? noCommunity();

  const place = (header: Header): Place | undefined => {
    const parts = header.name.replace(/\/+$/, '').split('/');
    top ??= parts[0];
    if (parts[0] !== top || parts.some((p) => p === '' || p === '.' || p === '..')) {
      warnings.push(refused(JSON.stringify(header.name), whySaid('is outside the ledger')));
      return undefined;
    }
    const rel = parts.slice(1).join('/');
    const where = rel && placeOf(rel, header, warnings);
    if (!where) return undefined;
    const problem = typeProblem(header);
    if (problem && where.kind === 'cohort') throw cohortFileProblem(o.label, problem);
    if (problem) {
      warnings.push(refused(rel, problem));
      return undefined;
    }
    if (rel <= last) throw new WotnError('corrupt', t('ledger.archiveOutOfOrder', { ledger: o.label, file: rel }));
    last = rel;
    return where;
  };

  const take = (where: Place, content: string) => {
    if (where.kind === 'cohort') cohortText = content;
    else if (where.kind === 'extra') extras.set(where.path, content);
    else if (where.kind === 'feedback' || where.kind === 'actions') {
      if (o.cohort) addCommunityFile(community, where.kind, where.handle, content, o.cohort, warnings);
    } else if (where.kind === 'members') cards.set(where.handle, cardFromText(content, `members/${where.handle}.json`, where.handle, warnings));
    else {
      const card = cards.get(where.handle);
      cards.delete(where.handle);
      const progress = progressFromText(content, `progress/${where.handle}.json`, where.handle, warnings);
      if (card || progress) visit({ handle: where.handle, ...(card ? { card } : {}), ...(progress ? { progress } : {}) });
    }
  };

  return new Promise((resolve, reject) => {
    // Big output chunks: with zlib's 16 KiB default, inflating a 50,000-member ledger took 4× as long.
    const gunzip = createGunzip({ chunkSize: 256 * 1024 });
    let failed = false;
    // A download cut short is the network's fault; bytes that do not decode are the archive's.
    const fail = (error: Error, kind: 'network' | 'corrupt' = 'corrupt') => {
      if (failed) return;
      failed = true;
      body.unpipe();
      gunzip.unpipe();
      for (const s of [body, gunzip, extract]) s.destroy();
      reject(error instanceof WotnError ? error : new WotnError(kind, t('ledger.archiveUnreadable', { ledger: o.label, problem: error.message })));
    };
    extract.on('entry', (header, stream, next) => {
      try {
        const where = place(header);
        if (!where) {
          stream.on('end', () => next());
          return void stream.resume(); // drained, never kept
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk) => void chunks.push(chunk as Buffer));
        stream.on('end', () => {
          try {
            take(where, text(chunks));
            next();
          } catch (error) {
            fail(error as Error);
          }
        });
      } catch (error) {
        fail(error as Error);
      }
    });
    body.on('error', (error) => fail(error, 'network'));
    gunzip.on('error', (error) => fail(error));
    extract.on('error', (error) => fail(error));
    extract.on('finish', () => {
      for (const [handle, card] of cards) if (card) visit({ handle, card });
      resolve({ cohortText, extras, community });
    });
    body.pipe(gunzip).pipe(extract as unknown as NodeJS.WritableStream);
  });
}
