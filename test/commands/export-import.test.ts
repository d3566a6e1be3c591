// A writer's own export: the whole journal out, merged back on another machine, entry by
// entry, nothing lost, nothing twice.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ') + '\n';
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T20:00:00+07:00`;

async function writerWithPosts() {
  const home = tempDir();
  expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--goal', '50'], { home })).code).toBe(0);
  for (const d of [1, 2, 4]) {
    const t = await wotnJson(['today', '--no-edit', '--title', `Ngày ${d}, "trích dẫn"`], { home, now: day(d) });
    appendFileSync(t.path, words(50 + d));
    await wotnJson(['publish'], { home, now: day(d) });
  }
  await wotnJson(['publish', '--url', 'https://lan.substack.com/p/x', '--words', '300', '--title', 'Elsewhere, with a comma'], { home, now: day(5) });
  return home;
}

describe('export → import', () => {
  it.each(['json', 'csv'] as const)('round trip through %s on another WOTN_HOME reproduces status --json', async (format) => {
    const home = await writerWithPosts();
    const file = join(tempDir(), `journal.${format}`);
    expect((await wotn(['export', '--format', format, '--out', file], { home, now: day(5) })).code).toBe(0);
    const other = tempDir();
    if (format === 'csv') {
      // CSV carries entries only: the other machine has the same profile already.
      await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--goal', '50'], { home: other });
      const cfg = JSON.parse(readFileSync(join(other, 'config.json'), 'utf8'));
      cfg.challenge = { start: '2026-11-01' };
      writeFileSync(join(other, 'config.json'), JSON.stringify(cfg));
    }
    const imported = await wotnJson(['import', file], { home: other, now: day(5) });
    expect(imported).toMatchObject({ added: 4, updated: 0, refused: [] });
    const a = await wotnJson(['status'], { home, now: day(5) });
    const b = await wotnJson(['status'], { home: other, now: day(5) });
    const { today: _a, ...sa } = a;
    const { today: _b, ...sb } = b;
    expect(sb).toEqual(sa);
    // Again: nothing duplicated.
    expect(await wotnJson(['import', file], { home: other, now: day(5) })).toMatchObject({ added: 0, unchanged: 4 });
    expect((await wotnJson(['export'], { home: other, now: day(5) })).entries).toHaveLength(4);
  });

  it('refuses bad entries one by one, naming them, and imports the rest', async () => {
    const home = tempDir();
    const file = join(home, 'hand-edited.json');
    writeFileSync(file, JSON.stringify({ schema: 1, kind: 'wotn-journal', entries: [
      { date: '2026-11-01', title: 'ok', words: 100, publishedAt: '2026-11-01T20:00:00+07:00', push: 'none', synced: false },
      { date: 'yesterday', title: 'bad date', words: 1, publishedAt: '2026-11-01T20:00:00+07:00' },
      { date: '2026-11-02', title: 'huge', words: 1e300, publishedAt: '2026-11-02T20:00:00+07:00' },
      { date: '2026-11-03', title: 'escape', words: 5, publishedAt: '2026-11-03T20:00:00+07:00', path: '../../etc/passwd' },
      { date: '2026-11-04', title: 'js', words: 5, publishedAt: '2026-11-04T20:00:00+07:00', url: 'javascript:alert(1)' },
    ] }));
    const r = await wotn(['import', file, '--json'], { home, now: day(5) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.added).toBe(1);
    expect(out.refused.map((x: { entry: number }) => x.entry)).toEqual([2, 3, 4, 5]);
    expect(r.stderr).toContain('entry 2 not imported: date "yesterday" is not a date');
  });

  it('a file that is not an export: exit 2 naming it, the journal untouched', async () => {
    const home = tempDir();
    const file = join(home, 'notes.json');
    writeFileSync(file, '{"hello": "world"}');
    const r = await wotn(['import', file], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.json: is not a wotn journal export');
  });
});
