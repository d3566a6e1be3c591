// Where a ledger lives, as the user writes it: GitHub is reached as github:OWNER/REPO only.
import { describe, expect, it } from 'vitest';
import { parseLedgerSpec } from '../../src/adapters/ledger.js';
import { WotnError } from '../../src/errors.js';

function refusal(spec: string): WotnError {
  try {
    parseLedgerSpec(spec, '/');
  } catch (error) {
    if (error instanceof WotnError) return error;
    throw error;
  }
  throw new Error(`${spec} was accepted`);
}

describe('a GitHub git URL as a ledger', () => {
  it.each([
    ['git@github.com:wotn-vn/dec-2026.git', 'github:wotn-vn/dec-2026'],
    ['https://github.com/wotn-vn/dec-2026', 'github:wotn-vn/dec-2026'],
    ['https://github.com/wotn-vn/dec-2026.git', 'github:wotn-vn/dec-2026'],
    ['https://lan@github.com/wotn-vn/dec-2026.git/', 'github:wotn-vn/dec-2026'],
    ['ssh://git@github.com/wotn-vn/dec-2026.git', 'github:wotn-vn/dec-2026'],
    ['ssh://git@github.com:22/wotn-vn/dec-2026.git', 'github:wotn-vn/dec-2026'],
    ['HTTPS://WWW.GITHUB.COM/wotn-vn/dec-2026', 'github:wotn-vn/dec-2026'],
    ['git://github.com/wotn-vn/dec-2026.git', 'github:wotn-vn/dec-2026'],
    ['https://github.com/wotn-vn', 'github:OWNER/REPO'],
  ])('%s is refused with a pointer to %s', (spec, github) => {
    const e = refusal(spec);
    expect(e.kind).toBe('usage');
    expect(e.message).toBe(`ledger "${spec}" is on GitHub, which runs no pre-receive hook to check pushes: use ${github}`);
    expect(e.hint).toContain(`wotn cohort join ${github}`);
    expect(e.hint).toContain(`wotn cohort create ${github.replace('github:', '')}`);
  });

  it.each(['git@gitlab.com:wotn-vn/dec.git', 'https://github.example.org/wotn-vn/dec.git', 'https://github.com.example.org/x/y.git', 'ssh://git@git.example.org/github.com/x.git', 'github:wotn-vn/dec-2026'])(
    '%s is not GitHub\'s git remote',
    (spec) => expect(() => parseLedgerSpec(spec, '/')).not.toThrow(),
  );
});
