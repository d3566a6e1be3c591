// Issues, issue comments and reactions for the fake GitHub, as GitHub's REST reference
// documents them (docs.github.com/rest/issues/issues, /issues/comments, /reactions):
// - list endpoints paginate with per_page (default 30, capped at 100) and page, and answer a
//   Link header with rel="next"/"last" (and "first"/"prev" after page 1) when there is more
//   than one page;
// - repository comments are ordered by ascending id unless `sort` (created|updated) is
//   given; `direction` is ignored without `sort` (wotn always passes both, so the default
//   direction, desc here, never matters); `since` keeps comments updated at or after it;
// - labels and assignees on a new issue are silently dropped unless the caller has push
//   access; a comment is edited by its author (or someone with push access), others get 403;
// - a body over 65,536 characters, or a comment on an issue that already has 2,500, is 422;
// - a reaction that already exists answers 200 with it, a new one 201.
// Times come from the server's clock, which a test may set, formatted as GitHub does
// (2026-12-05T16:58:00Z, whole seconds).

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /** Push access to every repository (owners, leads, the workflow's token). */
  push: boolean;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  labels: { name: string }[];
  state: 'open' | 'closed';
  html_url: string;
  user: { login: string; id: number; type: string };
  comments: number;
  created_at: string;
  updated_at: string;
}

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
  issue_url: string;
  url: string;
  author_association: string;
  /** The issue's number (kept beside issue_url for the fake's own lookups). */
  issue: number;
}

export interface Reaction {
  id: number;
  user: { login: string; id: number; type: string };
  content: string;
  created_at: string;
}

export interface RepoIssues {
  issues: Issue[];
  comments: IssueComment[];
  reactions: Map<number, Reaction[]>;
}

export const MAX_BODY = 65_536;
export const MAX_COMMENTS_PER_ISSUE = 2_500;
const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];

export type Answer = [status: number, body?: unknown, headers?: Record<string, string>];

export interface IssuesContext {
  apiUrl: string;
  now: () => number;
  nextId: () => number;
  repo: (fullName: string) => RepoIssues;
}

/** GitHub's timestamps: UTC, whole seconds. */
export const githubTime = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const invalid = (field: string, code: string, message?: string, resource = 'IssueComment'): Answer => [422, {
  message: 'Validation Failed',
  errors: [{ resource, code, field, ...(message ? { message } : {}) }],
  documentation_url: 'https://docs.github.com/rest/issues/comments',
}];
const notFound: Answer = [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
const forbidden = (message: string): Answer => [403, { message, documentation_url: 'https://docs.github.com/rest' }];

/** One page of `items` and its Link header, as every GitHub list endpoint answers. */
export function paginate<T>(items: readonly T[], url: URL, apiUrl: string): Answer {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams(url.searchParams);
    params.set('page', String(n));
    return `<${apiUrl}${url.pathname}?${params}>; rel="${rel}"`;
  };
  const links = [
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first'), link(Math.min(page - 1, last), 'prev')] : []),
  ];
  return [200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {}];
}

const who = (u: User) => ({ login: u.login, id: u.id, type: u.type });
const length = (text: string) => [...text].length;

function bodyProblem(body: unknown, resource: string): Answer | undefined {
  if (typeof body !== 'string') return invalid('body', 'missing_field', undefined, resource);
  if (length(body) > MAX_BODY) return invalid('body', 'custom', `body is too long (maximum is ${MAX_BODY} characters)`, resource);
  return undefined;
}

/** `sort` and `direction` apply to the repository's list; an issue's own list is by id only. */
function sortedComments(all: readonly IssueComment[], url: URL, sortable: boolean): IssueComment[] | { refused: Answer } {
  const sort = sortable ? url.searchParams.get('sort') : null;
  const direction = sortable ? url.searchParams.get('direction') : null;
  const since = url.searchParams.get('since');
  if (sort !== null && sort !== 'created' && sort !== 'updated') return { refused: invalid('sort', 'invalid', undefined, 'Issue') };
  if (direction !== null && direction !== 'asc' && direction !== 'desc') return { refused: invalid('direction', 'invalid', undefined, 'Issue') };
  if (since !== null && Number.isNaN(Date.parse(since))) return { refused: invalid('since', 'invalid', undefined, 'Issue') };
  let list = since === null ? [...all] : all.filter((c) => Date.parse(c.updated_at) >= Date.parse(since));
  if (sort) {
    const key = sort === 'created' ? 'created_at' : 'updated_at';
    const sign = direction === 'asc' ? 1 : -1;
    list = list.sort((a, b) => sign * (a[key].localeCompare(b[key]) || a.id - b.id));
  }
  return list;
}

function listIssues(issues: readonly Issue[], url: URL): Issue[] | { refused: Answer } {
  const state = url.searchParams.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) return { refused: invalid('state', 'invalid', undefined, 'Issue') };
  const wanted = (url.searchParams.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const direction = url.searchParams.get('direction') === 'asc' ? 1 : -1; // GitHub: newest first by default
  return issues
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
    .sort((a, b) => direction * (a.number - b.number));
}

function labelsOf(value: unknown): { name: string }[] {
  if (!Array.isArray(value)) return [];
  return value.map((l) => ({ name: typeof l === 'string' ? l : String((l as { name?: string })?.name ?? '') })).filter((l) => l.name);
}

/** Answers an issues, comments or reactions request, or undefined when `rest` is none of them. */
export function issuesRoute(ctx: IssuesContext, fullName: string, method: string, rest: string, url: URL, body: Record<string, unknown> | undefined, user: User): Answer | undefined {
  const state = ctx.repo(fullName);
  const now = githubTime(ctx.now());
  const html = `https://github.com/${fullName}`;
  const api = `${ctx.apiUrl}/repos/${fullName}`;
  let m: RegExpExecArray | null;

  if (rest === '/issues') {
    if (method === 'GET') {
      const list = listIssues(state.issues, url);
      return Array.isArray(list) ? paginate(list, url, ctx.apiUrl) : list.refused;
    }
    if (method === 'POST') {
      const title = body?.title;
      if (typeof title !== 'string' && typeof title !== 'number') return invalid('title', 'missing_field', undefined, 'Issue');
      if (body?.body !== undefined) {
        const problem = bodyProblem(body.body, 'Issue');
        if (problem) return problem;
      }
      const number = state.issues.length + 1;
      const issue: Issue = {
        id: ctx.nextId(), number, title: String(title), body: typeof body?.body === 'string' ? body.body : '',
        labels: user.push ? labelsOf(body?.labels) : [], state: 'open', html_url: `${html}/issues/${number}`,
        user: who(user), comments: 0, created_at: now, updated_at: now,
      };
      state.issues.push(issue);
      return [201, issue, { location: `${api}/issues/${number}` }];
    }
  }

  if (rest === '/issues/comments' && method === 'GET') {
    const list = sortedComments(state.comments, url, true);
    return Array.isArray(list) ? paginate(list, url, ctx.apiUrl) : list.refused;
  }

  if ((m = /^\/issues\/comments\/(\d+)(\/reactions)?$/.exec(rest))) {
    const comment = state.comments.find((c) => c.id === Number(m![1]));
    if (!comment) return notFound;
    if (m[2]) return reactionRoute(ctx, state, comment, method, url, body, user);
    if (method === 'GET') return [200, comment];
    const mayEdit = comment.user.id === user.id || user.push;
    if (method === 'PATCH') {
      if (!mayEdit) return forbidden('You must be the comment\'s author or have write access to edit it.');
      const problem = bodyProblem(body?.body, 'IssueComment');
      if (problem) return problem;
      Object.assign(comment, { body: body!.body as string, updated_at: now });
      return [200, comment];
    }
    if (method === 'DELETE') {
      if (!mayEdit) return forbidden('You must be the comment\'s author or have write access to delete it.');
      state.comments.splice(state.comments.indexOf(comment), 1);
      return [204];
    }
  }

  if ((m = /^\/issues\/(\d+)(\/comments)?$/.exec(rest))) {
    const issue = state.issues.find((i) => i.number === Number(m![1]));
    if (!issue) return notFound;
    if (m[2]) {
      if (method === 'GET') {
        const list = sortedComments(state.comments.filter((c) => c.issue === issue.number), url, false);
        return Array.isArray(list) ? paginate(list, url, ctx.apiUrl) : list.refused;
      }
      if (method === 'POST') {
        const problem = bodyProblem(body?.body, 'IssueComment');
        if (problem) return problem;
        if (issue.comments >= MAX_COMMENTS_PER_ISSUE)
          return invalid('data', 'unprocessable', `Commenting is disabled on issues with more than ${MAX_COMMENTS_PER_ISSUE} comments`);
        const id = ctx.nextId();
        const comment: IssueComment = {
          id, body: body!.body as string, user: who(user), created_at: now, updated_at: now,
          html_url: `${html}/issues/${issue.number}#issuecomment-${id}`, issue_url: `${api}/issues/${issue.number}`,
          url: `${api}/issues/comments/${id}`, author_association: user.push ? 'OWNER' : 'CONTRIBUTOR', issue: issue.number,
        };
        state.comments.push(comment);
        issue.comments++;
        issue.updated_at = now;
        return [201, comment, { location: comment.url }];
      }
    }
    if (method === 'GET') return [200, issue];
    if (method === 'PATCH') {
      if (issue.user.id !== user.id && !user.push) return forbidden('You must have write access or be the issue\'s author to edit it.');
      if (body?.body !== undefined && body.body !== null) {
        const problem = bodyProblem(body.body, 'Issue');
        if (problem) return problem;
      }
      if (typeof body?.title === 'string' || typeof body?.title === 'number') issue.title = String(body.title);
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      if (user.push && body?.labels !== undefined) issue.labels = labelsOf(body.labels);
      issue.updated_at = now;
      return [200, issue];
    }
  }
  return undefined;
}

function reactionRoute(ctx: IssuesContext, state: RepoIssues, comment: IssueComment, method: string, url: URL, body: Record<string, unknown> | undefined, user: User): Answer | undefined {
  const reactions = state.reactions.get(comment.id) ?? [];
  state.reactions.set(comment.id, reactions);
  if (method === 'GET') {
    const content = url.searchParams.get('content');
    if (content !== null && !REACTIONS.includes(content)) return invalid('content', 'invalid', undefined, 'Reaction');
    return paginate(reactions.filter((r) => content === null || r.content === content), url, ctx.apiUrl);
  }
  if (method === 'POST') {
    const content = body?.content;
    if (typeof content !== 'string' || !REACTIONS.includes(content)) return invalid('content', 'invalid', undefined, 'Reaction');
    const existing = reactions.find((r) => r.user.id === user.id && r.content === content);
    if (existing) return [200, existing];
    const reaction: Reaction = { id: ctx.nextId(), user: who(user), content, created_at: githubTime(ctx.now()) };
    reactions.push(reaction);
    return [201, reaction];
  }
  return undefined;
}
