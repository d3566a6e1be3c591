// What shell completion offers, as data: the command tree with each command's flags and the
// values of choice flags. Built from the commander program; rendered per shell in
// render/completion.ts. Pure.

export interface CompletionFlag {
  /** Long and short names, e.g. ['--format'] or ['-y', '--yes']. */
  names: string[];
  /** Takes a value. */
  value: boolean;
  /** The values a choice flag accepts. */
  choices?: readonly string[];
  /** Completes with member handles from the cached ledger. */
  handles?: boolean;
}

export interface CompletionNode {
  /** The command path from the root, e.g. ['cohort', 'init']; [] for wotn itself. */
  path: string[];
  subcommands: string[];
  flags: CompletionFlag[];
}

/** Flags whose values are member handles. */
export const HANDLE_FLAGS = new Set(['--lead', '--invite']);
