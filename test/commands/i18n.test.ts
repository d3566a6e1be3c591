// wotn in Vietnamese and English: the writer's language for what they read, the cohort's for
// what the cohort reads, and machine contracts (--json, exit codes, file names) in neither.
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Asker } from '../../src/adapters/prompts.js';
import { joinAs, publishUrl, startCohort } from '../helpers/cohort.js';
import { tempDir } from '../helpers/tmp.js';
import { gitSync } from '../helpers/git.js';
import { accountOf, wotn } from '../helpers/wotn.js';
import { translator } from '../../src/i18n/index.js';
import { checkInIssueBody, refusalReply, renderSubmission } from '../../src/render/submission.js';

const NOW = '2026-12-01T20:00:00+07:00';
const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ') + '\n';

async function writer(lang?: string) {
  const home = join(tempDir(), 'home');
  const blog = join(home, 'blog');
  const init = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--blog', blog, '--create', '--goal', '500', ...(lang ? ['--lang', lang] : [])], { home, now: NOW });
  expect(init.code).toBe(0);
  return { home, blog };
}

describe('choosing the language', () => {
  it('--help is Vietnamese with --lang vi, with WOTN_LANG=vi and with LANG=vi_VN.UTF-8; English with LANG=C', async () => {
    const home = tempDir();
    for (const run of [
      await wotn(['--lang', 'vi', 'publish', '--help'], { home }),
      await wotn(['publish', '--help'], { home, env: { WOTN_LANG: 'vi' } }),
      await wotn(['publish', '--help'], { home, env: { LANG: 'vi_VN.UTF-8' } }),
    ]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Cách dùng: wotn publish [options] [file]');
      expect(run.stdout).toContain('đếm từ, commit và push bài');
      expect(run.stdout).toContain('Tùy chọn:');
      expect(run.stdout).toContain('hiện trợ giúp cho lệnh');
    }
    const english = await wotn(['publish', '--help'], { home, env: { LANG: 'C' } });
    expect(english.stdout).toContain('Usage: wotn publish [options] [file]');
    expect(english.stdout).toContain('count words, commit and push the post');
    const top = await wotn(['--help'], { home, env: { LANG: 'vi_VN.UTF-8' } });
    expect(top.stdout).toContain('Vòng lặp mỗi ngày:');
    expect(top.stdout).toContain('Lệnh:');
  });

  it('an unknown --lang or WOTN_LANG is a usage error naming it and the languages offered', async () => {
    const home = tempDir();
    const flag = await wotn(['--lang', 'xx', 'status'], { home });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('wotn: --lang "xx" is not a language wotn speaks (it speaks en, vi)\n  For Vietnamese: --lang vi.\n');
    const env = await wotn(['status'], { home, env: { WOTN_LANG: 'fr' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('WOTN_LANG "fr" is not a language wotn speaks');
    expect(env.stderr).toContain('export WOTN_LANG=vi');
    const json = await wotn(['status', '--lang=de', '--json'], { home });
    expect(JSON.parse(json.stdout)).toEqual({ error: { kind: 'usage', message: '--lang "de" is not a language wotn speaks (it speaks en, vi)', hint: 'For Vietnamese: --lang vi.' } });
  });

  it('a handle that is not a GitHub login is refused in the writer\'s language, naming the flag and the value', async () => {
    const vi = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan--minh', '--lang', 'vi'], { home: tempDir() });
    expect(vi.code).toBe(2);
    expect(vi.stderr.split('\n')[0]).toBe('wotn: --handle "lan--minh" có hai dấu gạch ngang liền nhau');
    const en = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan--minh'], { home: tempDir() });
    expect(en.stderr.split('\n')[0]).toBe('wotn: --handle "lan--minh" has two hyphens in a row');
  });

  it('wotn init --lang vi keeps the choice: later runs speak Vietnamese until WOTN_LANG or --lang says otherwise', async () => {
    const { home } = await writer('vi');
    expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')).lang).toBe('vi');
    expect((await wotn(['status'], { home, now: NOW })).stdout).toContain('Ngày 1/30');
    expect((await wotn(['status'], { home, now: NOW, env: { WOTN_LANG: 'en' } })).stdout).toContain('Day 1 of 30');
    expect((await wotn(['status', '--lang', 'en'], { home, now: NOW })).stdout).toContain('Day 1 of 30');
  });

  it('a config with a language wotn does not speak is refused, naming the key', async () => {
    const { home } = await writer();
    const file = join(home, 'config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), lang: 'klingon' }));
    const r = await wotn(['status'], { home, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lang: "klingon" is not one of en, vi');
  });
});

describe('the daily loop in both languages', () => {
  it('init asks its questions in Vietnamese (scripted answers)', async () => {
    const home = join(tempDir(), 'home');
    const blog = join(home, 'blog');
    const asked: string[] = [];
    const answers: [RegExp, string][] = [[/^Tên của bạn/, 'Lan'], [/^Tên đăng nhập GitHub/, 'lan'], [/^Múi giờ/, 'Asia/Ho_Chi_Minh'], [/^Thư mục blog/, blog], [/^Git remote/, ''], [/^Địa chỉ blog/, ''], [/^Mục tiêu số từ/, 'abc'], [/^Mục tiêu số từ/, '300']];
    const asker: Asker = {
      text: async (message, o) => {
        asked.push(message);
        const i = answers.findIndex(([re]) => re.test(message));
        if (i < 0) throw new Error(`unexpected question: ${message}`);
        const answer = answers.splice(i, 1)[0]![1];
        const problem = o.validate?.(answer);
        if (problem) {
          asked.push(`! ${problem}`);
          return asker.text(message, o);
        }
        return answer;
      },
      choose: async (message, choices) => (asked.push(message), choices[0]!),
    };
    const r = await wotn(['init', '--lang', 'vi'], { home, now: NOW, tty: true, asker });
    expect(r.code).toBe(0);
    expect(asked).toEqual([
      'Tên của bạn, như cả nhóm sẽ thấy:',
      'Tên đăng nhập GitHub của bạn (dùng để đặt tên các tệp của bạn trong sổ cái):',
      'Múi giờ của bạn (IANA):',
      'Kiểu blog của bạn:',
      'Thư mục blog của bạn:',
      'Git remote để push bài lên (URL hoặc tên remote; để trống nếu không có):',
      'Địa chỉ blog của bạn trên mạng (https://…; để trống nếu chưa có):',
      'Mục tiêu số từ mỗi ngày của bạn:',
      '! không phải số nguyên từ 1 đến 100000',
      'Mục tiêu số từ mỗi ngày của bạn:',
      `${blog} chưa có. Tạo nó nhé?`,
    ]);
    expect(r.stdout).toContain('Đã lưu');
    expect(r.stdout).toContain('mục tiêu 300 từ');
    expect(r.stdout).toContain('Tiếp theo: wotn today');
  });

  it.each([
    ['vi', { today: 'Gợi ý: Điều gì khiến bạn nhận lời viết mỗi ngày', note: 'Gợi ý hôm nay:', title: 'title: "Ngày 1"', refused: '312/500 từ. Viết thêm chút nữa, rồi chạy lại wotn publish.', published: 'Đã đăng ngày 1', status: ['Thứ Ba, 1/12/2026 · Ngày 1/30', 'Hôm nay: đã đăng (1.250 từ)', 'chuỗi 1 ngày · dài nhất 1 ngày'] }],
    ['en', { today: 'Prompt: What made you say yes to writing every day', note: "Today's prompt:", title: 'title: "Day 1"', refused: '312/500 words. Keep writing, then run wotn publish again.', published: 'Published day 1', status: ['Tue 1 Dec 2026 · Day 1 of 30', 'Today: published (1,250 words)', '1-day streak · longest 1 day'] }],
  ])('%s: today, the refusal, publish and status', async (lang, expected) => {
    const { home, blog } = await writer();
    const run = (args: string[]) => wotn(['--lang', lang, ...args], { home, now: NOW });
    const today = await run(['today', '--no-edit']);
    expect(today.code).toBe(0);
    expect(today.stdout).toContain(expected.today);
    // File names are the same in every language; the post's text is in the writer's.
    const post = join(blog, 'posts', '2026-12-01-day-1.md');
    expect(existsSync(post)).toBe(true);
    expect(readFileSync(post, 'utf8')).toContain(expected.note);
    expect(readFileSync(post, 'utf8')).toContain(expected.title);

    writeFileSync(post, readFileSync(post, 'utf8') + words(312));
    const refused = await run(['publish', '--no-push']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`wotn: ${join('blog', 'posts', '2026-12-01-day-1.md')}: ${expected.refused}\n`);

    writeFileSync(post, readFileSync(post, 'utf8') + words(938));
    const published = await run(['publish', '--no-push']);
    expect(published.code).toBe(0);
    expect(published.stdout).toContain(expected.published);
    const status = await run(['status']);
    for (const line of expected.status) expect(status.stdout).toContain(line);
  });

  it('an error with its hint, in Vietnamese', async () => {
    const { home } = await writer();
    const r = await wotn(['--lang', 'vi', 'publish'], { home, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wotn: hôm nay chưa có bài nào\n  Chạy wotn today trước, hoặc đưa tệp vào: wotn publish TỆP\n');
    const flag = await wotn(['--lang', 'vi', 'feed', '--days', '0'], { home, now: NOW });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--days "0" không phải số nguyên từ 1 đến');
  });

  it('front matter that does not parse: one line naming the post, the line and the mistake, in the writer\'s language', async () => {
    const { home, blog } = await writer();
    await wotn(['today', '--no-edit'], { home, now: NOW });
    const post = join(blog, 'posts', '2026-12-01-day-1.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: .*$/m, 'title: Ngày 1: vì sao mình viết'));
    const shown = join('blog', 'posts', '2026-12-01-day-1.md');
    const vi = await wotn(['--lang', 'vi', 'publish', '--no-push'], { home, now: NOW });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(`wotn: ${shown}: front matter không phải YAML hợp lệ: dòng 2: giá trị có ": " bên trong phải đặt trong dấu nháy kép (title: "Ngày 3: điều mình học được")\n`);
    const en = await wotn(['publish', '--no-push'], { home, now: NOW });
    expect(en.stderr).toBe(`wotn: ${shown}: front matter is not valid YAML: line 2: a value with ": " in it must be in quotes (title: "Day 3: what I learned")\n`);
    // Quoted, the title reads; a second title on line 5 does not.
    const lines = readFileSync(post, 'utf8').replace(/^title: (.*)$/m, 'title: "$1"').split('\n');
    lines.splice(4, 0, 'title: "Lần nữa"');
    writeFileSync(post, lines.join('\n'));
    expect((await wotn(['--lang', 'vi', 'publish', '--no-push'], { home, now: NOW })).stderr).toBe(`wotn: ${shown}: front matter không phải YAML hợp lệ: dòng 5: khóa "title" xuất hiện hai lần\n`);
    // doctor --rebuild skips it, saying why in the same words.
    const doctor = await wotn(['--lang', 'vi', 'doctor', '--rebuild'], { home, now: NOW });
    expect(doctor.stderr).toContain(`cảnh báo: bỏ qua ${join('posts', '2026-12-01-day-1.md')}: front matter không phải YAML hợp lệ: dòng 5: khóa "title" xuất hiện hai lần\n`);
    const json = await wotn(['--lang', 'vi', 'publish', '--no-push', '--json'], { home, now: NOW });
    expect(JSON.parse(json.stdout).error.message).toBe(`${shown}: front matter is not valid YAML: line 5: the key "title" appears twice`);
  });

  it('--json is the same document in every language: keys, values, messages and exit codes', async () => {
    const { home, blog } = await writer();
    const both = async (args: string[]) => {
      const [vi, en] = [await wotn(['--lang', 'vi', ...args, '--json'], { home, now: NOW }), await wotn(['--lang', 'en', ...args, '--json'], { home, now: NOW })];
      expect(vi.code).toBe(en.code);
      expect(vi.stdout).toBe(en.stdout);
      expect(vi.stderr).toBe(en.stderr);
      return en;
    };
    expect((await both(['publish'])).code).toBe(2); // no post yet: the error document
    expect((await both(['status'])).code).toBe(0);
    await wotn(['today', '--no-edit'], { home, now: NOW });
    const post = join(blog, 'posts', '2026-12-01-day-1.md');
    writeFileSync(post, readFileSync(post, 'utf8') + words(312));
    expect((await both(['publish', '--no-push'])).code).toBe(2);
    expect((await both(['status'])).code).toBe(0);
    expect((await both(['export'])).code).toBe(0);
  });
});

describe("what the cohort reads is in the cohort's language", () => {
  async function cohortOf(lang: string) {
    const c = await startCohort(['--lang', lang]);
    const minh = await joinAs(c, 'minh', { name: 'Minh' });
    await joinAs(c, 'an', { name: 'An' });
    await publishUrl(minh, '2026-11-02T20:00:00+07:00', 1250, 'Bài đầu tiên');
    return c;
  }
  const report = (c: { ledger: string; root: string }, format: string, lang: string) =>
    wotn(['report', '--ledger', c.ledger, '--date', '2026-11-02', '--format', format, '--lang', lang], { home: join(c.root, 'lead'), now: '2026-11-02T22:00:00+07:00' });

  it('cohort init --lang vi writes it to wotn-cohort.json; every report format follows it, whoever reads', async () => {
    const c = await cohortOf('vi');
    for (const reader of ['vi', 'en']) {
      const table = await report(c, 'table', reader);
      expect(table.code).toBe(0);
      // Days as Vietnamese writes them: the report's day, each last post, the days written.
      expect(table.stdout).toContain('WOTN Test · Thứ Hai, 2/11/2026 · ngày 2/30');
      expect(table.stdout).toContain('2 thành viên · cùng nhau viết 1.250 từ');
      expect(table.stdout).toMatch(/Thành viên\s+Số ngày\s+Chuỗi/);
      expect(table.stdout).toMatch(/Minh @minh .* 2\/11\/2026 B/);
      expect(table.stdout).toContain('Số người viết mỗi ngày');
      expect(table.stdout).toContain('  1 Chủ Nhật, 1/11/2026  0\n  2 Thứ Hai, 2/11/2026  █');
      expect(table.stdout).not.toMatch(/2026-11-0\d/);
      const md = await report(c, 'md', reader);
      expect(md.stdout).toContain('# WOTN Test: Thứ Hai, 2/11/2026, ngày 2/30');
      expect(md.stdout).toContain('| Thành viên | Số ngày | Chuỗi | Dài nhất | Số từ | Bài gần nhất | Hôm nay | Sắp đứt chuỗi |');
      expect(md.stdout).toContain('## Số người viết mỗi ngày');
      expect(md.stdout).toContain('| 2 | Thứ Hai, 2/11/2026 | 1 |');
      expect(md.stdout).not.toMatch(/[ |]2026-11-0\d/); // ISO only inside the post's link
    }
    // The lead's view writes the day in words and keeps ISO for machines, in <time datetime>.
    const html = await report(c, 'html', 'en');
    expect(html.stdout).toContain('<time datetime="2026-11-02">Thứ Hai, 2/11/2026</time>');
    // Machine formats are the same in every language.
    expect((await report(c, 'csv', 'vi')).stdout).toBe((await report(c, 'csv', 'en')).stdout);
    expect((await report(c, 'csv', 'vi')).stdout.split('\r\n')[0]).toBe('handle,name,role,daysWritten,currentStreak,longestStreak,words,lastDate,lastTitle,lastUrl,writtenToday,atRisk,lateEntries,flaggedEntries,kudosGiven,kudosReceived,left');
    expect((await report(c, 'csv', 'vi')).stdout).toContain(',2026-11-02,Bài đầu tiên,');
    const json = await report(c, 'json', 'vi');
    expect(json.stdout).toBe((await report(c, 'json', 'en')).stdout);
    expect(JSON.parse(json.stdout)).toMatchObject({ cohort: { lang: 'vi' }, date: '2026-11-02', perDay: [{ date: '2026-11-01' }, { date: '2026-11-02' }] });
    expect(JSON.parse(json.stdout).members.find((m: { handle: string }) => m.handle === 'minh').lastDate).toBe('2026-11-02');
  });

  it('the site, its feed and the lead\'s view speak the cohort\'s language', async () => {
    const c = await cohortOf('vi');
    const out = join(c.root, 'site');
    const site = await wotn(['site', '--ledger', c.ledger, '--date', '2026-11-02', '--out', out], { home: join(c.root, 'lead'), now: '2026-11-02T22:00:00+07:00' });
    expect(site.code).toBe(0);
    const read = (file: string) => readFileSync(join(out, file), 'utf8');
    const home = read('index.html');
    expect(home).toContain('<html lang="vi">');
    expect(home).toContain('>Bảng xếp hạng</a>');
    expect(home).toContain('Ngày 2/30 · <time datetime="2026-11-02">Thứ Hai, 2/11/2026</time> · mỗi ngày ít nhất 50 từ');
    expect(home).toContain('data-t-none="Không tìm thấy ai. Thử viết cách khác hoặc dùng @tên GitHub."');
    expect(read('leaderboard/index.html')).toContain('Xếp theo số ngày đã viết, rồi chuỗi hiện tại, rồi số từ');
    expect(read('members/minh.html')).toContain('1.250</b>từ');
    expect(read('feed.xml')).toContain('xml:lang="vi"');
    expect(read('feed.xml')).toContain('Ngày 2 · 1.250 từ · Minh (@minh)');
    expect(read('LEADERBOARD.md')).toContain('# Bảng xếp hạng WOTN Test');
    // File names and progress.json are the same in every language.
    expect(existsSync(join(out, 'days', '2026-11-02.html'))).toBe(true);
    expect(JSON.parse(read('progress.json')).members[0].handle).toBe('minh');
    const lead = await report(c, 'html', 'en');
    expect(lead.stdout).toContain('<html lang="vi">');
    expect(lead.stdout).toContain('WOTN Test: góc nhìn trưởng nhóm');
  });

  it("a ledger's malformed files: warned of in the cohort's language in a report, the reader's on the terminal, English in --json", async () => {
    const c = await cohortOf('vi');
    // A lead's working copy, read as a folder: the ledger's hook would refuse these files.
    const dir = join(tempDir(), 'copy');
    gitSync(tempDir(), 'clone', '--quiet', c.ledger, dir);
    const progress = JSON.parse(readFileSync(join(dir, 'progress', 'minh.json'), 'utf8'));
    const entry = progress.entries[0];
    progress.entries = [{ ...entry, date: '2026-10-20', publishedAt: '2026-10-20T20:00:00+07:00' }, entry, { ...entry, title: 'Lần nữa' }, { date: 'someday', title: 'x', words: 1, publishedAt: 'x' }];
    writeFileSync(join(dir, 'progress', 'minh.json'), JSON.stringify(progress));
    writeFileSync(join(dir, 'members', 'broken.json'), '{ not json');
    symlinkSync('/etc/passwd', join(dir, 'progress', 'zed.json'));
    const at = { home: join(c.root, 'lead'), now: '2026-11-02T22:00:00+07:00' };
    const report = (format: string, lang = 'en') => wotn(['report', '--ledger', dir, '--date', '2026-11-02', '--format', format, '--lang', lang], at);

    const table = await report('table');
    expect(table.stdout).toContain('5 cảnh báo:');
    expect(table.stdout).toMatch(/ {2}members\/broken\.json: không phải JSON hợp lệ \(.+\); đã bỏ qua\n/);
    expect(table.stdout).toContain('  progress/minh.json: ngày 2026-10-20 nằm ngoài thử thách (từ 2026-11-01 đến 2026-11-30); không được tính\n');
    expect(table.stdout).toContain('  progress/minh.json: ngày 2026-11-02 xuất hiện hai lần; chỉ tính một lần\n');
    expect(table.stdout).toContain('  progress/minh.json: entries[3] date "someday" không phải một ngày; đã bỏ qua\n');
    expect(table.stdout).toContain('  progress/zed.json: là liên kết tượng trưng (symlink); đã bỏ qua\n');
    expect(table.stdout).not.toContain('skipped');
    const md = await report('md');
    expect(md.stdout).toContain('## Cảnh báo\n\n- members/broken.json: không phải JSON hợp lệ');
    expect(md.stdout).toContain('- progress/minh.json: ngày 2026-11-02 xuất hiện hai lần; chỉ tính một lần');
    expect((await report('html')).stdout).toContain('<h2>Cảnh báo (5)</h2>');

    // --json: the same English sentences in every language, as before.
    const [vi, en] = [await report('json', 'vi'), await report('json', 'en')];
    expect(vi.stdout).toBe(en.stdout);
    expect(JSON.parse(en.stdout).warnings).toEqual([
      expect.stringMatching(/^members\/broken\.json: is not valid JSON \(.+\); skipped$/),
      'progress/minh.json: 2026-10-20 is outside the challenge (2026-11-01 to 2026-11-30); not counted',
      'progress/minh.json: 2026-11-02 appears twice; counted once',
      'progress/minh.json: entries[3] date "someday" is not a date; skipped',
      'progress/zed.json: is a symbolic link; skipped',
    ]);

    // On the terminal (stderr) a warning is the reader's: the writer's language, not the cohort's.
    const members = (lang: string) => wotn(['members', '--ledger', dir, '--lang', lang], at);
    expect((await members('vi')).stderr).toContain('cảnh báo: progress/zed.json: là liên kết tượng trưng (symlink); đã bỏ qua\n');
    expect((await members('en')).stderr).toContain('warning: members/broken.json: is not valid JSON (');
    expect((await members('en')).stderr).not.toMatch(/cảnh báo|bỏ qua/);
  });

  it('an English cohort reports in English to a Vietnamese reader', async () => {
    const c = await cohortOf('en');
    const table = await report(c, 'table', 'vi');
    expect(table.stdout).toContain('2 members · 1,250 words written together');
    expect(table.stdout).toMatch(/Member\s+Days\s+Streak/);
  });
});

describe('what an audit of the common paths found still in English', () => {
  it('a GitHub git URL given as a ledger, an import that is neither JSON nor CSV, the day a challenge starts', async () => {
    const { home } = await writer();
    const remote = await wotn(['--lang', 'vi', 'cohort', 'join', 'git@github.com:wotn-vn/dec.git'], { home, now: NOW });
    expect(remote.code).toBe(2);
    expect(remote.stderr).toBe('wotn: sổ cái "git@github.com:wotn-vn/dec.git" nằm trên GitHub, nơi không có hook pre-receive nào kiểm tra các lần push: hãy dùng github:wotn-vn/dec\n'
      + '  Thành viên tham gia bằng wotn cohort join github:wotn-vn/dec; trưởng nhóm tạo sổ cái trên GitHub bằng wotn cohort create wotn-vn/dec.\n');
    const csv = join(home, 'old.csv');
    writeFileSync(csv, 'date,words\n"2026-12-01,300\n');
    const bad = await wotn(['--lang', 'vi', 'import', csv], { home, now: NOW });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`^wotn: ${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: không phải bản xuất JSON, cũng không phải CSV hợp lệ \\(.+\\)\\n$`));

    const c = await startCohort(['--lang', 'vi']);
    accountOf(home, 'lan');
    const joined = await wotn(['--lang', 'vi', 'cohort', 'join', c.ledger], { home, now: NOW });
    expect(joined.code).toBe(0);
    expect(joined.stdout.split('\n')[0]).toBe('Đã tham gia "WOTN Test" với tên @lan: 30 ngày từ Chủ Nhật, 1/11/2026.');
    const doctor = await wotn(['--lang', 'vi', 'doctor'], { home, now: NOW });
    expect(doctor.stdout).toContain('✓ nhóm: WOTN Test: 30 ngày từ Chủ Nhật, 1/11/2026, mỗi bài 50 từ\n');
    expect(JSON.parse((await wotn(['--lang', 'vi', 'doctor', '--json'], { home, now: NOW })).stdout).checks.find((x: { name: string }) => x.name === 'cohort').detail).toContain('30 days from 2026-11-01');

    // A journal this wotn cannot read: the file, the entry and what it lacks.
    const journal = join(home, 'journal.json');
    writeFileSync(journal, JSON.stringify({ schema: 1, entries: [{ title: 'x' }], drafts: {} }));
    const status = await wotn(['--lang', 'vi', 'status'], { home, now: NOW });
    expect(status.code).toBe(2);
    expect(status.stderr).toBe(`wotn: ${journal}: entries[0]: cần có date, words và publishedAt; hãy sửa hoặc xóa nó\n`);
  });
});

describe('commander\'s own errors', () => {
  it.each([
    [['report', '--format', 'xx'], "lỗi: tùy chọn '--format <format>' không nhận giá trị 'xx'. Các giá trị được phép: table, md, json, csv, html.\n", "error: option '--format <format>' argument 'xx' is invalid. Allowed choices are table, md, json, csv, html.\n"],
    [['status', '--bogus'], "lỗi: không có tùy chọn '--bogus'\n", "error: unknown option '--bogus'\n"],
    [['import'], "lỗi: thiếu đối số bắt buộc 'file'\n", "error: missing required argument 'file'\n"],
    [['site'], "lỗi: chưa có tùy chọn bắt buộc '--out <dir>'\n", "error: required option '--out <dir>' not specified\n"],
  ])('%j in Vietnamese and English, exit 2 in both', async (args, vi, en) => {
    const home = tempDir();
    const [inVi, inEn] = [await wotn(['--lang', 'vi', ...args], { home }), await wotn(args, { home })];
    expect([inVi.code, inEn.code]).toEqual([2, 2]);
    expect(inVi.stderr).toBe(vi);
    expect(inEn.stderr).toBe(en);
  });
});

describe('check-in comments, issues and replies in the cohort\'s language', () => {
  it('a check-in comment keeps its payload line; the words around it are Vietnamese', async () => {
    const vi = await translator('vi');
    const submission = { kind: 'entry', date: '2026-11-02', title: 'Bài đầu tiên', words: 1250, url: 'https://example.com/a', publishedAt: '2026-11-02T20:00:00+07:00' } as never;
    const [inVi, inEn] = [renderSubmission(submission, 2, vi), renderSubmission(submission, 2)];
    expect(inVi.split('\n')[0]).toBe('**Ngày 2 · 2026-11-02** · [Bài đầu tiên](<https://example.com/a>) · 1.250 từ');
    expect(inEn.split('\n')[0]).toBe('**Day 2 · 2026-11-02** · [Bài đầu tiên](<https://example.com/a>) · 1,250 words');
    expect(inVi.split('\n').at(-1)).toBe(inEn.split('\n').at(-1));
    expect(checkInIssueBody('Day 2 · 2026-11-02', vi)).toContain('Điểm danh ở đây: `wotn publish`');
    expect(checkInIssueBody('Introductions', vi)).toContain('Chào cả nhóm nào: `wotn cohort join`');
    const reply = refusalReply('too many words', 'https://github.com/o/r/issues/1#issuecomment-1', vi);
    expect(reply).toBe('[Lần điểm danh này](<https://github.com/o/r/issues/1#issuecomment-1>) chưa được ghi vào sổ cái: too many words');
  });
});

describe('completion', () => {
  it('completes the values of --lang', async () => {
    const r = await wotn(['completion', 'bash'], { home: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("'report|--lang') values='en vi' ;;");
    expect(r.stdout).toContain("'status|--lang') values='en vi' ;;");
  });
});
