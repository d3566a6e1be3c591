// Learn together, as people read it: the comments a github: ledger gets (a kudos reply, a
// role's action, leaving), each with its payload on its own last line, and the terminal
// lines of the commands. Member text is escaped for Markdown with @-mentions neutralised;
// a nudge mentions its member on purpose, by a handle the domain has checked. The whole
// cohort reads these comments: in the cohort's language (the payload line never changes).
import { payloadLine, type ActionSubmission, type CommunitySubmission } from '../domain/submission.js';
import { english, type MessageKey, type Translator } from '../i18n/index.js';
import { markdown, noMentions, safeUrl } from './escape.js';

const shown = (text: string) => noMentions(markdown(text));

/** The reply beside a kudos reaction: which post, the note quoted, and the payload ingest records. */
export function kudosReply(s: CommunitySubmission & { kind: 'kudos' }, post: { day: number; title: string; postUrl?: string }, tr: Translator = english): string {
  const url = safeUrl(post.postUrl);
  const title = url ? `[${shown(post.title)}](<${url}>)` : `**${shown(post.title)}**`;
  const lines = [tr.t('community.kudosReply', { day: post.day, title })];
  if (s.note) lines.push('', `> ${shown(s.note)}`);
  return [...lines, '', payloadLine(s)].join('\n');
}

const DID: Record<string, MessageKey> = {
  'hide-entry': 'community.did.hide-entry',
  'remove-feedback': 'community.did.remove-feedback',
  pin: 'community.did.pin',
  nudge: 'community.did.nudge',
};

/** A role's action as a comment: what was done and why, then the payload. */
export function actionComment(s: ActionSubmission, o: { by: string; day: number }, tr: Translator = english): string {
  const a = s.action as { kind: string; member?: string; reason?: string; note?: string };
  const head = a.kind === 'nudge' && a.member
    ? tr.t('community.nudge', { member: a.member, day: o.day, note: a.note ? ` · ${shown(a.note)}` : '' })
    : tr.t('community.action', { by: shown(o.by), did: tr.t(DID[a.kind] ?? 'community.did.other'), day: o.day, reason: a.reason ? `: ${shown(a.reason)}` : '' });
  return `${head}\n\n${payloadLine(s)}`;
}

export function leaveComment(tr: Translator = english): string {
  return `${tr.t('community.leave')}\n\n${payloadLine({ kind: 'leave' })}`;
}
