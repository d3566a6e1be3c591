// The built binary in Vietnamese: the catalog is a file of its own (dist/i18n/vi.js) that
// only a run in Vietnamese loads, and the Vietnamese templates ship in templates/vi.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { BIN, wotnBin } from '../helpers/wotn.js';

const now = '2026-11-01T20:00:00+07:00';

describe('the wotn binary in Vietnamese', () => {
  it('ships the Vietnamese catalog as its own file, and English inside the program', () => {
    expect(existsSync(join(BIN, '..', '..', 'dist', 'i18n', 'vi.js'))).toBe(true);
    expect(readFileSync(join(BIN, '..', '..', 'dist', 'main.js'), 'utf8')).not.toContain('Cách dùng:');
  });

  it('LANG=vi_VN.UTF-8: today, the refusal and status in Vietnamese; --json as in English', async () => {
    const home = tempDir();
    const env = { LANG: 'vi_VN.UTF-8' };
    const today = await wotnBin(['today', '--no-edit'], { home, now, env });
    expect(today.code).toBe(0);
    expect(today.stdout).toContain('Ngày 1/30');
    expect(today.stdout).toContain('Gợi ý: ');
    const post = join(home, 'writing', 'posts', '2026-11-01-day-1.md');
    expect(readFileSync(post, 'utf8')).toContain('Gợi ý hôm nay:');
    writeFileSync(post, readFileSync(post, 'utf8') + 'một hai ba\n');
    const refused = await wotnBin(['publish', '--no-push'], { home, now, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/: 3\/200 từ\. Viết thêm chút nữa, rồi chạy lại wotn publish\.\n$/);
    const status = await wotnBin(['status'], { home, now, env });
    expect(status.stdout).toContain('Chủ Nhật, 1/11/2026 · Ngày 1/30');
    const [vi, en] = [await wotnBin(['status', '--json'], { home, now, env }), await wotnBin(['status', '--json'], { home, now, env: { LANG: 'C' } })];
    expect(vi.stdout).toBe(en.stdout);
    const help = await wotnBin(['--lang', 'vi', 'report', '--help'], { home });
    expect(help.stdout).toContain('Cách dùng: wotn report [options]');
    expect(help.stdout).toContain('định dạng đầu ra');
  });
});
