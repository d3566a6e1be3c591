// The member pages (~10,000 of a 10,000-member site's ~10,700 files), rendered and written
// by a second thread while this one renders the rest. What they are built from (each
// member's line and counted entries, in leaderboard order) is packed into chunks of 64
// members: an array of the chunk's strings and a Float64Array of its numbers, each posted
// to the second thread as soon as it is packed (the structured clone gives it fresh strings,
// where slices of one long string made escaping and encoding ~0.3 s slower), so that
// thread renders the first chunks while this one packs the rest. Either thread claims the
// next chunk from a shared counter, so this one helps once its own pages are done. Both run
// the same functions: without the second thread (a small site, or the TypeScript source
// under test) this one claims them all.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
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

export interface Chunk {
  strs: string[];
  nums: Float64Array;
}

export interface PackedMembers {
  frame: MemberFrame;
  /** How many chunks there are in all. */
  total: number;
  /**
   * The chunks this thread has so far (packed here, or received from the other), each
   * dropped once its pages are rendered.
   */
  chunks: (Chunk | undefined)[];
  /**
   * In shared memory: [0] the next chunk to claim (≥ total: none left); [1] how many chunks
   * have been posted to the second thread; [2] 1 once the build stopped.
   */
  counters: Int32Array;
}

/** The frame and, still empty, the chunks of the member pages: packChunks fills them. */
export function membersToPack(m: SiteModel, lang: string): PackedMembers {
  const frame: MemberFrame = {
    lang, cohort: { name: m.cohort.name, start: m.cohort.start }, stage: m.stage, dates: m.dates,
    todayDay: daysBetween(m.cohort.start, m.date) + 1, report: { perDay: { length: m.report.perDay.length } },
  };
  return { frame, total: Math.ceil(m.ranked.length / CHUNK), chunks: [], counters: new Int32Array(new SharedArrayBuffer(12)) };
}

/** Each writer's place, line and counted entries, in leaderboard order, a chunk at a time. */
export function* packChunks(m: SiteModel, data: SiteData): Generator<Chunk> {
  let nums: number[] = [];
  let strs: string[] = [];
  const str = (s: string) => strs.push(s);
  const list = (ns: readonly number[]) => (nums.push(ns.length), nums.push(...ns));
  for (let place = 0; place < m.ranked.length; place++) {
    const { rank, badges, member: w } = m.ranked[place]!;
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
    if ((place + 1) % CHUNK === 0 || place === m.ranked.length - 1) {
      yield { strs, nums: Float64Array.from(nums) };
      nums = [];
      strs = [];
    }
  }
}

/** Every chunk packed at once, on this thread (the tests hold packed pages to the model's). */
export function packMembers(m: SiteModel, data: SiteData, lang: string): PackedMembers {
  const packed = membersToPack(m, lang);
  for (const chunk of packChunks(m, data)) packed.chunks.push(chunk);
  return packed;
}

/** One chunk's members, read in the order packChunks wrote. */
function* unpack(chunk: Chunk) {
  const { nums, strs } = chunk;
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

/** The chunks this thread claims from the shared counter, one at a time, until none is left. */
function* claims(packed: PackedMembers): Generator<number> {
  for (let c = Atomics.add(packed.counters, 0, 1); c < packed.total; c = Atomics.add(packed.counters, 0, 1)) yield c;
}

/**
 * Renders the member pages of the chunks this thread claims, until none is left; `chunkAt`
 * gives a claimed chunk (the second thread may have to wait for it to be posted).
 */
export function* claimedMemberPages(packed: PackedMembers, tr: Translator, chunkAt: (c: number) => Chunk | undefined = (c) => packed.chunks[c]): Generator<SiteFileToWrite> {
  const f = packed.frame;
  const model = f as unknown as SiteModel;
  for (const c of claims(packed)) {
    const chunk = chunkAt(c);
    if (!chunk) return; // the build stopped
    packed.chunks[c] = undefined; // kept no longer than its pages need it
    for (const u of unpack(chunk)) yield memberPage(model, memberPageOf(f.cohort, f.dates, f.todayDay, u.ranked, u.place, u.entries, u.frozen), tr);
  }
}

/**
 * This thread's claims, rendered from the model itself: the chunks it packed went to the
 * other thread and were not kept (the same pages: a test holds both renderings equal).
 */
export function* claimedModelPages(m: SiteModel, packed: PackedMembers, tr: Translator): Generator<SiteFileToWrite> {
  for (const c of claims(packed)) {
    for (let place = c * CHUNK; place < Math.min((c + 1) * CHUNK, m.ranked.length); place++) yield memberPage(m, m.member(place), tr);
  }
}

/** No chunk is claimed after this (by either thread), and a thread waiting for one stops waiting. */
export function stopClaims(packed: PackedMembers): void {
  Atomics.store(packed.counters, 0, packed.total);
  Atomics.store(packed.counters, 2, 1);
  Atomics.notify(packed.counters, 1);
}

/** The second thread's chunks, as they are posted: chunk `c`, once it came; undefined if the build stopped. */
export function chunksFrom(port: MessagePort, packed: PackedMembers): (c: number) => Chunk | undefined {
  return (c) => {
    while (packed.chunks.length <= c) {
      const got = receiveMessageOnPort(port);
      if (got) {
        packed.chunks.push(got.message as Chunk);
        continue;
      }
      if (Atomics.load(packed.counters, 2)) return undefined;
      // Until the other thread posts another (it adds to [1] and wakes this one).
      Atomics.wait(packed.counters, 1, packed.chunks.length, 1000);
    }
    return packed.chunks[c];
  };
}

/** The second thread's side: renders and writes the member pages of the chunks it claims. */
export function writeMemberPages(root: string, packed: PackedMembers, tr: Translator, chunkAt?: (c: number) => Chunk | undefined): { files: number; bytes: number } {
  const writer = folderWriter(root);
  try {
    for (const f of claimedMemberPages(packed, tr, chunkAt)) writer.write(f);
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
  /**
   * The second thread's part of the member pages, or undefined when the site is too small to
   * share: `beside` starts it (for writeSiteDir), `send` hands it each chunk as it is packed.
   */
  use(packed: PackedMembers): { beside: (root: string) => WriterBeside; send: (chunk: Chunk) => void } | undefined;
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
      if (packed.total < WORKER_FROM_CHUNKS) return undefined;
      const { port1, port2 } = new MessageChannel();
      return {
        beside: (root) => {
          shared = packed;
          worker.ref();
          const { frame, total, counters } = packed;
          worker.postMessage({ write: { root, packed: { frame, total, chunks: [], counters }, port: port2 } }, [port2]);
          return {
            done,
            stop: async () => {
              stopClaims(packed);
              await worker.terminate();
            },
          };
        },
        send: (chunk) => {
          port1.postMessage(chunk);
          Atomics.add(packed.counters, 1, 1);
          Atomics.notify(packed.counters, 1);
        },
      };
    },
    end: async () => {
      await worker.terminate();
    },
  };
}
