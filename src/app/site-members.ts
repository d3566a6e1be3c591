// The member pages (~10,000 of a 10,000-member site's ~10,700 files), rendered, encoded and
// written by a second thread while this one renders the rest. What they are built from (each
// member's line and counted entries, in leaderboard order) is packed into chunks of 64
// members: one JSON text of the chunk's strings (parsed there into fresh strings; slices of
// one long string made escaping and encoding ~0.3 s slower) and one Float64Array of its
// numbers in shared memory. Either thread claims the next chunk from a shared counter, so
// this one helps once its own pages are done. Both run the same functions: without the
// second thread (a small site, or the TypeScript source under test) this one claims them all.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { daysBetween, type LocalDate } from '../domain/calendar.js';
import type { MemberReport } from '../domain/report.js';
import type { ProgressEntry, Role } from '../domain/ledger.js';
import { memberPageOf, type SiteData, type SiteModel } from '../domain/site.js';
import { memberPage } from '../render/site/member.js';
import type { Translator } from '../i18n/index.js';
import { folderWriter, type SiteFileToWrite, type WriterBeside } from '../adapters/site-dir.js';
import type { FileReads, FileText } from '../adapters/ledger-files.js';

const CHUNK = 64;
/** Below this many chunks, starting a thread costs more than it saves. */
const WORKER_FROM_CHUNKS = 4;

/** What the member pages read of the model: the rest stays on the main thread. */
export interface MemberFrame {
  lang: string;
  cohort: { name: string; start: LocalDate };
  stage: SiteModel['stage'];
  dates: SiteModel['dates'];
  /** The site's date as a challenge day. */
  todayDay: number;
  report: { perDay: { length: number } };
}

export interface PackedMembers {
  frame: MemberFrame;
  /** `nums` lives in shared memory: both threads read it, nothing is copied. */
  chunks: { text: string; nums: Float64Array }[];
  /** [0]: the next chunk to claim (a chunk index ≥ chunks.length: none left, or stopped). */
  claims: Int32Array;
}

/** Each writer's place, line and counted entries, in leaderboard order, in chunks. */
export function packMembers(m: SiteModel, data: SiteData, lang: string): PackedMembers {
  const chunks: PackedMembers['chunks'] = [];
  let nums: number[] = [];
  let parts: string[] = [];
  const str = (s: string) => parts.push(s);
  const list = (ns: readonly number[]) => (nums.push(ns.length), nums.push(...ns));
  const flush = () => {
    const shared = new Float64Array(new SharedArrayBuffer(nums.length * 8));
    shared.set(nums);
    chunks.push({ text: JSON.stringify(parts), nums: shared });
    nums = [];
    parts = [];
  };
  m.ranked.forEach(({ rank, badges, member: w }, place) => {
    const d = data.details.get(w.handle);
    str(w.name);
    str(w.handle);
    str(w.role);
    str(w.intro ?? '');
    str(w.blog ?? '');
    nums.push(rank, place, w.daysWritten, w.streak.current, w.streak.longest, w.words, +w.hideStreak, +w.writtenToday, w.kudos.given, w.kudos.received, +(w.standing === 'left'));
    list(badges);
    list(w.days);
    list(d?.frozen ?? []);
    const entries = d?.entries ?? [];
    nums.push(entries.length);
    for (const e of entries) {
      str(e.title);
      str(e.url ?? '');
      str(e.date);
      nums.push(e.words);
    }
    if ((place + 1) % CHUNK === 0) flush();
  });
  if (nums.length) flush();
  const frame: MemberFrame = {
    lang, cohort: { name: m.cohort.name, start: m.cohort.start }, stage: m.stage, dates: m.dates,
    todayDay: daysBetween(m.cohort.start, m.date) + 1, report: { perDay: { length: m.report.perDay.length } },
  };
  return { frame, chunks, claims: new Int32Array(new SharedArrayBuffer(4)) };
}

/** One chunk's members, read in the order packMembers wrote. */
function* unpack(chunk: PackedMembers['chunks'][number]) {
  const { nums } = chunk;
  const strs = JSON.parse(chunk.text) as string[];
  let i = 0;
  let s = 0;
  const num = () => nums[i++]!;
  const str = () => strs[s++]!;
  const list = () => Array.from({ length: num() }, num);
  while (i < nums.length) {
    const name = str(), handle = str(), role = str() as Role, intro = str(), blog = str();
    const [rank, place, daysWritten, current, longest, words, hideStreak, writtenToday, given, received, left] = [num(), num(), num(), num(), num(), num(), num(), num(), num(), num(), num()];
    const badges = list(), days = list(), frozen = list();
    const entries = Array.from({ length: num() }, () => ({ title: str(), url: str() || undefined, date: str(), publishedAt: '', words: num() }) as ProgressEntry);
    // Only the fields the pages read travel (a test holds both renderings equal).
    const member = { name, handle, role, intro: intro || null, blog: blog || null, daysWritten, streak: { current, longest }, words, hideStreak: !!hideStreak, writtenToday: !!writtenToday, days, kudos: { given, received }, standing: left ? 'left' : 'active' } as MemberReport;
    yield { ranked: { rank, badges, member }, place, entries, frozen };
  }
}

/** Renders the member pages of the chunks this thread claims, until none is left. */
export function* claimedMemberPages(packed: PackedMembers, tr: Translator): Generator<SiteFileToWrite> {
  const f = packed.frame;
  const model = f as unknown as SiteModel;
  for (let c = Atomics.add(packed.claims, 0, 1); c < packed.chunks.length; c = Atomics.add(packed.claims, 0, 1)) {
    for (const u of unpack(packed.chunks[c]!)) yield memberPage(model, memberPageOf(f.cohort, f.dates, f.todayDay, u.ranked, u.place, u.entries, u.frozen), tr);
  }
}

/** No chunk is claimed after this (by either thread). */
export function stopClaims(packed: PackedMembers): void {
  Atomics.store(packed.claims, 0, packed.chunks.length);
}

/** The second thread's side: renders and writes the member pages of the chunks it claims. */
export function writeMemberPages(root: string, packed: PackedMembers, tr: Translator): { files: number; bytes: number } {
  const writer = folderWriter(root);
  try {
    for (const f of claimedMemberPages(packed, tr)) writer.write(f);
  } catch (error) {
    stopClaims(packed);
    throw error;
  }
  return writer.written;
}

/** The second thread, started before the ledger is read: it reads the members' files, then writes their pages. */
export interface MemberPagesThread {
  /** Reads files for the ledger's read (see FileReads), ahead of this thread parsing them. */
  reads: FileReads;
  /** The writer for writeSiteDir, once the pages are packed; undefined when the site is too small to share. */
  use(packed: PackedMembers): ((root: string) => WriterBeside) | undefined;
  /** Stops the thread (used or not): always called once the site is written or has failed. */
  end(): Promise<void>;
}

type FromThread = { texts: FileText[] } | { textsDone: true } | { written: { files: number; bytes: number } } | { failure: string };

/**
 * Starts the member pages' thread; undefined when the built worker file
 * (dist/lazy/site-worker.js) is not there (the TypeScript source under test): this
 * thread then reads and renders everything itself.
 */
export function memberPagesThread(): MemberPagesThread | undefined {
  const entry = fileURLToPath(new URL('./site-worker.js', import.meta.url));
  if (!existsSync(entry)) return undefined;
  const worker = new Worker(entry);
  // Idle, it keeps nothing alive; while it reads or writes, the build waits for it.
  worker.unref();
  let shared: PackedMembers | undefined;
  let stopped: Error | undefined;
  // The files' texts as they come, and whoever waits for the next batch.
  const batches: (FileText[] | null)[] = [];
  let wake: (() => void) | undefined;
  let finish: { resolve: (w: { files: number; bytes: number }) => void; reject: (e: Error) => void } | undefined;
  const done = new Promise<{ files: number; bytes: number }>((resolve, reject) => (finish = { resolve, reject }));
  done.catch(() => {}); // a thread that is never used ends without anyone asking how
  const fail = (error: Error) => {
    stopped ??= error;
    if (shared) stopClaims(shared);
    finish!.reject(error);
    wake?.();
  };
  worker.on('message', (m: FromThread) => {
    if ('texts' in m) batches.push(m.texts);
    else if ('textsDone' in m) {
      batches.push(null);
      worker.unref();
    } else if ('written' in m) finish!.resolve(m.written);
    else fail(new Error(`writing the site: ${m.failure}`));
    wake?.();
  });
  worker.once('error', fail);
  // Settles nothing once the pages are written; otherwise the thread stopped without a word.
  worker.once('exit', () => fail(new Error('writing the site: the member pages\' thread stopped')));
  return {
    async *reads(dir, rels) {
      worker.ref();
      worker.postMessage({ read: { dir, rels } });
      for (;;) {
        while (!batches.length && !stopped) await new Promise<void>((resolve) => (wake = resolve));
        if (stopped) throw stopped;
        const batch = batches.shift()!;
        if (batch === null) return;
        yield batch;
      }
    },
    use(packed) {
      if (packed.chunks.length < WORKER_FROM_CHUNKS) return undefined;
      return (root) => {
        shared = packed;
        worker.ref();
        worker.postMessage({ write: { root, packed } });
        return {
          done,
          stop: async () => {
            stopClaims(packed);
            await worker.terminate();
          },
        };
      };
    },
    end: async () => {
      await worker.terminate();
    },
  };
}
