import { listMembers } from '../../app/directory.js';
import { runAtRisk } from '../../app/role-views.js';
import { watchedJson, watchedLines } from '../../render/role-views.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { humanDate } from '../../render/writer.js';
import { spoken, t } from '../../i18n/index.js';
import type { Context } from '../../context.js';
import type { MembersFlags } from './command.js';

export async function run(ctx: Context, flags: MembersFlags): Promise<void> {
  const { cohort, members, warnings } = await listMembers(flags.ledger, ctx);
  for (const w of warnings) ctx.out.info(t('warning', { warning: terminal(spoken(w)) }));
  if (ctx.json) return ctx.out.json({ cohort, members });
  const c = await style(ctx.color);
  ctx.out.data(c.bold(t('members.head', { name: terminal(cohort.name), count: members.length })));
  for (const m of members) {
    ctx.out.data(`${terminal(m.name)} ${c.dim(`@${m.handle}`)}${m.role !== 'member' ? ` ${c.cyan(terminal(m.role))}` : ''}${m.standing === 'left' ? ` ${c.dim(t('members.left'))}` : ''}${m.blog ? ` · ${terminal(m.blog)}` : ''}`);
    if (m.intro) ctx.out.data(`  ${c.dim(terminal(m.intro).replace(/\s+/g, ' '))}`);
  }
}

/** `wotn members --at-risk`: who is at risk today (student-success and leads). */
export async function atRisk(ctx: Context, flags: MembersFlags): Promise<void> {
  const r = await runAtRisk(flags, ctx);
  if (ctx.json) return ctx.out.json({ ...r, members: r.members.map(watchedJson) });
  const c = await style(ctx.color);
  if (!r.members.length) return ctx.out.data(t('members.noneAtRisk', { date: humanDate(r.date) }));
  ctx.out.data(c.bold(t('members.atRiskHead', { date: humanDate(r.date), count: r.members.length })));
  for (const m of r.members) for (const line of watchedLines(m, c)) ctx.out.data(line);
  ctx.out.data(c.dim(t('members.nudgeHint')));
}
