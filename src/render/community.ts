// Learn together, as people read it: the comments a github: ledger gets (a kudos reply, a
// role's action, leaving), each with its payload on its own last line, and the terminal
// lines of the commands. Member text is escaped for Markdown with @-mentions neutralised;
// a nudge mentions its member on purpose, by a handle the domain has checked.
import { payloadLine, type ActionSubmission, type CommunitySubmission } from '../domain/submission.js';
import { markdown, noMentions, safeUrl } from './escape.js';

const shown = (text: string) => noMentions(markdown(text));

/** The reply beside a kudos reaction: which post, the note quoted, and the payload ingest records. */
export function kudosReply(s: CommunitySubmission & { kind: 'kudos' }, post: { day: number; title: string; postUrl?: string }): string {
  const url = safeUrl(post.postUrl);
  const title = url ? `[${shown(post.title)}](<${url}>)` : `**${shown(post.title)}**`;
  const lines = [`❤️ **Kudos** for day ${post.day} · ${title}`];
  if (s.note) lines.push('', `> ${shown(s.note)}`);
  return [...lines, '', payloadLine(s)].join('\n');
}

const ACTION_WORDS: Record<string, string> = {
  'hide-entry': 'hid this post\'s title and link from the cohort\'s pages',
  'remove-feedback': 'removed a kudos from the cohort\'s pages and counts',
  pin: 'pinned this as the post of the day',
  nudge: 'sends a nudge',
};

/** A role's action as a comment: what was done and why, then the payload. */
export function actionComment(s: ActionSubmission, o: { by: string; day: number }): string {
  const a = s.action as { kind: string; member?: string; reason?: string; note?: string };
  const head = a.kind === 'nudge' && a.member
    ? `👋 @${a.member}: a nudge for day ${o.day}${a.note ? ` · ${shown(a.note)}` : ''}`
    : `**${shown(o.by)}** ${ACTION_WORDS[a.kind] ?? 'acted'} (day ${o.day})${a.reason ? `: ${shown(a.reason)}` : ''}`;
  return `${head}\n\n${payloadLine(s)}`;
}

export function leaveComment(): string {
  return `**Leaving the cohort** · my posts stay in the record.\n\n${payloadLine({ kind: 'leave' })}`;
}
