// The wisdom digest as Markdown (`wotn wisdom`, the cohort's pages). Every piece of member
// text goes through escape.markdown and every link through safeUrl, so a title or a
// reflection can't inject HTML, a link or a heading into the cohort's pages.
import { REFLECTION_SECTIONS, type WisdomDigest, type WisdomItem } from '../domain/wisdom.js';
import { markdown, safeUrl } from './escape.js';
import { humanDate } from './writer.js';
import { english, type MessageKey, type Translator } from '../i18n/index.js';

export interface WisdomPage {
  cohortName: string;
  /** The first and last day of each week (from the challenge's calendar). */
  weekDates: (week: number) => { from: string; to: string };
  /** The cohort's language: the whole cohort reads the digest. */
  tr?: Translator;
}

const heading = (tr: Translator, key: string) => tr.t(`wisdom.section.${key}` as MessageKey);

/** A link destination CommonMark can't be tricked by: parentheses and spaces percent-encoded. */
const destination = (url: string) => url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function link(text: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${markdown(text)}](${destination(safe)})` : markdown(text);
}

function item(i: WisdomItem, tr: Translator): string[] {
  const title = i.title.trim() ? i.title : tr.t('wisdom.untitled');
  const lines = [`- ${tr.t('wisdom.item', { title: `**${link(title, i.url)}**`, name: markdown(i.name || i.handle), handle: markdown(i.handle), day: i.day, featured: i.kind === 'featured' ? tr.t('wisdom.featured') : '' })}`];
  for (const s of REFLECTION_SECTIONS) {
    const value = i.reflection?.[s.key];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? markdown(value) : `${markdown(value.text)}${value.url ? ` (${link(tr.t('wisdom.link'), value.url)})` : ''}`;
    lines.push(`  - ${markdown(heading(tr, s.key))}: ${text}`);
  }
  return lines;
}

export function wisdomMarkdown(digest: WisdomDigest, page: WisdomPage): string {
  const tr = page.tr ?? english;
  const out = [`# ${tr.t('wisdom.title', { name: markdown(page.cohortName) })}`, ''];
  if (!digest.items) return [...out, tr.t('wisdom.empty'), ''].join('\n');
  for (const w of digest.weeks) {
    const { from, to } = page.weekDates(w.week);
    out.push(`## ${tr.t('wisdom.week', { week: w.week, from: humanDate(from, tr), to: humanDate(to, tr) })}`, '');
    for (const t of w.themes) out.push(`### ${t.tag === null ? tr.t('wisdom.other') : markdown(t.tag)}`, '', ...t.items.flatMap((i) => item(i, tr)), '');
  }
  return out.join('\n');
}

/** The digest as the body of the site's wisdom page: every member string through text(), every link through outLink. */
export function wisdomHtmlBody(digest: WisdomDigest, page: WisdomPage, text: (s: string) => string, outLink: (label: string, url: string | null | undefined) => string): string {
  const tr = page.tr ?? english;
  const out = [`<h1>${tr.t('wisdom.htmlTitle')}</h1>`, `<p class="dim">${tr.t('wisdom.htmlLead')}</p>`];
  if (!digest.items) return [...out, `<p>${tr.t('wisdom.empty')}</p>`].join('\n');
  for (const w of digest.weeks) {
    const { from, to } = page.weekDates(w.week);
    out.push(`<section><h2>${tr.t('wisdom.weekHtml', { week: w.week, from: humanDate(from, tr), to: humanDate(to, tr), fromIso: from, toIso: to })}</h2>`);
    for (const t of w.themes) {
      out.push(`<h3>${t.tag === null ? tr.t('wisdom.other') : text(t.tag)}</h3><ul>`);
      for (const i of t.items) {
        const sections = REFLECTION_SECTIONS.flatMap((s) => {
          const value = i.reflection?.[s.key];
          if (value === undefined) return [];
          const body = typeof value === 'string' ? text(value) : `${text(value.text)}${value.url ? ` (${outLink(tr.t('wisdom.link'), value.url)})` : ''}`;
          return [`<li><b>${text(heading(tr, s.key))}:</b> ${body}</li>`];
        });
        const title = `<b>${outLink(text(i.title.trim() ? i.title : tr.t('wisdom.untitled')), i.url)}</b>`;
        const said = tr.t('wisdom.item', { title, name: text(i.name || i.handle), handle: text(i.handle), day: i.day, featured: i.kind === 'featured' ? tr.t('wisdom.featured') : '' });
        out.push(`<li>${said}${sections.length ? `<ul>${sections.join('')}</ul>` : ''}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }
  return out.join('\n');
}
