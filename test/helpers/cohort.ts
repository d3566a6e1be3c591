// A cohort on a real local bare ledger, with writers who each have their own WOTN_HOME.
import { join } from 'node:path';
import { expect } from 'vitest';
import { bareRepo } from './git.js';
import { tempDir } from './tmp.js';
import { accountOf, wotn, wotnJson } from './wotn.js';

export interface CohortSetup {
  root: string;
  ledger: string;
  home: (handle: string) => string;
}

/** A cohort whose ledger is a local bare repository, started by lan (a lead); `cohort init` installs its pre-receive hook. */
export async function startCohort(flags: string[] = [], root = tempDir()): Promise<CohortSetup> {
  const ledger = bareRepo(root, 'ledger.git');
  accountOf(join(root, 'lead'), 'lan');
  const r = await wotn(
    ['cohort', 'init', ledger, '--name', 'WOTN Test', '--start', '2026-11-01', '--timezone', 'Asia/Ho_Chi_Minh', '--min-words', '50', '--lead', 'lan', '--not-a-member', ...flags],
    { home: join(root, 'lead') },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { root, ledger, home: (handle) => join(root, 'homes', handle) };
}

export async function joinAs(c: CohortSetup, handle: string, options: { name?: string; timezone?: string; intro?: string; extra?: string[]; account?: string } = {}) {
  const home = c.home(handle);
  accountOf(home, options.account ?? handle);
  const init = await wotn(['init', '--yes', '--name', options.name ?? handle, '--handle', handle, '--timezone', options.timezone ?? 'Asia/Ho_Chi_Minh'], { home });
  expect(init.code).toBe(0);
  await wotnJson(['cohort', 'join', c.ledger, '--intro', options.intro ?? `Hi, I am ${handle}`, ...(options.extra ?? [])], { home });
  return home;
}

/** Records a post published elsewhere: no blog needed. */
export function publishUrl(home: string, now: string, words = 120, title = 'A post') {
  return wotnJson(['publish', '--url', `https://example.com/${encodeURIComponent(now)}`, '--words', String(words), '--title', title], { home, now });
}
