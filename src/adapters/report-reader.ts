// Reads a ledger into a report, one member at a time: each member's raw entries are
// dropped as soon as they are counted, so a 50,000-member ledger is never held whole.
// (Splitting the members across two worker threads was measured and did not pay: file
// reads and the two heaps' collectors compete for the same two cores.)
import type { LocalDate } from '../domain/calendar.js';
import type { Cohort } from '../domain/ledger.js';
import { assembleReport, reportFrame, summarizeMember, type MemberReport, type Report, type ReportFrame } from '../domain/report.js';
import type { LedgerRead, LedgerSource } from './ledger-files.js';

/** `onRead`: what the read found beside the members (an archive's pods.json). */
export async function readReport(source: LedgerSource, date: (cohort: Cohort) => LocalDate, onRead?: (read: LedgerRead) => void): Promise<Report> {
  let frame: ReportFrame | undefined;
  let members: MemberReport[] = [];
  const read = await source.read((cohort, warnings) => {
    const f = (frame = reportFrame(cohort, date(cohort)));
    members = [];
    return (m) => {
      const line = summarizeMember(m, f, warnings);
      if (line) members.push(line);
    };
  });
  onRead?.(read);
  return assembleReport(frame!, members, read.warnings);
}
