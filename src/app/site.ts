// The site use case: the cohort's static site from the ledger (CI runs it on every ingest),
// written fresh into the output folder.
import { resolve } from 'node:path';
import { isLocalDate, localDay } from '../domain/calendar.js';
import { WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { chosenLedger, readableLedger } from './ledger-choice.js';
import { t } from '../i18n/index.js';
import type { Said } from '../domain/said.js';

export interface SiteResult {
  out: string;
  files: number;
  bytes: number;
  members: number;
  date: string;
  warnings: Said[];
}

/**
 * Where the site will be served, for the Atom feed's links: --site-url, else in GitHub
 * Actions on github.com the repository's Pages address; undefined when unknown.
 */
export function siteAddress(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined) {
    let u: URL | undefined;
    try {
      u = new URL(flag);
    } catch { /* reported below */ }
    if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.search || u.hash || u.username || u.password) {
      throw new WotnError('usage', t('site.badUrl', { value: flag }), t('site.badUrlHint'));
    }
    return u.href.endsWith('/') ? u.href : `${u.href}/`;
  }
  const server = env.GITHUB_SERVER_URL;
  const repo = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  if (env.GITHUB_ACTIONS !== 'true' || !repo || (server && server !== 'https://github.com')) return undefined;
  const owner = repo[1]!.toLowerCase();
  // A repository named OWNER.github.io is served at the root of that address.
  return repo[2]!.toLowerCase() === `${owner}.github.io` ? `https://${owner}.github.io/` : `https://${owner}.github.io/${repo[2]}/`;
}

export async function buildSite(o: { ledger?: string; date?: string; out: string; siteUrl?: string }, ctx: Context): Promise<SiteResult> {
  if (o.date !== undefined && !isLocalDate(o.date)) throw new WotnError('usage', t('error.notADate', { flag: '--date', value: o.date }));
  const siteUrl = siteAddress(o.siteUrl, ctx.env);
  const source = await readableLedger(chosenLedger(o.ledger, ctx), ctx);
  const { buildSiteFiles } = await import('./site-build.js');
  const { written, report: r } = await buildSiteFiles(source, (cohort) => o.date ?? localDay(ctx.now(), cohort.timezone), resolve(ctx.cwd, o.out), siteUrl, ctx.now());
  return { out: written.dir, files: written.files, bytes: written.bytes, members: r.members.length, date: r.date, warnings: r.warnings };
}
