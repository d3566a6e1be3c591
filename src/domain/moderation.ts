// What the roles' actions change on the cohort's pages and counts. Pure: every actions file
// and the cohort's current roles in; what is hidden, removed, pinned and nudged out. An action
// counts only while its actor holds a role that may take it, so a lead who takes a role away
// also takes back what was done with it (and can do again what should stand).
import type { LocalDate } from './calendar.js';
import { kudosKey } from './feedback.js';
import { roleOf, type Cohort } from './ledger.js';
import type { MemberFiles } from './report.js';
import type { ActionsFile } from './role-actions.js';
import { may, type Power } from './roles.js';
import { handleKey } from './shape.js';

export interface ByWhom {
  by: string;
  reason: string;
  at: string;
}

export interface Moderation {
  /** Entries (`member@date`, lowercase member) whose title and URL pages must not show. */
  hidden: Map<string, ByWhom>;
  /** Kudos (feedback.ts kudosKey) left off pages and counts. */
  removedKudos: Map<string, ByWhom>;
  /** The post of the day, by date: the latest pin wins. */
  pins: Map<LocalDate, { member: string; by: string; at: string }>;
  /** Nudges to send (or sent), in time order. */
  nudges: { by: string; member: string; date: LocalDate; at: string; note?: string }[];
}

export const entryKey = (member: string, date: LocalDate) => `${handleKey(member)}@${date}`;

const POWER = { 'hide-entry': 'hide-entry', 'remove-feedback': 'remove-feedback', pin: 'pin-post' } as const;

/** Files are assumed checked (checkActions); actions whose actor lacks the power now are skipped. */
export function applyActions(files: readonly ActionsFile[], cohort: Pick<Cohort, 'roles'>): Moderation {
  const m: Moderation = { hidden: new Map(), removedKudos: new Map(), pins: new Map(), nudges: [] };
  const actions = files.flatMap((f) => f.actions.map((a) => ({ by: f.handle, a })));
  // Oldest first, so for one target the latest action wins; ties by actor, for one answer everywhere.
  actions.sort((x, y) => Date.parse(x.a.at) - Date.parse(y.a.at) || (x.by < y.by ? -1 : x.by > y.by ? 1 : 0));
  for (const { by, a } of actions) {
    const role = roleOf(cohort, by);
    const power: Power = a.kind === 'nudge' ? 'nudge-mentees' : POWER[a.kind];
    if (!may(role, power) && !(a.kind === 'nudge' && may(role, 'nudge-members'))) continue;
    if (a.kind === 'hide-entry') m.hidden.set(entryKey(a.member, a.date), { by, reason: a.reason, at: a.at });
    else if (a.kind === 'remove-feedback') m.removedKudos.set(kudosKey(a.giver, a), { by, reason: a.reason, at: a.at });
    else if (a.kind === 'pin') m.pins.set(a.date, { member: a.member, by, at: a.at });
    else m.nudges.push({ by, member: a.member, date: a.date, at: a.at, ...(a.note ? { note: a.note } : {}) });
  }
  return m;
}

/** An entry as pages show it: a hidden one keeps its day and words, loses its title and link, and says why. */
export function shownEntry<E extends { date: LocalDate; title: string; url?: string }>(member: string, entry: E, m: Moderation): (Omit<E, 'url'> & { url?: string; hidden?: ByWhom }) {
  const hidden = m.hidden.get(entryKey(member, entry.date));
  if (!hidden) return entry;
  const { url: _url, ...rest } = entry;
  return { ...rest, title: '', hidden };
}

/** A member's files with their hidden entries' titles and links gone (days and words kept), for reports and pages. */
export function hideEntries(m: MemberFiles, moderation: Moderation): MemberFiles {
  if (!m.progress || !moderation.hidden.size) return m;
  const entries = m.progress.entries.map((e) => {
    if (!moderation.hidden.has(entryKey(m.handle, e?.date))) return e;
    const { url: _url, ...rest } = e;
    return { ...rest, title: '' };
  });
  return { ...m, progress: { ...m.progress, entries } };
}
