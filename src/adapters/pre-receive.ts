// The pre-receive hook's eyes: for each pushed ref update (the "old new ref" lines git
// gives the hook on stdin) it reads, with the git binary, what the push changes, the modes
// and texts of the ledger's files, and the rules at the old tip, then asks the pure check.
// It runs inside the hook, so git's quarantine environment (GIT_QUARANTINE_PATH,
// GIT_OBJECT_DIRECTORY, GIT_ALTERNATE_OBJECT_DIRECTORIES) must reach every git call: the
// pushed objects are visible only through it until the hook accepts them.
import { checkCard, checkCohort, COHORT_FILE, type Cohort, type MemberCard } from '../domain/ledger.js';
import { checkPodsFile, PODS_FILE } from '../domain/pods-file.js';
import { checkPushLines, lineText, MAX_LEDGER_FILE, pusherFrom, type PathChange, type PushLine } from '../domain/push-check.js';
import { cohortLanguage, type Lang } from '../domain/language.js';
import { createGit, GitError } from './git.js';
import { readBlobs } from './git-objects.js';

export interface RefUpdate {
  oldSha: string;
  newSha: string;
  ref: string;
}

export interface PreReceiveOptions {
  /** The bare repository (the hook's working directory). */
  repo: string;
  /** What git wrote to the hook's stdin. */
  input: string;
  env: NodeJS.ProcessEnv;
  now: number;
  branch?: string;
}

export interface RefVerdict {
  ref: string;
  violations: string[];
  /** The same violations, with the problems the pusher's cohort reads in its language (`lang`). */
  lines: PushLine[];
  lang: Lang;
}

const ZERO = /^0+$/;
// Only names a handle can have: a path with a newline must not reach cat-file's line-based input.
const READ = /^(wotn-cohort\.json|pods\.json|(members|progress|feedback|actions)\/[A-Za-z0-9-]{1,39}\.json)$/;

export function parseUpdates(input: string): RefUpdate[] {
  return input.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    const [oldSha = '', newSha = '', ref = ''] = line.split(/\s+/);
    return { oldSha, newSha, ref };
  });
}

interface RawChange {
  path: string;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
}

/** `git diff-tree -r -z --raw`: ":old-mode new-mode old-sha new-sha status\0path\0" per path. */
function parseRaw(out: string): RawChange[] {
  const tokens = out.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    const [oldMode, newMode, oldSha, newSha] = tokens[i]!.replace(/^:/, '').split(' ');
    changes.push({ path: tokens[i + 1]!, oldMode: oldMode!, newMode: newMode!, oldSha: oldSha!, newSha: newSha! });
  }
  return changes;
}

async function isAncestor(repo: string, oldSha: string, newSha: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await createGit(env).run(repo, ['merge-base', '--is-ancestor', oldSha, newSha], { env });
    return true;
  } catch (error) {
    if (error instanceof GitError && error.code === 1) return false;
    throw error;
  }
}

function parsed<T>(text: string | undefined, check: (v: unknown) => { ok: true; value: T } | { ok: false }): T | undefined {
  if (text === undefined) return undefined;
  try {
    const r = check(JSON.parse(text));
    return r.ok ? r.value : undefined;
  } catch {
    return undefined;
  }
}

async function checkUpdate(u: RefUpdate, o: PreReceiveOptions, emptyTree: () => Promise<string>): Promise<{ lines: PushLine[]; lang: Lang }> {
  const env = o.env;
  const branchRef = `refs/heads/${o.branch ?? 'main'}`;
  const base = { ref: u.ref, branch: o.branch ?? 'main', pusher: pusherFrom(env), now: o.now };
  const creation = ZERO.test(u.oldSha);
  if (u.ref !== branchRef || ZERO.test(u.newSha)) {
    // Another ref, or a deletion: only the rules (who is a lead) matter.
    const tip = u.ref === branchRef ? u.oldSha : branchRef;
    const { texts } = await readBlobs(createGit(env), o.repo, [`${tip}:${COHORT_FILE}`], MAX_LEDGER_FILE, { env });
    const rules = parsed(texts.get(`${tip}:${COHORT_FILE}`), checkCohort);
    return { lines: checkPushLines({ ...base, rules, creation, deletion: ZERO.test(u.newSha), fastForward: false, changes: [] }), lang: cohortLanguage(rules ?? {}) };
  }
  const raw = parseRaw(await createGit(env).run(o.repo, ['diff-tree', '-r', '-z', '--raw', '--no-renames', creation ? await emptyTree() : u.oldSha, u.newSha], { env }));
  const fastForward = !creation && (await isAncestor(o.repo, u.oldSha, u.newSha, env));

  const read = raw.filter((c) => READ.test(c.path));
  const owners = [...new Set(read.map((c) => /^(?:progress|members)\/(.+)\.json$/.exec(c.path)?.[1]).filter((h): h is string => Boolean(h)))];
  const names = [
    ...(creation ? [] : [`${u.oldSha}:${COHORT_FILE}`, `${u.oldSha}:${PODS_FILE}`, ...owners.map((h) => `${u.oldSha}:members/${h}.json`)]),
    ...read.flatMap((c) => [c.oldMode === '100644' ? c.oldSha : '', c.newMode === '100644' ? c.newSha : ''].filter(Boolean)),
  ];
  const { sizes, texts } = await readBlobs(createGit(env), o.repo, names, MAX_LEDGER_FILE, { env });

  const changes: PathChange[] = raw.map((c) => ({
    path: c.path, oldMode: c.oldMode, newMode: c.newMode,
    ...(sizes.has(c.newSha) ? { newSize: sizes.get(c.newSha) } : {}),
    ...(READ.test(c.path) && texts.has(c.oldSha) && c.oldMode === '100644' ? { oldText: texts.get(c.oldSha) } : {}),
    ...(READ.test(c.path) && texts.has(c.newSha) && c.newMode === '100644' ? { newText: texts.get(c.newSha) } : {}),
  }));
  const rules: Cohort | undefined = creation ? undefined : parsed(texts.get(`${u.oldSha}:${COHORT_FILE}`), checkCohort);
  const cards: Record<string, MemberCard> = {};
  for (const h of owners) {
    const pushed = changes.find((c) => c.path === `members/${h}.json`)?.newText;
    const card = parsed(texts.get(`${u.oldSha}:members/${h}.json`), (v) => checkCard(v, h)) ?? parsed(pushed, (v) => checkCard(v, h));
    if (card) cards[h] = card;
  }
  const pods = rules ? parsed(texts.get(`${u.oldSha}:${PODS_FILE}`), (v) => checkPodsFile(v, rules)) : undefined;
  const lines = checkPushLines({ ...base, rules, creation, deletion: false, fastForward, changes, cards, ...(pods ? { pods } : {}) });
  const pushed = creation ? parsed(changes.find((c) => c.path === COHORT_FILE)?.newText, checkCohort) : undefined;
  return { lines, lang: cohortLanguage(rules ?? pushed ?? {}) };
}

/** One verdict per pushed ref; the push is refused when any has a violation. */
export async function checkPreReceive(o: PreReceiveOptions): Promise<RefVerdict[]> {
  // Needed only when a push creates the branch: one git call fewer on every other push.
  const emptyTree = async () => (await createGit(o.env).run(o.repo, ['hash-object', '-t', 'tree', '/dev/null'])).trim();
  const verdicts: RefVerdict[] = [];
  for (const u of parseUpdates(o.input)) {
    const { lines, lang } = await checkUpdate(u, o, emptyTree);
    verdicts.push({ ref: u.ref, violations: lines.map(lineText), lines, lang });
  }
  return verdicts;
}
