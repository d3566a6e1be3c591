// The member's write clone of a git ledger: shallow, no fetch it does not need, and it
// never reads or writes through a link someone planted in the ledger.
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinAs, startCohort } from '../helpers/cohort.js';
import { gitSync } from '../helpers/git.js';
import { pausingGit } from '../helpers/pausing-git.js';
import { tempDir } from '../helpers/tmp.js';
import { accountOf, wotn, wotnJson } from '../helpers/wotn.js';

const at = '2026-11-01T20:00:00+07:00';

describe('the write clone', () => {
  it('holds the ledger\'s tip only, and a first sync clones without fetching again', async () => {
    const c = await startCohort();
    for (let i = 0; i < 5; i++) await joinAs(c, `w${i}`);
    const home = c.home('minh');
    accountOf(home, 'minh');
    await wotn(['init', '--yes', '--name', 'Minh', '--handle', 'minh'], { home });
    const git = pausingGit(c.root);
    await wotnJson(['cohort', 'join', c.ledger], { home, env: git.env() });
    const subcommands = git.calls().map((call) => call.split(' ').find((a) => /^[a-z][a-z-]+$/.test(a) && a !== 'true'));
    expect(subcommands.filter((s) => s === 'clone' || s === 'fetch')).toEqual(['clone']);
    const ledgers = join(home, 'cache', 'ledgers');
    const clone = join(ledgers, readdirSync(ledgers)[0]!, 'member-minh');
    expect(gitSync(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    // the tip it cloned and minh's own commit, of the ledger's 7
    expect(gitSync(clone, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
    expect(gitSync(c.ledger, 'rev-list', '--count', 'main').trim()).toBe('7');
  });

  it('writers syncing at once through the hook all land: a push the server found outrun is retried, not refused', async () => {
    const c = await startCohort();
    const handles = Array.from({ length: 4 }, (_, i) => `w${i}`);
    const homes = await Promise.all(handles.map((h) => joinAs(c, h)));
    const retry = { attempts: 30, baseMs: 100, capMs: 1_000 };
    const results = await Promise.all(homes.map((home, i) => wotnJson(['publish', '--url', `https://${handles[i]}.dev/1`, '--words', '120'], { home, now: at, retry })));
    expect(results.map((r) => r.synced)).toEqual(handles.map(() => true));
    const ledger = gitSync(c.ledger, 'ls-tree', '--name-only', 'main', 'progress/').split('\n').filter((f) => f.endsWith('.json'));
    expect(ledger).toEqual(handles.map((h) => `progress/${h}.json`));
  });

  it.each([
    ['wotn\'s own config', (home: string) => join(home, 'config.json')],
    ['a file that does not exist yet', (home: string) => join(home, '.ssh', 'authorized_keys')],
  ])('refuses a card in the ledger that is a symbolic link to %s, naming it, and writes nothing through it', async (_, target) => {
    const c = await startCohort();
    const home = c.home('minh');
    accountOf(home, 'minh');
    expect((await wotn(['init', '--yes', '--name', 'Minh', '--handle', 'minh'], { home })).code).toBe(0);
    // Planted where no hook checked it (the hook refuses links: test/integration/pre-receive.test.ts).
    rmSync(join(c.ledger, 'hooks', 'pre-receive'));
    const lead = join(tempDir(), 'lead');
    gitSync(c.root, 'clone', '--quiet', c.ledger, lead);
    symlinkSync(target(home), join(lead, 'members', 'minh.json'));
    gitSync(lead, 'add', 'members/minh.json');
    gitSync(lead, 'commit', '--quiet', '-m', 'plant');
    gitSync(lead, 'push', '--quiet', 'origin', 'HEAD:main');

    const before = existsSync(target(home)) ? readFileSync(target(home), 'utf8') : undefined;
    const r = await wotn(['cohort', 'join', c.ledger], { home, now: at });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('members/minh.json in the ledger is a symbolic link, not a regular file; wotn neither reads nor writes through it');
    expect(existsSync(target(home)) ? readFileSync(target(home), 'utf8') : undefined).toBe(before);
  });

  it('refuses an own file too large for a ledger, without reading it', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'minh');
    rmSync(join(c.ledger, 'hooks', 'pre-receive'));
    const lead = join(tempDir(), 'lead');
    gitSync(c.root, 'clone', '--quiet', c.ledger, lead);
    writeFileSync(join(lead, 'progress', 'minh.json'), `{"schema":1,"handle":"minh","entries":[],"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    gitSync(lead, 'add', 'progress/minh.json');
    gitSync(lead, 'commit', '--quiet', '-m', 'huge');
    gitSync(lead, 'push', '--quiet', 'origin', 'HEAD:main');
    const r = await wotn(['publish', '--url', 'https://minh.dev/1', '--words', '120'], { home, now: at });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Not synced to the cohort ledger \(progress\/minh\.json in the ledger is \d{7} bytes, more than a ledger file may hold \(1048576\)\)/);
    expect(r.stderr).not.toContain('xxxx');
  });

  it('a sync sees the kudos a member received from the givers\' files alone: no other member\'s file is checked out, and an older clone gets the community folders', async () => {
    const c = await startCohort();
    const minh = await joinAs(c, 'minh');
    const an = await joinAs(c, 'an');
    const chi = await joinAs(c, 'chi');
    expect((await wotn(['publish', '--url', 'https://minh.dev/1', '--words', '120'], { home: minh, now: at })).code).toBe(0);
    expect((await wotn(['kudos', 'minh', '--day', '1'], { home: an, now: '2026-11-01T21:00:00+07:00' })).code).toBe(0);
    expect((await wotn(['sync'], { home: minh, now: '2026-11-01T21:30:00+07:00' })).code).toBe(0);
    expect((await wotnJson(['status'], { home: minh, now: '2026-11-01T21:30:00+07:00' })).kudosToday).toEqual([{ from: 'an', date: '2026-11-01' }]);
    const ledgers = join(minh, 'cache', 'ledgers');
    const cache = join(ledgers, readdirSync(ledgers)[0]!);
    const clone = join(cache, 'member-minh');
    const checkedOut = (folder: string) => (existsSync(join(clone, folder)) ? readdirSync(join(clone, folder)).sort() : []);
    expect(checkedOut('members')).toEqual(['minh.json']);
    expect(checkedOut('feedback')).toEqual(['an.json']);
    // No whole copy of the ledger was made for it.
    expect(existsSync(join(cache, 'read'))).toBe(false);

    // A clone made when only the member's own files were checked out.
    gitSync(clone, 'sparse-checkout', 'set', '--no-cone', '/members/minh.json', '/progress/minh.json', '/feedback/minh.json', '/actions/minh.json', '/wotn-cohort.json');
    expect(checkedOut('feedback')).toEqual([]);
    expect((await wotn(['kudos', 'minh', '--day', '1', '--note', 'Loved it.'], { home: chi, now: '2026-11-01T22:00:00+07:00' })).code).toBe(0);
    expect((await wotn(['sync'], { home: minh, now: '2026-11-01T22:30:00+07:00' })).code).toBe(0);
    expect((await wotnJson(['status'], { home: minh, now: '2026-11-01T22:30:00+07:00' })).kudosToday).toEqual([
      { from: 'an', date: '2026-11-01' }, { from: 'chi', date: '2026-11-01', note: 'Loved it.' },
    ]);
    expect(checkedOut('feedback')).toEqual(['an.json', 'chi.json']);
  });
});
