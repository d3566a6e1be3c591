// The check-in issue on a github: ledger: the day's report, and a nudge for at-risk
// members who opted in. One issue a day, found again by a marker.
import type { Report } from '../domain/report.js';
import { explain } from '../adapters/github.js';
import { reportMarkdown } from '../render/report.js';
import type { Context } from '../context.js';

const MARKER = (date: string) => `<!-- wotn:check-in:${date} -->`;

/** The check-in issue's text: the report, and a nudge for at-risk members who opted in. */
export function checkInBody(r: Report): string {
  const nudged = r.members.filter((m) => m.atRisk && m.nudge).map((m) => `@${m.handle}`);
  const nudge = nudged.length
    ? `\n**Nothing yet today:** ${nudged.join(' ')}, your cohort is writing with you. A short post counts!\n`
    : '';
  return `${MARKER(r.date)}\n${reportMarkdown(r)}${nudge}`;
}

/** Opens the day's check-in issue, or updates it when it already exists. */
export async function notify(r: Report, repo: { owner: string; repo: string }, ctx: Context): Promise<{ issue: number; url: string; updated: boolean }> {
  const gh = await ctx.github();
  const title = `Check-in ${r.date}: ${r.cohort.name}${r.day ? `, day ${r.day}` : ''}`;
  const body = checkInBody(r);
  try {
    const open = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, state: 'all', labels: 'wotn-check-in', per_page: 100 });
    const existing = open.find((i) => i.body?.startsWith(MARKER(r.date)));
    if (existing) {
      const { data } = await gh.rest.issues.update({ ...repo, issue_number: existing.number, title, body });
      return { issue: data.number, url: data.html_url, updated: true };
    }
    const { data } = await gh.rest.issues.create({ ...repo, title, body, labels: ['wotn-check-in'] });
    return { issue: data.number, url: data.html_url, updated: false };
  } catch (error) {
    throw explain(error, `posting the check-in issue to ${repo.owner}/${repo.repo}`);
  }
}
