// Where the GitHub token may go: to the GitHub server only, and only through git's environment.
import { describe, expect, it } from 'vitest';
import { gitAuthEnv } from '../../src/adapters/github-auth.js';

describe('gitAuthEnv', () => {
  const env = { GITHUB_TOKEN: 'ghp_secret', GITHUB_SERVER_URL: 'https://github.com' };
  it('scopes the header to the GitHub server and carries the token only in the environment', () => {
    const e = gitAuthEnv('https://github.com/wotn-vn/ledger.git', env);
    expect(e.GIT_CONFIG_COUNT).toBe('1');
    expect(e.GIT_CONFIG_KEY_0).toBe('http.https://github.com/.extraheader');
    expect(Buffer.from(e.GIT_CONFIG_VALUE_0!.replace('AUTHORIZATION: basic ', ''), 'base64').toString()).toBe('x-access-token:ghp_secret');
  });
  it.each(['https://gitlab.com/x/y.git', 'file:///tmp/ledger.git', 'git@github.com:x/y.git', '/tmp/ledger.git'])('sends nothing to %s', (url) => {
    expect(gitAuthEnv(url, env)).toEqual({});
  });
});
