// The pre-receive hook of a plain git ledger talks to the member pushing in the cohort's
// language (lang in wotn-cohort.json), whatever the pusher's own: the file, the day and the
// value stay in each line. The hook is the built wotn (npm run build first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { gitEnv, gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';

/** A hand-made push as `pusher`: `change` edits a clone and commits, then what the hook said. */
function pushFrom(c: CohortSetup, pusher: string, change: (dir: string) => void, o: { lang?: string; force?: boolean } = {}): { code: number | null; refusals: string[] } {
  const dir = join(tempDir(), `hand-${pusher}`);
  gitSync(c.root, 'clone', '--quiet', c.ledger, dir);
  change(dir);
  const env = { ...process.env, ...gitEnv, USER: pusher, WOTN_PUSHER: pusher, WOTN_NOW: '2026-11-12T12:00:00+07:00', WOTN_LANG: o.lang ?? 'en', LANG: '' };
  const r = spawnSync('git', ['push', ...(o.force ? ['--force'] : []), 'origin', 'HEAD:refs/heads/main'], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, refusals: r.stderr.split('\n').map((l) => /^remote: wotn: (.*\S)/.exec(l)?.[1]).filter((l): l is string => Boolean(l)) };
}

/** Each file changed by `edit` (its JSON in, the new JSON out), committed and pushed as `pusher`. */
function pushAs(c: CohortSetup, pusher: string, edit: Record<string, (value: any) => unknown>, lang = 'en'): { code: number | null; refusals: string[] } {
  return pushFrom(c, pusher, (dir) => {
    for (const [path, change] of Object.entries(edit)) writeFileSync(join(dir, path), JSON.stringify(change(JSON.parse(readFileSync(join(dir, path), 'utf8'))), null, 2));
    gitSync(dir, 'commit', '--quiet', '-am', `by ${pusher}`);
  }, { lang });
}

describe('the pre-receive hook in a lang: vi cohort', () => {
  it('refuses another member\'s file and a late entry in Vietnamese, naming the file, the day and the time', async () => {
    const c = await startCohort(['--lang', 'vi']);
    for (const h of ['minh', 'an']) {
      const home = await joinAs(c, h, { name: h.toUpperCase() });
      await publishUrl(home, '2026-11-03T20:00:00+07:00', 120, `${h} day 3`);
    }
    const title = (p: any) => ({ ...p, entries: p.entries.map((e: any) => ({ ...e, title: 'đổi' })) });
    const forged = pushAs(c, 'minh', { 'progress/an.json': title }, 'en');
    expect(forged.code).not.toBe(0);
    expect(forged.refusals).toEqual(['progress/an.json: minh không được sửa tiến độ của an']);

    const late = (p: any) => ({ ...p, entries: [...p.entries, { date: '2026-11-04', title: 'Muộn', words: 200, publishedAt: '2026-11-10T09:00:00+07:00' }] });
    const r = pushAs(c, 'minh', { 'progress/minh.json': late });
    expect(r.code).not.toBe(0);
    expect(r.refusals).toEqual(['progress/minh.json: ngày 2026-11-04 không còn ghi được nữa: bài được tính cho ngày đăng (đăng lúc 2026-11-10T09:00:00+07:00)']);
  }, 60_000);

  it('refuses a symbolic link, a rewritten history, a card\'s field and a kudos to yourself in Vietnamese, naming the file and the field', async () => {
    const c = await startCohort(['--lang', 'vi']);
    const home = await joinAs(c, 'minh', { name: 'Minh' });
    await publishUrl(home, '2026-11-03T20:00:00+07:00', 120, 'Ngày 3');

    const link = pushFrom(c, 'minh', (dir) => {
      rmSync(join(dir, 'progress/minh.json'));
      symlinkSync('../members/minh.json', join(dir, 'progress/minh.json'));
      gitSync(dir, 'add', '-A');
      gitSync(dir, 'commit', '--quiet', '-m', 'a link');
    });
    expect(link.code).not.toBe(0);
    expect(link.refusals).toEqual(['progress/minh.json: không nhận liên kết tượng trưng (symlink); sổ cái chỉ chứa tệp thường']);

    const rewound = pushFrom(c, 'minh', (dir) => gitSync(dir, 'commit', '--quiet', '--amend', '-m', 'history, rewritten'), { force: true });
    expect(rewound.refusals).toEqual(['refs/heads/main: không phải fast-forward; lịch sử của sổ cái không bao giờ bị tua lại hay viết lại (hãy fetch, rebase rồi push lại)']);

    const card = pushAs(c, 'minh', { 'members/minh.json': (m) => ({ ...m, nudge: 'có' }) }, 'en');
    expect(card.refusals).toEqual(['members/minh.json: nudge: phải là true hoặc false']);

    const self = pushFrom(c, 'minh', (dir) => {
      mkdirSync(join(dir, 'feedback'), { recursive: true });
      writeFileSync(join(dir, 'feedback/minh.json'), JSON.stringify({ schema: 1, handle: 'minh', kudos: [{ to: 'minh', date: '2026-11-03', givenAt: '2026-11-12T11:00:00+07:00' }] }));
      gitSync(dir, 'add', '-A');
      gitSync(dir, 'commit', '--quiet', '-m', 'thanks, me');
    });
    expect(self.refusals).toEqual(['feedback/minh.json: kudos[0]: lời khen cho chính mình không được tính: hãy khen một người khác nhé']);
  }, 60_000);
});
