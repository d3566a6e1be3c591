import { runPartners } from '../../app/pods.js';
import { runMentees } from '../../app/role-views.js';
import { watchedJson, watchedLines } from '../../render/role-views.js';
import { safeUrl, terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { PartnersFlags } from './command.js';

export async function run(ctx: Context, flags: PartnersFlags): Promise<void> {
  const r = await runPartners(flags, ctx);
  if (ctx.json) {
    // Links a reader may follow: only http(s), as on every page.
    const pod = r.pod && { ...r.pod, partners: r.pod.partners.map((p) => ({ ...p, latest: p.latest && { ...p.latest, url: safeUrl(p.latest.url) ?? null } })) };
    return ctx.out.json({ ...r, pod });
  }
  const c = await style(ctx.color);
  if (!r.pod) {
    ctx.out.data(`You are in no pod on ${r.date}. A lead assigns pods with wotn pods assign.`);
  } else {
    ctx.out.data(`${c.bold('Your pod')} for ${r.pod.from} to ${r.pod.to}${r.pod.mentor ? ` · mentor @${r.pod.mentor}` : ''}:`);
    for (const p of r.pod.partners) {
      const state = p.onVacation ? c.dim('on vacation') : p.writtenToday ? c.green('wrote today') : c.yellow('not yet today');
      ctx.out.data(`  ${terminal(p.name)} ${c.dim(`@${p.handle}`)} · ${state}`);
      if (p.latest) {
        ctx.out.data(`    ${p.latest.date} ${c.bold(terminal(p.latest.title) || '(untitled)')}`);
        const url = safeUrl(p.latest.url);
        if (url) ctx.out.data(`    ${c.cyan(terminal(url))}`);
      } else ctx.out.data(c.dim('    no post yet'));
    }
  }
  for (const pod of r.mentoring) ctx.out.data(`You mentor: ${pod.members.map((h) => `@${h}`).join(', ')}`);
}

/** `wotn partners --mentor`: the pods I mentor today and how each mentee is doing. */
export async function mentees(ctx: Context, flags: PartnersFlags): Promise<void> {
  const r = await runMentees(flags, ctx);
  if (ctx.json) return ctx.out.json({ ...r, pods: r.pods.map((p) => ({ ...p, members: p.members.map(watchedJson) })) });
  const c = await style(ctx.color);
  if (!r.pods.length) return ctx.out.data(`You mentor no pod on ${r.date}. A lead assigns pods (and their mentors) with wotn pods assign.`);
  for (const [i, p] of r.pods.entries()) {
    ctx.out.data(`${c.bold(`Pod ${i + 1}`)} for ${p.from} to ${p.to}${p.mentor ? ` · mentor @${p.mentor}` : ''}:`);
    for (const m of p.members) for (const line of watchedLines(m, c)) ctx.out.data(line);
  }
  ctx.out.data(c.dim('Nudge a mentee: wotn moderate nudge HANDLE --note "..."'));
}
