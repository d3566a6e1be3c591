// fetch for Octokit with timeouts: the answer's headers must arrive within `timeoutMs`
// (connecting included), and its body may not stall for longer than that between chunks.
// Node's own fetch waits 300 s for headers and 300 s for each body chunk, so a server that
// accepts and never answers would otherwise hang a sync for five minutes.
import { WotnError } from '../errors.js';
import { t } from '../i18n/index.js';

/** How long GitHub may take to answer, and to send each part of its answer. */
export const GITHUB_TIMEOUT_MS = 20_000;

/** A body that must be null in a Response (the fetch standard's null-body statuses). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * GitHub took too long. Named AbortError on purpose: Octokit then passes it through as it
 * is, and its retry plugin (which retries what Octokit wraps as a failed request) leaves
 * it alone, so a timeout costs one timeout, not four of them and 14 s of waits.
 */
export class GitHubTimeout extends WotnError {
  override name = 'AbortError';
}

export function fetchWithTimeouts(timeoutMs: number, base: typeof fetch = fetch): typeof fetch {
  return async (input, init = {}) => {
    const controller = new AbortController();
    let stage: 'gh.timeout.answer' | 'gh.timeout.finish' = 'gh.timeout.answer';
    const seconds = Number((timeoutMs / 1000).toFixed(1));
    const expired = () => new GitHubTimeout('network', t(stage, { seconds }), t('gh.timeoutHint'));
    let timer = setTimeout(() => controller.abort(expired()), timeoutMs);
    const outer = init.signal;
    outer?.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    try {
      const response = await base(input, { ...init, signal: controller.signal });
      if (NULL_BODY.has(response.status) || !response.body) return response;
      // Read the whole body here, under an idle timer, so a stalled body is an error
      // rather than an empty answer (Octokit treats a failed body read as empty).
      stage = 'gh.timeout.finish';
      const chunks: Uint8Array[] = [];
      const reader = response.body.getReader();
      for (;;) {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(expired()), timeoutMs);
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      const copy = new Response(Buffer.concat(chunks), { status: response.status, statusText: response.statusText, headers: response.headers });
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      throw reason instanceof GitHubTimeout ? reason : error;
    } finally {
      clearTimeout(timer);
    }
  };
}
