import { describe, expect, it } from 'vitest';
import { csv, html, htmlText, markdown, plain, safeUrl, terminal } from '../../src/render/escape.js';
import { grouped } from '../../src/render/text.js';

describe('escaping member-supplied text', () => {
  it('html', () => expect(html(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;'));
  it('markdown cells: no HTML, no table breaks, no links', () =>
    expect(markdown('a | b [x](javascript:y) <b>\nc')).toBe('a \\| b \\[x\\]\\(javascript:y\\) &lt;b&gt; c'));
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
  ])('csv %j → %s', (value, out) => expect(csv(value)).toBe(out));
  it('csv keeps numbers and booleans as they are', () => expect([csv(-3), csv(true), csv(null)]).toEqual(['-3', 'true', '']));
  it.each([
    ['https://lan.dev/a', 'https://lan.dev/a'],
    ['http://lan.dev', 'http://lan.dev/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['not a url', undefined],
  ])('safeUrl(%s) → %s', (url, out) => expect(safeUrl(url)).toBe(out));
  it('terminal text loses escape sequences and control characters', () =>
    expect(terminal('Lan\x1b[2J\x1b]0;pwned\x07 Nguyễn\r\n')).toBe('Lan [2J ]0;pwned  Nguyễn  '));
  it('terminal text loses bidi controls too, as pages do: a name can\'t reverse the lead\'s table', () =>
    expect(terminal('An \u202Egnp.exe\u202C \u2066x\u2069')).toBe(plain('An \u202Egnp.exe\u202C \u2066x\u2069')));
  it.each([
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
    ['\u202Egnp.exe', 'gnp.exe'],
    ['a\u2066b\u2069c\u200Fd\u061Ce', 'abcde'],
    ['line\nbreak\ttab\u0007bell\u0085', 'line break tab bell '],
    ['lone \ud800 surrogate, 😀 kept', 'lone  surrogate, 😀 kept'],
    ['ليلى أحمد', 'ليلى أحمد'],
  ])('plain(%j) → %j: no controls, no bidi overrides, scripts kept', (text, out) => expect(plain(text)).toBe(out));
  it('htmlText cleans, then escapes', () => expect(htmlText('\u202E<b>"x"</b>')).toBe('&lt;b&gt;&quot;x&quot;&lt;/b&gt;'));
  it('html leaves text with nothing to escape as it is', () => expect(html('Trần Minh')).toBe('Trần Minh'));
});

describe('safeUrl gives what URL gives, fast path or not', () => {
  it.each([
    'https://lan.example.com/2026/11/05/ngay-5-viet-tiep/', 'http://m1.example.com/', 'https://a.b.co/x/y.html', 'https://blog.dev/p/(1)!*,;=:@~',
    'https://blog.dev/a/../b', 'https://blog.dev/./a', 'https://Blog.Dev/a', 'https://blog.dev:443/a', 'https://blog.dev/%7e',
    'https://xn--vit-5qa.vn/bài-viết', 'https://1.2.3.4/a', 'https://0x7f.1/a', 'https://blog.dev', 'https://blog.dev/a?b=c#d', 'https://-x.dev/a',
  ])('%s', (url) => expect(safeUrl(url)).toBe(new URL(url).href));

  it('is no link for what no check-in may carry: spaces, a user name or password, over 2,000 characters', () => {
    for (const url of ['https://blog.dev/a b', 'https://user@lan.dev/a', 'https://u:p@lan.dev/', `https://lan.dev/${'a'.repeat(2_000)}`]) expect(safeUrl(url), url).toBeUndefined();
  });
});

describe('safeUrl gives what the URL parser gives', () => {
  it.each([
    'https://lan.dev/a', 'https://lan.dev/', 'http://m1.example.com/2026-11-20/', 'https://a-b.c-d.io/x_y~z/!$&\'()*+,;=:@/',
    'https://LAN.dev/a', 'https://lan.dev', 'https://lan.dev:443/a', 'https://lan.dev:8080/a', 'https://127.0.0.1/a', 'https://0x7f.1/a',
    'https://lan.dev/a/../b', 'https://lan.dev/./a', 'https://lan.dev/a/..', 'https://lan.dev/a/.', 'https://lan.dev/%2e%2e/a',
    'https://lan.dev/a b', 'https://lan.dev/a?q=1', 'https://lan.dev/a#x', 'https://user@lan.dev/a', 'https://xn--viet-9na.vn/a',
    'https://xn--bad/a', 'https://lan.dev/a\\b', 'https://lan.dev/Việt', 'https://lan.dev./a', 'https://-lan.dev/a', 'https://1.2.3.4/a',
    'https://lan.123/a', 'HTTPS://lan.dev/a', 'https:/lan.dev/a', 'https:///lan.dev/a', 'ftp://lan.dev/a',
  ])('%s', (url) => {
    let expected: string | undefined;
    try {
      const u = new URL(url);
      expected = (u.protocol === 'https:' || u.protocol === 'http:') && !/\s/.test(url) && !u.username && !u.password ? u.href : undefined;
    } catch {
      expected = undefined;
    }
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('grouped', () => {
  it.each([[0, '0'], [999, '999'], [1000, '1,000'], [12345, '12,345'], [1234567, '1,234,567'], [-1234, '-1,234'], [1234.5, '1,234.5']])('%d → %s', (n, out) => {
    expect(grouped(n as number)).toBe(out);
  });
});

describe('style', () => {
  it('without colour returns the text for any chain of styles, and can be awaited', async () => {
    const { style } = await import('../../src/render/style.js');
    const c = await style(false);
    expect(c.magenta.bold('🎉 done')).toBe('🎉 done');
    expect(c.green('a', 'b')).toBe('a b');
  });

  it('with colour is chalk', async () => {
    const { style } = await import('../../src/render/style.js');
    expect((await style(true)).green('x')).toBe('\u001b[32mx\u001b[39m');
  });
});
