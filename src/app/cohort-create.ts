// The create use case: a ledger repository on GitHub with the scaffold, Pages built by
// Actions, and the first check-in issue (the introductions). Members get no write access:
// they submit check-in comments, which needs only the right to comment (any account on a
// public repository; read access, which `--invite` gives, on a private one).
import { localDay } from '../domain/calendar.js';
import { issuesAhead } from '../domain/check-in.js';
import { handleRefusal } from '../domain/handle.js';
import { keepIssuesOpen } from '../adapters/check-in-api.js';
import { explain, type Doing, type GitHub } from '../adapters/github.js';
import { checkInIssueBody } from '../render/submission.js';
import { messageOf, WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { cohortRules, scaffoldFiles, type CohortInitOptions } from './cohort-scaffold.js';
import { spoken, t, translator } from '../i18n/index.js';
import { cohortLanguage } from '../domain/language.js';

export interface CreateOptions extends CohortInitOptions {
  private?: boolean;
  invite?: string[];
}

export interface CreateResult {
  repo: string;
  ledger: string;
  url: string;
  pages: string | null;
  /** Handles that may join (the cohort is then by invitation). */
  invited: string[];
  /** Of those, the ones given read access to the private repository. */
  collaborators: string[];
  /** Check-in issues opened ahead of members. */
  issues: number[];
}

export async function runCohortCreate(target: string, o: CreateOptions, ctx: Context): Promise<CreateResult> {
  const m = /^([A-Za-z0-9-]{1,39})\/([\w.-]{1,100})$/.exec(target);
  if (!m) throw new WotnError('usage', t('cohort.notOwnerName', { target }));
  const [, owner, name] = m as unknown as [string, string, string];
  for (const h of o.invite ?? []) {
    const problem = handleRefusal(h);
    if (problem) throw new WotnError('usage', t('problem.badHandle', { what: '--invite', value: h, problem: spoken(problem) }));
  }
  const invited = o.invite ?? [];
  const cohort = { ...cohortRules({ lang: ctx.langFlag, ...o }, ctx.zone), ...(invited.length ? { invitationOnly: true, invited } : {}) };
  const gh = await ctx.github();
  const r = { owner, repo: name };
  const step = async <T>(doing: Doing, call: () => Promise<T>): Promise<T> => {
    const line = t('cohort.step', { doing: t(...doing) });
    ctx.out.info(line.charAt(0).toUpperCase() + line.slice(1));
    try {
      return await call();
    } catch (error) {
      throw explain(error, doing);
    }
  };

  const me = await step(['gh.doing.account'], () => gh.rest.users.getAuthenticated());
  const description = `${cohort.name}: ${cohort.days} days of writing, from ${cohort.start} (wotn ledger)`;
  const created = await step(['gh.doing.create', { repo: `${owner}/${name}` }], () =>
    me.data.login.toLowerCase() === owner.toLowerCase()
      ? gh.rest.repos.createForAuthenticatedUser({ name, description, private: Boolean(o.private), auto_init: false })
      : gh.rest.repos.createInOrg({ org: owner, name, description, private: Boolean(o.private), auto_init: false }),
  );
  const ledger = `github:${owner}/${name}`;
  for (const [path, text] of Object.entries(scaffoldFiles(cohort, ledger))) {
    await step(['gh.doing.add', { path }], () =>
      gh.rest.repos.createOrUpdateFileContents({ ...r, path, message: `Start the cohort "${cohort.name}"`, content: Buffer.from(text).toString('base64') }),
    );
  }
  let pages: string | null = null;
  try {
    const { data } = await step(['gh.doing.pages'], () => gh.rest.repos.createPagesSite({ ...r, build_type: 'workflow' } as Parameters<GitHub['rest']['repos']['createPagesSite']>[0]));
    pages = data.html_url ?? null;
  } catch (error) {
    ctx.out.info(t('warning', { warning: t('cohort.pagesOff', { problem: messageOf(error) }) }));
  }
  // Read access lets a member of a private ledger see it and comment; never write access.
  const collaborators: string[] = [];
  for (const login of o.private ? invited : []) {
    await step(['gh.doing.readAccess', { login }], () => gh.rest.repos.addCollaborator({ ...r, username: login, permission: 'pull' }));
    collaborators.push(login);
  }
  const tr = await translator(cohortLanguage(cohort));
  const issues = await step(['gh.doing.introductions'], () => keepIssuesOpen(gh, r, issuesAhead(cohort, localDay(ctx.now(), cohort.timezone)), (title) => checkInIssueBody(title, tr)));
  return {
    repo: `${owner}/${name}`, ledger, url: created.data.html_url, pages: pages ?? `https://${owner.toLowerCase()}.github.io/${name}/`,
    invited, collaborators, issues: issues.opened,
  };
}
