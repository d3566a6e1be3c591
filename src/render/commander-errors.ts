// commander's own parse errors ("error: unknown option '--x'"), in the reader's language.
// commander words them in English inside; the ones a writer meets are matched here and
// reworded, anything else is left as commander wrote it.
import { current, type MessageKey, type Params } from '../i18n/index.js';

const PATTERNS: [RegExp, MessageKey, (m: RegExpExecArray) => Params][] = [
  [/^error: unknown option '(.+?)'/, 'commander.unknownOption', (m) => ({ option: m[1]! })],
  [/^error: unknown command '(.+?)'/, 'commander.unknownCommand', (m) => ({ command: m[1]! })],
  [/^error: missing required argument '(.+?)'/, 'commander.missingArgument', (m) => ({ argument: m[1]! })],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./, 'commander.invalidChoice', (m) => ({ option: m[1]!, value: m[2]!, choices: m[3]! })],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, 'commander.invalidArgument', (m) => ({ argument: m[2]!, value: m[1]!, choices: m[3]! })],
  [/^error: required option '(.+?)' not specified/, 'commander.requiredOption', (m) => ({ option: m[1]! })],
  [/^error: option '(.+?)' argument missing/, 'commander.optionArgument', (m) => ({ option: m[1]! })],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, 'commander.tooMany', (m) => ({ command: m[1] ?? 'wotn', expected: Number(m[2]), got: Number(m[3]) })],
];

export function commanderError(text: string): string {
  const tr = current();
  if (tr.lang === 'en') return text;
  const [first = '', ...rest] = text.split('\n');
  const match = PATTERNS.map(([re, key, params]) => [re.exec(first), key, params] as const).find(([m]) => m);
  const head = match ? tr.t('commander.error', { message: tr.t(match[1], match[2](match[0]!)) }) : first;
  const tail = rest.map((line) => {
    const m = /^\(Did you mean (.+?)\?\)$/.exec(line);
    return m ? tr.t('commander.didYouMean', { suggestion: m[1]! }) : line;
  });
  return [head, ...tail].join('\n');
}
