import { describe, expect, it } from 'vitest';
import { parseSubmission, type Submission } from '../../src/domain/submission.js';
import { refusalReply, renderSubmission } from '../../src/render/submission.js';

const entry = { kind: 'entry', date: '2026-12-05', title: 'Mưa đầu mùa', url: 'https://lan.dev/mua', words: 523 } as const;
const payload = (v: unknown) => `<!-- wotn:v1 ${JSON.stringify(v)} -->`;
const problemOf = (body: string, maxWords?: number) => {
  const r = parseSubmission(body, { maxWords });
  return r.status === 'invalid' ? r.problem : r.status;
};

describe('rendering a submission', () => {
  it('people read the day, title, link and words; the payload is the last line', () => {
    const body = renderSubmission({ ...entry, words: 1523 }, 5);
    expect(body.split('\n')[0]).toBe('**Day 5 · 2026-12-05** · [Mưa đầu mùa](<https://lan.dev/mua>) · 1,523 words');
    expect(body.split('\n').at(-1)).toMatch(/^<!-- wotn:v1 \{.*\} -->$/);
  });

  it.each<[string, Submission]>([
    ['an entry', entry],
    ['an entry without a link, in 3 posts', { kind: 'entry', date: '2026-12-05', title: 'Notes', words: 300, posts: 3 }],
    ['a join', { kind: 'join', name: 'Lan Nguyễn', blog: 'https://lan.dev/', intro: 'Viết mỗi ngày', timezone: 'Asia/Ho_Chi_Minh', dayStartsAt: '03:00', nudge: true }],
    ['a title that tries to close the comment', { ...entry, title: 'a --> b <!-- c & d' }],
  ])('%s reads back exactly', (_, s) => expect(parseSubmission(renderSubmission(s))).toEqual({ status: 'ok', submission: s }));

  it('a member\'s text can\'t mention anyone, add links or break out of the payload', () => {
    const body = renderSubmission({ ...entry, title: '@everyone [click](javascript:alert(1)) <img src=x onerror=alert(1)> -->' });
    const [head, , last] = body.split('\n');
    expect(head).not.toMatch(/@[a-z]/);
    expect(head).not.toContain('<img');
    expect(head).not.toContain('](javascript');
    expect(last!.indexOf('-->')).toBe(last!.length - 3);
    expect(renderSubmission({ ...entry, url: 'javascript:alert(1)' }).split('\n')[0]).toBe('**2026-12-05** · **Mưa đầu mùa** · 523 words');
  });

  it('the refusal reply says why and mentions no one', () => {
    expect(refusalReply('@minh has not joined', 'https://github.com/o/r/issues/1#issuecomment-7'))
      .toBe('[This check-in](<https://github.com/o/r/issues/1#issuecomment-7>) was not recorded in the ledger: @\u200bminh has not joined');
    expect(refusalReply('x', 'javascript:alert(1)')).toBe('This check-in was not recorded in the ledger: x');
  });
});

describe('parsing an untrusted comment', () => {
  it('a comment without a payload is conversation, not a submission', () => {
    expect(problemOf('Great post, @lan! 🎉')).toBe('none');
    expect(problemOf('')).toBe('none');
  });

  it.each([
    ['in a ``` code block', '```\n' + payload(entry) + '\n```'],
    ['in a ~~~ code block', 'look:\n~~~md\n' + payload(entry) + '\n~~~'],
    ['after a fence that never closes', '````\nx\n```\n' + payload(entry)],
    ['quoted from someone else', '> ' + payload(entry)],
    ['indented', '    ' + payload(entry)],
    ['HTML-escaped', '&lt;!-- wotn:v1 ' + JSON.stringify(entry) + ' --&gt;'],
    ['mid-sentence', 'see ' + payload(entry)],
  ])('a payload %s is not a submission', (_, body) => expect(problemOf(body)).toBe('none'));

  it('a payload after a closed code block counts', () => {
    const r = parseSubmission('```\ncode\n```\n' + payload(entry));
    expect(r).toEqual({ status: 'ok', submission: entry });
    expect(parseSubmission('an inline ```fence``` is not one\n' + payload(entry)).status).toBe('ok');
  });

  it.each([
    ['two payloads', payload(entry) + '\n' + payload({ ...entry, words: 900 }), 'the comment carries 2 wotn payloads; keep one (edit the comment)'],
    ['a payload split over lines', '<!-- wotn:v1 {"kind":"entry",\n"words":1} -->', 'the wotn payload is not one line of the form <!-- wotn:v1 {…} -->'],
    ['a newer version', '<!-- wotn:v2 {} -->', 'the payload is version 2; this ledger reads version 1 (update wotn)'],
    ['broken JSON', '<!-- wotn:v1 {"kind": -->', 'the payload is not valid JSON'],
    ['a list', '<!-- wotn:v1 [1] -->', 'the payload is not a JSON object'],
    ['a raw > inside', payload({ ...entry, title: 'a > b' }), 'the payload contains a raw < or >'],
    ['an unknown kind', payload({ kind: 'promote', role: 'lead' }), 'the payload\'s kind "promote" is none of "entry", "join", "kudos", "action", "leave"'],
    ['a huge payload', payload({ ...entry, title: 'x'.repeat(9_000) }), 'the payload is longer than 8192 characters'],
    ['a body over GitHub\'s limit', 'x'.repeat(65_537), 'the comment is longer than GitHub\'s 65536 characters'],
  ])('%s is refused', (_, body, problem) => expect(problemOf(body)).toBe(problem));

  it.each([
    [{ words: 1e300 }, 'words 1e+300 is not a whole number'],
    [{ words: 12.5 }, 'words 12.5 is not a whole number'],
    [{ words: -1 }, 'words -1 is negative'],
    [{ words: '500' }, 'words "500" is not a whole number'],
    [{ words: null }, 'words null is not a whole number'],
    [{ words: 20_001 }, '20001 words is over the cohort\'s cap of 20000 words a day'],
    [{ date: '2026-02-29' }, 'date "2026-02-29" is not a date (YYYY-MM-DD)'],
    [{ date: undefined }, 'date undefined is not a date (YYYY-MM-DD)'],
    [{ title: '   ' }, 'title is empty'],
    [{ title: '\u202e\u0007' }, 'title is empty'],
    [{ title: 42 }, 'title must be text'],
    [{ title: 'x'.repeat(301) }, 'title is longer than 300 characters'],
    [{ url: 'javascript:alert(1)' }, 'url must start with https:// or http://'],
    [{ url: 'https://lan:secret@lan.dev/' }, 'url must not carry a user name or password'],
    [{ url: 'https://lan.dev/a b' }, 'url contains spaces or control characters'],
    [{ url: '/relative' }, 'url is not a URL'],
    [{ url: `https://lan.dev/${'a'.repeat(2_000)}` }, 'url is longer than 2000 characters'],
    [{ posts: 0 }, 'posts 0 is not a whole number from 1 to 100'],
  ])('an entry with %j is refused', (over, problem) => expect(problemOf(payload({ ...entry, ...over }))).toBe(problem));

  it('the cap is the cohort\'s', () => {
    expect(problemOf(payload({ ...entry, words: 600 }), 500)).toBe('600 words is over the cohort\'s cap of 500 words a day');
    expect(problemOf(payload({ ...entry, words: 500 }), 500)).toBe('ok');
  });

  it.each([
    [{ name: '' }, 'name is empty'],
    [{ name: 'x'.repeat(101) }, 'name is longer than 100 characters'],
    [{ timezone: 'Moon/Base' }, 'timezone "Moon/Base" is not an IANA time zone'],
    [{ dayStartsAt: '25:00' }, 'dayStartsAt "25:00" is not HH:MM'],
    [{ nudge: 'yes' }, 'nudge must be true or false'],
    [{ blog: 'data:text/html,<b>' }, 'the payload contains a raw < or >'],
    [{ blog: 'data:text/html,x' }, 'blog must start with https:// or http://'],
  ])('a join with %j is refused', (over, problem) => expect(problemOf(payload({ kind: 'join', name: 'Lan', ...over }))).toBe(problem));

  it('unknown fields are ignored and never reach the result: identity is not the payload\'s to claim', () => {
    const r = parseSubmission(payload({ ...entry, handle: 'lan', user: { login: 'lan' }, publishedAt: '2026-01-01T00:00:00Z', comment: 1, role: 'lead' }));
    expect(r).toEqual({ status: 'ok', submission: entry });
    const join = parseSubmission(payload({ kind: 'join', name: 'An', handle: 'lan', joinedAt: '2020-01-01', roles: { an: 'lead' } }));
    expect(join).toEqual({ status: 'ok', submission: { kind: 'join', name: 'An' } });
    const polluted = parseSubmission('<!-- wotn:v1 {"kind":"entry","date":"2026-12-05","title":"T","words":1,"__proto__":{"admin":true}} -->');
    expect(polluted).toEqual({ status: 'ok', submission: { kind: 'entry', date: '2026-12-05', title: 'T', words: 1 } });
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it('text is cleaned of control characters and direction overrides; URLs are normalised', () => {
    const r = parseSubmission(payload({ ...entry, title: ' Day\u202e 5\n\tnotes\u0000 ', url: 'HTTPS://Lan.dev/Mưa' }));
    expect(r).toEqual({ status: 'ok', submission: { ...entry, title: 'Day 5 notes', url: 'https://lan.dev/M%C6%B0a' } });
  });

  it('the payload may sit anywhere in the comment, on a line of its own, with CRLF line ends', () => {
    expect(parseSubmission(`Hi all!\r\n${payload(entry)}\r\nMore text`)).toEqual({ status: 'ok', submission: entry });
  });
});
