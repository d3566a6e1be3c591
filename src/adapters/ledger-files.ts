// Reading a ledger's files: from a folder (a checkout or a cached clone) here, or from an
// archive's entries as they stream in (ledger-archive.ts). Both read the same paths, refuse
// the same files with the same words and check what they read alike, so a report is the same
// whatever the transport. A malformed member file is a warning, never a crash; a handle is
// checked before it names a path; a refused file is named, none of its content shown.
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { isHandle } from '../domain/handle.js';
import { checkCard, checkCohort, checkProgress, COHORT_FILE, type Cohort } from '../domain/ledger.js';
import type { LedgerData, MemberFiles } from '../domain/report.js';
import { WotnError } from '../errors.js';
import { addCommunityFile, fileSkipped, noCommunity, type CommunityFiles } from './community-files.js';
import { spoken, t } from '../i18n/index.js';
import { said, saidAt, type Said } from '../domain/said.js';

/** Years of daily entries fit in far less; anything bigger is not a ledger file. */
export const MAX_FILE_BYTES = 1 << 20;
const TOO_BIG = 'is larger than 1 MiB';

/** Why a read leaves a file out, in English (as the other thread passes it: plain text) and for people (said.ts). */
export const FILE_PROBLEMS = {
  'is missing': said('problem.missing', {}, 'is missing'),
  'is a symbolic link': said('problem.file.symlink', {}, 'is a symbolic link'),
  'is not a regular file': said('problem.file.notRegular', {}, 'is not a regular file'),
  'cannot be read': said('problem.file.unreadable', {}, 'cannot be read'),
  [TOO_BIG]: said('problem.file.tooBig', {}, TOO_BIG),
  'is a hard link': said('problem.file.hardLink', {}, 'is a hard link'),
  'is not a folder': said('problem.file.notFolder', {}, 'is not a folder'),
  'is outside the ledger': said('problem.file.outsideLedger', {}, 'is outside the ledger'),
} as const;

/** Why readCapped did not give a file's text. */
export type Why = 'is missing' | 'is a symbolic link' | 'is not a regular file' | 'cannot be read' | typeof TOO_BIG;

/** A file's refusal for people: in the reader's or the cohort's words, its English as `text`. */
export const whySaid = (why: keyof typeof FILE_PROBLEMS): Said => FILE_PROBLEMS[why];
export const notAFolder = (symlink: boolean): Said => whySaid(symlink ? 'is a symbolic link' : 'is not a folder');

export type MemberVisitor = (m: MemberFiles) => void;

export interface LedgerRead {
  cohort: Cohort;
  /** Problems with the ledger's files, grouped by file: English for --json (`text`), and for people. */
  warnings: Said[];
  /** The texts of the files beside the members' that an archive read kept (pods.json). */
  extras?: Map<string, string>;
  /** Kudos and the roles' actions (feedback/, actions/), checked. */
  community: CommunityFiles;
}

/** A ledger to read: a folder, or a GitHub archive as it downloads. */
export interface LedgerSource {
  label: string;
  /** The folder it reads, when it is one (a checkout or a cached clone). */
  dir?: string;
  /**
   * Reads the cohort's rules, then hands each member with a readable card or progress file
   * (both together) to the visitor `start` returns, once each, in no set order; `warnings`
   * collects every problem.
   * Should the ledger change under a read, the read starts over and calls `start` again.
   * `community` is filled before the first member is visited (feedback/ and actions/ come
   * first in both sources), so a visitor may use it.
   */
  read(start: (cohort: Cohort, warnings: Said[], community: CommunityFiles) => MemberVisitor): Promise<LedgerRead>;
  /**
   * A folder only: the same read, with the members' files read by `reads` (another thread,
   * see wotn site) instead of one by one on this one.
   */
  readingWith?(reads: FileReads): LedgerSource;
}

/** What readCapped gives for a file: its text, or why it was refused. */
export type FileText = string | { why: Why };
/**
 * Reads the files at `rels` (relative to the folder) as readCapped does and gives their
 * results in the same order, a batch at a time.
 */
export type FileReads = (dir: string, rels: readonly string[]) => AsyncIterable<readonly FileText[]>;

export type LedgerFolder = 'members' | 'progress' | 'feedback' | 'actions';
type Check<T> = (v: unknown, handle: string) => { ok: true; value: T } | { ok: false; said: Said };

export const refused = fileSkipped;

export function cohortFromText(text: string, label: string): Cohort {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WotnError('corrupt', t('ledger.rulesNotJson', { file: `${label}/${COHORT_FILE}`, problem: (error as Error).message }));
  }
  const checked = checkCohort(value);
  if (!checked.ok) throw new WotnError('corrupt', spoken(saidAt(`${label}/${COHORT_FILE}`, checked.said)));
  return checked.value;
}

export function cohortFileProblem(label: string, why: Said): WotnError {
  return new WotnError('corrupt', spoken(saidAt(`${label}/${COHORT_FILE}`, why)));
}

export const noCohortFile = (label: string) => new WotnError('not-found', t('ledger.noRules', { ledger: label, file: COHORT_FILE }));

/** A card or progress file's text, parsed and checked; undefined (and a warning) when unusable. */
export function memberFromText<T>(text: string, rel: string, handle: string, check: Check<T>, warnings: Said[]): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own words stay as they are, after the file's.
    const reason = (error as Error).message;
    warnings.push(refused(rel, said('problem.file.notJsonBecause', { reason }, `is not valid JSON (${reason})`)));
    return undefined;
  }
  const checked = check(value, handle);
  if (checked.ok) return checked.value;
  warnings.push(refused(rel, checked.said));
  return undefined;
}

export const cardFromText = (text: string, rel: string, handle: string, warnings: Said[]) => memberFromText(text, rel, handle, checkCard, warnings);
export const progressFromText = (text: string, rel: string, handle: string, warnings: Said[]) => memberFromText(text, rel, handle, checkProgress, warnings);

/** The handle a member file's name gives, or undefined (and a warning) when it is not one. */
export function handleOfFile(folder: LedgerFolder, name: string, warnings: Said[]): string | undefined {
  const handle = name.slice(0, -'.json'.length);
  if (isHandle(handle)) return handle;
  warnings.push(refused(`${folder}/${name}`, said('problem.file.badHandle', { value: `"${handle}"` }, `"${handle}" is not a valid handle`)));
  return undefined;
}

const fileOf = ({ text }: Said) => {
  const colon = text.indexOf(': ');
  return colon < 0 ? text : text.slice(0, colon);
};

/** Warnings grouped by file, in path order (a file's own stay in the order found). */
export function byFile(warnings: Said[]): Said[] {
  return warnings.sort((a, b) => {
    const fa = fileOf(a), fb = fileOf(b);
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  });
}

// One buffer for every file: the cap plus one byte, so a read that fills it is too big.
let buffer: Buffer | undefined;
// O_NOFOLLOW refuses a symlink at open; O_NONBLOCK keeps a FIFO from blocking the open.
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function whyUnread(error: unknown): Why {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'is missing';
  if (code === 'ELOOP') return 'is a symbolic link';
  // A folder (EISDIR), a FIFO (a positioned read fails with ESPIPE), a socket (ENXIO).
  if (code === 'EISDIR' || code === 'ESPIPE' || code === 'EAGAIN' || code === 'ENXIO') return 'is not a regular file';
  return 'cannot be read';
}

/** A file's text in one open and one read; a symlink, a non-regular file or one over the cap is refused. */
export function readCapped(path: string): FileText {
  buffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    return { why: whyUnread(error) };
  }
  try {
    // A regular file's read returns all that was asked for, up to its end.
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return length > MAX_FILE_BYTES ? { why: TOO_BIG } : buffer.toString('utf8', 0, length);
  } catch (error) {
    return { why: whyUnread(error) };
  } finally {
    closeSync(fd);
  }
}

/** The rules in a ledger folder, read as every folder read is: no links, size capped. */
export function readCohortFile(dir: string, label = dir): Cohort {
  const text = readCapped(join(dir, COHORT_FILE));
  if (typeof text === 'string') return cohortFromText(text, label);
  if (text.why === 'is missing') throw noCohortFile(label);
  throw cohortFileProblem(label, whySaid(text.why));
}

/** The valid handles with a file in `folder`, sorted; refused names become warnings. */
function handlesIn(dir: string, folder: LedgerFolder, warnings: Said[]): string[] {
  let names: string[];
  try {
    const stat = lstatSync(join(dir, folder));
    if (!stat.isDirectory()) {
      warnings.push(refused(folder, notAFolder(stat.isSymbolicLink())));
      return [];
    }
    names = readdirSync(join(dir, folder));
  } catch {
    return []; // no such folder: no members yet
  }
  const handles: string[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const handle = handleOfFile(folder, name, warnings);
    if (handle !== undefined) handles.push(handle);
  }
  return handles.sort();
}

/** The rules and the community files of a folder: read before any member. */
function folderFrame(dir: string, label: string, start: (cohort: Cohort, warnings: Said[], community: CommunityFiles) => MemberVisitor) {
  const cohort = readCohortFile(dir, label);
  const warnings: Said[] = [];
  const community = noCommunity();
  const visit = start(cohort, warnings, community);
  // Givers and actors are few: their files are read whole, before the members.
  for (const folder of ['feedback', 'actions'] as const)
    for (const handle of handlesIn(dir, folder, warnings)) {
      const text = readCapped(`${dir}/${folder}/${handle}.json`);
      if (typeof text === 'string') addCommunityFile(community, folder, handle, text, cohort, warnings);
      else warnings.push(refused(`${folder}/${handle}.json`, whySaid(text.why)));
    }
  return { cohort, warnings, community, visit };
}

/** The rules and the community files (feedback/, actions/) of a folder, without reading any member's. */
export function readFolderCommunity(dir: string, label = dir): { cohort: Cohort; community: CommunityFiles } {
  const { cohort, community } = folderFrame(dir, label, () => () => {});
  return { cohort, community };
}

/**
 * Each member's files, in handle order: a card (members/), a progress file, or both. Made
 * as the read goes: the whole list made first raised the peak memory of a 10,000-member
 * report from 82 to 102 MB (measured; the heap grew before its first full collection).
 */
function* membersIn(dir: string, warnings: Said[]): Generator<{ handle: string; rels: string[] }> {
  const cards = handlesIn(dir, 'members', warnings);
  const progress = handlesIn(dir, 'progress', warnings);
  for (let c = 0, p = 0; c < cards.length || p < progress.length; ) {
    const card = cards[c], prog = progress[p];
    const handle = prog === undefined || (card !== undefined && card <= prog) ? card! : prog;
    const rels: string[] = [];
    if (card === handle) {
      rels.push(`members/${handle}.json`);
      c++;
    }
    if (prog === handle) {
      rels.push(`progress/${handle}.json`);
      p++;
    }
    yield { handle, rels };
  }
}

/** One member from the results of reading their files (rels as membersIn gave them). */
function memberOf(handle: string, rels: readonly string[], texts: readonly FileText[], warnings: Said[]): MemberFiles {
  const m: MemberFiles = { handle };
  rels.forEach((rel, i) => {
    const text = texts[i]!;
    if (typeof text !== 'string') return void warnings.push(refused(rel, whySaid(text.why)));
    if (rel.startsWith('members/')) m.card = cardFromText(text, rel, handle, warnings);
    else m.progress = progressFromText(text, rel, handle, warnings);
  });
  return m;
}

// Cards and progress files side by side, in handle order, each member's files dropped as
// soon as they are visited: a 50,000-member ledger is never held whole.
function readFolder(dir: string, label: string, start: (cohort: Cohort, warnings: Said[], community: CommunityFiles) => MemberVisitor): LedgerRead {
  const { cohort, warnings, community, visit } = folderFrame(dir, label, start);
  for (const { handle, rels } of membersIn(dir, warnings)) {
    const m = memberOf(handle, rels, rels.map((rel) => readCapped(`${dir}/${rel}`)), warnings); // rel is folder/handle.json, handle checked
    if (m.card || m.progress) visit(m);
  }
  return { cohort, warnings: byFile(warnings), community };
}

/** readFolder with the members' files read by `reads`, which may run ahead on another thread. */
async function readFolderWith(reads: FileReads, dir: string, label: string, start: (cohort: Cohort, warnings: Said[], community: CommunityFiles) => MemberVisitor): Promise<LedgerRead> {
  const { cohort, warnings, community, visit } = folderFrame(dir, label, start);
  const members = [...membersIn(dir, warnings)];
  const texts: FileText[] = [];
  let next = 0; // the first member not yet visited
  let used = 0; // texts[0..used) belong to members before `next`
  for await (const batch of reads(dir, members.flatMap((m) => m.rels))) {
    for (const t of batch) texts.push(t);
    while (next < members.length && used + members[next]!.rels.length <= texts.length) {
      const { handle, rels } = members[next++]!;
      const m = memberOf(handle, rels, texts.slice(used, used + rels.length), warnings);
      used += rels.length;
      if (m.card || m.progress) visit(m);
    }
    // What has been visited is dropped: the batches still to come are all that is held.
    texts.splice(0, used);
    used = 0;
  }
  if (next < members.length) throw new Error(`${label}: reading the members' files stopped after ${next} of ${members.length}`);
  return { cohort, warnings: byFile(warnings), community };
}

export function folderSource(dir: string, label = dir): LedgerSource {
  return {
    label, dir,
    read: async (start) => readFolder(dir, label, start),
    readingWith: (reads) => ({ label, dir, read: (start) => readFolderWith(reads, dir, label, start) }),
  };
}

/** The whole ledger in memory (members, feed: commands that need every file at once). */
export async function readLedgerData(source: LedgerSource): Promise<LedgerData & { community: CommunityFiles }> {
  let members: MemberFiles[] = [];
  const { cohort, warnings, community } = await source.read(() => {
    members = [];
    return (m) => members.push(m);
  });
  return { cohort, members, warnings, community };
}
