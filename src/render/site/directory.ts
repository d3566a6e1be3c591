// The directory: every writer with their introduction, by name, to discover and connect.
import type { MemberReport } from '../../domain/report.js';
import { pageCount, PAGE_SIZE, type SiteModel } from '../../domain/site.js';
import { safeUrl } from '../escape.js';
import { memberLink, num, outLink, page, pager, paths, plural, roleBadge, searchBox, text } from './layout.js';

function card(w: MemberReport): string {
  const blog = safeUrl(w.blog) ? ` · ${outLink('blog', w.blog)}` : '';
  return `<li>${memberLink('../', w.handle, w.name)} <span class="dim">@${w.handle}</span>${roleBadge(w.role)}`
    + `${w.intro ? `<p class="intro">${text(w.intro)}</p>` : ''}<span class="meta">${w.daysWritten ? `${plural(w.daysWritten, 'day')} written` : 'no posts yet'}${blog}</span></li>`;
}

export function* directoryPages(m: SiteModel, lang: string): Generator<{ path: string; content: string }> {
  const size = PAGE_SIZE.directory;
  const pages = pageCount(m.directory.length, size);
  for (let p = 1; p <= pages; p++) {
    const list = m.directory.slice((p - 1) * size, p * size);
    const body = [
      '<h1>Directory</h1>',
      `<p>${num(m.directory.length)} ${m.directory.length === 1 ? 'writer' : 'writers'}, by name. Read an introduction, follow a blog, say hello.</p>`,
      searchBox('../', 'Find a writer by name or handle'),
      list.length ? `<ul class="list">${list.map(card).join('')}</ul>` : '<p>No one has joined yet: <code>wotn cohort join</code> puts your card here.</p>',
      pager(p, pages, (n) => `../${paths.directory(n)}`, 'Directory pages'),
    ];
    yield { path: paths.directory(p), content: page({ root: '../', lang, cohortName: m.cohort.name, title: p === 1 ? 'Directory' : `Directory, page ${p}`, section: 'directory', search: true }, body.join('\n')) };
  }
}
