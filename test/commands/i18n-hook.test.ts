// The pre-receive hook of a plain git ledger talks to the member pushing in the cohort's
// language (lang in wotn-cohort.json), whatever the pusher's own: the file, the day and the
// value stay in each line. The hook is the built wotn (npm run build first).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { gitEnv, gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';

/** A hand-made push as `pusher`: each file changed by `edit`, then what the hook said. */
function pushAs(c: CohortSetup, pusher: string, edit: Record<string, (value: any) => unknown>, lang = 'en'): { code: number | null; refusals: string[] } {
  const dir = join(tempDir(), `hand-${pusher}`);
  gitSync(c.root, 'clone', '--quiet', c.ledger, dir);
  for (const [path, change] of Object.entries(edit)) writeFileSync(join(dir, path), JSON.stringify(change(JSON.parse(readFileSync(join(dir, path), 'utf8'))), null, 2));
  gitSync(dir, 'commit', '--quiet', '-am', `by ${pusher}`);
  const env = { ...process.env, ...gitEnv, USER: pusher, WOTN_PUSHER: pusher, WOTN_NOW: '2026-11-12T12:00:00+07:00', WOTN_LANG: lang, LANG: '' };
  const r = spawnSync('git', ['push', 'origin', 'HEAD:refs/heads/main'], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, refusals: r.stderr.split('\n').map((l) => /^remote: wotn: (.*\S)/.exec(l)?.[1]).filter((l): l is string => Boolean(l)) };
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
});
