// The report as JSON, written in chunks but byte for byte what JSON.stringify of the shown
// report gives: members one by one instead of one 20 MB string. A member who hides their
// streak shows none: streak and days are null (the days written would give it away).
import type { MemberReport, Report } from '../domain/report.js';
import { batched } from './chunks.js';

/** JSON.stringify's nesting: each line of a value inside an object starts two spaces in. */
const nested = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/** A member as every rendered output shows them. */
export function shownMember(m: MemberReport): unknown {
  if (!m.hideStreak) return m;
  const plain = typeof (m as { toJSON?: () => MemberReport }).toJSON === 'function' ? (m as unknown as { toJSON: () => MemberReport }).toJSON() : m;
  return { ...plain, streak: null, days: null };
}

function* pieces(r: Report, pretty: boolean): Generator<string> {
  const keys = Object.keys(r).filter((k) => r[k as keyof Report] !== undefined) as (keyof Report)[];
  yield pretty ? '{\n' : '{';
  for (const [i, key] of keys.entries()) {
    if (i) yield pretty ? ',\n' : ',';
    yield pretty ? `  ${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
    if (key !== 'members' || !r.members.length) {
      // A warning is English in a document, whatever the cohort's language: its text.
      const value = key === 'warnings' ? r.warnings.map((w) => w.text) : r[key];
      yield pretty ? nested(JSON.stringify(value, null, 2), '  ') : JSON.stringify(value);
      continue;
    }
    yield pretty ? '[\n' : '[';
    for (const [j, m] of r.members.entries()) {
      if (j) yield pretty ? ',\n' : ',';
      const shown = shownMember(m);
      yield pretty ? `    ${nested(JSON.stringify(shown, null, 2), '    ')}` : JSON.stringify(shown);
    }
    yield pretty ? '\n  ]' : ']';
  }
  yield pretty ? '\n}\n' : '}\n';
}

export function reportJson(r: Report, pretty: boolean): Iterable<string> {
  return batched(pieces(r, pretty));
}
