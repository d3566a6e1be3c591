// The kudos this member received, as `wotn sync` last saw them, kept on this machine so that
// `wotn status` shows today's without touching the network (one small file).
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from './files.js';
import type { Paths } from './paths.js';

export interface ReceivedKudos {
  from: string;
  /** The post's day. */
  date: string;
  givenAt: string;
  note?: string;
}

const fileOf = (paths: Paths) => join(paths.cache, 'kudos-received.json');

export function rememberedKudos(paths: Paths, ledger: string, handle: string): ReceivedKudos[] {
  let saved: { ledger?: string; handle?: string; kudos?: unknown } | undefined;
  try {
    saved = readJsonFile(fileOf(paths), () => undefined) as typeof saved;
  } catch {
    return []; // a cache that can't be read is refreshed by the next sync
  }
  if (!saved || saved.ledger !== ledger || saved.handle?.toLowerCase() !== handle.toLowerCase() || !Array.isArray(saved.kudos)) return [];
  return saved.kudos.filter((k): k is ReceivedKudos => typeof k?.from === 'string' && typeof k?.givenAt === 'string' && typeof k?.date === 'string');
}

export function rememberKudos(paths: Paths, ledger: string, handle: string, kudos: readonly ReceivedKudos[]): void {
  writeFileAtomic(fileOf(paths), JSON.stringify({ schema: 1, ledger, handle, kudos }, null, 2) + '\n');
}
