import { runPartners } from '../../app/pods.js';
import { runMentees } from '../../app/role-views.js';
import { watchedJson, watchedLines } from '../../render/role-views.js';
import { safeUrl, terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import { humanDate } from '../../render/writer.js';
import { t } from '../../i18n/index.js';
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
    ctx.out.data(t('partners.none', { date: humanDate(r.date) }));
  } else {
    ctx.out.data(t('partners.head', { pod: c.bold(t('partners.yourPod')), from: humanDate(r.pod.from), to: humanDate(r.pod.to), mentor: r.pod.mentor ? t('pods.mentor', { mentor: r.pod.mentor }) : '' }));
    for (const p of r.pod.partners) {
      const state = p.onVacation ? c.dim(t('watch.onVacation')) : p.writtenToday ? c.green(t('watch.wroteToday')) : c.yellow(t('watch.notYet'));
      ctx.out.data(`  ${terminal(p.name)} ${c.dim(`@${p.handle}`)} · ${state}`);
      if (p.latest) {
        ctx.out.data(`    ${humanDate(p.latest.date)} ${c.bold(terminal(p.latest.title) || t('partners.untitled'))}`);
        const url = safeUrl(p.latest.url);
        if (url) ctx.out.data(`    ${c.cyan(terminal(url))}`);
      } else ctx.out.data(c.dim(`    ${t('watch.noPost')}`));
    }
  }
  for (const pod of r.mentoring) ctx.out.data(t('partners.youMentor', { handles: pod.members.map((h) => `@${h}`).join(', ') }));
}

/** `wotn partners --mentor`: the pods I mentor today and how each mentee is doing. */
export async function mentees(ctx: Context, flags: PartnersFlags): Promise<void> {
  const r = await runMentees(flags, ctx);
  if (ctx.json) return ctx.out.json({ ...r, pods: r.pods.map((p) => ({ ...p, members: p.members.map(watchedJson) })) });
  const c = await style(ctx.color);
  if (!r.pods.length) return ctx.out.data(t('partners.noMentees', { date: humanDate(r.date) }));
  for (const [i, p] of r.pods.entries()) {
    ctx.out.data(t('partners.head', { pod: c.bold(t('pods.pod', { n: i + 1 })), from: humanDate(p.from), to: humanDate(p.to), mentor: p.mentor ? t('pods.mentor', { mentor: p.mentor }) : '' }));
    for (const m of p.members) for (const line of watchedLines(m, c)) ctx.out.data(line);
  }
  ctx.out.data(c.dim(t('partners.nudgeHint')));
}
