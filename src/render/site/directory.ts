// The directory: every writer with their introduction, by name, to discover and connect.
import type { MemberReport } from '../../domain/report.js';
import { pageCount, PAGE_SIZE, type SiteModel } from '../../domain/site.js';
import { safeUrl } from '../escape.js';
import type { Translator } from '../../i18n/index.js';
import { memberLink, outLink, page, pager, paths, roleBadge, searchBox, text } from './layout.js';

function card(w: MemberReport, tr: Translator): string {
  const blog = safeUrl(w.blog) ? ` · ${outLink(tr.t('submission.blog'), w.blog)}` : '';
  return `<li>${memberLink('../', w.handle, w.name)} <span class="dim">@${w.handle}</span>${roleBadge(w.role)}`
    + `${w.intro ? `<p class="intro">${text(w.intro)}</p>` : ''}<span class="meta">${w.daysWritten ? tr.t('site.dir.written', { count: w.daysWritten }) : tr.t('site.dir.noPosts')}${blog}</span></li>`;
}

export function* directoryPages(m: SiteModel, tr: Translator): Generator<{ path: string; content: string }> {
  const size = PAGE_SIZE.directory;
  const pages = pageCount(m.directory.length, size);
  for (let p = 1; p <= pages; p++) {
    const list = m.directory.slice((p - 1) * size, p * size);
    const body = [
      `<h1>${tr.t('site.nav.directory')}</h1>`,
      `<p>${tr.t('site.dir.intro', { count: m.directory.length })}</p>`,
      searchBox('../', tr.t('site.dir.search'), tr),
      list.length ? `<ul class="list">${list.map((w) => card(w, tr)).join('')}</ul>` : `<p>${tr.t('site.dir.empty')}</p>`,
      pager(p, pages, (n) => `../${paths.directory(n)}`, tr.t('site.dir.pages'), tr),
    ];
    yield { path: paths.directory(p), content: page({ root: '../', tr, cohortName: m.cohort.name, title: p === 1 ? tr.t('site.nav.directory') : tr.t('site.dir.title', { page: p }), section: 'directory', search: true }, body.join('\n')) };
  }
}
