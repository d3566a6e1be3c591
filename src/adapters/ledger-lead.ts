// A lead's write to one ledger file that no member owns (pods.json): on plain git a fresh
// shallow clone of the tip, the file written into git's index, one commit and a push
// (the server's hook checks the lead's push as any other; a lost race starts over from the
// new tip); on a github: ledger the contents API with the file's blob sha, so a concurrent
// change is a conflict to retry, never overwritten. Reading a file beside the members' is
// here too: the ledger's own folder, or one contents-API request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerJson } from '../domain/ledger.js';
import { MAX_LEDGER_FILE, modeSaid, REGULAR_FILE } from '../domain/push-check.js';
import { messageOf, WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { GitError } from './git.js';
import { gitAuthEnv } from './github-auth.js';
import { explain, httpStatus } from './github.js';
import { parseLedgerSpec } from './ledger.js';
import { readCapped, whySaid, type LedgerSource } from './ledger-files.js';
import { saidAt, type Said } from '../domain/said.js';
import { refusal } from './ledger-git.js';
import type { LedgerStore } from './ledger-store.js';
import { backoffMs, sleep } from './retry.js';
import { readTexts, treeEntries } from './git-objects.js';
import { spoken, t } from '../i18n/index.js';

/** A ledger file's text beside the members' (undefined: there is none). A link or an oversized file is refused by name. */
/** A file a lead's command reads that is not a plain file of the ledger: named, in the reader's words. */
const leadFileProblem = (store: LedgerStore, path: string, why: Said) => new WotnError('corrupt', spoken(saidAt(`${store.label}/${path}`, why)));

export async function readExtraFile(store: LedgerStore, source: LedgerSource, path: string): Promise<string | undefined> {
  if (store.kind === 'check-ins') {
    try {
      const { data } = await store.gh.rest.repos.getContent({ ...store.repo, path });
      const file = data as { type?: string; size?: number; content?: string };
      if (Array.isArray(data) || file.type !== 'file') throw leadFileProblem(store, path, whySaid('is not a regular file'));
      if ((file.size ?? 0) > MAX_LEDGER_FILE) throw leadFileProblem(store, path, whySaid('is larger than 1 MiB'));
      return Buffer.from(file.content ?? '', 'base64').toString('utf8');
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      if (error instanceof WotnError) throw error;
      throw explain(error, ['gh.doing.read', { path, repo: `${store.repo.owner}/${store.repo.repo}` }]);
    }
  }
  if (!source.dir) return undefined;
  const text = readCapped(join(source.dir, path));
  if (typeof text === 'string') return text;
  if (text.why === 'is missing') return undefined;
  throw leadFileProblem(store, path, whySaid(text.why));
}

/** Gets the file's current JSON (undefined: none) and returns the new value (undefined: leave the file as it is). */
export type LeadChange = (current: unknown) => unknown;

export interface LeadWrite {
  changed: boolean;
  commit: string | null;
  attempts: number;
}

function parse(path: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new WotnError('corrupt', t('ledger.leadFileNotJson', { file: path }));
  }
}

export async function writeLeadFile(store: LedgerStore, ctx: Context, path: string, change: LeadChange, message: string, author: string): Promise<LeadWrite> {
  return store.kind === 'check-ins' ? writeByContents(store, ctx, path, change, message) : writeByGit(store.canonical, ctx, path, change, message, author);
}

async function writeByGit(ledger: string, ctx: Context, path: string, change: LeadChange, message: string, author: string): Promise<LeadWrite> {
  const spec = parseLedgerSpec(ledger, ctx.cwd, true);
  if (spec.kind !== 'git') throw new WotnError('usage', t('ledger.workingCopy', { ledger }));
  const auth = { env: gitAuthEnv(spec.url, ctx.env) };
  for (let attempt = 1; ; attempt++) {
    const work = mkdtempSync(join(tmpdir(), 'wotn-lead-'));
    try {
      const dir = join(work, 'ledger');
      await ctx.git.run(work, ['clone', '--quiet', '--depth', '1', '--no-checkout', spec.url, dir], auth).catch((error) => {
        throw new WotnError('network', t('ledger.unreachable', { url: spec.url, problem: messageOf(error).replace(/^git \w+ failed: /, '') }));
      });
      const entry = (await treeEntries(ctx.git, dir, 'HEAD', [path])).get(path);
      if (entry && entry.mode !== REGULAR_FILE) throw new WotnError('corrupt', t('ledger.notRegular', { path, mode: spoken(modeSaid(entry.mode)) }));
      if (entry && (entry.size ?? 0) > MAX_LEDGER_FILE) throw new WotnError('corrupt', t('ledger.tooLarge', { path, bytes: String(entry.size), max: MAX_LEDGER_FILE }));
      const old = entry ? (await readTexts(ctx.git, dir, [entry.sha])).get(entry.sha) : undefined;
      const next = change(parse(path, old));
      const text = next === undefined ? old : ledgerJson(next);
      if (text === old || text === undefined) return { changed: false, commit: null, attempts: attempt };
      const sha = (await ctx.git.bytes(dir, ['hash-object', '-w', '--stdin'], text)).toString().trim();
      await ctx.git.run(dir, ['read-tree', 'HEAD']);
      await ctx.git.run(dir, ['update-index', '--add', '--cacheinfo', `${REGULAR_FILE},${sha},${path}`]);
      await ctx.git.ensureIdentity(dir, author, `${author}@users.noreply.github.com`);
      const commit = await ctx.git.commit(dir, ['--no-verify', '-m', message]);
      try {
        await ctx.git.run(dir, ['push', '--porcelain', 'origin', 'HEAD'], auth);
        return { changed: true, commit, attempts: attempt };
      } catch (error) {
        const refused = error instanceof GitError ? refusal(error) : undefined;
        if (refused) throw refused;
        if (attempt >= ctx.retry.attempts || !(error instanceof GitError)) throw new WotnError('conflict', t('ledger.keptRejecting', { attempts: attempt, problem: messageOf(error) }));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    await sleep(backoffMs(attempt, ctx.retry));
  }
}

async function writeByContents(store: Extract<LedgerStore, { kind: 'check-ins' }>, ctx: Context, path: string, change: LeadChange, message: string): Promise<LeadWrite> {
  const { gh, repo } = store;
  for (let attempt = 1; ; attempt++) {
    let sha: string | undefined;
    let old: string | undefined;
    try {
      const { data } = await gh.rest.repos.getContent({ ...repo, path });
      const file = data as { type?: string; sha?: string; content?: string };
      if (Array.isArray(data) || file.type !== 'file') throw leadFileProblem(store, path, whySaid('is not a regular file'));
      sha = file.sha;
      old = Buffer.from(file.content ?? '', 'base64').toString('utf8');
    } catch (error) {
      if (error instanceof WotnError) throw error;
      if (httpStatus(error) !== 404) throw explain(error, ['gh.doing.read', { path, repo: `${repo.owner}/${repo.repo}` }]);
    }
    const next = change(parse(path, old));
    const text = next === undefined ? old : ledgerJson(next);
    if (text === old || text === undefined) return { changed: false, commit: null, attempts: attempt };
    try {
      const { data } = await gh.rest.repos.createOrUpdateFileContents({ ...repo, path, message, content: Buffer.from(text).toString('base64'), ...(sha ? { sha } : {}) });
      return { changed: true, commit: data.commit.sha ?? null, attempts: attempt };
    } catch (error) {
      const status = httpStatus(error);
      if (status === 403 || status === 404) throw new WotnError('permission', t('ledger.mayNotWrite', { ledger: store.label, path }));
      if ((status !== 409 && status !== 422) || attempt >= ctx.retry.attempts) throw explain(error, ['gh.doing.write', { path, repo: `${repo.owner}/${repo.repo}` }]);
    }
    await sleep(backoffMs(attempt, ctx.retry));
  }
}
