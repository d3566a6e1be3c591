// `wotn wisdom`: the cohort's reflections and featured posts as a Markdown digest, grouped
// by week and theme (wisdom.ts decides, render/wisdom.ts writes). Entries are untrusted: each
// one's wisdom fields are checked, and one that fails is left out with a warning.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays } from '../domain/calendar.js';
import type { Cohort, ProgressEntry } from '../domain/ledger.js';
import type { MemberFiles } from '../domain/report.js';
import { lastDay } from '../domain/shape.js';
import { checkWisdomFields, compileWisdom, REFLECTION_EVERY, REFLECTION_TAG, TEMPLATE_TAGS, type WisdomDigest, type WisdomPost } from '../domain/wisdom.js';
import { isRemoved, removalsOf } from '../domain/community-report.js';
import { applyActions, entryKey } from '../domain/moderation.js';
import { readLedgerData } from '../adapters/ledger-files.js';
import { wisdomHtmlBody, wisdomMarkdown } from '../render/wisdom.js';
import { outLink, page, paths, text } from '../render/site/layout.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { chosenLedger, readableLedger } from './ledger-choice.js';
import { english, t, translator, type Translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';
import { said, type Said } from '../domain/said.js';

export interface WisdomOptions {
  ledger?: string;
  week?: number;
  out?: string;
}

export interface WisdomResult {
  cohort: { id: string; name: string };
  week: number | null;
  digest: WisdomDigest;
  markdown: string;
  out: string | null;
  /** What was skipped or left out: English in --json (`text`), the reader's language in the terminal. */
  warnings: Said[];
}

/** Every entry that may go into the digest, its wisdom fields checked. */
export function wisdomPosts(members: readonly MemberFiles[], warnings: Said[]): WisdomPost[] {
  const posts: WisdomPost[] = [];
  for (const m of members)
    for (const [i, e] of (m.progress?.entries ?? []).entries()) {
      if (typeof e?.date !== 'string' || typeof e.title !== 'string') continue;
      if (e.reflection === undefined && e.featured === undefined) continue;
      const checked = checkWisdomFields(e as unknown as Record<string, unknown>);
      if (!checked.ok) {
        const file = `progress/${m.handle}.json`;
        warnings.push(said('problem.wisdom.leftOut', { file, index: String(i), problem: checked.said }, `${file}: entries[${i}] ${checked.problem}; left out of the digest`));
        continue;
      }
      posts.push({ handle: m.handle, name: m.card?.name ?? m.handle, date: e.date, title: e.title, ...(typeof e.url === 'string' ? { url: e.url } : {}), ...checked.value });
    }
  return posts;
}

/**
 * The digest's Markdown for a cohort's members (the site build calls this too). `hidden`:
 * the entries a moderator hid (moderation.ts entryKey), left out of the digest.
 */
export function wisdomOf(cohort: Cohort, members: readonly MemberFiles[], week?: number, hidden?: ReadonlySet<string>, tr: Translator = english): { digest: WisdomDigest; markdown: string; warnings: Said[] } {
  const warnings: Said[] = [];
  // `reflection` says what kind of post it is, not its theme.
  const digest = compileWisdom(wisdomPosts(members, warnings), {
    start: cohort.start, days: cohort.days, ignoreTags: [...TEMPLATE_TAGS, REFLECTION_TAG], ...(week !== undefined ? { week } : {}),
    ...(hidden?.size ? { hidden: (handle: string, date: string) => hidden.has(entryKey(handle, date)) } : {}),
  });
  return { digest, markdown: wisdomMarkdown(digest, { cohortName: cohort.name, weekDates: weekDatesOf(cohort), tr }), warnings };
}

function weekDatesOf(cohort: Cohort) {
  const end = lastDay(cohort);
  return (w: number) => {
    const from = addDays(cohort.start, (w - 1) * REFLECTION_EVERY);
    const to = addDays(from, REFLECTION_EVERY - 1);
    return { from, to: to > end ? end : to };
  };
}

/** The site's wisdom pages from the site's data (each member's counted entries and name). */
export function* wisdomPages(cohort: Cohort, members: readonly { handle: string; name: string; entries: readonly ProgressEntry[] }[], tr: Translator = english, hidden?: ReadonlySet<string>): Generator<{ path: string; content: string }> {
  const files: MemberFiles[] = members.map((m) => ({ handle: m.handle, card: { name: m.name } as MemberFiles['card'], progress: { schema: 1, handle: m.handle, entries: [...m.entries] } }));
  const w = wisdomOf(cohort, files, undefined, hidden, tr);
  yield { path: 'wisdom.md', content: w.markdown };
  yield { path: paths.wisdom, content: page({ root: '', tr, cohortName: cohort.name, title: tr.t('wisdom.htmlTitle'), section: 'wisdom' }, wisdomHtmlBody(w.digest, { cohortName: cohort.name, weekDates: weekDatesOf(cohort), tr }, text, outLink)) };
}

export async function runWisdom(o: WisdomOptions, ctx: Context): Promise<WisdomResult> {
  const data = await readLedgerData(await readableLedger(chosenLedger(o.ledger, ctx), ctx));
  const weeks = Math.ceil(data.cohort.days / REFLECTION_EVERY);
  if (o.week !== undefined && o.week > weeks) throw new WotnError('usage', t('problem.wisdomWeek', { week: o.week, days: data.cohort.days, weeks }));
  // As the feed, report and site: a member a lead removed is left out, and so is an entry a moderator hid.
  const removed = removalsOf(data.cohort);
  const members = data.members.filter((m) => !isRemoved(m.handle, removed, ctx.now()));
  // The digest is the cohort's, in its language (the same document for every reader).
  const tr = await translator(cohortLanguage(data.cohort));
  const w = wisdomOf(data.cohort, members, o.week, new Set(applyActions(data.community.actions, data.cohort).hidden.keys()), tr);
  const out = o.out ? resolve(ctx.cwd, o.out) : null;
  if (out) writeFileSync(out, w.markdown);
  return { cohort: { id: data.cohort.id, name: data.cohort.name }, week: o.week ?? null, digest: w.digest, markdown: w.markdown, out, warnings: [...data.warnings, ...w.warnings] };
}
