// The cohort's learn-together lines in a report: the shared goal, how many members reached
// each award tier, and each pod's days-everyone-wrote streak. Handles are escaped by the
// caller's escape (terminal or Markdown), so this stays one renderer for both. In the
// cohort's language: the whole cohort reads a report.
import type { Report } from '../domain/report.js';
import { english, type Translator } from '../i18n/index.js';
import { goalLine } from './streak-why.js';

export function togetherLines(r: Report, escape: (text: string) => string, tr: Translator = english): string[] {
  const t = r.together;
  if (!t) return [];
  const lines: string[] = [];
  if (t.goal) lines.push(goalLine(t.goal, tr));
  if (t.awards.length) lines.push(tr.t('status.awards', { tiers: t.awards.map((a) => tr.t('report.together.tier', { tier: a.tier, count: a.members })).join(' · ') }));
  for (const [i, p] of (t.pods ?? []).entries()) {
    const members = p.members.map((h) => `@${escape(h)}`).join(', ');
    const mentor = p.mentor ? tr.t('report.together.mentor', { mentor: escape(p.mentor) }) : '';
    lines.push(tr.t('report.together.pod', { pod: tr.t('pods.pod', { n: i + 1 }), members, mentor, count: p.current, longest: p.longest, together: p.daysTogether }));
  }
  return lines;
}
