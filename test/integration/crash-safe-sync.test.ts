// Sync killed at any point, then run again: every entry reaches the ledger exactly once.
// Real wotn processes are killed with SIGKILL while their git is paused at a chosen step
// (test/helpers/pausing-git.ts); the states an older wotn's kill could leave in the write
// clone (an untracked file, a staged change, an unpushed commit) are made by hand.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { ledgerJson } from '../../src/domain/ledger.js';
import { mergeProgress, progressFromJournal } from '../../src/domain/merge.js';
import { STALE_MS } from '../../src/adapters/lock.js';
import { joinAs, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { bareRepo, gitSync, log } from '../helpers/git.js';
import { pausingGit } from '../helpers/pausing-git.js';
import { tempDir } from '../helpers/tmp.js';
import { spawnWotn, wotn, wotnJson } from '../helpers/wotn.js';

const at = (day: number) => `${addDays('2026-11-01', day - 1)}T20:00:00+07:00`;
const post = (day: number) => ['publish', '--url', `https://minh.dev/${day}`, '--words', '120', '--title', `Day ${day}`];

/** The dates in the ledger's progress/minh.json, as a reader sees them. */
const ledgerDates = (c: CohortSetup) => JSON.parse(gitSync(c.ledger, 'show', 'main:progress/minh.json')).entries.map((e: { date: string }) => e.date);
const journal = (home: string) => JSON.parse(readFileSync(join(home, 'journal.json'), 'utf8'));
const writeClone = (home: string) => {
  const ledgers = join(home, 'cache', 'ledgers');
  return join(ledgers, readdirSync(ledgers)[0]!, 'member-minh');
};

async function syncAgain(home: string, now: string) {
  const started = Date.now();
  const r = await wotnJson(['sync'], { home, now });
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

describe('a sync killed midway, then run again', () => {
  // One cohort per step, all at once: each re-run waits out its killed run's lock.
  it(
    'killed before git hash-object, update-index, commit or push: delivers each entry exactly once, and the dead lock is taken over within seconds',
    async () => {
      await Promise.all(['hash-object', 'update-index', 'commit', 'push'].map(async (step) => {
        const c = await startCohort();
        const home = await joinAs(c, 'minh');
        await wotnJson(post(1), { home, now: at(1) });
        const before = log(c.ledger, 'main').length;
        const git = pausingGit(c.root);
        await git.killWhenPaused(spawnWotn(post(2), { home, now: at(2), env: git.env(step) }));
        // killed: the entry is in the journal, waiting; the ledger has not changed
        expect(journal(home).entries.map((e: { synced: boolean }) => e.synced), step).toEqual([true, false]);
        expect(log(c.ledger, 'main'), step).toHaveLength(before);

        const again = await syncAgain(home, at(2));
        expect(again.ledger, step).toMatchObject({ changed: true, entries: 2 });
        // the killed run's lock on the write clone is taken over once stale, not after a minute
        expect(again.seconds, step).toBeLessThan(STALE_MS / 1000 + 5);
        expect(ledgerDates(c), step).toEqual(['2026-11-01', '2026-11-02']);
        expect(log(c.ledger, 'main'), step).toHaveLength(before + 1);
        expect(journal(home).entries.every((e: { synced: boolean }) => e.synced), step).toBe(true);
        expect((await wotnJson(['sync'], { home, now: at(2) })).ledger, step).toMatchObject({ changed: false, entries: 2 });
      }));
    },
    60_000,
  );

  it('a kill after the push landed, before the journal was told: the re-run changes nothing and marks it synced', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'minh');
    await wotnJson(post(1), { home, now: at(1) });
    const j = journal(home);
    writeFileSync(join(home, 'journal.json'), JSON.stringify({ ...j, entries: j.entries.map((e: object) => ({ ...e, synced: false })) }));
    expect((await wotnJson(['sync'], { home, now: at(1) })).ledger).toMatchObject({ changed: false, entries: 1 });
    expect(ledgerDates(c)).toEqual(['2026-11-01']);
    expect(journal(home).entries[0].synced).toBe(true);
  });

  // What an older wotn's kill left behind: its sync wrote the file on disk, then ran git.
  it.each<[string, (clone: string, text: string) => void]>([
    ['an untracked progress file', (clone, text) => writeFileSync(join(clone, 'progress/minh.json'), text)],
    ['a staged, uncommitted progress file', (clone, text) => {
      writeFileSync(join(clone, 'progress/minh.json'), text);
      gitSync(clone, 'add', '--sparse', 'progress/minh.json');
    }],
    ['a commit that was never pushed', (clone, text) => {
      writeFileSync(join(clone, 'progress/minh.json'), text);
      gitSync(clone, 'add', '--sparse', 'progress/minh.json');
      gitSync(clone, 'commit', '--quiet', '-m', 'minh: 1 day written');
    }],
  ])('the write clone holds %s: the next sync still delivers the entry, once', async (_, leave) => {
    const c = await startCohort();
    const home = await joinAs(c, 'minh');
    await wotnJson([...post(1), '--no-push'], { home, now: at(1) });
    const progress = { schema: 1, handle: 'minh', entries: mergeProgress([], progressFromJournal(journal(home).entries)) };
    mkdirSync(join(writeClone(home), 'progress'), { recursive: true });
    leave(writeClone(home), ledgerJson(progress));
    const r = await wotnJson(['sync'], { home, now: at(1) });
    expect(r.ledger).toMatchObject({ changed: true, entries: 1 });
    expect(JSON.parse(gitSync(c.ledger, 'show', 'main:progress/minh.json'))).toEqual(progress);
    expect(log(c.ledger, 'main').filter((m) => m.startsWith('minh:'))).toEqual(['minh: 1 day written']);
  });
});

describe('a publish killed at its blog push', () => {
  it('commits the post once: the re-run pushes the commit it made', async () => {
    const root = tempDir();
    const home = join(root, 'home');
    const remote = bareRepo(root, 'blog.git');
    expect((await wotn(['init', '--yes', '--name', 'Minh', '--handle', 'minh', '--timezone', 'Asia/Ho_Chi_Minh', '--blog', join(root, 'blog'), '--create', '--remote', remote, '--goal', '50'], { home })).code).toBe(0);
    const today = await wotnJson(['today', '--no-edit', '--title', 'Một ngày'], { home, now: at(1) });
    writeFileSync(today.path, readFileSync(today.path, 'utf8') + 'chữ '.repeat(80) + '\n');
    const git = pausingGit(root);
    await git.killWhenPaused(spawnWotn(['publish'], { home, now: at(1), env: git.env('push') }));
    expect(log(join(root, 'blog'))).toEqual(['Day 1: Một ngày']);

    const again = await wotnJson(['publish'], { home, now: '2026-11-01T20:05:00+07:00' });
    expect(again).toMatchObject({ day: 1, pushed: true, words: 80 });
    expect(log(remote, 'main')).toEqual(['Day 1: Một ngày']);
    expect(journal(home).entries).toEqual([expect.objectContaining({ date: '2026-11-01', publishedAt: '2026-11-01T20:00:00+07:00', push: 'done' })]);
  });
});

describe('the journal lock left by a killed process', () => {
  it('is taken over within seconds', async () => {
    const c = await startCohort();
    const home = await joinAs(c, 'minh');
    // what proper-lockfile leaves when its holder is killed: the lock folder, freshly touched
    mkdirSync(join(home, 'journal.json.lock'));
    const started = Date.now();
    const r = await wotnJson(post(1), { home, now: at(1) });
    expect(r.synced).toBe(true);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeGreaterThan(STALE_MS / 1000 - 1);
    expect(seconds).toBeLessThan(STALE_MS / 1000 + 5);
  });
});
