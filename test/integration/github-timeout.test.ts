// A GitHub that accepts a connection and never answers (or stops halfway through an
// answer) must not hang wotn: a clear error within the timeout, and entries stay queued.
// The timeout is injected (GITHUB_TIMEOUT_MS in production) so the test is fast.
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { wotn, wotnJson, type RunOptions } from '../helpers/wotn.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Accepts TCP connections and never sends a byte. */
async function silentServer(): Promise<string> {
  const sockets: Socket[] = [];
  const server = createTcpServer((s) => void sockets.push(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => { sockets.forEach((s) => s.destroy()); server.close(() => r()); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Answers 200 with headers and half a JSON body, then stalls. */
async function stallingServer(): Promise<string> {
  const open: ServerResponse[] = [];
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.write('{"login": "la');
    open.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => { open.forEach((res) => res.destroy()); server.closeAllConnections(); server.close(() => r()); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function writerAgainst(api: string): Promise<RunOptions> {
  const home = tempDir();
  const o: RunOptions = { home, now: '2026-11-03T20:00:00+07:00', githubTimeoutMs: 300, env: { GITHUB_API_URL: api, GITHUB_TOKEN: 'ghp_x', GH_TOKEN: '' } };
  const init = await wotn(['init', '--yes', '--name', 'Lan', '--handle', 'lan', '--timezone', 'Asia/Ho_Chi_Minh', '--cohort', 'github:wotn-vn/dec-2026'], o);
  expect(init.code).toBe(0);
  return o;
}

describe('GitHub timeouts', () => {
  it.each([
    ['accepts and never answers', silentServer, /GitHub did not answer within 0\.3 s while/],
    ['stops in the middle of its answer', stallingServer, /GitHub did not finish its answer within 0\.3 s while/],
  ])('a server that %s: publish queues the entry, sync fails clearly and fast', async (_name, start, message) => {
    const o = await writerAgainst(await start());
    const began = Date.now();
    const p = await wotn(['publish', '--url', 'https://lan.dev/3', '--words', '250', '--title', 'Day three'], o);
    expect(p.code).toBe(0);
    expect(p.stderr).toMatch(message);
    expect(p.stderr).toContain('your entry is queued');
    const s = await wotn(['sync'], o);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(message);
    expect(s.stderr).toContain('stay queued');
    expect(Date.now() - began).toBeLessThan(10_000);
    const status = await wotnJson(['status'], o);
    expect(status.published).toBe(true);
  });
});
