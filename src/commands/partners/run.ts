import { runPartners } from '../../app/pods.js';
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
