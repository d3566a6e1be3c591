// What real static-site generators do with wotn's posts: a draft is not rendered, a
// published post is, and the URL wotn records is the URL the generator builds. Runs the
// real `jekyll` and `hugo` (Debian packages; .ci/run installs them when missing).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson } from '../helpers/wotn.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ') + '\n';
// 01:30 in Hanoi is 18:30 UTC the day before: the case where the URL's date went wrong.
const now = '2026-11-10T01:30:00+07:00';

function build(tool: 'jekyll' | 'hugo', site: string): void {
  // Both skip posts dated in the future of the real clock; the test's dates are its own.
  const args = tool === 'jekyll' ? ['build', '--quiet', '--future', '--source', site, '--destination', join(site, '_site')] : ['--quiet', '--buildFuture', '--buildDrafts=false', '--source', site];
  execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
}

async function writer(preset: 'jekyll' | 'hugo', site: string) {
  const home = join(site, '..', 'home');
  const r = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--preset', preset,
    '--blog', site, '--create', '--goal', '50', '--site-url', 'https://lan.example'], { home });
  expect(r.code).toBe(0);
  return home;
}

describe('Jekyll', () => {
  it('does not render a draft, renders it once published, at the URL wotn recorded', async () => {
    const site = join(tempDir(), 'blog');
    const home = await writer('jekyll', site);
    writeFileSync(join(site, '_config.yml'), 'title: Lan\n');
    const t = await wotnJson(['today', '--no-edit', '--title', 'Viết lúc khuya'], { home, now });
    appendFileSync(t.path, words(60));
    build('jekyll', site);
    expect(existsSync(join(site, '_site', '2026', '11', '10', 'viet-luc-khuya.html'))).toBe(false);
    expect(existsSync(join(site, '_site', '2026', '11', '09', 'viet-luc-khuya.html'))).toBe(false);
    const p = await wotnJson(['publish'], { home, now });
    expect(p.url).toBe('https://lan.example/2026/11/10/viet-luc-khuya.html');
    build('jekyll', site);
    expect(existsSync(join(site, '_site', '2026', '11', '10', 'viet-luc-khuya.html'))).toBe(true);
  }, 60_000);
});

describe('Hugo', () => {
  it('does not render a draft, renders it once published, at the URL wotn recorded', async () => {
    const site = join(tempDir(), 'blog');
    const home = await writer('hugo', site);
    writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://lan.example/"\ntitle = "Lan"\n');
    mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
    writeFileSync(join(site, 'layouts', '_default', 'single.html'), '<h1>{{ .Title }}</h1>{{ .Content }}');
    writeFileSync(join(site, 'layouts', '_default', 'list.html'), '{{ range .Pages }}{{ .Title }}{{ end }}');
    const t = await wotnJson(['today', '--no-edit', '--title', 'Viết lúc khuya'], { home, now });
    appendFileSync(t.path, words(60));
    build('hugo', site);
    expect(existsSync(join(site, 'public', 'posts', 'viet-luc-khuya', 'index.html'))).toBe(false);
    const p = await wotnJson(['publish'], { home, now });
    expect(p.url).toBe('https://lan.example/posts/viet-luc-khuya/');
    build('hugo', site);
    expect(existsSync(join(site, 'public', 'posts', 'viet-luc-khuya', 'index.html'))).toBe(true);
  }, 60_000);
});
