// A local stand-in for GitHub, following its documented behaviour for the endpoints wotn
// uses: the REST API (users, repos, contents with blob shas, tarball archives, Pages,
// collaborators, issues, issue comments, reactions, rate-limit headers) and git's smart
// HTTP protocol. Each repository is a real bare git repo, so blob shas and commits are
// git's own. Every token is a distinct user (see addUser); only users with push access may
// push or write contents; the server's clock can be set.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issuesRoute, type Issue, type RepoIssues, type User } from './github-issues.js';

export type { Issue, IssueComment, Reaction, User } from './github-issues.js';

export interface FakeGitHub {
  url: string;
  /** The first user's token and login (an owner with push access to every repository). */
  token: string;
  login: string;
  /** Tokens and the users they authenticate. */
  users: Map<string, User>;
  /** Adds a user and returns their token. `push` gives write access (a lead, the workflow). */
  addUser(login: string, options?: { push?: boolean; type?: User['type']; token?: string }): string;
  /** The server's clock (ms since the epoch): created_at/updated_at come from it. */
  clock: () => number;
  orgs: Set<string>;
  /** When set, every API request answers 403 with x-ratelimit-remaining: 0 and this reset (epoch s). */
  exhaustedUntil?: number;
  /** Called before a contents PUT is applied: a test can change the file first (another device). */
  beforePut?: (repo: string, path: string) => void;
  /** Each repository's issues (also reachable as issues.get(fullName)), comments and reactions. */
  issues: Map<string, Issue[]>;
  repoIssues(fullName: string): RepoIssues;
  pages: Set<string>;
  /** Collaborators added to each repository, with the permission asked for. */
  invites: Map<string, { login: string; permission: string }[]>;
  requests: { method: string; path: string; status: number }[];
  bare(fullName: string): string;
  /** Commits a file straight into a repository, as another client would. */
  putFile(fullName: string, path: string, content: string, message?: string): { blob: string; commit: string };
  close(): Promise<void>;
}

const AUTHOR = { GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };

function git(cwd: string, args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd, input, env: { ...process.env, ...AUTHOR, ...env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

export async function startGitHub(options: { token?: string; login?: string } = {}): Promise<FakeGitHub> {
  const root = mkdtempSync(join(tmpdir(), 'fake-github-'));
  const token = options.token ?? 'ghp_testtoken123';
  let remaining = 5000;
  const archives = new Map<string, Buffer>(); // by repository and commit
  let lastId = 1000;
  const nextId = () => ++lastId;
  const threads = new Map<string, RepoIssues>();
  const fake: FakeGitHub = {
    url: '',
    token,
    login: options.login ?? 'lan',
    users: new Map(),
    addUser: (login, o = {}) => {
      const t = o.token ?? `ghp_${login.replace(/\W/g, '')}_${nextId()}`;
      fake.users.set(t, { login, id: nextId(), type: o.type ?? 'User', push: o.push ?? false });
      return t;
    },
    clock: () => Date.now(),
    orgs: new Set(['wotn-vn']),
    issues: new Map(),
    repoIssues: (fullName) => {
      let t = threads.get(fullName);
      if (!t) {
        t = { issues: fake.issues.get(fullName) ?? [], comments: [], reactions: new Map() };
        threads.set(fullName, t);
        fake.issues.set(fullName, t.issues);
      }
      return t;
    },
    pages: new Set(),
    invites: new Map(),
    requests: [],
    bare: (fullName) => join(root, `${fullName}.git`),
    putFile: (fullName, path, content, message = `Update ${path}`) => writeFile(fake.bare(fullName), path, Buffer.from(content), message),
    close: () => new Promise((resolve) => server.close(() => { rmSync(root, { recursive: true, force: true }); resolve(); })),
  };
  fake.addUser(fake.login, { push: true, token });

  function createRepo(owner: string, name: string): boolean {
    const dir = fake.bare(`${owner}/${name}`);
    if (existsSync(dir)) return false;
    mkdirSync(dir, { recursive: true });
    git(dir, ['init', '--quiet', '--bare', '--initial-branch=main']);
    git(dir, ['config', 'http.receivepack', 'true']);
    git(dir, ['config', 'uploadpack.allowFilter', 'true']);
    return true;
  }

  function writeFile(dir: string, path: string, content: Buffer, message: string): { blob: string; commit: string } {
    const blob = git(dir, ['hash-object', '-w', '--stdin'], content);
    const parent = tryGit(dir, ['rev-parse', '--verify', '--quiet', 'refs/heads/main']);
    const index = join(dir, `index-${process.pid}-${Date.now()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (parent) git(dir, ['read-tree', parent], undefined, env);
      git(dir, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], undefined, env);
      const tree = git(dir, ['write-tree'], undefined, env);
      const commit = git(dir, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message]);
      git(dir, ['update-ref', 'refs/heads/main', commit, ...(parent ? [parent] : [])]);
      return { blob, commit };
    } finally {
      rmSync(index, { force: true });
    }
  }

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...headers,
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });

  /** The user a request's token belongs to, or undefined. */
  function authorised(req: IncomingMessage): User | undefined {
    const header = req.headers.authorization ?? '';
    const [scheme, value] = header.split(' ');
    if (/^(token|bearer)$/i.test(scheme ?? '')) return fake.users.get(value ?? '');
    if (/^basic$/i.test(scheme ?? '')) return fake.users.get(Buffer.from(value ?? '', 'base64').toString().split(':')[1] ?? '');
    return undefined;
  }

  async function gitBackend(req: IncomingMessage, res: ServerResponse, url: URL) {
    const user = authorised(req);
    if (!user) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' });
      return res.end('Unauthorized');
    }
    // Only those with push access may push (members have none: they submit check-ins).
    if ((url.pathname.endsWith('/git-receive-pack') || url.searchParams.get('service') === 'git-receive-pack') && !user.push) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      return res.end(`Permission to ${url.pathname.split('.git')[0]!.slice(1)}.git denied to ${user.login}.`);
    }
    const body = await readBody(req);
    const child = spawn('git', ['http-backend'], {
      env: {
        ...process.env, GIT_PROJECT_ROOT: root, GIT_HTTP_EXPORT_ALL: '1', PATH_INFO: url.pathname, QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method, CONTENT_TYPE: req.headers['content-type'] ?? '', REMOTE_USER: user.login, REMOTE_ADDR: '127.0.0.1',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '', GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      },
    });
    // git may answer (an error, a ref advertisement) and exit before it has read the whole
    // request: writing the rest then fails with EPIPE, which must not crash the test run.
    child.stdin.on('error', () => {});
    child.on('error', () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
    child.stdin.end(body);
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.on('close', () => {
      const all = Buffer.concat(out);
      const split = all.indexOf('\r\n\r\n') >= 0 ? all.indexOf('\r\n\r\n') : all.indexOf('\n\n');
      const sep = all.indexOf('\r\n\r\n') >= 0 ? 4 : 2;
      const head = all.subarray(0, split).toString();
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.split(/\r?\n/)) {
        const [k, ...v] = line.split(':');
        if (!k) continue;
        if (k.toLowerCase() === 'status') status = Number(v.join(':').trim().split(' ')[0]);
        else headers[k] = v.join(':').trim();
      }
      res.writeHead(status, headers);
      res.end(all.subarray(split + sep));
    });
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const user = authorised(req);
    if (!user) return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (fake.exhaustedUntil) {
      return send(res, 403, { message: 'API rate limit exceeded for user.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, {
        'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(fake.exhaustedUntil),
      });
    }
    remaining--;
    let body;
    try {
      body = method === 'GET' ? undefined : JSON.parse((await readBody(req)).toString() || '{}');
    } catch {
      return send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
    }
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/user') return send(res, 200, { login: user.login, name: user.login === fake.login ? 'Lan Nguyễn' : null, id: user.id, type: user.type });
    if (method === 'POST' && (path === '/user/repos' || (m = /^\/orgs\/([^/]+)\/repos$/.exec(path)))) {
      const owner = path === '/user/repos' ? fake.login : m![1]!;
      if (path !== '/user/repos' && !fake.orgs.has(owner)) return send(res, 404, { message: 'Not Found' });
      if (!createRepo(owner, body.name)) return send(res, 422, { message: 'Repository creation failed.', errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }] });
      return send(res, 201, { full_name: `${owner}/${body.name}`, html_url: `https://github.com/${owner}/${body.name}`, private: Boolean(body.private), default_branch: 'main' });
    }
    if (!(m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path))) return send(res, 404, { message: 'Not Found' });
    const [owner, name] = [m[1]!, m[2]!];
    const fullName = `${owner}/${name}`;
    const rest = m[3] ?? '';
    const dir = fake.bare(fullName);
    if (!existsSync(dir)) return send(res, 404, { message: 'Not Found' });

    if (method === 'GET' && rest === '') return send(res, 200, { full_name: fullName, html_url: `https://github.com/${fullName}`, default_branch: 'main' });
    if ((m = /^\/contents\/(.+)$/.exec(rest))) {
      const file = decodeURIComponent(m[1]!);
      const current = tryGit(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/main:${file}`]);
      if (method === 'GET') {
        if (!current) return send(res, 404, { message: 'Not Found' });
        const content = execFileSync('git', ['cat-file', 'blob', current], { cwd: dir });
        return send(res, 200, {
          type: 'file', encoding: 'base64', size: content.length, name: file.split('/').pop(), path: file, sha: current,
          content: content.toString('base64').replace(/(.{60})/g, '$1\n'),
        });
      }
      if (method === 'PUT') {
        if (!user.push) return send(res, 403, { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents' });
        fake.beforePut?.(fullName, file);
        const now = tryGit(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/main:${file}`]);
        if (now && !body.sha) return send(res, 422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.', documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents' });
        if (body.sha && body.sha !== now) return send(res, 409, { message: `${file} does not match ${body.sha}`, documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents' });
        const { blob, commit } = writeFile(dir, file, Buffer.from(body.content, 'base64'), body.message);
        return send(res, now ? 200 : 201, { content: { name: file.split('/').pop(), path: file, sha: blob }, commit: { sha: commit, message: body.message } });
      }
    }
    if (method === 'GET' && /^\/tarball(\/.*)?$/.test(rest)) {
      const sha = tryGit(dir, ['rev-parse', '--verify', '--quiet', 'refs/heads/main']);
      if (!sha) return send(res, 404, { message: 'Not Found' });
      return send(res, 302, undefined, { location: `${fake.url}/_codeload/${fullName}/${sha}` });
    }
    if (method === 'POST' && rest === '/pages') {
      if (fake.pages.has(fullName)) return send(res, 409, { message: 'GitHub Pages is already enabled.' });
      fake.pages.add(fullName);
      return send(res, 201, { html_url: `https://${owner.toLowerCase()}.github.io/${name}/`, build_type: body.build_type });
    }
    if (method === 'PUT' && (m = /^\/collaborators\/([^/]+)$/.exec(rest))) {
      fake.invites.set(fullName, [...(fake.invites.get(fullName) ?? []), { login: m[1]!, permission: String(body.permission ?? 'push') }]);
      return send(res, 201, { id: 1, invitee: { login: m[1] }, permissions: body.permission });
    }
    const answer = issuesRoute({ apiUrl: fake.url, now: () => fake.clock(), nextId, repo: fake.repoIssues }, fullName, method, rest, url, body, user);
    if (answer) return send(res, ...answer);
    return send(res, 404, { message: 'Not Found' });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const done = () => fake.requests.push({ method: req.method ?? '', path: url.pathname, status: res.statusCode });
    res.on('finish', done);
    if (url.pathname.startsWith('/_codeload/')) {
      // As codeload does: the first request for a commit streams the archive as git writes
      // it (the client decodes while it arrives); later ones get it from a cache.
      const [, , owner, repo, sha] = url.pathname.split('/');
      res.writeHead(200, { 'content-type': 'application/x-gzip' });
      const key = `${owner}/${repo}@${sha}`;
      const cached = archives.get(key);
      if (cached) return void res.end(cached);
      const git = spawn('git', ['archive', '--format=tar.gz', `--prefix=${owner}-${repo}-${sha!.slice(0, 7)}/`, sha!], { cwd: fake.bare(`${owner}/${repo}`), stdio: ['ignore', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      git.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      git.on('close', (code) => code === 0 && archives.set(key, Buffer.concat(chunks)));
      res.on('close', () => git.kill());
      return void git.stdout.pipe(res);
    }
    if (/^\/[^/]+\/[^/]+\.git(\/|$)/.test(url.pathname)) return void gitBackend(req, res, url);
    api(req, res, url).catch((error) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
