// Runs a GitHub Actions workflow file the way a runner would, as far as wotn's ledger
// workflow needs: jobs in `needs` order, job and step `if:` conditions, `${{ }}`
// expressions in `env:` and `with:`, each `run:` with bash in the job's workspace. The
// actions it uses are played by hand: checkout clones the ledger from the fake GitHub,
// setup-node is this process's node, upload-pages-artifact and deploy-pages hand the site
// folder over. One substitution, said here and checked by the caller: `npx --yes wotn@V`
// becomes the built `node bin/wotn.js` (the test can't install from the registry), and
// only when V is exactly this package's version.
// Anything else it does not know (an action, an expression) fails the test: the workflow
// must not grow a step nobody ran.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';

export interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  run?: string;
}

export interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  steps: Step[];
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

export interface RunContext {
  event: string;
  payload: Record<string, unknown>;
  /** github.* values: repository, sha, actor, token, server_url, api_url. */
  github: Record<string, string>;
  /** Clones the repository at `ref` (or the event's sha) into `dir`, with `depth` (0: all). */
  checkout(dir: string, ref: string | undefined, depth: number): Promise<void>;
  /** The wotn to run instead of `npx --yes wotn@VERSION`. */
  wotn: { version: string; command: string };
  root: string;
}

export interface StepRun {
  job: string;
  step: string;
  run?: string;
  code: number;
  stdout: string;
  stderr: string;
}

export interface JobResult {
  result: 'success' | 'failure' | 'skipped';
  steps: StepRun[];
  workspace?: string;
}

export function readWorkflow(text: string): Workflow {
  return parseYaml(text) as Workflow;
}

/** Jobs in an order that respects `needs`. */
function jobOrder(w: Workflow): string[] {
  const done: string[] = [];
  const visit = (name: string) => {
    if (done.includes(name)) return;
    for (const need of [w.jobs[name]!.needs ?? []].flat()) visit(need);
    done.push(name);
  };
  Object.keys(w.jobs).forEach(visit);
  return done;
}

/** The value of a context path (github.event_name, github.event.before, needs.verify.result…). */
function lookup(path: string, ctx: RunContext, results: Record<string, JobResult>): string {
  const parts = path.split('.');
  if (path === 'github.event_name') return ctx.event;
  if (parts[0] === 'github' && parts[1] === 'event') {
    let v: unknown = ctx.payload;
    for (const p of parts.slice(2)) v = (v as Record<string, unknown> | undefined)?.[p];
    return v === undefined || v === null ? '' : String(v);
  }
  if (parts[0] === 'github' && parts.length === 2 && parts[1]! in ctx.github) return ctx.github[parts[1]!]!;
  if (parts[0] === 'needs' && parts[2] === 'result' && parts[1]! in results) return results[parts[1]!]!.result;
  throw new Error(`the workflow uses an expression this runner does not know: ${path}`);
}

/** The conditions wotn's workflow uses: a && of `!cancelled()`, `X == 'v'` and `X != 'v'`. */
function condition(expr: string | undefined, ctx: RunContext, results: Record<string, JobResult>): boolean {
  if (expr === undefined) return true;
  const inner = expr.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
  return inner.split('&&').every((term) => {
    const t = term.trim();
    if (t === '!cancelled()') return true;
    const m = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(t);
    if (!m) throw new Error(`the workflow uses a condition this runner does not know: ${t}`);
    const value = lookup(m[1]!, ctx, results);
    return m[2] === '==' ? value === m[3] : value !== m[3];
  });
}

function substitute(text: string, ctx: RunContext, results: Record<string, JobResult>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, path: string) => lookup(path, ctx, results));
}

export interface WorkflowRun {
  jobs: Record<string, JobResult>;
  /** The folder upload-pages-artifact was given, as deploy-pages received it. */
  deployed?: string;
}

export async function runWorkflow(w: Workflow, ctx: RunContext): Promise<WorkflowRun> {
  const results: Record<string, JobResult> = {};
  const run: WorkflowRun = { jobs: results };
  let artifact: string | undefined;
  const eventPath = join(ctx.root, 'event.json');
  writeFileSync(eventPath, JSON.stringify(ctx.payload));
  for (const name of jobOrder(w)) {
    const job = w.jobs[name]!;
    const needsOk = [job.needs ?? []].flat().every((n) => results[n]!.result === 'success');
    // As GitHub does: unless its `if` calls a status function, a job also needs every job it needs to have succeeded.
    const statusChecked = /\b(success|failure|cancelled|always)\(\)/.test(job.if ?? '');
    const go = (statusChecked || needsOk) && condition(job.if, ctx, results);
    if (!go) {
      results[name] = { result: 'skipped', steps: [] };
      continue;
    }
    const workspace = join(ctx.root, name, 'workspace');
    mkdirSync(workspace, { recursive: true });
    const result: JobResult = { result: 'success', steps: [], workspace };
    results[name] = result;
    for (const step of job.steps) {
      if (!condition(step.if, ctx, results)) continue;
      const label = step.name ?? step.uses ?? step.run ?? '?';
      const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), ctx, results)]));
      if (step.uses) {
        const action = step.uses.replace(/@.*$/, '');
        if (action === 'actions/checkout') await ctx.checkout(workspace, withs.ref || undefined, Number(withs['fetch-depth'] ?? 1));
        else if (action === 'actions/setup-node') {
          if (withs['node-version'] !== '20') throw new Error(`setup-node asks for node ${withs['node-version']}`);
        } else if (action === 'actions/upload-pages-artifact') artifact = join(workspace, withs.path ?? '_site');
        else if (action === 'actions/deploy-pages') run.deployed = artifact;
        else throw new Error(`the workflow uses an action this runner does not play: ${step.uses}`);
        result.steps.push({ job: name, step: label, code: 0, stdout: '', stderr: '' });
        continue;
      }
      const outcome = await bash(step, ctx, results, workspace, eventPath, name, label);
      result.steps.push(outcome);
      if (outcome.code !== 0) {
        result.result = 'failure';
        break;
      }
    }
  }
  return run;
}

const NPX_WOTN = /npx --yes wotn@(\S+)/g;

async function bash(step: Step, ctx: RunContext, results: Record<string, JobResult>, workspace: string, eventPath: string, job: string, label: string): Promise<StepRun> {
  const script = step.run!;
  if (script.includes('${{')) throw new Error(`${label}: an expression inside run: is a script injection risk; pass it through env:`);
  for (const [, version] of script.matchAll(NPX_WOTN)) if (version !== ctx.wotn.version) throw new Error(`${label}: runs wotn@${version}, not this wotn (${ctx.wotn.version})`);
  const local = script.replace(NPX_WOTN, ctx.wotn.command);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: join(ctx.root, 'runner-home'), CI: 'true', GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: ctx.event, GITHUB_EVENT_PATH: eventPath, GITHUB_WORKSPACE: workspace, GITHUB_JOB: job,
    GITHUB_REPOSITORY: ctx.github.repository, GITHUB_SHA: ctx.github.sha, GITHUB_ACTOR: ctx.github.actor,
    GITHUB_SERVER_URL: ctx.github.server_url, GITHUB_API_URL: ctx.github.api_url, GITHUB_REF: 'refs/heads/main',
    GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
    ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), ctx, results)])),
  };
  mkdirSync(env.HOME!, { recursive: true });
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', local], { cwd: workspace, env });
    return { job, step: label, run: local, code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { job, step: label, run: local, code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
