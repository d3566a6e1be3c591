// The cohort's directory and its latest posts: who is writing together, and what to read.
import { compareHandles } from '../domain/handle.js';
import { localDay } from '../domain/calendar.js';
import { isRemoved, removalsOf } from '../domain/community-report.js';
import { feedItems, type FeedItem } from '../domain/feed.js';
import { applyActions, entryKey } from '../domain/moderation.js';
import { readLedgerData } from '../adapters/ledger-files.js';
import type { Context } from '../context.js';
import { chosenLedger, readableLedger } from './ledger-choice.js';
import type { Said } from '../domain/said.js';

export interface DirectoryEntry {
  handle: string;
  name: string;
  role: string;
  blog: string | null;
  intro: string | null;
  timezone: string | null;
  /** A member who left is listed, marked; one a lead removed is not. */
  standing: 'active' | 'left';
}

export interface Directory {
  cohort: { id: string; name: string };
  members: DirectoryEntry[];
  warnings: Said[];
}

export async function listMembers(ledger: string | undefined, ctx: Context): Promise<Directory> {
  const data = await readLedgerData(await readableLedger(chosenLedger(ledger, ctx), ctx));
  const removed = removalsOf(data.cohort);
  const members = data.members
    .filter((m) => m.card && !isRemoved(m.handle, removed, ctx.now()))
    .map((m): DirectoryEntry => ({
      handle: m.handle, name: m.card!.name, role: data.cohort.roles[m.handle] ?? 'member', blog: m.card!.blog ?? null, intro: m.card!.intro ?? null, timezone: m.card!.timezone ?? null,
      standing: m.card!.leftAt ? 'left' : 'active',
    }))
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
  const removed = removalsOf(data.cohort);
  const shown = data.members.filter((m) => !isRemoved(m.handle, removed, ctx.now()));
  const moderation = applyActions(data.community.actions, data.cohort);
  // A post a moderator hid keeps its day and words, and loses its title and link.
  const items = feedItems(data.cohort, shown, localDay(ctx.now(), data.cohort.timezone), o.days)
    .map((i) => (moderation.hidden.has(entryKey(i.handle, i.date)) ? { ...i, title: '', url: null, hidden: true } : i));
  return { cohort: { id: data.cohort.id, name: data.cohort.name }, days: o.days, items };
}
