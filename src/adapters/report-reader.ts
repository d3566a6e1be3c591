// Reads a ledger folder into a report, one member at a time: each member's raw entries are
// dropped as soon as they are counted, so a 50,000-member ledger is never held whole.
// (Splitting the members across two worker threads was measured and did not pay: file
// reads and the two heaps' collectors compete for the same two cores.)
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { assembleReport, reportFrame, summarizeMember, type MemberReport, type Report } from '../domain/report.js';
import { forEachMember, readCohortFile } from './ledger-files.js';

export function readReport(dir: string, label: string, date: (cohort: Cohort) => LocalDate): Report {
  const cohort = readCohortFile(dir, label);
  const frame = reportFrame(cohort, date(cohort));
  const members: MemberReport[] = [];
  const warnings: string[] = [];
  forEachMember(dir, warnings, (m) => {
    const line = summarizeMember(m, frame, warnings);
    if (line) members.push(line);
  });
  return assembleReport(frame, members, warnings);
}
