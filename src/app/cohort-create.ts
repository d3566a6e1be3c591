// The create use case: a ledger repository on GitHub with the scaffold, Pages built by
// Actions, and invitations.
import { handleProblem } from '../domain/handle.js';
import { explain, type GitHub } from '../adapters/github.js';
import { messageOf, WotnError } from '../errors.js';
import type { Context } from '../context.js';
import { cohortRules, scaffoldFiles, type CohortInitOptions } from './cohort-scaffold.js';

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
  if (!m) throw new WotnError('usage', `"${target}" is not OWNER/NAME`);
  const [, owner, name] = m as unknown as [string, string, string];
  for (const h of o.invite ?? []) {
    const problem = handleProblem(h);
    if (problem) throw new WotnError('usage', `--invite "${h}" ${problem}`);
  }
  const cohort = cohortRules(o, ctx.zone);
  const gh = await ctx.github();
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
    ctx.out.info(`warning: Pages was not turned on (${messageOf(error)}); turn it on in the repository's settings.`);
  }
  const invited: string[] = [];
  for (const login of o.invite ?? []) {
    await step(`Inviting @${login}`, () => gh.rest.repos.addCollaborator({ ...r, username: login, permission: 'push' }));
    invited.push(login);
  }
  return { repo: `${owner}/${name}`, ledger, url: created.data.html_url, pages: pages ?? `https://${owner.toLowerCase()}.github.io/${name}/`, invited };
}
