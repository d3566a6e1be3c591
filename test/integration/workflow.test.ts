// The scaffolded ledger workflow, run step by step: the workflow file `cohort create`
// pushed to the fake GitHub is parsed and its jobs run in order for a simulated event
// (GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, the token),
// each `run:` with bash in a real clone of the ledger. The one substitution, made by the
// runner: `npx --yes wotn@VERSION` runs the built `node bin/wotn.js` instead (this test
// cannot install from the registry), and only when VERSION is exactly this wotn's; the
// test prefixes it with WOTN_NOW so the run happens on the cohort's day, not today.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { day, eachGitHubCohort, REPO, tokenHeader, type GitHubCohort } from '../helpers/github-cohort.js';
import { gitEnv, gitSync } from '../helpers/git.js';
import { tempDir } from '../helpers/tmp.js';
import { BIN } from '../helpers/wotn.js';
import { readWorkflow, runWorkflow, type RunContext, type Workflow } from '../helpers/workflow-runner.js';
import { VERSION } from '../../src/version.js';

const git = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  promisify(execFile)('git', args, { cwd, env: { ...process.env, ...gitEnv, ...env } }).then((r) => r.stdout.trim());

let gh: FakeGitHub;
let c: GitHubCohort;
let root: string;
let workflow: Workflow;
eachGitHubCohort((s) => ({ gh, c, root } = s));
beforeEach(() => {
  // What GitHub runs: the workflow file on the default branch.
  workflow = readWorkflow(gitSync(gh.bare(REPO), 'show', 'main:.github/workflows/wotn.yml'));
});

function context(event: string, payload: Record<string, unknown>, actor: string, now: string): RunContext {
  const sha = gitSync(gh.bare(REPO), 'rev-parse', 'main').trim();
  return {
    event, payload, root: tempDir(),
    github: { repository: REPO, sha: (payload.after as string | undefined) ?? sha, actor, token: c.workflowToken, server_url: gh.url, api_url: gh.url },
    wotn: { version: VERSION, command: `WOTN_NOW=${now} node ${BIN}` },
    checkout: async (dir, ref, depth) => {
      await git(root, ['clone', '--quiet', ...(depth ? ['--depth', String(depth)] : []), '--branch', ref ?? 'main', `${gh.url}/${REPO}.git`, dir], tokenHeader(gh.url, c.workflowToken));
      if (!ref && payload.after) await git(dir, ['reset', '--quiet', '--hard', payload.after as string]);
    },
  };
}

/** A push straight to the ledger by someone with push access (a lead, or a collaborator). */
async function pushAs(login: string, token: string, path: string, text: string) {
  const dir = join(tempDir(), 'clone');
  const auth = tokenHeader(gh.url, token);
  await git(root, ['clone', '--quiet', `${gh.url}/${REPO}.git`, dir], auth);
  const before = await git(dir, ['rev-parse', 'HEAD']);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, path), text);
  await git(dir, ['commit', '--quiet', '-am', `${login} edits ${path}`]);
  await git(dir, ['push', '--quiet', 'origin', 'HEAD:main'], auth);
  return { before, after: await git(dir, ['rev-parse', 'HEAD']) };
}

const repository = { full_name: REPO, default_branch: 'main', name: 'dec-2026', owner: { login: 'wotn-vn' } };

describe('the scaffolded workflow', () => {
  it('asks for the least it needs: no permissions by default, each job its own; one group records, never cancelled', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['issue_comment', 'push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.issue_comment).toEqual({ types: ['created', 'edited'] });
    expect(workflow.on.schedule).toEqual([{ cron: '*/10 * * * *' }]);
    expect(workflow.on.push).toEqual({ branches: ['main'] }); // no paths filter: no push goes unchecked
    expect(workflow.permissions).toEqual({});
    expect(Object.fromEntries(Object.entries(workflow.jobs).map(([name, j]) => [name, j.permissions]))).toEqual({
      verify: { contents: 'read' },
      record: { contents: 'write', issues: 'write' },
      deploy: { pages: 'write', 'id-token': 'write' },
    });
    expect(workflow.jobs.record!.concurrency).toEqual({ group: 'wotn-ledger', 'cancel-in-progress': false });
    expect(workflow.jobs.verify!.concurrency).toBeUndefined(); // a newer run can never replace a push's check
    // checkouts keep no token for later steps; wotn hands git the token itself
    for (const job of Object.values(workflow.jobs))
      for (const s of job.steps.filter((s) => s.uses?.startsWith('actions/checkout'))) expect(s.with?.['persist-credentials']).toBe(false);
    const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
    expect([...runs.matchAll(/npx --yes wotn@(\S+) ([a-z]+(?: [a-z]+)?)/g)].map((m) => [m[1], m[2]])).toEqual([
      [VERSION, 'ledger verify'], [VERSION, 'ledger ingest'], [VERSION, 'ledger nudge'], [VERSION, 'leaderboard'],
    ]);
  });

  it('on a check-in comment: records it in one commit on the ledger, builds the site and deploys it', async () => {
    await c.member('minh');
    const p = await c.publish('minh', day(3), 300, 'Day three');
    const comment = gh.repoIssues(REPO).comments.find((x) => x.html_url === p.checkIn.url)!;
    const before = c.commits().length;
    const now = day(3, '20:01:00+07:00');
    gh.clock = () => Date.parse(now);
    const run = await runWorkflow(workflow, context('issue_comment', { action: 'created', comment, issue: { number: comment.issue }, repository, sender: { login: 'minh' } }, 'minh', now));

    expect(Object.fromEntries(Object.entries(run.jobs).map(([name, j]) => [name, j.result]))).toEqual({ verify: 'skipped', record: 'success', deploy: 'success' });
    const steps = run.jobs.record!.steps.filter((s) => s.run);
    expect(steps.map((s) => s.step)).toEqual(['Record check-ins', 'Nudge', 'Build the leaderboard']);
    expect(steps[0]!.run).toBe(`WOTN_NOW=${now} node ${BIN} ledger ingest --ledger .`);
    expect(steps[0]!.stdout).toContain('2 recorded, 0 unchanged, 0 refused');
    expect(c.commits()).toHaveLength(before + 1);
    expect(c.commits()[0]).toBe('Record 2 check-ins (0 refused)');
    expect(c.ledgerFile('progress/minh.json').entries).toMatchObject([{ date: '2026-11-03', title: 'Day three', words: 300, comment: comment.id }]);
    expect(run.deployed).toBe(join(run.jobs.record!.workspace!, 'site'));
    // The site: the home page, and a page for the member whose check-in was recorded.
    expect(readFileSync(join(run.deployed!, 'index.html'), 'utf8')).toContain('MINH');
    expect(readFileSync(join(run.deployed!, 'members', 'minh.html'), 'utf8')).toContain('@minh');
    expect(JSON.parse(readFileSync(join(run.deployed!, 'progress.json'), 'utf8')).members.map((m: { handle: string }) => m.handle)).toEqual(['minh']);
    // the next day's check-in issue is open ahead of members, labelled
    expect(gh.repoIssues(REPO).issues.find((i) => i.title === 'Day 4 · 2026-11-04')?.labels).toEqual([{ name: 'wotn-check-in' }]);
  }, 60_000);

  it('on a lead\'s push: checks it, then records and deploys', async () => {
    await c.member('minh');
    await c.publish('minh', day(2));
    const rules = c.ledgerFile('wotn-cohort.json');
    const push = await pushAs('lan', gh.token, 'wotn-cohort.json', JSON.stringify({ ...rules, maxWords: 5_000 }, null, 2) + '\n');
    const now = day(2, '21:00:00+07:00');
    const run = await runWorkflow(workflow, context('push', { ...push, ref: 'refs/heads/main', repository, pusher: { name: 'lan' } }, 'lan', now));
    expect(Object.fromEntries(Object.entries(run.jobs).map(([name, j]) => [name, j.result]))).toEqual({ verify: 'success', record: 'success', deploy: 'success' });
    expect(run.jobs.verify!.steps.at(-1)!.stdout).toContain('OK: 1 commit by lan (lead)');
    expect(c.ledgerFile('progress/minh.json').entries).toHaveLength(1);
    expect(c.ledgerFile('wotn-cohort.json').maxWords).toBe(5_000);
  }, 60_000);

  it('on a push by a collaborator who is not a lead: the check fails, nothing is recorded or deployed', async () => {
    await c.member('minh');
    const eve = gh.addUser('eve', { push: true });
    const forged = JSON.stringify({ schema: 1, handle: 'minh', entries: [] }) + '\n';
    const push = await pushAs('eve', eve, 'progress/.gitkeep', forged);
    const run = await runWorkflow(workflow, context('push', { ...push, ref: 'refs/heads/main', repository, pusher: { name: 'eve' } }, 'eve', day(2)));
    expect(Object.fromEntries(Object.entries(run.jobs).map(([name, j]) => [name, j.result]))).toEqual({ verify: 'failure', record: 'skipped', deploy: 'skipped' });
    const check = run.jobs.verify!.steps.at(-1)!;
    expect(check.stdout).toContain('progress/.gitkeep: eve is not a lead');
    expect(check.stderr).toContain('touches files eve does not own');
    expect(run.deployed).toBeUndefined();
    expect(existsSync(join(run.jobs.verify!.workspace!, 'site'))).toBe(false);
  }, 60_000);
});
