// Shell completion scripts for bash, zsh (through bashcompinit) and fish, from the command
// tree. Only names wotn itself defines go into the scripts (commands, flags, choice values),
// all of them [a-z0-9-]: no quoting question arises.
import type { CompletionNode } from '../domain/completion.js';

const key = (path: string[]) => path.join(' ');

function bashFunction(nodes: CompletionNode[]): string {
  const subs = nodes.map((n) => `    '${key(n.path)}') echo '${n.subcommands.join(' ')}' ;;`).join('\n');
  const flags = nodes.map((n) => `    '${key(n.path)}') echo '${n.flags.flatMap((f) => f.names).join(' ')}' ;;`).join('\n');
  const values = nodes
    .flatMap((n) => n.flags.filter((f) => f.choices || f.handles).map((f) => ({ n, f })))
    .map(({ n, f }) => `    '${key(n.path)}|${f.names.at(-1)}') ${f.handles ? 'values=$(wotn completion --handles 2>/dev/null)' : `values='${f.choices!.join(' ')}'`} ;;`)
    .join('\n');
  const valued = [...new Set(nodes.flatMap((n) => n.flags.filter((f) => f.value).flatMap((f) => f.names)))].join(' ');
  return `# wotn completion (bash). Install: wotn completion bash > ~/.local/share/bash-completion/completions/wotn
_wotn_subcommands() {
  case "$1" in
${subs}
  esac
}
_wotn_flags() {
  case "$1" in
${flags}
  esac
}
_wotn() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" word i values=""
  local valued=" ${valued} "
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if [[ $word == -* ]]; then [[ $valued == *" $word "* ]] && ((i++)); continue; fi
    [[ " $(_wotn_subcommands "$path") " == *" $word "* ]] && path="\${path:+$path }$word"
  done
  case "$path|$prev" in
${values}
  esac
  if [[ -n $values ]]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_wotn_flags "$path") --json --no-color --debug --help" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$(_wotn_subcommands "$path")" -- "$cur"))
  fi
}
complete -F _wotn wotn
`;
}

export function bashCompletion(nodes: CompletionNode[]): string {
  return bashFunction(nodes);
}

export function zshCompletion(nodes: CompletionNode[]): string {
  return `# wotn completion (zsh). Install: wotn completion zsh > "\${fpath[1]}/_wotn", or eval "$(wotn completion zsh)" in ~/.zshrc
autoload -U +X bashcompinit && bashcompinit
${bashFunction(nodes).split('\n').slice(1).join('\n')}`;
}

export function fishCompletion(nodes: CompletionNode[]): string {
  const lines = ['# wotn completion (fish). Install: wotn completion fish > ~/.config/fish/completions/wotn.fish', 'complete -c wotn -f'];
  for (const n of nodes) {
    const condition = n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${n.path.at(-1)}`;
    if (n.subcommands.length) lines.push(`complete -c wotn -n '${condition}' -a '${n.subcommands.join(' ')}'`);
    for (const f of n.flags) {
      const long = f.names.find((x) => x.startsWith('--'))?.slice(2);
      const short = f.names.find((x) => /^-[^-]$/.test(x))?.slice(1);
      if (!long) continue;
      const value = f.choices ? ` -xa '${f.choices.join(' ')}'` : f.handles ? " -xa '(wotn completion --handles 2>/dev/null)'" : f.value ? ' -r' : '';
      lines.push(`complete -c wotn -n '${condition}' -l ${long}${short ? ` -s ${short}` : ''}${value}`);
    }
  }
  return lines.join('\n') + '\n';
}
