import { runToday } from '../../app/today.js';
import { phaseLine, streakLine } from '../../render/writer.js';
import { style } from '../../render/style.js';
import { displayPath, plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { TodayFlags } from './command.js';

export async function run(ctx: Context, flags: TodayFlags): Promise<void> {
  const r = await runToday(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  const where = displayPath(r.path, ctx.cwd);
  ctx.out.data(`${phaseLine(r, c)} · ${streakLine(r.streak, c)}`);
  if (r.created) ctx.out.data(`${c.green('Created')} ${where}`);
  else ctx.out.data(`${r.published ? 'Published' : 'Your post for today'}: ${where}`);
  if (r.noEditor) ctx.out.info('No editor opened: set VISUAL or EDITOR (e.g. export EDITOR=nano) and wotn today opens your post.');
  if (r.keptTitle) ctx.out.info(`Kept its title "${r.title}": today's post already exists (change the title in its front matter).`);
  ctx.out.data(`Prompt: ${c.italic(r.prompt)}`);
  ctx.out.data(`Words: ${r.words.draft}/${r.words.goal}${r.words.target ? ` (target ${r.words.target})` : ''} in this post${r.words.today ? `, ${plural(r.words.today, 'word')} published today` : ''}`);
  if (!r.published) ctx.out.data(c.dim('When it is ready: wotn publish'));
}
