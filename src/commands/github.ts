// GitHub for cohorts: create a ledger repository with Pages, and the daily check-in issue.
import { handleProblem } from '../domain/handle.js';
import type { Report } from '../domain/report.js';
import { UsageError } from '../errors.js';
import { explain, github, type GitHub } from '../adapters/github.js';
import { reportMarkdown } from '../render/report.js';
import { style } from '../render/style.js';
import type { Context } from '../context.js';
import { cohortRules, scaffoldFiles, type CohortInitOptions } from './cohort.js';

export interface CreateOptions extends CohortInitOptions {
  private?: boolean;
  invite?: string[];
}

export interface CreateResult {
  repo: string;
  ledger: string;
  url: string;
  pages: string | null;
  invited: string[];
}

export async function runCohortCreate(target: string, o: CreateOptions, ctx: Context): Promise<CreateResult> {
  const m = /^([A-Za-z0-9-]{1,39})\/([\w.-]{1,100})$/.exec(target);
  if (!m) throw new UsageError(`"${target}" is not OWNER/NAME`);
  const [, owner, name] = m as unknown as [string, string, string];
  for (const h of o.invite ?? []) {
    const problem = handleProblem(h);
    if (problem) throw new UsageError(`--invite "${h}" ${problem}`);
  }
  const { systemTimeZone } = await import('../adapters/clock.js');
  const cohort = cohortRules(o, systemTimeZone);
  const gh = await github(ctx.env);
  const r = { owner, repo: name };
  const step = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    ctx.out.info(`${what}…`);
    try {
      return await call();
    } catch (error) {
      throw explain(error, what.toLowerCase());
    }
  };

  const me = await step('Checking your GitHub account', () => gh.rest.users.getAuthenticated());
  const description = `${cohort.name}: ${cohort.days} days of writing, from ${cohort.start} (wotn ledger)`;
  const created = await step(`Creating ${owner}/${name}`, () =>
    me.data.login.toLowerCase() === owner.toLowerCase()
      ? gh.rest.repos.createForAuthenticatedUser({ name, description, private: Boolean(o.private), auto_init: false })
      : gh.rest.repos.createInOrg({ org: owner, name, description, private: Boolean(o.private), auto_init: false }),
  );
  const ledger = `github:${owner}/${name}`;
  for (const [path, text] of Object.entries(scaffoldFiles(cohort, ledger))) {
    await step(`Adding ${path}`, () =>
      gh.rest.repos.createOrUpdateFileContents({ ...r, path, message: `Start the cohort "${cohort.name}"`, content: Buffer.from(text).toString('base64') }),
    );
  }
  let pages: string | null = null;
  try {
    const { data } = await step('Turning on GitHub Pages (built by Actions)', () => gh.rest.repos.createPagesSite({ ...r, build_type: 'workflow' } as Parameters<GitHub['rest']['repos']['createPagesSite']>[0]));
    pages = data.html_url ?? null;
  } catch (error) {
    ctx.out.info(`warning: Pages was not turned on (${(error as Error).message}); turn it on in the repository's settings.`);
  }
  const invited: string[] = [];
  for (const login of o.invite ?? []) {
    await step(`Inviting @${login}`, () => gh.rest.repos.addCollaborator({ ...r, username: login, permission: 'push' }));
    invited.push(login);
  }
  return { repo: `${owner}/${name}`, ledger, url: created.data.html_url, pages: pages ?? `https://${owner.toLowerCase()}.github.io/${name}/`, invited };
}

export async function cohortCreateCommand(ctx: Context, args: unknown[]): Promise<void> {
  const [target, o] = args as [string, CreateOptions];
  const r = await runCohortCreate(target, o, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = style(ctx.color);
  ctx.out.data(`${c.green('Created')} ${r.url}`);
  ctx.out.data(`Leaderboard: ${r.pages}`);
  if (r.invited.length) ctx.out.data(`Invited: ${r.invited.map((h) => `@${h}`).join(' ')}`);
  ctx.out.data(c.dim(`Members join with: wotn cohort join ${r.ledger}`));
}

const MARKER = (date: string) => `<!-- wotn:check-in:${date} -->`;

/** The check-in issue's text: the report, and a nudge for at-risk members who opted in. */
export function checkInBody(r: Report): string {
  const nudged = r.members.filter((m) => m.atRisk && m.nudge).map((m) => `@${m.handle}`);
  const nudge = nudged.length
    ? `\n**Nothing yet today:** ${nudged.join(' ')}, your cohort is writing with you. A short post counts!\n`
    : '';
  return `${MARKER(r.date)}\n${reportMarkdown(r)}${nudge}`;
}

/** Opens the day's check-in issue, or updates it when it already exists. */
export async function notify(r: Report, repo: { owner: string; repo: string }, ctx: Context): Promise<{ issue: number; url: string; updated: boolean }> {
  const gh = await github(ctx.env);
  const title = `Check-in ${r.date}: ${r.cohort.name}${r.day ? `, day ${r.day}` : ''}`;
  const body = checkInBody(r);
  try {
    const open = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, state: 'all', labels: 'wotn-check-in', per_page: 100 });
    const existing = open.find((i) => i.body?.startsWith(MARKER(r.date)));
    if (existing) {
      const { data } = await gh.rest.issues.update({ ...repo, issue_number: existing.number, title, body });
      return { issue: data.number, url: data.html_url, updated: true };
    }
    const { data } = await gh.rest.issues.create({ ...repo, title, body, labels: ['wotn-check-in'] });
    return { issue: data.number, url: data.html_url, updated: false };
  } catch (error) {
    throw explain(error, `posting the check-in issue to ${repo.owner}/${repo.repo}`);
  }
}

/** Name and login of the token's user, for wotn init --github. */
export async function githubProfile(ctx: Context): Promise<{ login: string; name: string | null }> {
  const gh = await github(ctx.env);
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return { login: data.login, name: data.name ?? null };
  } catch (error) {
    throw explain(error, 'reading your GitHub profile');
  }
}
