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

/** The digest as the body of the site's wisdom page: every member string through text(), every link through outLink. */
export function wisdomHtmlBody(digest: WisdomDigest, page: WisdomPage, text: (s: string) => string, outLink: (label: string, url: string | null | undefined) => string): string {
  const out = [`<h1>Collective wisdom</h1>`, '<p class="dim">Weekly reflections and featured posts, by week and theme. <a href="wisdom.md">As Markdown</a>.</p>'];
  if (!digest.items) return [...out, '<p>No reflections or featured posts yet.</p>'].join('\n');
  for (const w of digest.weeks) {
    const { from, to } = page.weekDates(w.week);
    out.push(`<section><h2>Week ${w.week} <span class="dim">(<time>${from}</time> to <time>${to}</time>)</span></h2>`);
    for (const t of w.themes) {
      out.push(`<h3>${t.tag === null ? 'Other' : text(t.tag)}</h3><ul>`);
      for (const i of t.items) {
        const sections = REFLECTION_SECTIONS.flatMap((s) => {
          const value = i.reflection?.[s.key];
          if (value === undefined) return [];
          const body = typeof value === 'string' ? text(value) : `${text(value.text)}${value.url ? ` (${outLink('link', value.url)})` : ''}`;
          return [`<li><b>${text(s.heading)}:</b> ${body}</li>`];
        });
        out.push(`<li><b>${outLink(text(i.title.trim() ? i.title : '(untitled)'), i.url)}</b> · ${text(i.name || i.handle)} (@${text(i.handle)}), day ${i.day}${i.kind === 'featured' ? ' · featured' : ''}${sections.length ? `<ul>${sections.join('')}</ul>` : ''}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }
  return out.join('\n');
}
