// Questions on a terminal. @inquirer/prompts never checks for one, so callers ask
// `ctx.interactive` first; this module is imported only when a question is really asked.
import { input, select } from '@inquirer/prompts';

export interface Asker {
  text(message: string, options: { default?: string; validate?: (v: string) => string | undefined }): Promise<string>;
  choose(message: string, choices: string[], fallback?: string): Promise<string>;
}

export const terminalAsker: Asker = {
  text: (message, o) =>
    input({ message, default: o.default, validate: (v) => (o.validate ? (o.validate(v) ?? true) : true) }),
  choose: (message, choices, fallback) =>
    select({ message, choices: choices.map((value) => ({ value })), default: fallback }),
};
