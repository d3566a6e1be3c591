// What a member reads about their check-ins on a github: ledger: what this run sent, what
// the ledger holds, what waits for the ledger's workflow, and what can't be sent.
import type { ChalkInstance } from 'chalk';
import type { CheckInSummary } from '../app/sync.js';
import { plural } from './text.js';

const list = (dates: readonly string[]) => (dates.length > 3 ? `${dates.slice(0, 3).join(', ')} and ${dates.length - 3} more` : dates.join(', '));

export function checkInLines(s: CheckInSummary, ledger: string, c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (s.sent.length) lines.push(`${c.green('Submitted')} ${plural(s.sent.length, 'check-in')} to ${ledger}: ${s.sent.map((x) => x.url).join(' ')}`);
  const parts = [`${plural(s.recorded.length, 'day')} recorded in the ledger`];
  if (s.waiting.length) parts.push(`${list(s.waiting)} waiting for the ledger's workflow`);
  if (s.recorded.length || s.waiting.length) lines.push(`Ledger: ${parts.join(', ')}.`);
  if (s.card === 'submitted') lines.push('Your card is waiting for the ledger\'s workflow to add you to the member directory.');
  if (s.waiting.length) lines.push(c.dim('The workflow records check-ins within minutes; wotn sync shows when. If it refused one, its reply is under your comment.'));
  return lines.length ? lines : ['Ledger: nothing to check in.'];
}

/** One warning per day that can't be sent, for stderr. */
export function checkInWarnings(s: CheckInSummary): string[] {
  return s.unsent.map((u) => `${u.date} was not submitted to the ledger: ${u.problem}`);
}
