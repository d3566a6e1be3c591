// Learning together in Vietnamese: kudos, partners, roles and status speak the writer's
// language; the report and the site speak the cohort's (wotn-cohort.json says vi); and --json
// is the same document in every language.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinAs, publishUrl, startCohort, type CohortSetup } from '../helpers/cohort.js';
import { bareRepo, gitSync } from '../helpers/git.js';
import { suiteDir, tempDir } from '../helpers/tmp.js';
import { wotn } from '../helpers/wotn.js';

const at = (day: number, time = '20:00:00+07:00') => `2026-11-${String(day).padStart(2, '0')}T${time}`;

describe('learn together in Vietnamese', () => {
  let c: CohortSetup;
  let lead: string;
  let minh: string;
  let an: string;
  const root = suiteDir();

  beforeAll(async () => {
    c = await startCohort(['--lang', 'vi', '--goal-words', '10000', '--awards', '1,2'], root);
    lead = join(c.root, 'lead');
    expect((await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh'], { home: lead })).code).toBe(0);
    minh = await joinAs(c, 'minh', { name: 'Minh' });
    an = await joinAs(c, 'an', { name: 'An' });
    expect((await wotn(['pods', 'assign', '--ledger', c.ledger, '--size', '2', '--json'], { home: lead, now: at(1, '08:00:00+07:00') })).code).toBe(0);
    await publishUrl(minh, at(1), 1250, 'Bài đầu tiên');
    await publishUrl(minh, at(2), 1250, 'Bài thứ hai');
  }, 120_000);

  it('wotn kudos says what it did in Vietnamese; its --json is the same in both languages', async () => {
    const given = await wotn(['--lang', 'vi', 'kudos', 'minh', '--day', '1', '--note', 'Mở bài rất cuốn.'], { home: an, now: at(2, '20:30:00+07:00') });
    expect(given.code).toBe(0);
    expect(given.stdout).toBe('Lời khen cho bài ngày 1 của minh · Bài đầu tiên: đã ghi vào sổ cái.\n  “Mở bài rất cuốn.”\n');
    const again = await wotn(['--lang', 'vi', 'kudos', 'minh', '--day', '1'], { home: an, now: at(2, '20:31:00+07:00') });
    expect(again.stdout).toContain('Bạn đã khen bài ngày 1 của minh · Bài đầu tiên rồi (mỗi bài một lời khen); thêm --note để đổi lời nhắn.');
    const json = (lang: string) => wotn(['--lang', lang, 'kudos', 'minh', '--day', '1', '--json'], { home: an, now: at(2, '20:32:00+07:00') });
    const [vi, en] = [await json('vi'), await json('en')];
    expect(vi.stdout).toBe(en.stdout);
    expect(JSON.parse(vi.stdout)).toMatchObject({ from: 'an', to: 'minh', day: 1, outcome: 'unchanged' });
    const self = await wotn(['--lang', 'vi', 'kudos', 'an'], { home: an, now: at(2, '20:33:00+07:00') });
    expect(self.code).toBe(2);
    expect(self.stderr).toBe('wotn: lời khen cho chính mình không được tính: hãy khen một người khác nhé\n  wotn feed liệt kê những bài mới nhất của nhóm.\n');
    const noDay = await wotn(['--lang', 'vi', 'kudos', 'minh', '--day', '5'], { home: an, now: at(2, '20:34:00+07:00') });
    expect(noDay.stderr).toContain('minh không có bài ngày 5 (Thứ Năm, 5/11/2026) trong sổ cái');
    const help = await wotn(['--lang', 'vi', 'kudos', '--help'], { home: an });
    expect(help.stdout).toContain('gửi lời khen cho một thành viên về một bài viết');
    expect(help.stdout).toContain('Mỗi bài một lời khen');
  });

  it('status shows the day\'s kudos, the awards and the shared goal in Vietnamese', async () => {
    expect((await wotn(['sync'], { home: minh, now: at(2, '21:00:00+07:00') })).code).toBe(0);
    const vi = await wotn(['--lang', 'vi', 'status'], { home: minh, now: at(2, '21:00:00+07:00') });
    expect(vi.stdout).toContain('Lời khen hôm nay: 1, từ @an · “Mở bài rất cuốn.”');
    expect(vi.stdout).toContain('Giải thưởng: 1 ngày ✓ · 2 ngày ✓');
    expect(vi.stdout).toMatch(/Mục tiêu chung: cùng nhau viết 10\.000 từ|Cùng nhau chúng ta đã viết [\d.]+ trên 10\.000 từ/);
    expect(vi.stdout).toContain('Chuỗi 2 ngày của bạn bắt đầu từ 1/11/2026');
    const en = await wotn(['status'], { home: minh, now: at(2, '21:00:00+07:00') });
    expect(en.stdout).toContain('Kudos today: 1 from @an');
    expect(en.stdout).toContain('Awards: 1 day ✓ · 2 days ✓');
  });

  it('wotn partners and wotn roles in Vietnamese, with the same --json in both languages', async () => {
    const pod = await wotn(['--lang', 'vi', 'partners'], { home: an, now: at(2, '21:10:00+07:00') });
    expect(pod.code).toBe(0);
    expect(pod.stdout).toMatch(/^Nhóm của bạn từ Chủ Nhật, 1\/11\/2026 đến Thứ Bảy, 7\/11\/2026:\n {2}Minh @minh · đã viết hôm nay\n {4}Thứ Hai, 2\/11\/2026 Bài thứ hai\n/);
    const partners = (lang: string) => wotn(['--lang', lang, 'partners', '--json'], { home: an, now: at(2, '21:10:00+07:00') });
    expect((await partners('vi')).stdout).toBe((await partners('en')).stdout);

    const added = await wotn(['--lang', 'vi', 'cohort', 'role', 'add', 'minh', 'moderator', '--ledger', c.ledger], { home: lead, now: at(2, '21:20:00+07:00') });
    expect(added.stdout).toContain('Xong: @minh giờ là moderator.');
    const roles = await wotn(['--lang', 'vi', 'roles', '--ledger', c.ledger], { home: lead, now: at(2, '21:21:00+07:00') });
    expect(roles.stdout).toContain('WOTN Test: các vai trò');
    expect(roles.stdout).toContain('moderator Minh @minh\n  được: hide-entry, remove-feedback');
    const json = (lang: string) => wotn(['--lang', lang, 'roles', '--ledger', c.ledger, '--json'], { home: lead, now: at(2, '21:21:00+07:00') });
    expect((await json('vi')).stdout).toBe((await json('en')).stdout);
  });

  it('the report of a lang: vi cohort says kudos, pods, the goal and the award tiers in Vietnamese, whoever reads it', async () => {
    const report = (format: string, lang: string) => wotn(['report', '--ledger', c.ledger, '--date', '2026-11-02', '--format', format, '--lang', lang], { home: lead, now: at(2, '22:00:00+07:00') });
    for (const reader of ['en', 'vi']) {
      const table = await report('table', reader);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain('Cùng nhau chúng ta đã viết 2.500 trên 10.000 từ (25%)');
      expect(table.stdout).toContain('Giải thưởng: 1 ngày: 1 thành viên · 2 ngày: 1 thành viên');
      expect(table.stdout).toMatch(/Nhóm 1 \(@\w+, @\w+\): cả nhóm cùng viết \d+ ngày liền/);
      expect(table.stdout).toContain('Lời khen đã gửi / đã nhận');
      const md = await report('md', reader);
      expect(md.stdout).toContain('## Lời khen\n\n| Thành viên | Đã gửi | Đã nhận |');
      expect(md.stdout).toContain('| Minh (@minh) | 0 | 1 |');
    }
    expect((await report('json', 'vi')).stdout).toBe((await report('json', 'en')).stdout);
  });

  it('the site\'s member page and the wisdom page speak Vietnamese', async () => {
    const out = join(c.root, 'site');
    const site = await wotn(['site', '--ledger', c.ledger, '--date', '2026-11-02', '--out', out], { home: lead, now: at(2, '22:00:00+07:00') });
    expect(site.code).toBe(0);
    const member = readFileSync(join(out, 'members', 'minh.html'), 'utf8');
    expect(member).toContain('<li><b>1</b>lời khen nhận được, đã gửi 0</li>');
    expect(member).not.toContain('kudos received');
    const wisdom = readFileSync(join(out, 'wisdom.html'), 'utf8');
    expect(wisdom).toContain('<h1>Trí tuệ chung</h1>');
    expect(wisdom).toContain('Chưa có bài nhìn lại hay bài nổi bật nào.');
    expect(readFileSync(join(out, 'wisdom.md'), 'utf8')).toContain('# WOTN Test: trí tuệ chung');
  });

  it('wotn wisdom says which entry it left out and why in the reader\'s language; --json keeps the English', async () => {
    // A lead's working copy with an entry the ledger's hook would refuse, read as a folder.
    const dir = join(root, 'wisdom-copy');
    gitSync(root, 'clone', '--quiet', c.ledger, dir);
    const file = join(dir, 'progress', 'minh.json');
    const progress = JSON.parse(readFileSync(file, 'utf8'));
    progress.entries[1] = { ...progress.entries[1], featured: 'có' };
    writeFileSync(file, JSON.stringify(progress));
    const run = (lang: string, json: string[] = []) => wotn(['--lang', lang, 'wisdom', '--ledger', dir, ...json], { home: lead, now: at(2, '22:00:00+07:00') });
    const vi = await run('vi');
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe('cảnh báo: progress/minh.json: entries[1] featured: phải là true hoặc false; không đưa vào bản tổng hợp\n');
    expect((await run('en')).stderr).toBe('warning: progress/minh.json: entries[1] featured: must be true or false; left out of the digest\n');
    const [inVi, inEn] = [await run('vi', ['--json']), await run('en', ['--json'])];
    expect(inVi.stdout).toBe(inEn.stdout);
    expect(JSON.parse(inEn.stdout).warnings).toEqual(['progress/minh.json: entries[1] featured: must be true or false; left out of the digest']);
  });

  it('the site\'s lists show each post\'s day as Vietnamese writes it, the ISO date kept in <time datetime>, file names and progress.json', async () => {
    const out = join(c.root, 'site-dates');
    expect((await wotn(['site', '--ledger', c.ledger, '--date', '2026-11-02', '--out', out], { home: lead, now: at(2, '22:00:00+07:00') })).code).toBe(0);
    const read = (path: string) => readFileSync(join(out, path), 'utf8');
    const shown = '<time datetime="2026-11-02">Thứ Hai, 2/11/2026</time>';
    expect(read('members/minh.html')).toContain(`Ngày 2 · ${shown} · 1.250 từ`);
    expect(read('members/minh.html')).toContain('Ngày 1 là <time datetime="2026-11-01">Chủ Nhật, 1/11/2026</time>');
    expect(read('index.html')).toContain(`<a href="days/2026-11-02.html">Ngày 2</a> · ${shown} · 1.250 từ`);
    expect(read('days/2026-11-02.html')).toContain(`<h1>Ngày 2 <span class="dim">· ${shown}</span></h1>`);
    expect(read('days/2026-11-02.html')).toContain('<title>Ngày 2, 2/11/2026');
    expect(read('days/index.html')).toContain(`Ngày 2 · ${shown}</a>`);
    expect(read('days/index.html')).toContain('Ngày 3 · <time datetime="2026-11-03">Thứ Ba, 3/11/2026</time></li>');
    expect(read('progress.json')).not.toMatch(/\d+\/11\/2026/);
  });

  it('the learn-together lines show days as Vietnamese writes them; --json keeps ISO dates', async () => {
    const risk = await wotn(['--lang', 'vi', 'members', '--at-risk', '--ledger', c.ledger], { home: lead, now: at(2, '21:30:00+07:00') });
    expect(risk.stdout).toMatch(/^(Vào Thứ Hai, 2\/11\/2026, không ai có nguy cơ bỏ cuộc\.|Có nguy cơ bỏ cuộc vào Thứ Hai, 2\/11\/2026: \d+ thành viên)/);
    const mentor = await wotn(['--lang', 'vi', 'partners', '--mentor', '--ledger', c.ledger], { home: lead, now: at(2, '21:30:00+07:00') });
    expect(mentor.stdout).toContain('bài gần nhất Thứ Hai, 2/11/2026 Bài thứ hai');
    const json = await wotn(['--lang', 'vi', 'partners', '--json'], { home: an, now: at(2, '21:10:00+07:00') });
    expect(JSON.parse(json.stdout).pod).toMatchObject({ from: '2026-11-01', to: '2026-11-07' });
    const status = await wotn(['--lang', 'vi', 'status', '--json'], { home: minh, now: at(2, '21:00:00+07:00') });
    expect(JSON.parse(status.stdout).why[0]).toContain('runs from 2026-11-01');
  });

  // Last in this group: an leaves the cohort.
  it('leaving says the day it happened as Vietnamese writes it; --json keeps the instant', async () => {
    const left = await wotn(['--lang', 'vi', 'cohort', 'leave'], { home: an, now: at(2, '23:40:00+07:00') });
    expect(left.code).toBe(0);
    expect(left.stdout.split('\n')[0]).toBe('Đã rời nhóm vào Thứ Hai, 2/11/2026: các bài của bạn vẫn ở lại trong hồ sơ.');
    const again = await wotn(['--lang', 'vi', 'cohort', 'leave'], { home: an, now: at(3, '08:00:00+07:00') });
    expect(again.stdout.split('\n')[0]).toBe('Bạn đã rời nhóm này vào Thứ Hai, 2/11/2026 rồi.');
    expect((await wotn(['cohort', 'leave'], { home: an, now: at(3, '08:00:00+07:00') })).stdout.split('\n')[0]).toBe('You left this cohort on Mon 2 Nov 2026 already.');
    const json = (lang: string) => wotn(['--lang', lang, 'cohort', 'leave', '--json'], { home: an, now: at(3, '08:00:00+07:00') });
    const [vi, en] = [await json('vi'), await json('en')];
    expect(vi.stdout).toBe(en.stdout);
    expect(JSON.parse(en.stdout)).toMatchObject({ leftAt: '2026-11-02T23:40:00+07:00', outcome: 'unchanged' });
  });
});

describe('refusals a writer reads, in Vietnamese, naming the same file, flag and value', () => {
  const NOW = '2026-12-01T20:00:00+07:00';
  async function writer(): Promise<string> {
    const home = join(tempDir(), 'home');
    const init = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--blog', join(home, 'blog'), '--create', '--goal', '300'], { home, now: NOW });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    return home;
  }

  it('a config file problem names the file, the key and the value', async () => {
    const home = await writer();
    const file = join(home, 'config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), goal: 0 }));
    const vi = await wotn(['--lang', 'vi', 'status'], { home, now: NOW });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(`${file}: goal: 0 không phải số nguyên từ 1 đến 100000; hãy sửa hoặc xóa nó`);
    const en = await wotn(['status'], { home, now: NOW });
    expect(en.stderr).toContain(`${file}: goal: 0 is not a whole number from 1 to 100000; fix or remove it`);
    const json = (lang: string) => wotn(['--lang', lang, 'status', '--json'], { home, now: NOW });
    expect((await json('vi')).stdout).toBe((await json('en')).stdout);
  });

  it('an import names each refused entry and its value', async () => {
    const home = await writer();
    const file = join(home, 'old.json');
    writeFileSync(file, JSON.stringify([{ date: '2026-12-01', words: -1, publishedAt: '2026-12-01T20:00:00+07:00' }]));
    const r = await wotn(['--lang', 'vi', 'import', file], { home, now: NOW });
    expect(r.stderr).toContain(`cảnh báo: ${file}: mục 1 không được nhập: words -1 không phải số nguyên từ 0 đến`);
    const json = (lang: string) => wotn(['--lang', lang, 'import', file, '--json'], { home, now: NOW });
    expect((await json('vi')).stdout).toBe((await json('en')).stdout);
  });

  it('a backdated vacation and a make-up the challenge does not allow are refused in Vietnamese', async () => {
    const home = await writer();
    expect((await wotn(['publish', '--url', 'https://example.com/1', '--words', '400', '--title', 'Ngày đầu'], { home, now: NOW })).code).toBe(0);
    const later = '2026-12-05T20:00:00+07:00';
    const away = await wotn(['--lang', 'vi', 'vacation', '--from', '2026-12-03', '--to', '2026-12-07'], { home, now: later });
    expect(away.code).toBe(2);
    expect(away.stderr).toBe('wotn: kỳ nghỉ không thể bắt đầu trong quá khứ: 2026-12-03 là trước hôm nay (2026-12-05)\n');
    const planned = await wotn(['--lang', 'vi', 'vacation', '--from', '2026-12-06', '--to', '2026-12-07'], { home, now: later });
    expect(planned.stdout).toContain('  Chủ Nhật, 6/12/2026 đến Thứ Hai, 7/12/2026\n');
    const flags = await wotn(['--lang', 'vi', 'vacation', '--from', '2026-12-08'], { home, now: later });
    expect(flags.stderr).toBe('wotn: cần cả --to: một kỳ nghỉ đi từ --from NGÀY đến --to NGÀY\n');
    const makeUp = await wotn(['--lang', 'vi', 'publish', '--make-up', '2026-12-02', '--url', 'https://example.com/a', '--words', '400', '--title', 'Bù'], { home, now: later });
    expect(makeUp.code).toBe(2);
    expect(makeUp.stderr).toContain('--make-up 2026-12-02: thử thách này không cho phép bài bù');
    const en = await wotn(['publish', '--make-up', '2026-12-02', '--url', 'https://example.com/a', '--words', '400', '--title', 'Bù'], { home, now: later });
    expect(en.stderr).toContain('--make-up 2026-12-02: this challenge allows no make-up posts');
  });
});

describe('what a lead reads from the ledger tools, in Vietnamese', () => {
  it('ledger hook install says what it did; its --json is the same in both languages', async () => {
    const dir = tempDir();
    const bare = bareRepo(dir);
    const r = await wotn(['--lang', 'vi', 'ledger', 'hook', 'install', bare], { home: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã cài hook pre-receive ${join(bare, 'hooks', 'pre-receive')}: mọi lần push vào sổ cái này đều được kiểm tra trước khi git chấp nhận.`);
    const json = (lang: string) => wotn(['--lang', lang, 'ledger', 'hook', 'install', bare, '--json'], { home: dir });
    expect((await json('vi')).stdout).toBe((await json('en')).stdout);
  });
});
