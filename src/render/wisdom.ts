// The wisdom digest as Markdown (`wotn wisdom`, the cohort's pages). Every piece of member
// text goes through escape.markdown and every link through safeUrl, so a title or a
// reflection can't inject HTML, a link or a heading into the cohort's pages.
import { REFLECTION_SECTIONS, type WisdomDigest, type WisdomItem } from '../domain/wisdom.js';
import { markdown, safeUrl } from './escape.js';

export interface WisdomPage {
  cohortName: string;
  /** The first and last day of each week (from the challenge's calendar). */
  weekDates: (week: number) => { from: string; to: string };
}

/** A link destination CommonMark can't be tricked by: parentheses and spaces percent-encoded. */
const destination = (url: string) => url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function link(text: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${markdown(text)}](${destination(safe)})` : markdown(text);
}

function item(i: WisdomItem): string[] {
  const title = i.title.trim() ? i.title : '(untitled)';
  const lines = [`- **${link(title, i.url)}** · ${markdown(i.name || i.handle)} (@${markdown(i.handle)}), day ${i.day}${i.kind === 'featured' ? ' · featured' : ''}`];
  for (const s of REFLECTION_SECTIONS) {
    const value = i.reflection?.[s.key];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? markdown(value) : `${markdown(value.text)}${value.url ? ` (${link('link', value.url)})` : ''}`;
    lines.push(`  - ${markdown(s.heading)}: ${text}`);
  }
  return lines;
}

export function wisdomMarkdown(digest: WisdomDigest, page: WisdomPage): string {
  const out = [`# ${markdown(page.cohortName)}: collective wisdom`, ''];
  if (!digest.items) return [...out, 'No reflections or featured posts yet.', ''].join('\n');
  for (const w of digest.weeks) {
    const { from, to } = page.weekDates(w.week);
    out.push(`## Week ${w.week} (${from} to ${to})`, '');
    for (const t of w.themes) out.push(`### ${t.tag === null ? 'Other' : markdown(t.tag)}`, '', ...t.items.flatMap(item), '');
  }
  return out.join('\n');
}
