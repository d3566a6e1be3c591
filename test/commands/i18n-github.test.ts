// On a github: ledger of a lang: vi cohort, the comments members and leads post through wotn
// (a kudos reply, a role's action, leaving) are in Vietnamese, whatever language the poster
// reads; the payload line ingest records is the same as in English.
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { day, githubCohort, LEDGER, REPO, type GitHubCohort } from '../helpers/github-cohort.js';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

let gh: FakeGitHub;
let c: GitHubCohort;
beforeEach(async () => {
  gh = await startGitHub();
  c = await githubCohort(gh, tempDir(), ['--lang', 'vi']);
});
afterEach(() => gh.close());

const comment = (url: string) => gh.repoIssues(REPO).comments.find((x) => x.html_url === url)!.body;

describe('learn-together comments in a Vietnamese cohort', () => {
  it('a kudos reply, a nudge and leaving speak Vietnamese; the payload lines are the English ones', async () => {
    for (const login of ['minh', 'an']) await c.member(login);
    await c.member('lan', { join: false });
    await c.publish('minh', day(1), 150, 'Bài đầu tiên');
    await c.ingest(day(1, '20:05:00+07:00'));

    const k = await wotnJson(['kudos', 'minh', '--day', '1', '--note', 'Mở bài rất cuốn.'], c.as('an', day(2, '09:00:00+07:00')));
    const reply = comment(k.url).split('\n');
    expect(reply[0]).toMatch(/^❤️ \*\*Lời khen\*\* cho ngày 1 · \[Bài đầu tiên\]\(<https:\/\/\S+>\)$/);
    expect(reply).toContain('> Mở bài rất cuốn.');
    expect(reply.at(-1)).toBe('<!-- wotn:v1 {"kind":"kudos","to":"minh","date":"2026-11-01","note":"Mở bài rất cuốn."} -->');

    const nudge = await wotnJson(['moderate', 'nudge', 'an', '--note', 'Hôm nay mười phút là đủ.', '--ledger', LEDGER], c.as('lan', day(2, '21:00:00+07:00')));
    expect(comment(nudge.url).split('\n')[0]).toBe('👋 @an: lời nhắc cho ngày 2 · Hôm nay mười phút là đủ.');

    const left = await wotnJson(['cohort', 'leave'], c.as('an', day(2, '21:07:00+07:00')));
    expect(comment(left.url)).toBe('**Rời nhóm** · các bài của mình vẫn ở lại trong hồ sơ.\n\n<!-- wotn:v1 {"kind":"leave"} -->');
  });
});

describe('the workflow\'s reply to a refused check-in in a Vietnamese cohort', () => {
  /** Minh, a member, and the day's issue: `post` comments a payload there as minh, as a hand-made client would. */
  async function dayOne() {
    await c.member('minh');
    await c.ingest(day(1, '08:00:00+07:00'));
    const issue = gh.repoIssues(REPO).issues.find((i) => i.title.startsWith('Day 1 '))!;
    const post = async (fields: object) => {
      const body = `<!-- wotn:v1 ${JSON.stringify({ kind: 'entry', date: '2026-11-01', title: 'Bài đầu', words: 300, ...fields })} -->`;
      const res = await fetch(`${gh.url}/repos/${REPO}/issues/${issue.number}/comments`, { method: 'POST', headers: { authorization: `token ${c.account('minh')}`, 'content-type': 'application/json' }, body: JSON.stringify({ body }) });
      expect(res.status).toBe(201);
      return ((await res.json()) as { html_url: string }).html_url;
    };
    const replyTo = (url: string) => gh.repoIssues(REPO).comments.find((x) => x.body.includes('<!-- refused ') && x.body.includes(url))!.body.split('\n')[0];
    return { post, replyTo };
  }

  it('gives the reason in Vietnamese, naming the value; --json keeps the English reason', async () => {
    const { post, replyTo } = await dayOne();
    const badLink = await post({ url: 'javascript:alert(1)' });
    const short = await post({ words: 12 });
    const run = await c.ingest(day(1, '20:05:00+07:00'));
    expect(replyTo(badLink)).toBe(`[Lần điểm danh này](<${badLink}>) chưa được ghi vào sổ cái: url phải bắt đầu bằng https:// hoặc http://`);
    expect(replyTo(short)).toMatch(/^\[Lần điểm danh này\]\(<\S+>\) chưa được ghi vào sổ cái: 12\/\d+ từ: một bài cần ít nhất \d+ từ mới được tính$/);
    const refused = run.decisions.filter((d: any) => d.outcome === 'refused');
    expect(refused.map((d: any) => d.reason)).toEqual(['url must start with https:// or http://', expect.stringMatching(/^12\/\d+ words: a post needs at least \d+ words to count$/)]);
    expect(refused.some((d: any) => 'said' in d)).toBe(false);
  });

  it('says in Vietnamese why a kudos, a role\'s action, a make-up post and a reflection\'s tags were refused', async () => {
    const { post, replyTo } = await dayOne();
    const kudos = await post({ kind: 'kudos', to: 'an', date: '2026-11-01' });
    const action = await post({ kind: 'action', action: { kind: 'hide-entry', member: 'an', date: '2026-11-01', reason: 'số điện thoại' } });
    const makeUp = await post({ makeUp: true });
    const tags = await post({ tags: [''] });
    const run = await c.ingest(day(1, '20:05:00+07:00'));
    const refused = `chưa được ghi vào sổ cái:`;
    expect(replyTo(kudos)).toBe(`[Lần điểm danh này](<${kudos}>) ${refused} an không có bài ngày 2026-11-01 trong sổ cái để khen`);
    expect(replyTo(action)).toBe(`[Lần điểm danh này](<${action}>) ${refused} minh không được ẩn bài: chỉ moderator và trưởng nhóm mới được`);
    expect(replyTo(makeUp)).toBe(`[Lần điểm danh này](<${makeUp}>) ${refused} bài bù: thử thách này không cho phép bài bù`);
    expect(replyTo(tags)).toBe(`[Lần điểm danh này](<${tags}>) ${refused} tags: "" không phải một thẻ dài từ 1 đến 40 ký tự`);
    expect(run.decisions.filter((d: any) => d.outcome === 'refused').map((d: any) => d.reason)).toEqual([
      'an has no post of 2026-11-01 in the ledger to thank', 'minh may not hide entries: only moderators and leads may',
      'make-up post: this challenge allows no make-up posts', 'tags: "" is not a tag of 1 to 40 characters',
    ]);
  });
});

describe('the workflow\'s own log in a Vietnamese cohort', () => {
  it('ledger ingest speaks the cohort\'s language whatever the runner\'s locale; --json stays English', async () => {
    await c.member('minh');
    await c.ingest(day(1, '08:00:00+07:00'));
    const issue = gh.repoIssues(REPO).issues.find((i) => i.title.startsWith('Day 1 '))!;
    const post = async () => {
      issue.comments = 0;
      const body = `<!-- wotn:v1 ${JSON.stringify({ kind: 'entry', date: '2026-11-01', title: 'Bài đầu', words: 12 })} -->`;
      const res = await fetch(`${gh.url}/repos/${REPO}/issues/${issue.number}/comments`, { method: 'POST', headers: { authorization: `token ${c.account('minh')}`, 'content-type': 'application/json' }, body: JSON.stringify({ body }) });
      // The issue is full from here on: the workflow's reply to the refusal cannot be posted.
      issue.comments = 2_500;
      return ((await res.json()) as { id: number }).id;
    };
    const first = await post();
    const log = await c.ingestLog(day(1, '20:05:00+07:00'));
    expect(log.code).toBe(0);
    expect(log.stdout).toMatch(/^\d+ bình luận từ lần chạy trước: \d+ được ghi, \d+ không đổi, 1 bị từ chối\.$/m);
    expect(log.stdout).toMatch(/^Đã push commit [0-9a-f]+ \(0 tệp thành viên\)\.$/m);
    expect(log.stderr).toMatch(new RegExp(`^cảnh báo: chưa trả lời được lượt điểm danh ${first}: `));
    expect(log.stderr).not.toMatch(/warning|no reply/);

    const second = await post();
    const json = await c.ingest(day(1, '20:10:00+07:00'));
    expect(json.warnings).toEqual([expect.stringMatching(new RegExp(`^no reply to check-in ${second}: `))]);
    // The nudge's log too: nobody asked for one.
    expect((await c.ingestLog(day(1, '20:15:00+07:00'), 'nudge')).stdout).toBe('Hiện chưa có lời nhắc nào đến hạn.\n');
  });
});

/** A port nothing listens on: one the system gave out and took back. */
const closedPort = () => new Promise<number>((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    server.close(() => done(port));
  });
});

describe('GitHub\'s errors in the reader\'s language', () => {
  const inVietnamese = (login: string, now?: string, extra: NodeJS.ProcessEnv = {}) => {
    const o = c.as(login, now, extra);
    return { ...o, env: { ...o.env, WOTN_LANG: 'vi' } };
  };

  it('a missing or rejected token, a repository that is not there, GitHub out of reach: each names the repo or variable and the fix', async () => {
    const none = await wotn(['init', '--yes', '--github'], inVietnamese('me', undefined, { GITHUB_TOKEN: '', GH_TOKEN: '', PATH: '/nonexistent' }));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('không tìm thấy token GitHub');
    expect(none.stderr).toContain('Đặt GITHUB_TOKEN hoặc GH_TOKEN');

    const wrong = await wotn(['init', '--yes', '--github'], inVietnamese('me', undefined, { GITHUB_TOKEN: 'ghp_wrong_secret' }));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('GitHub từ chối token (401 Bad credentials) khi đang đọc hồ sơ GitHub của bạn');
    expect(wrong.stderr).toContain('gh auth login');
    expect(wrong.stdout + wrong.stderr).not.toContain('ghp_wrong_secret');

    const missing = await wotn(['members', '--ledger', 'github:wotn-vn/nope'], inVietnamese('lan'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không tìm thấy trên GitHub (404) khi đang tải wotn-vn/nope về');
    expect(missing.stderr).toContain('Kiểm tra tên OWNER/REPO');

    const away = await wotn(['members', '--ledger', LEDGER], inVietnamese('lan', undefined, { GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}` }));
    expect(away.code).toBe(1);
    expect(away.stderr).toMatch(/không kết nối được với GitHub khi đang tải wotn-vn\/dec-2026 về: /);
  });

  it('a used-up rate limit: publish queues and warns, sync says when it is given back', async () => {
    await c.member('lan');
    gh.exhaustedUntil = Math.floor(Date.now() / 1000) + 30 * 60;
    const s = await wotn(['sync'], inVietnamese('lan', day(1)));
    gh.exhaustedUntil = undefined;
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/đã hết lượt gọi API GitHub cho phép khi đang \S.* lượt được cấp lại sau (29|30) phút \(20\d\d-/);
    expect(s.stderr).toContain('chạy lại wotn sync');
  });
});
