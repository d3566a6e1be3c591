// Reads a ledger into a report, one member at a time: each member's raw entries are
// dropped as soon as they are counted, so a 50,000-member ledger is never held whole.
// (Splitting the members across two worker threads was measured and did not pay: file
// reads and the two heaps' collectors compete for the same two cores.)
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { assembleReport, reportFrame, summarizeMember, type MemberReport, type Report, type ReportFrame } from '../domain/report.js';
import { applyKudos, isRemoved, removalsOf } from '../domain/community-report.js';
import { applyActions, hideEntries, type Moderation } from '../domain/moderation.js';
import type { LedgerRead, LedgerSource } from './ledger-files.js';

/**
 * `now`: when the report is built (a member a lead removed before it is left out).
 * `onRead`: what the read found beside the members (an archive's pods.json).
 */
export async function readReport(source: LedgerSource, date: (cohort: Cohort) => LocalDate, now = Number.POSITIVE_INFINITY, onRead?: (read: LedgerRead) => void): Promise<Report> {
  let frame: ReportFrame | undefined;
  let members: MemberReport[] = [];
  const read = await source.read((cohort, warnings, community) => {
    const f = (frame = reportFrame(cohort, date(cohort)));
    const removed = removalsOf(cohort);
    const anyRemoved = Object.keys(removed).length > 0;
    let moderation: Moderation | undefined; // the community is complete by the first member
    members = [];
    return (m) => {
      if (anyRemoved && isRemoved(m.handle, removed, now)) return;
      // A post a moderator hid keeps its day and words; its title and link are not the report's last post.
      moderation ??= applyActions(community.actions, cohort);
      const line = summarizeMember(hideEntries(m, moderation), f, warnings);
      if (line) members.push(line);
    };
  });
  applyKudos(members as (MemberReport & { setKudos?: (given: number, received: number) => void })[], read.community, frame!.cohort, now);
  onRead?.(read);
  return assembleReport(frame!, members, read.warnings);
}
