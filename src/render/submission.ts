// A member's submission comment and the workflow's reply, as people read them on GitHub.
// The payload line is the protocol's (domain/submission.ts); everything around it is
// member text, escaped for Markdown, with @-mentions neutralised.
import { payloadLine, type Submission } from '../domain/submission.js';
import { cleanLine } from '../domain/clean-text.js';
import { webUrlProblem } from '../domain/web-url.js';
import { markdown, noMentions, safeUrl } from './escape.js';
import { english, type Translator } from '../i18n/index.js';
import type { Said } from '../domain/said.js';

const shown = (text: string) => noMentions(markdown(text));

/** The member's comment: what people read (day, title, link, words), then the payload on its own last line. */
export function renderSubmission(s: Submission, day?: number, tr: Translator = english): string {
  if (s.kind === 'join') {
    const blog = safeUrl(s.blog);
    const lines = [`**${tr.t('submission.joined')}** · ${shown(s.name)}${blog ? ` · [${tr.t('submission.blog')}](<${blog}>)` : ''}`];
    if (s.intro) lines.push('', `> ${shown(s.intro)}`);
    return [...lines, '', payloadLine(s)].join('\n');
  }
  const url = safeUrl(s.url);
  const title = url ? `[${shown(s.title)}](<${url}>)` : `**${shown(s.title)}**`;
  const head = `**${day ? `${tr.t('submission.day', { day })} · ` : ''}${s.date}** · ${title} · ${tr.t('submission.words', { count: s.words, posts: s.posts ?? 1 })}`;
  return `${head}\n\n${payloadLine(s)}`;
}

/**
 * The text of a check-in issue, whoever opens it (a member's client or the ledger's
 * workflow), in the cohort's language. Its title is the protocol's and stays English.
 */
export function checkInIssueBody(title: string, tr: Translator = english): string {
  const intro = title.startsWith('Introductions');
  return [tr.t(intro ? 'checkIn.introBody' : 'checkIn.body'), '', tr.t('checkIn.reactions')].join('\n');
}

/** The workflow's reply to a submission it did not record, in the cohort's language. Mentions no one. */
export function refusalReply(reason: string | Said, commentUrl?: string, tr: Translator = english): string {
  const link = commentUrl && !webUrlProblem(commentUrl) ? commentUrl : '';
  const text = typeof reason === 'string' ? reason : tr.say(reason);
  return tr.t('checkIn.refused', { link, hasLink: link ? 'yes' : 'no', reason: noMentions(cleanLine(text)) });
}
