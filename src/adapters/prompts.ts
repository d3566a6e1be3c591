// Questions on a terminal. @inquirer/prompts never checks for one, so callers ask
// `ctx.interactive` first; the library loads only when a question is really asked.
export interface Asker {
  text(message: string, options: { default?: string; validate?: (v: string) => string | undefined }): Promise<string>;
  choose(message: string, choices: string[], fallback?: string): Promise<string>;
}

export const terminalAsker: Asker = {
  async text(message, o) {
    const { input } = await import('@inquirer/prompts');
    return input({ message, default: o.default, validate: (v) => (o.validate ? (o.validate(v) ?? true) : true) });
  },
  async choose(message, choices, fallback) {
    const { select } = await import('@inquirer/prompts');
    return select({ message, choices: choices.map((value) => ({ value })), default: fallback });
  },
};
