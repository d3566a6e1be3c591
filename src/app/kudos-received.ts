// Kudos received, refreshed by `wotn sync` for `wotn status` to show without the network.
// Plain git: the ledger's feedback files (the member's own clone checks them out), less
// what a moderator removed.
// github:: the hearts on the member's own check-in comments of the last two days (one
// request each), as the ledger's workflow has not recorded them all yet.
import { kudosKey } from '../domain/feedback.js';
import { applyActions } from '../domain/moderation.js';
import { handleKey } from '../domain/shape.js';
import { rememberKudos, type ReceivedKudos } from '../adapters/kudos-cache.js';
import type { LedgerStore } from '../adapters/ledger-store.js';
import type { Context } from '../context.js';
import type { WriterState } from './writer-state.js';

export async function refreshKudosReceived(ctx: Context, w: WriterState, store: LedgerStore): Promise<ReceivedKudos[]> {
  const handle = w.settings.handle;
  if (!handle) return [];
  const me = handleKey(handle);
  let kudos: ReceivedKudos[] = [];
  if (store.kind === 'files') {
    // Only the rules and the givers' files: a 10,000-member ledger is not read for them.
    const read = await store.community(handle);
    const removed = applyActions(read.community.actions, read.cohort).removedKudos;
    kudos = read.community.feedback.flatMap((f) => f.kudos
      .filter((k) => handleKey(k.to) === me && handleKey(f.handle) !== me && !removed.has(kudosKey(f.handle, k)))
      .map((k) => ({ from: f.handle, date: k.date, givenAt: k.givenAt, ...(k.note ? { note: k.note } : {}) })));
  } else {
    const { kudosReactions } = await import('../adapters/community-api.js');
    const sent = store.sent();
    const recent = [...new Set(w.journal.entries.map((e) => e.date))].sort().slice(-2);
    for (const date of recent) {
      const comment = sent[date]?.comment;
      if (comment === undefined) continue;
      for (const r of await kudosReactions(store.gh, store.repo, comment))
        if (handleKey(r.login) !== me) kudos.push({ from: r.login, date, givenAt: r.at });
    }
  }
  rememberKudos(ctx.paths, store.canonical, handle, kudos);
  return kudos;
}
