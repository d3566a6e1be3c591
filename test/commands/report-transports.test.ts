// One ledger, four ways to reach it: a folder, a bare repository, a clone and GitHub's
// archive (the fake GitHub, over real HTTP). The report must be the same from each, on a
// ledger full of awkward cases.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bareRepo, gitSync, workRepo } from '../helpers/git.js';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { tempDir } from '../helpers/tmp.js';
import { wotnJson } from '../helpers/wotn.js';

const entry = (date: string, publishedAt: string, title = `On ${date}`, words = 120) => ({ date, title, url: `https://blog.example/${date}`, words, publishedAt });
const card = (handle: string, extra: object = {}) => ({ schema: 1, handle, name: handle.toUpperCase(), joinedAt: '2026-10-30T00:00:00Z', ...extra });
const progress = (handle: string, entries: object[]) => ({ schema: 1, handle, entries });

/** The awkward ledger: every file written as a member or CI could have left it. */
function writeFixture(dir: string): void {
  const files: Record<string, unknown> = {
    'wotn-cohort.json': { schema: 1, id: 'awkward', name: 'Awkward cohort', start: '2026-11-01', days: 10, timezone: 'Asia/Ho_Chi_Minh', minWords: 50, freezes: 1, graceHours: 3, roles: { lan: 'lead', minh: 'mentor' } },
    'README.md': '# not read',
    'site/index.html': '<p>generated, not read</p>',
    'members/.gitkeep': '',
    'members/lan.json': card('lan', { name: 'Nguyễn Thị Lan', blog: 'https://lan.example', intro: 'Viết mỗi ngày' }),
    'progress/lan.json': progress('lan', [
      entry('2026-11-01', '2026-11-01T20:00:00+07:00'),
      entry('2026-11-02', '2026-11-02T21:00:00+07:00'),
      entry('2026-11-03', '2026-11-04T01:30:00+07:00', 'late, within the 3h grace'),
      entry('2026-11-04', '2026-11-04T08:00:00+07:00'),
      entry('2026-11-05', '2026-11-05T07:00:00+07:00'),
    ]),
    // a hidden streak, and a missed day 3 that the cohort's one freeze covers
    'members/minh.json': card('minh', { hideStreak: true, nudge: true }),
    'progress/minh.json': progress('minh', [entry('2026-11-01', '2026-11-01T20:00:00+07:00'), entry('2026-11-02', '2026-11-02T20:00:00+07:00'), entry('2026-11-04', '2026-11-04T20:00:00+07:00')]),
    // a night owl in New York whose day starts at 03:00
    'members/owl.json': card('owl', { timezone: 'America/New_York', dayStartsAt: '03:00' }),
    'progress/owl.json': progress('owl', [entry('2026-11-03', '2026-11-04T01:30:00-05:00'), entry('2026-11-04', '2026-11-05T02:59:00-05:00')]),
    // members with no entries: a card alone, and an empty progress file
    'members/an.json': card('an'),
    'members/binh.json': card('binh'),
    'progress/binh.json': progress('binh', []),
    // flagged entries, a duplicate and a file out of date order, with no card
    'progress/cuong.json': progress('cuong', [
      entry('2026-11-04', '2026-11-04T12:00:00+07:00'),
      entry('2026-10-20', '2026-10-20T12:00:00+07:00', 'before the challenge'),
      entry('2026-11-02', '2026-11-02T12:00:00+07:00'),
      entry('2026-11-02', '2026-11-02T13:00:00+07:00', 'again'),
      entry('2026-11-03', '2026-11-04T09:00:00+07:00', 'beyond the grace'),
      entry('2026-11-05', '2026-11-04T23:00:00+07:00', 'before that day began'),
      { date: 'someday', title: 'x', words: 1, publishedAt: 'x' },
    ]),
    // malformed files
    'members/broken.json': '{ not json',
    'progress/bom.json': '\ufeff' + JSON.stringify(progress('bom', [])),
    'members/alias.json': card('someone-else'),
    'members/bad--name.json': card('bad--name'),
  };
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
  }
  symlinkSync('../members/lan.json', join(dir, 'progress', 'sneaky.json')); // never followed
}

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
});
afterEach(() => gh.close());

describe('the report is the same from every transport', () => {
  it('folder, bare repository, clone and GitHub archive give the same JSON', async () => {
    const root = tempDir();
    const folder = workRepo(root, 'ledger');
    writeFixture(folder);
    gitSync(folder, 'add', '-A');
    gitSync(folder, 'commit', '-qm', 'the awkward ledger');
    const bare = bareRepo(root, 'ledger.git');
    gitSync(folder, 'push', '-q', bare, 'HEAD:main');
    const clone = join(root, 'clone');
    gitSync(root, 'clone', '-q', bare, clone);
    const onGitHub = gh.bare('wotn-vn/awkward');
    mkdirSync(dirname(onGitHub), { recursive: true });
    gitSync(root, 'clone', '-q', '--bare', bare, onGitHub);

    const env = { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.url, GITHUB_TOKEN: gh.token, GH_TOKEN: '' };
    const report = (ledger: string) => wotnJson(['report', '--ledger', ledger, '--date', '2026-11-05'], { home: join(root, 'home'), env });
    const [fromFolder, fromBare, fromClone, fromGitHub] = await Promise.all([folder, bare, clone, 'github:wotn-vn/awkward'].map(report));
    expect(fromBare).toEqual(fromFolder);
    expect(fromClone).toEqual(fromFolder);
    expect(fromGitHub).toEqual(fromFolder);

    // and it is the right report
    const r = fromFolder;
    const by = Object.fromEntries(r.members.map((m: { handle: string }) => [m.handle, m]));
    expect(Object.keys(by)).toEqual(['an', 'binh', 'cuong', 'lan', 'minh', 'owl']);
    expect(by.lan).toMatchObject({ name: 'Nguyễn Thị Lan', role: 'lead', daysWritten: 5, streak: { current: 5, longest: 5 }, lateEntries: 1, writtenToday: true });
    // A hidden streak is hidden in the JSON too: no streak, and no days that would give it away.
    expect(by.minh).toMatchObject({ role: 'mentor', hideStreak: true, daysWritten: 3, streak: null, days: null, atRisk: true });
    expect(by.owl).toMatchObject({ daysWritten: 2, lateEntries: 0, flaggedEntries: 0 });
    expect(by.an).toMatchObject({ daysWritten: 0, lastPost: null, streak: { current: 0, longest: 0 } });
    expect(by.binh).toMatchObject({ daysWritten: 0, atRisk: true });
    expect(by.cuong).toMatchObject({ name: 'cuong', daysWritten: 2, flaggedEntries: 3, days: [2, 4] });
    expect(r.warnings).toEqual([
      'members/alias.json: handle "someone-else" does not match the file name; skipped',
      'members/bad--name.json: "bad--name" is not a valid handle; skipped',
      expect.stringMatching(/^members\/broken\.json: is not valid JSON \(.+\); skipped$/),
      expect.stringMatching(/^progress\/bom\.json: is not valid JSON \(.+\); skipped$/),
      'progress/cuong.json: 2026-10-20 is outside the challenge (2026-11-01 to 2026-11-10); not counted',
      'progress/cuong.json: 2026-11-02 appears twice; counted once',
      'progress/cuong.json: 2026-11-03 was published 9h after that day ended, beyond the 3h grace; not counted',
      'progress/cuong.json: 2026-11-05 was published before that day began (2026-11-04T23:00:00+07:00); not counted',
      'progress/cuong.json: entries[6] date "someday" is not a date; skipped',
      'progress/sneaky.json: is a symbolic link; skipped',
    ]);
  });
});
