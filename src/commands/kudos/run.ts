import { giveKudos } from '../../app/community.js';
import { terminal } from '../../render/escape.js';
import { style } from '../../render/style.js';
import type { Context } from '../../context.js';
import type { KudosFlags } from './command.js';

export async function run(ctx: Context, handle: string, flags: KudosFlags): Promise<void> {
  const r = await giveKudos({ to: handle, ...flags }, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (r.guide) {
    ctx.out.data(c.bold('How this cohort gives feedback:'));
    // Its paragraphs kept: each line is made safe for the terminal on its own.
    for (const line of r.guide.split('\n')) ctx.out.data(line ? `  ${terminal(line)}` : '');
    ctx.out.data('');
  }
  const post = `${terminal(r.to)}'s day ${r.day} · ${terminal(r.title)}`;
  const said = {
    recorded: `${c.green('Kudos')} to ${post}: recorded in the ledger.`,
    updated: `${c.green('Kudos')} to ${post}: your note is changed (one kudos per post).`,
    unchanged: `You thanked ${post} already (one kudos per post); pass --note to change your note.`,
    submitted: `${c.green('Kudos')} to ${post}: a heart on their check-in and a reply${r.url ? ` (${terminal(r.url)})` : ''}; the ledger's workflow records it.`,
  }[r.outcome];
  ctx.out.data(said);
  if (r.note) ctx.out.data(c.dim(`  “${terminal(r.note)}”`));
}
