import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HANDLE_FLAGS, type CompletionNode } from '../../domain/completion.js';
import { isHandle } from '../../domain/handle.js';
import { bashCompletion, fishCompletion, zshCompletion } from '../../render/completion.js';
import { WotnError } from '../../errors.js';
import type { Context } from '../../context.js';
import type { CompletionFlags } from './command.js';
import { t } from '../../i18n/index.js';

/** The command tree as completion data, read off the program itself: it can't drift from the flags. */
function nodesOf(command: CommandUnknownOpts, path: string[] = [], globals = command.options.filter((o) => o.argChoices && !o.hidden)): CompletionNode[] {
  const visible = command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
  const node: CompletionNode = {
    path,
    subcommands: visible.flatMap((c) => [c.name(), ...c.aliases()]),
    // A global choice flag (--lang) is accepted after any command, so every command completes it.
    flags: [...command.options, ...(path.length > 0 ? globals : [])]
      .filter((o) => !o.hidden && path.length > 0)
      .map((o) => ({
        names: [o.short, o.long].filter((n): n is string => Boolean(n)),
        value: o.required || o.optional,
        ...(o.argChoices ? { choices: o.argChoices } : {}),
        ...(o.long && HANDLE_FLAGS.has(o.long) ? { handles: true } : {}),
      })),
  };
  // An alias (leaderboard for site) completes as the command it names.
  return [node, ...visible.flatMap((c) => [c.name(), ...c.aliases()].flatMap((name) => nodesOf(c as CommandUnknownOpts, [...path, name], globals)))];
}

/** Handles from the ledgers this machine has read (their cached clones): cheap, no network. */
function cachedHandles(ctx: Context): string[] {
  const handles = new Set<string>();
  let ledgers: string[] = [];
  try {
    ledgers = readdirSync(join(ctx.paths.cache, 'ledgers'));
  } catch {
    return [];
  }
  for (const ledger of ledgers)
    for (const copy of ['read', 'github-read'])
      try {
        for (const f of readdirSync(join(ctx.paths.cache, 'ledgers', ledger, copy, 'members'))) {
          const h = f.replace(/\.json$/, '');
          if (f.endsWith('.json') && isHandle(h)) handles.add(h);
        }
      } catch {
        // not read yet: nothing to offer
      }
  return [...handles].sort();
}

export function run(ctx: Context, shell: 'bash' | 'zsh' | 'fish' | undefined, flags: CompletionFlags, root: CommandUnknownOpts): void {
  if (flags.handles) return ctx.out.data(cachedHandles(ctx).join('\n'));
  if (!shell) throw new WotnError('usage', t('completion.whichShell'));
  const nodes = nodesOf(root);
  ctx.out.data(shell === 'bash' ? bashCompletion(nodes) : shell === 'zsh' ? zshCompletion(nodes) : fishCompletion(nodes));
}
