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
import { english, spoken, type MessageKey, type Params } from '../i18n/index.js';
import type { Said } from '../domain/said.js';
import type { Context } from '../context.js';
import { loadWriter, type WriterState } from './writer-state.js';
import { humanDate } from '../render/writer.js';

/** One check: its name and detail in English (--json), and the message of each for the reader's language. */
export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  said: { name: MessageKey; detail: MessageKey; values: Params };
}

export interface DoctorResult {
  checks: DoctorCheck[];
  rebuilt?: { entries: number; skipped: string[] };
}

const check = (name: MessageKey, ok: boolean, detail: MessageKey, values: Params = {}): DoctorCheck =>
  ({ name: english.t(name), ok, detail: english.t(detail, values), said: { name, detail, values } });

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
      // A front matter problem (FrontMatterError) is said in the writer's language.
      skipped.push(`${rel}: ${spoken((error as { said?: Said }).said ?? messageOf(error))}`);
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
  const config = existsSync(ctx.paths.configFile);
  const checks = [
    check('doctor.name.config', true, config ? 'doctor.path' : 'doctor.noConfig', { path: ctx.paths.configFile }),
    check('doctor.name.journal', true, 'doctor.journal', { path: ctx.paths.journalFile, count: w.journal.entries.length }),
    check('doctor.name.zone', isTimeZone(s.timezone), 'doctor.zone', { zone: s.timezone, clock: s.dayStartsAt }),
    check('doctor.name.blog', existsSync(join(s.blogDir, '.git')) || !existsSync(s.blogDir), 'doctor.path', { path: s.blogDir }),
    s.editor ? check('doctor.name.editor', true, 'doctor.path', { path: s.editor }) : check('doctor.name.editor', false, 'doctor.noEditor'),
    check('doctor.name.pending', !w.journal.entries.some((e) => e.push === 'pending'), 'doctor.pending', { count: w.journal.entries.filter((e) => e.push === 'pending').length }),
  ];
  if (s.ledger) {
    // A check-in already submitted to a github: ledger waits for its workflow, not for this machine.
    const queued = w.journal.entries.filter((e) => !e.synced && !e.checkIn).length;
    const c = w.cohort;
    checks.push(
      c ? check('doctor.name.cohort', true, 'doctor.cohort', { name: c.name, days: c.days, start: humanDate(c.start), minWords: c.minWords })
        : check('doctor.name.cohort', false, 'doctor.noRules', { ledger: s.ledger }),
      check('doctor.name.queued', queued === 0, 'doctor.queued', { count: queued }),
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
