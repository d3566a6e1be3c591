// What a member reads about their check-ins on a github: ledger: what this run sent, what
// the ledger holds, what waits for the ledger's workflow, and what can't be sent.
import type { ChalkInstance } from 'chalk';
import type { CheckInSummary } from '../app/sync.js';
import { t } from '../i18n/index.js';
import { humanDate, shortDate } from './writer.js';

const list = (iso: readonly string[]) => {
  const dates = iso.map((d) => shortDate(d));
  return dates.length > 3 ? t('checkIns.andMore', { dates: dates.slice(0, 3).join(', '), count: dates.length - 3 }) : dates.join(', ');
};

export function checkInLines(s: CheckInSummary, ledger: string, c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (s.sent.length) lines.push(t('checkIns.submitted', { submitted: c.green(t('checkIns.submittedWord')), count: s.sent.length, ledger, urls: s.sent.map((x) => x.url).join(' ') }));
  const parts = [t('checkIns.recorded', { count: s.recorded.length })];
  if (s.waiting.length) parts.push(t('checkIns.waiting', { dates: list(s.waiting) }));
  if (s.recorded.length || s.waiting.length) lines.push(t('checkIns.ledger', { parts: parts.join(', ') }));
  if (s.card === 'submitted') lines.push(t('checkIns.card'));
  if (s.waiting.length) lines.push(c.dim(t('checkIns.within')));
  return lines.length ? lines : [t('checkIns.nothing')];
}

/** One warning per day that can't be sent, for stderr. */
export function checkInWarnings(s: CheckInSummary): string[] {
  return s.unsent.map((u) => t('checkIns.unsent', { date: humanDate(u.date), problem: u.problem }));
}
