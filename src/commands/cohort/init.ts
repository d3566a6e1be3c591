import { runCohortInit } from '../../app/cohort-scaffold.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { CohortInitFlags } from './command.js';

export async function run(ctx: Context, target: string, flags: CohortInitFlags): Promise<void> {
  const r = await runCohortInit(target, flags, ctx);
  if (r.hookProblem) ctx.out.info(`warning: ${r.hookProblem}`);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  ctx.out.data(`${c.green('Created')} the cohort "${r.cohort.name}": ${r.cohort.days} days from ${r.cohort.start} (${r.cohort.timezone}), ${r.cohort.minWords} words a post`);
  ctx.out.data(`Ledger: ${r.ledger}${r.pushed ? ' (pushed)' : ''}`);
  if (r.member) ctx.out.data(`You write in it too, as @${r.member} (lead)${r.pushed ? ': wotn publish syncs your days' : ''}.`);
  else if (!flags.notAMember) ctx.out.info('You are not a member yet: set your profile (wotn init --name NAME --handle LOGIN), then wotn cohort join LEDGER.');
  if (r.hook) ctx.out.data(`Installed the pre-receive hook ${r.hook}: the ledger now refuses a push that changes another member's files, the rules or anything but regular files.`);
  ctx.out.data(c.dim(`Members join with: wotn cohort join ${r.pushed ? r.ledger : '<the ledger\'s git URL>'}`));
}
