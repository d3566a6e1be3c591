// wotn init asks only for what the flags leave out, and only when it may ask.
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/app/init.js';
import type { Asker } from '../../src/adapters/prompts.js';
import { createContext, type Context } from '../../src/context.js';
import { testIO } from '../helpers/wotn.js';
import { tempDir } from '../helpers/tmp.js';

/** A Context on a terminal (or not) whose questions go to `asker`. */
function context(interactive: boolean, asker: Asker): Context {
  return createContext({}, testIO({ home: tempDir(), now: '2026-11-01T00:00:00Z', tty: interactive, asker }));
}

/** A hand-written asker that answers from a script and records what it was asked. */
function scripted(answers: Record<string, string>) {
  const asked: string[] = [];
  const asker: Asker = {
    async text(message, o) {
      asked.push(message);
      const answer = Object.entries(answers).find(([k]) => message.includes(k))?.[1] ?? '';
      const problem = o.validate?.(answer);
      if (problem) throw new Error(`invalid scripted answer "${answer}": ${problem}`);
      return answer;
    },
    async choose(message, choices) {
      asked.push(message);
      return answers[message] ?? choices[0]!;
    },
  };
  return { asker, asked };
}

describe('wotn init prompts', () => {
  it('asks only for the values the flags leave out', async () => {
    const { asker, asked } = scripted({ 'GitHub login': 'lan-nguyen', 'Your blog layout:': 'hugo' });
    const config = await runInit({ name: 'Lan', timezone: 'Asia/Ho_Chi_Minh' }, context(true, asker));
    expect(asked).toEqual(['Your GitHub login (it names your files in a cohort ledger):', 'Your blog layout:']);
    expect(config.profile).toMatchObject({ name: 'Lan', handle: 'lan-nguyen', timezone: 'Asia/Ho_Chi_Minh' });
    expect(config.blog.preset).toBe('hugo');
  });

  it('asks nothing with --yes or without a terminal', async () => {
    const { asker, asked } = scripted({});
    await runInit({ yes: true }, context(true, asker));
    await expect(runInit({}, context(false, asker))).rejects.toThrow('--name and --handle are required when not running interactively');
    expect(asked).toEqual([]);
  });

  it('validates an answer the same way as a flag', async () => {
    const { asker } = scripted({ 'Your name': 'Lan', 'GitHub login': 'bad--handle' });
    await expect(runInit({}, context(true, asker))).rejects.toThrow('has two hyphens in a row');
  });
});
