// Colours that respect --no-color, NO_COLOR and non-terminal output. chalk loads only when
// colours are on: piped output, CI and `--json` runs skip its start-up work entirely.
import type { ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

/** chalk's interface without colours: every style, chained or called, returns the text. */
const plain: Style = new Proxy(((...text: unknown[]) => text.join(' ')) as unknown as Style, {
  // Not a thenable: `await style(false)` must resolve to it, not call it.
  get: (_target, key) => (key === 'then' ? undefined : key === 'level' ? 0 : plain),
});

export async function style(color: boolean): Promise<Style> {
  if (!color) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 2 });
}
