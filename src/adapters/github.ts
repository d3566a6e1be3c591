// The GitHub API through Octokit (imported only by commands that need it). 409 is a
// conflict wotn handles itself, so the retry plugin must not retry it blindly; rate limits
// go through the throttling plugin, and an exhausted limit is a clear message. Every
// request has connect and response timeouts (github-fetch.ts).
import type { Octokit as OctokitType } from 'octokit';
import { WotnError } from '../errors.js';
import { VERSION } from '../version.js';
import { t, type MessageKey, type Params } from '../i18n/index.js';
import { requireToken } from './github-auth.js';
import { fetchWithTimeouts, GITHUB_TIMEOUT_MS, GitHubTimeout } from './github-fetch.js';

export type GitHub = OctokitType;

const silent = { debug() {}, info() {}, warn() {}, error() {} };

export interface GitHubOptions {
  /**
   * Space mutating requests about a second apart and wait out short rate limits, as GitHub
   * asks of API clients. Tests against a local server turn it off (and retry without waiting).
   */
  paced: boolean;
  /** How long GitHub may take to answer (default GITHUB_TIMEOUT_MS); tests make it short. */
  timeoutMs?: number;
}

export async function github(env: NodeJS.ProcessEnv, options: GitHubOptions = { paced: true }): Promise<GitHub> {
  const token = requireToken(env);
  const { Octokit } = await import('octokit');
  return new Octokit({
    auth: token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    userAgent: `wotn/${VERSION}`,
    log: silent,
    // A timeout is not retried (see GitHubTimeout); a reset connection is, like a 5xx.
    request: { fetch: fetchWithTimeouts(options.timeoutMs ?? GITHUB_TIMEOUT_MS) },
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451], ...(options.paced ? {} : { retryAfterBaseValue: 10 }) },
    throttle: {
      enabled: options.paced,
      // Wait out a short limit once; a long one is the user's to decide on.
      onRateLimit: (retryAfter: number, options: { request: { retryCount: number } }) => options.request.retryCount === 0 && retryAfter <= 60,
      onSecondaryRateLimit: (retryAfter: number, options: { request: { retryCount: number } }) => options.request.retryCount === 0 && retryAfter <= 60,
    },
  });
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

export function httpStatus(error: unknown): number | undefined {
  return (error as HttpError)?.status;
}

/**
 * What wotn was doing when GitHub failed ("reading pods.json from wotn-vn/dec-2026"): a
 * gh.doing.* message and its values, put in the reader's words only when a request fails,
 * so a run that succeeds loads no message for it.
 */
export type Doing = readonly [key: MessageKey, values?: Params];

/** Turns an API error into a message in the reader's language that says what to do. The token never appears. */
export function explain(error: unknown, doing: Doing): Error {
  const what = t(...doing);
  if (error instanceof GitHubTimeout) return new WotnError(error.kind, t('gh.while', { problem: error.message, what }), error.hint);
  if (error instanceof WotnError) return error; // already says what happened
  const e = error as HttpError;
  const headers = e.response?.headers ?? {};
  const message = e.message?.trim() ?? '';
  const said = { what, message, hasMessage: message ? 'yes' : 'no' };
  if (e.status === 401) return new WotnError('auth', t('gh.badToken', said), t('error.tokenHelp'));
  if ((e.status === 403 || e.status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    // Measured against the server's own clock (its Date header), not this machine's.
    const serverNow = Date.parse(headers.date ?? '');
    const minutes = Number.isNaN(serverNow) ? 0 : Math.max(1, Math.ceil((reset - serverNow) / 60_000));
    return new WotnError('network', t('gh.rateLimit', { what, minutes, at: new Date(reset).toISOString() }), t('gh.rateLimitHint'));
  }
  if (e.status === 403) return new WotnError('permission', t('gh.forbidden', said), t('gh.forbiddenHint'));
  if (e.status === 404) return new WotnError('not-found', t('gh.notFound', said), t('gh.notFoundHint'));
  // Octokit gives a request that never reached GitHub (refused, reset, DNS) status 500 and no response.
  if (e.status && !(e.status === 500 && !e.response)) return new WotnError('network', t('gh.status', { ...said, status: e.status }));
  return new WotnError('network', t('gh.unreachable', { what, message: (error as Error).message }));
}
