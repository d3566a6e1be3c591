// A member's submission comment and the workflow's reply, as people read them on GitHub.
// The payload line is the protocol's (domain/submission.ts); everything around it is
// member text, escaped for Markdown, with @-mentions neutralised.
import { payloadLine, plainText, webUrlProblem, type Submission } from '../domain/submission.js';
import { markdown, noMentions, safeUrl } from './escape.js';

const shown = (text: string) => noMentions(markdown(text));

/** The member's comment: what people read (day, title, link, words), then the payload on its own last line. */
export function renderSubmission(s: Submission, day?: number): string {
  if (s.kind === 'join') {
    const blog = safeUrl(s.blog);
    const lines = [`**Joined** · ${shown(s.name)}${blog ? ` · [blog](<${blog}>)` : ''}`];
    if (s.intro) lines.push('', `> ${shown(s.intro)}`);
    return [...lines, '', payloadLine(s)].join('\n');
  }
  const url = safeUrl(s.url);
  const title = url ? `[${shown(s.title)}](<${url}>)` : `**${shown(s.title)}**`;
  const posts = s.posts && s.posts > 1 ? ` in ${s.posts} posts` : '';
  const head = `**${day ? `Day ${day} · ` : ''}${s.date}** · ${title} · ${s.words.toLocaleString('en-US')} words${posts}`;
  return `${head}\n\n${payloadLine(s)}`;
}

/** The text of a check-in issue, whoever opens it (a member's client or the ledger's workflow). */
export function checkInIssueBody(title: string): string {
  const intro = title.startsWith('Introductions');
  return [
    intro
      ? 'Say hello: `wotn cohort join` posts your card here as a comment, and the ledger\'s workflow adds you to the member directory.'
      : 'Check in here: `wotn publish` posts your day as a comment (edit it by publishing again), and the ledger\'s workflow records it.',
    '',
    'Reactions and replies are welcome: they are kudos and feedback. Only each member\'s own check-in counts for them.',
  ].join('\n');
}

/** The workflow's reply to a submission it did not record. Mentions no one. */
export function refusalReply(reason: string, commentUrl?: string): string {
  const which = commentUrl && !webUrlProblem(commentUrl) ? `[This check-in](<${commentUrl}>)` : 'This check-in';
  return `${which} was not recorded in the ledger: ${noMentions(plainText(reason))}`;
}
