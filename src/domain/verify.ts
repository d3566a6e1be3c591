// Who may change what in a ledger: a member writes only their own card and progress; a
// lead may change anything. Pure: commits and paths in, violations out.
import { isHandle } from './handle.js';
import type { Role } from './ledger.js';

export interface ChangedCommit {
  sha: string;
  paths: string[];
}

export interface Violation {
  commit: string;
  path: string;
  reason: string;
}

const OWN_FILE = /^(members|progress)\/([^/]+)\.json$/;

/** Roles are read from the base of the range, so a push can't grant itself the lead role. */
export function verifyChanges(commits: readonly ChangedCommit[], actor: string, roles: Record<string, Role>): Violation[] {
  if (roles[actor] === 'lead') return [];
  const violations: Violation[] = [];
  for (const c of commits) {
    for (const path of c.paths) {
      const own = OWN_FILE.exec(path);
      if (own && own[2] === actor && isHandle(actor)) continue;
      const reason = own ? `${actor} may not change ${own[2]}'s ${own[1] === 'members' ? 'card' : 'progress'}` : `${actor} is not a lead and may change only members/${actor}.json and progress/${actor}.json`;
      violations.push({ commit: c.sha, path, reason });
    }
  }
  return violations;
}
