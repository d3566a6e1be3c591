import { describe, expect, it } from 'vitest';
import { csv, html, markdown, safeUrl, terminal } from '../../src/render/escape.js';

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
