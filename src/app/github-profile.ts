// The token's GitHub account, for wotn init --github.
import { explain } from '../adapters/github.js';
import type { Context } from '../context.js';

/** Name and login of the token's user, for wotn init --github. */
export async function githubProfile(ctx: Context): Promise<{ login: string; name: string | null }> {
  const gh = await ctx.github();
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return { login: data.login, name: data.name ?? null };
  } catch (error) {
    throw explain(error, ['gh.doing.profile']);
  }
}
