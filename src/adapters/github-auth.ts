// The GitHub token: GITHUB_TOKEN, GH_TOKEN, or what `gh auth token` prints. wotn never
// prints, logs or stores it; git gets it through an http.extraHeader set in git's
// environment (GIT_CONFIG_COUNT/KEY/VALUE), never in argv or .git/config.
import { WotnError } from '../errors.js';
import { childProcess } from './child-process.js';
import { t } from '../i18n/index.js';

let fromGh: string | null | undefined; // asked once per process: undefined = not yet

export function findToken(env: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  if (fromGh === undefined) {
    const gh = childProcess().spawnSync('gh', ['auth', 'token'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    fromGh = (gh.status === 0 && gh.stdout.trim()) || null;
  }
  return fromGh ?? undefined;
}

export function requireToken(env: NodeJS.ProcessEnv): string {
  const token = findToken(env);
  if (!token) throw new WotnError('auth', t('error.noToken'), t('error.tokenHelp'));
  return token;
}

/** The web host git talks to for GitHub (GITHUB_SERVER_URL in Actions and in tests). */
export function githubServer(env: NodeJS.ProcessEnv): URL {
  return new URL(env.GITHUB_SERVER_URL || 'https://github.com');
}

/**
 * Environment that makes git send the token to the GitHub server only (the header is
 * scoped to that URL prefix), or nothing when the URL is elsewhere or there is no token.
 */
export function gitAuthEnv(url: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const server = githubServer(env);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return {};
  }
  if (target.origin !== server.origin) return {};
  const token = findToken(env);
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${server.origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}
