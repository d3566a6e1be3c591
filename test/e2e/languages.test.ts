// The built binary in Vietnamese: the catalog is a file of its own (dist/i18n/vi.js) that
// only a run in Vietnamese loads, and the Vietnamese templates ship in templates/vi.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { BIN, wotnBin } from '../helpers/wotn.js';
import { startCohort } from '../helpers/cohort.js';

const now = '2026-11-01T20:00:00+07:00';

describe('the wotn binary in Vietnamese', () => {
  it("ships Vietnamese as files of its own, and only the daily loop's English inside the program", () => {
    const dist = join(BIN, '..', '..', 'dist');
    for (const file of ['vi.js', 'vi-more.js', 'en-more.js']) expect(existsSync(join(dist, 'i18n', file))).toBe(true);
    const main = readFileSync(join(dist, 'main.js'), 'utf8');
    expect(main).not.toContain('Cách dùng:');
    expect(main).toContain('Keep writing, then run wotn publish again.');
    expect(main).not.toContain('Skip to content'); // the site's words load with the site
  });

  it("a lazy part (the lead's view) loads the cohort's catalog from its own folder", async () => {
    const c = await startCohort(['--lang', 'vi']);
    const r = await wotnBin(['report', '--ledger', c.ledger, '--format', 'html', '--date', '2026-11-02'], { home: join(c.root, 'lead'), now: '2026-11-02T22:00:00+07:00' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="vi">');
    expect(r.stdout).toContain('WOTN Test: góc nhìn trưởng nhóm');
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

  it('doctor, a publish with no blog remote, completion without a shell and a hook on a folder that is not git, in Vietnamese; doctor --json as in English', async () => {
    const home = tempDir();
    const vi = (args: string[]) => wotnBin(['--lang', 'vi', ...args], { home, now, env: { VISUAL: '', EDITOR: '' } });
    expect((await vi(['init', '--yes', '--name', 'Lan', '--blog', join(home, 'blog'), '--create'])).code).toBe(0);
    const doctor = await vi(['doctor']);
    expect(doctor.stdout).toContain('! trình soạn thảo: hãy đặt VISUAL hoặc EDITOR để wotn today mở được bài của bạn');
    expect(doctor.stdout).toContain('✓ commit chờ push: 0 (wotn sync sẽ push chúng)');
    const json = async (lang: string) => (await wotnBin(['--lang', lang, 'doctor', '--json'], { home, now, env: { VISUAL: '', EDITOR: '' } })).stdout;
    expect(await json('vi')).toBe(await json('en'));
    expect(JSON.parse(await json('vi')).checks[0]).toMatchObject({ name: 'config', ok: true });

    expect((await vi(['today', '--no-edit'])).code).toBe(0);
    const post = join(home, 'blog', 'posts', '2026-11-01-day-1.md');
    writeFileSync(post, readFileSync(post, 'utf8') + 'chữ '.repeat(210));
    const published = await vi(['publish']);
    expect(published.stderr).toContain('cảnh báo: Blog chưa có remote nên chưa push gì cả (đặt remote bằng wotn init --remote URL).');

    const shell = await vi(['completion', 'tcsh']);
    expect(shell.code).toBe(2);
    expect(shell.stderr).toContain("đối số 'shell' không nhận giá trị 'tcsh'. Các giá trị được phép: bash, zsh, fish.");
    const hook = await vi(['ledger', 'hook', 'install', home]);
    expect(hook.stderr).toBe(`wotn: ${home}: không phải một kho git\n  Hãy đưa đường dẫn tới kho bare của sổ cái trên máy chủ này (git init --bare).\n`);
  });
});
