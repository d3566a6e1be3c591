// The cohort's directory and its latest posts: who is writing together, and what to read.
import { compareHandles } from '../domain/handle.js';
import { localDay } from '../domain/calendar.js';
import { feedItems, type FeedItem } from '../domain/feed.js';
import { readLedgerData } from '../adapters/ledger-files.js';
import type { Context } from '../context.js';
import { chosenLedger, readableLedger } from './ledger-choice.js';

export interface DirectoryEntry {
  handle: string;
  name: string;
  role: string;
  blog: string | null;
  intro: string | null;
  timezone: string | null;
}

export interface Directory {
  cohort: { id: string; name: string };
  members: DirectoryEntry[];
  warnings: string[];
}

export async function listMembers(ledger: string | undefined, ctx: Context): Promise<Directory> {
  const data = await readLedgerData(await readableLedger(chosenLedger(ledger, ctx), ctx));
  const members = data.members
    .filter((m) => m.card)
    .map((m) => ({ handle: m.handle, name: m.card!.name, role: data.cohort.roles[m.handle] ?? 'member', blog: m.card!.blog ?? null, intro: m.card!.intro ?? null, timezone: m.card!.timezone ?? null }))
    .sort((a, b) => compareHandles(a.handle, b.handle));
  return { cohort: { id: data.cohort.id, name: data.cohort.name }, members, warnings: data.warnings };
}

export interface Feed {
  cohort: { id: string; name: string };
  days: number;
  items: FeedItem[];
}

export async function latestPosts(o: { ledger?: string; days: number }, ctx: Context): Promise<Feed> {
  const data = await readLedgerData(await readableLedger(chosenLedger(o.ledger, ctx), ctx));
  const items = feedItems(data.cohort, data.members, localDay(ctx.now(), data.cohort.timezone), o.days);
  return { cohort: { id: data.cohort.id, name: data.cohort.name }, days: o.days, items };
}
