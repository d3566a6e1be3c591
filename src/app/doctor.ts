// The doctor use case: check the setup; rebuild recreates the journal from the posts'
// front matter (the posts are the durable record).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isTimeZone, localDay, parseInstant } from '../domain/calendar.js';
import { emptyJournal, recordEntry, type Journal } from '../domain/journal.js';
import { countWords } from '../domain/words.js';
import { updateJournal } from '../adapters/journal.js';
import type { ParsedPost } from '../domain/front-matter.js';
import { messageOf } from '../errors.js';
import { plural } from '../render/text.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';

export interface DoctorResult {
  checks: { name: string; ok: boolean; detail: string }[];
  rebuilt?: { entries: number; skipped: string[] };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|markdown|mdx)$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** Entries from every published post (draft: false with publishedAt) under the posts folder. */
export function journalFromPosts(w: WriterState, previous: Journal, parsePost: (text: string) => ParsedPost): { journal: Journal; skipped: string[] } {
  let journal: Journal = { ...emptyJournal(), drafts: previous.drafts };
  const skipped: string[] = [];
  const s = w.settings;
  for (const file of markdownFiles(join(s.blogDir, s.postsDir))) {
    const rel = relative(s.blogDir, file);
    let data: Record<string, unknown>, body: string;
    try {
      ({ data, body } = parsePost(readFileSync(file, 'utf8')));
    } catch (error) {
      skipped.push(`${rel}: ${messageOf(error)}`);
      continue;
    }
    const at = typeof data.publishedAt === 'string' ? parseInstant(data.publishedAt) : undefined;
    if (data.draft === true || at === undefined) continue;
    const old = previous.entries.find((e) => e.path === rel);
    journal = recordEntry(journal, {
      date: localDay(at, s.timezone, s.dayStartsAt),
      ...(typeof data.day === 'number' ? { day: data.day } : {}),
      title: typeof data.title === 'string' ? data.title : rel,
      words: countWords(body),
      publishedAt: data.publishedAt as string,
      path: rel,
      ...(old?.url ? { url: old.url } : {}),
      ...(old?.commit ? { commit: old.commit } : {}),
      push: old?.push ?? 'done',
      synced: old?.synced ?? false,
    });
  }
  // Posts recorded by URL have no file: keep them.
  for (const e of previous.entries) if (!e.path) journal = recordEntry(journal, e);
  return { journal, skipped };
}

export async function runDoctor(options: { rebuild?: boolean }, ctx: Context): Promise<DoctorResult> {
  const w = loadWriter(ctx);
  const s = w.settings;
  const checks = [
    { name: 'config', ok: true, detail: existsSync(ctx.paths.configFile) ? ctx.paths.configFile : 'none yet: embedded defaults (wotn init to set up)' },
    { name: 'journal', ok: true, detail: `${ctx.paths.journalFile} (${w.journal.entries.length} entries)` },
    { name: 'time zone', ok: isTimeZone(s.timezone), detail: `${s.timezone}, day starts at ${s.dayStartsAt}` },
    { name: 'blog', ok: existsSync(join(s.blogDir, '.git')) || !existsSync(s.blogDir), detail: s.blogDir },
    { name: 'editor', ok: Boolean(s.editor), detail: s.editor ?? 'set VISUAL or EDITOR so wotn today can open your post' },
    { name: 'pending pushes', ok: !w.journal.entries.some((e) => e.push === 'pending'), detail: `${w.journal.entries.filter((e) => e.push === 'pending').length} (wotn sync pushes them)` },
  ];
  if (s.ledger) {
    // A check-in already submitted to a github: ledger waits for its workflow, not for this machine.
    const queued = w.journal.entries.filter((e) => !e.synced && !e.checkIn).length;
    checks.push(
      { name: 'cohort', ok: Boolean(w.cohort), detail: w.cohort ? `${w.cohort.name}: ${w.cohort.days} days from ${w.cohort.start}, ${w.cohort.minWords} words a post` : `${s.ledger} (rules not synced yet: run wotn sync)` },
      { name: 'queued for the ledger', ok: queued === 0, detail: `${plural(queued, 'entry', 'entries')} (wotn sync sends them)` },
    );
  }
  if (!options.rebuild) return { checks };
  let skipped: string[] = [];
  const { parsePost } = await import('../domain/front-matter.js');
  const journal = await updateJournal(ctx.paths, (previous) => {
    const rebuilt = journalFromPosts(w, previous, parsePost);
    skipped = rebuilt.skipped;
    return rebuilt.journal;
  });
  return { checks, rebuilt: { entries: journal.entries.length, skipped } };
}
