// The "learn together" files a read of the ledger collects beside the members: each giver's
// feedback/<handle>.json and each actor's actions/<handle>.json. Both ledger sources (a
// folder, an archive) hand their texts here, so they are checked alike: a file that is not
// its owner's is refused whole, an item that breaks a rule is left out; both are warnings.
import { checkFeedback, type FeedbackFile } from '../domain/feedback.js';
import type { Cohort } from '../domain/ledger.js';
import { checkActions, type ActionsFile } from '../domain/role-actions.js';
import { itemSaid, parseJsonText } from '../domain/shape.js';
import { said, type Said } from '../domain/said.js';

/**
 * A ledger file a read leaves out, and why: `progress/an.json: is a symbolic link; skipped`
 * (ledger-files.ts imports this module, so its refusals are worded here).
 */
export const fileSkipped = (rel: string, why: Said): Said => said('problem.file.skipped', { file: rel, problem: why }, `${rel}: ${why.text}; skipped`);
const refused = fileSkipped;
const MAX_FILE_BYTES = 1 << 20;

export type CommunityFolder = 'feedback' | 'actions';

export interface CommunityFiles {
  feedback: FeedbackFile[];
  actions: ActionsFile[];
}

export const noCommunity = (): CommunityFiles => ({ feedback: [], actions: [] });

/** Adds one file's text to `into` (checked), or a warning naming it. */
export function addCommunityFile(into: CommunityFiles, folder: CommunityFolder, handle: string, text: string, cohort: Cohort, warnings: Said[]): void {
  const rel = `${folder}/${handle}.json`;
  const parsed = parseJsonText(text, MAX_FILE_BYTES);
  if (!parsed.ok) return void warnings.push(refused(rel, parsed.said));
  const window = { start: cohort.start, days: cohort.days };
  const checked = folder === 'feedback'
    ? checkFeedback(parsed.value, handle, window)
    // Read for its shape (as a lead's): whether the actor's role may take it is moderation.ts's
    // question at counting time, so a role taken away takes its actions back without a warning.
    : checkActions(parsed.value, handle, { ...window, role: 'lead' });
  if (!checked.ok) return void warnings.push(refused(rel, checked.said));
  for (const p of checked.problems) warnings.push(refused(rel, itemSaid(folder === 'feedback' ? 'kudos' : 'actions', p)));
  if (folder === 'feedback') into.feedback.push(checked.value as FeedbackFile);
  else into.actions.push(checked.value as ActionsFile);
}
