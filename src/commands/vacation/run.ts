import { runVacation } from '../../app/vacation.js';
import { style } from '../../render/style.js';
import { plural } from '../../render/text.js';
import type { Context } from '../../context.js';
import type { VacationFlags } from './command.js';

const WHERE = { none: '', written: ' (written to the ledger)', submitted: ' (submitted to the ledger)', unchanged: '' } as const;

export async function run(ctx: Context, flags: VacationFlags): Promise<void> {
  const r = await runVacation(flags, ctx);
  if (ctx.json) return ctx.out.json(r);
  const c = await style(ctx.color);
  if (!r.vacations.length) return ctx.out.data(`No vacations planned.${r.changed ? WHERE[r.ledger] : ''}`);
  ctx.out.data(`${r.changed ? c.green('Vacations') : 'Vacations'}${r.changed ? WHERE[r.ledger] : ''}:`);
  for (const v of r.vacations) ctx.out.data(`  ${v.from === v.to ? v.from : `${v.from} to ${v.to}`}${v.to < r.today ? c.dim(' (past)') : ''}`);
  if (r.ahead) ctx.out.data(c.dim(`${plural(r.ahead, 'day')} ahead: no nudges then, and your streak waits.`));
}
