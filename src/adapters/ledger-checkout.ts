// The ledger as the workflow checks it out: a member's files read strictly (regular files
// of bounded size, nothing through a link), the files ingest decided on written, and one
// commit pushed; when someone else pushed first, the caller starts over from their commit.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFeedback, feedbackPath } from '../domain/feedback.js';
import { checkCard, checkProgress, memberPath, progressPath, type Cohort } from '../domain/ledger.js';
import { actionsPath, checkActions } from '../domain/role-actions.js';
import { itemSaid, notJson } from '../domain/shape.js';
import { said, type Said } from '../domain/said.js';
import { spoken, t } from '../i18n/index.js';
import { whySaid } from './ledger-files.js';
import type { MemberRecord } from '../domain/ingest.js';
import { WotnError } from '../errors.js';
import { writeFileAtomic } from './files.js';
import { gitAuthEnv } from './github-auth.js';
import type { Git } from './git.js';

/** A ledger file bigger than this is not a member's card or progress: refuse it. */
export const MAX_LEDGER_FILE = 1024 * 1024;

/** A ledger file ingest cannot read: a lead fixes it, then check-ins are recorded again. */
const mustFix = (path: string, problem: Said) => new WotnError('corrupt', t('ledger.fixBeforeIngest', { file: path, problem: spoken(problem) }));

/** A JSON file of the checkout, or undefined when absent; a link, a folder or a huge file is refused by name only. */
export function readCheckoutJson(dir: string, path: string): unknown {
  let stat;
  try {
    stat = lstatSync(join(dir, path));
  } catch {
    return undefined;
  }
  if (!stat.isFile()) throw mustFix(path, whySaid(stat.isSymbolicLink() ? 'is a symbolic link' : 'is not a regular file'));
  if (stat.size > MAX_LEDGER_FILE) throw mustFix(path, said('problem.file.bytes', { bytes: stat.size, max: MAX_LEDGER_FILE }, `is ${stat.size} bytes, more than the ${MAX_LEDGER_FILE} this file may hold`));
  try {
    return JSON.parse(readFileSync(join(dir, path), 'utf8'));
  } catch {
    throw mustFix(path, notJson);
  }
}

/** The card and progress of each login (lowercase, valid handles), as ingest needs them. */
export function readMembers(dir: string, logins: readonly string[], cohort?: Cohort): Map<string, MemberRecord> {
  const members = new Map<string, MemberRecord>();
  for (const login of logins) {
    const record: MemberRecord = {};
    for (const [key, path, check] of [['card', memberPath(login), checkCard], ['progress', progressPath(login), checkProgress]] as const) {
      const value = readCheckoutJson(dir, path);
      if (value === undefined) continue;
      const checked = check(value, login);
      if (!checked.ok) throw mustFix(path, checked.said);
      (record as Record<string, unknown>)[key] = checked.value;
    }
    // Kudos and actions are read as strictly: rewriting a file with an item left out would lose it.
    if (cohort) {
      const window = { start: cohort.start, days: cohort.days };
      const feedback = readCheckoutJson(dir, feedbackPath(login));
      if (feedback !== undefined) {
        const checked = checkFeedback(feedback, login, window);
        if (!checked.ok) throw mustFix(feedbackPath(login), checked.said);
        if (checked.problems[0]) throw mustFix(feedbackPath(login), itemSaid('kudos', checked.problems[0]));
        record.feedback = checked.value;
      }
      const actions = readCheckoutJson(dir, actionsPath(login));
      if (actions !== undefined) {
        // Read for its shape (as a lead's): an action of a role since taken away stays recorded, and counts no more (moderation.ts).
        const checked = checkActions(actions, login, { ...window, role: 'lead' });
        if (!checked.ok) throw mustFix(actionsPath(login), checked.said);
        if (checked.problems[0]) throw mustFix(actionsPath(login), itemSaid('actions', checked.problems[0]));
        record.actions = checked.value;
      }
    }
    members.set(login, record);
  }
  return members;
}

export interface Checkout {
  dir: string;
  branch: string;
  /** git's environment for the remote: the token, sent to the GitHub server only. */
  auth: NodeJS.ProcessEnv;
}

/** The checkout's branch and remote; refuses a working tree with changes of its own (a reset would lose them). */
export async function openCheckout(git: Git, dir: string, env: NodeJS.ProcessEnv): Promise<Checkout> {
  const branch = (await git.run(dir, ['symbolic-ref', '--short', 'HEAD']).catch(() => {
    throw new WotnError('usage', t('ledger.notACheckout', { dir }));
  })).trim();
  const dirty = (await git.run(dir, ['status', '--porcelain', '--untracked-files=no'])).trim();
  if (dirty) throw new WotnError('usage', t('ledger.uncommitted', { dir, change: dirty.split('\n')[0]!.trim() }));
  const origin = (await git.run(dir, ['remote', 'get-url', 'origin'])).trim();
  return { dir, branch, auth: gitAuthEnv(origin, env) };
}

/** Writes the files and commits them (and only them) in one commit; returns its short sha. */
export async function commitFiles(git: Git, c: Checkout, files: readonly { path: string; text: string }[], message: string): Promise<string> {
  for (const f of files) writeFileAtomic(join(c.dir, f.path), f.text);
  const paths = files.map((f) => f.path);
  await git.run(c.dir, ['add', '--', ...paths]);
  await git.ensureIdentity(c.dir, 'github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com');
  return git.commit(c.dir, ['--quiet', '-m', message, '--', ...paths]);
}

/**
 * Pushes HEAD. 'raced' when the remote moved on (a lead pushed, another run): the checkout
 * is then reset to the remote's commit, for the caller to decide again on top of it.
 * Any other failure (no permission, unreachable) is thrown as it is.
 */
export async function pushOrReset(git: Git, c: Checkout): Promise<'pushed' | 'raced'> {
  try {
    await git.push(c.dir, 'origin', c.branch, { env: c.auth });
    return 'pushed';
  } catch (error) {
    await git.run(c.dir, ['fetch', '--quiet', 'origin', c.branch], { env: c.auth }).catch(() => {
      throw error;
    });
    const moved = await git.run(c.dir, ['merge-base', '--is-ancestor', 'FETCH_HEAD', 'HEAD']).then(() => false, () => true);
    if (!moved) throw error;
    await git.run(c.dir, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
    return 'raced';
  }
}
