// `report --notify`: the day's report on the day's check-in issues, the very issues members
// check in on (checkInTitle, one per group). Each issue @mentions only its own group's
// at-risk members who opted in (nudge: true); everything else in it mentions no one, and
// hidden streaks stay hidden (the report's Markdown hides them).
import { checkInGroup, checkInTitle, chooseCheckInIssue, CHECK_IN_LABEL, labelled } from '../domain/check-in.js';
import type { Report } from '../domain/report.js';
import { MAX_BODY } from '../domain/submission.js';
import { explain } from '../adapters/github.js';
import { openIssues } from '../adapters/check-in-api.js';
import { WotnError } from '../errors.js';
import { noMentions } from '../render/escape.js';
import { reportMarkdown, reportSummary } from '../render/report.js';
import { checkInIssueBody } from '../render/submission.js';
import type { Context } from '../context.js';
import { english, t, translator, type Translator } from '../i18n/index.js';
import { humanDate } from '../render/writer.js';
import { cohortLanguage } from '../domain/language.js';

/** Room for the report in an issue body, leaving some for the instructions and the nudge. */
const REPORT_ROOM = MAX_BODY - 6_000;

/** One check-in issue's text: how to check in, the day's report, and a nudge for its group's at-risk members who opted in. */
export function checkInBody(r: Report, title: string, group = 1, groups = 1, tr: Translator = english): string {
  const nudged = r.members.filter((m) => m.atRisk && m.nudge && checkInGroup(m.handle, groups) === group).map((m) => `@${m.handle}`);
  const full = noMentions(reportMarkdown(r, tr));
  const report = [...full].length <= REPORT_ROOM ? full : `${noMentions(reportSummary(r, tr))}\n\n_${tr.t('checkIn.wholeTable')}_\n`;
  const nudge = nudged.length ? `\n${tr.t('checkIn.nudge', { handles: nudged.join(' ') })}\n` : '';
  return `${checkInIssueBody(title, tr)}\n\n---\n\n${report}${nudge}`;
}

export interface Notified {
  issue: number;
  url: string;
  updated: boolean;
}

/** Opens each of the day's check-in issues, or updates it (labelling one a member opened). */
export async function notify(r: Report, repo: { owner: string; repo: string }, ctx: Context): Promise<Notified[]> {
  if (r.phase !== 'active' || !r.day) throw new WotnError('usage', t('report.notDayOfChallenge', { date: humanDate(r.date), start: humanDate(r.cohort.start), days: r.cohort.days }));
  const gh = await ctx.github();
  // The whole cohort reads these issues: in its language, not the lead's.
  const tr = await translator(cohortLanguage(r.cohort));
  const groups = r.cohort.checkInGroups ?? 1;
  const open = await openIssues(gh, repo);
  const done: Notified[] = [];
  try {
    for (let group = 1; group <= groups; group++) {
      const title = checkInTitle(r.day, r.date, group, groups);
      const body = checkInBody(r, title, group, groups, tr);
      const existing = open.find((i) => i.number === chooseCheckInIssue(open, title));
      if (existing) {
        const names = (existing.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name ?? '')).filter(Boolean);
        const { data } = await gh.rest.issues.update({ ...repo, issue_number: existing.number, body, ...(labelled(existing) ? {} : { labels: [...names, CHECK_IN_LABEL] }) });
        done.push({ issue: data.number, url: data.html_url, updated: true });
      } else {
        const { data } = await gh.rest.issues.create({ ...repo, title, body, labels: [CHECK_IN_LABEL] });
        done.push({ issue: data.number, url: data.html_url, updated: false });
      }
    }
  } catch (error) {
    throw explain(error, ['gh.doing.notify', { repo: `${repo.owner}/${repo.repo}` }]);
  }
  return done;
}
