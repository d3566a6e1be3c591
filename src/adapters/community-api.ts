// The GitHub calls of "learn together" on a github: ledger: a reaction on a member's
// check-in comment (the kudos people see), which issue a comment sits on (a reply goes
// beside it) and the reactions on one's own check-ins (kudos received, for status). A lead's
// write of the rules goes through ledger-lead.ts, as pods.json does.
import { WotnError } from '../errors.js';
import { explain, httpStatus, type GitHub } from './github.js';
import { t } from '../i18n/index.js';
import type { Repo } from './ledger-github.js';

/** The reaction a kudos leaves on the post's check-in comment. */
export const KUDOS_REACTION = 'heart';

/** Adds the kudos reaction as the token's account; GitHub answers 200 when it was there already. */
export async function reactToComment(gh: GitHub, r: Repo, comment: number): Promise<'added' | 'there'> {
  try {
    const { status } = await gh.rest.reactions.createForIssueComment({ ...r, comment_id: comment, content: KUDOS_REACTION });
    return status === 201 ? 'added' : 'there';
  } catch (error) {
    if (httpStatus(error) === 404) throw new WotnError('not-found', t('gh.commentGone', { comment, repo: `${r.owner}/${r.repo}` }));
    throw explain(error, ['gh.doing.react', { comment, repo: `${r.owner}/${r.repo}` }]);
  }
}

/** The issue a comment sits on and its page, or undefined when it is gone. */
export async function commentPlace(gh: GitHub, r: Repo, comment: number): Promise<{ issue: number; url: string } | undefined> {
  try {
    const { data } = await gh.rest.issues.getComment({ ...r, comment_id: comment });
    return { issue: Number(/\/issues\/(\d+)$/.exec(data.issue_url)?.[1] ?? 0), url: data.html_url };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw explain(error, ['gh.doing.readCheckIn', { comment, repo: `${r.owner}/${r.repo}` }]);
  }
}

/** Who reacted with the kudos reaction to one comment, and when (at most 100: a day's post). */
export async function kudosReactions(gh: GitHub, r: Repo, comment: number): Promise<{ login: string; at: string }[]> {
  try {
    const { data } = await gh.rest.reactions.listForIssueComment({ ...r, comment_id: comment, content: KUDOS_REACTION, per_page: 100 });
    return data.filter((x) => x.user).map((x) => ({ login: x.user!.login, at: x.created_at }));
  } catch (error) {
    if (httpStatus(error) === 404) return [];
    throw explain(error, ['gh.doing.reactions', { comment, repo: `${r.owner}/${r.repo}` }]);
  }
}
