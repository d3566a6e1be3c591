// The GitHub calls of check-in intake: finding or opening the day's check-in issue, posting
// and editing a member's comment, and (for the ledger's workflow) listing every comment
// since a time, replying, and keeping the day's issues open and labelled. Issue choice is
// the domain's (chooseCheckInIssue); only the requests live here.
import { CHECK_IN_LABEL, chooseCheckInIssue, labelled, type IssueSummary } from '../domain/check-in.js';
import type { IngestComment } from '../domain/ingest.js';
import { WotnError } from '../errors.js';
import { explain, httpStatus, type Doing, type GitHub } from './github.js';
import { t } from '../i18n/index.js';
import type { Repo } from './ledger-github.js';

interface Listed extends IssueSummary {
  pull_request?: unknown;
}

export interface PostedComment {
  id: number;
  url: string;
  issue: number;
}

const issueNumber = (issueUrl: string) => Number(/\/issues\/(\d+)$/.exec(issueUrl)?.[1] ?? 0);
const issuesOnly = (list: readonly Listed[]) => list.filter((i) => !i.pull_request);

async function call<T>(what: Doing, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw explain(error, what);
  }
}

/** The login the token belongs to: check-ins count for the account that posts them. */
export async function tokenLogin(gh: GitHub): Promise<string> {
  return call(['gh.doing.account'], async () => (await gh.rest.users.getAuthenticated()).data.login);
}

/** Every open issue (pull requests left out), for the workflow and leads. */
export async function openIssues(gh: GitHub, r: Repo): Promise<IssueSummary[]> {
  return call(['gh.doing.listIssues', { repo: `${r.owner}/${r.repo}` }], async () => issuesOnly(await gh.paginate(gh.rest.issues.listForRepo, { ...r, state: 'open', per_page: 100 })));
}

/**
 * The open issue titled `title`: a labelled one first (one cheap list), else one a member
 * opened (GitHub drops the label of someone without push access), found among the newest
 * open issues. Opens one when there is none; two members doing so at once both end up on
 * the lower number, so the other is merely unused.
 */
export async function checkInIssue(gh: GitHub, r: Repo, title: string, body: string): Promise<number> {
  const what: Doing = ['gh.doing.findIssue', { title, repo: `${r.owner}/${r.repo}` }];
  const newest = async () => issuesOnly((await gh.rest.issues.listForRepo({ ...r, state: 'open', per_page: 100 })).data);
  return call(what, async () => {
    const found = chooseCheckInIssue(issuesOnly(await gh.paginate(gh.rest.issues.listForRepo, { ...r, state: 'open', labels: CHECK_IN_LABEL, per_page: 100 })), title)
      ?? chooseCheckInIssue(await newest(), title);
    if (found) return found;
    const { data } = await gh.rest.issues.create({ ...r, title, body, labels: [CHECK_IN_LABEL] });
    return chooseCheckInIssue(await newest(), title) ?? data.number;
  });
}

export async function postComment(gh: GitHub, r: Repo, issue: number, body: string): Promise<PostedComment> {
  try {
    const { data } = await gh.rest.issues.createComment({ ...r, issue_number: issue, body });
    return { id: data.id, url: data.html_url, issue };
  } catch (error) {
    // The body is ours and valid, so a 422 is the issue refusing comments (full or locked).
    if (httpStatus(error) === 422)
      throw new WotnError('failed', t('gh.issueFull', { issue, repo: `${r.owner}/${r.repo}`, message: (error as Error).message.split(':')[0]! }), t('gh.issueFullHint'));
    throw explain(error, ['gh.doing.postCheckIn', { repo: `${r.owner}/${r.repo}`, issue }]);
  }
}

/** Edits one of the member's own comments; undefined when it is gone (deleted on GitHub). */
export async function editComment(gh: GitHub, r: Repo, comment: number, body: string): Promise<PostedComment | undefined> {
  try {
    const { data } = await gh.rest.issues.updateComment({ ...r, comment_id: comment, body });
    return { id: data.id, url: data.html_url, issue: issueNumber(data.issue_url) };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw explain(error, ['gh.doing.editCheckIn', { comment, repo: `${r.owner}/${r.repo}` }]);
  }
}

export interface ListedComment extends IngestComment {
  issue: number;
}

/**
 * Every comment in the repository updated at or after `since` (all of them without), oldest
 * update first, 100 a page. A comment edited while the pages are read may appear twice:
 * its newest version is kept.
 */
export async function commentsSince(gh: GitHub, r: Repo, since: string | undefined): Promise<{ comments: ListedComment[]; pages: number }> {
  let pages = 0;
  const byId = new Map<number, ListedComment>();
  await call(['gh.doing.listCheckIns', { repo: `${r.owner}/${r.repo}` }], () =>
    gh.paginate(gh.rest.issues.listCommentsForRepo, { ...r, ...(since ? { since } : {}), sort: 'updated', direction: 'asc', per_page: 100 }, (response) => {
      pages++;
      for (const c of response.data) {
        const seen = byId.get(c.id);
        if (seen && seen.updated_at >= c.updated_at) continue;
        byId.set(c.id, { id: c.id, user: c.user ? { login: c.user.login, type: c.user.type } : null, created_at: c.created_at, updated_at: c.updated_at, body: c.body ?? '', html_url: c.html_url, issue: issueNumber(c.issue_url) });
      }
      return [];
    }),
  );
  return { comments: [...byId.values()], pages };
}

/**
 * Keeps each of `titles` open and labelled: labels an issue a member opened (the workflow's
 * token may), opens the missing ones. Returns what it did.
 */
export async function keepIssuesOpen(gh: GitHub, r: Repo, titles: readonly string[], bodyOf: (title: string) => string): Promise<{ opened: number[]; labelled: number[] }> {
  const done = { opened: [] as number[], labelled: [] as number[] };
  if (!titles.length) return done;
  const open = await openIssues(gh, r);
  for (const title of titles) {
    const number = chooseCheckInIssue(open, title);
    const issue = open.find((i) => i.number === number);
    if (issue && labelled(issue)) continue;
    if (issue) {
      const names = (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name ?? '')).filter(Boolean);
      await call(['gh.doing.label', { number: issue.number }], () => gh.rest.issues.update({ ...r, issue_number: issue.number, labels: [...names, CHECK_IN_LABEL] }));
      done.labelled.push(issue.number);
    } else {
      const { data } = await call(['gh.doing.openIssue', { title }], () => gh.rest.issues.create({ ...r, title, body: bodyOf(title), labels: [CHECK_IN_LABEL] }));
      done.opened.push(data.number);
    }
  }
  return done;
}
