// wotn init asks only for what the flags leave out, and only when it may ask.
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/app/init.js';
import type { Asker } from '../../src/adapters/prompts.js';
import { createContext, type Context } from '../../src/context.js';
import { testIO } from '../helpers/wotn.js';
import { tempDir } from '../helpers/tmp.js';
import { gitSync } from '../helpers/git.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

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
    expect(asked).toEqual([
      'Your GitHub login (it names your files in a cohort ledger):',
      'Your blog layout:',
      "Your blog's folder:",
      'Git remote to push your posts to (URL or remote name; empty for none):',
      "Your blog's address on the web (https://…; empty if it has none yet):",
      'Your daily word goal:',
    ]);
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

  it('on a terminal, asks everything it needs with defaults shown, and re-running edits the current values', async () => {
    const defaults: Record<string, string | undefined> = {};
    const recording = (answers: Record<string, string>): Asker => ({
      async text(message, o) {
        defaults[message] = o.default;
        return Object.entries(answers).find(([k]) => message.includes(k))?.[1] ?? '';
      },
      async choose(message, choices, fallback) {
        defaults[message] = fallback;
        return answers[message] ?? fallback ?? choices[0]!;
      },
    });
    const home = tempDir();
    const blog = join(home, 'blog');
    mkdirSync(blog);
    gitSync(blog, 'init', '--quiet');
    gitSync(blog, 'remote', 'add', 'origin', 'git@github.com:lan/lan.github.io.git');
    const io = (asker: Asker) => createContext({}, testIO({ home, now: '2026-11-01T00:00:00Z', tty: true, asker, zone: 'Asia/Ho_Chi_Minh' }));
    const first = await runInit({}, io(recording({ 'Your name': 'Lan', 'GitHub login': 'lan', "blog's folder": blog, 'web': 'https://lan.github.io', 'goal': '300' })));
    expect(defaults['Your time zone (IANA):']).toBe('Asia/Ho_Chi_Minh');
    expect(defaults['Git remote to push your posts to (URL or remote name; empty for none):']).toBe('git@github.com:lan/lan.github.io.git');
    expect(first).toMatchObject({ goal: 300, profile: { name: 'Lan', handle: 'lan', timezone: 'Asia/Ho_Chi_Minh' }, blog: { dir: blog, remote: 'git@github.com:lan/lan.github.io.git', siteUrl: 'https://lan.github.io' } });
    // Again: every question shows what is set now; changing one answer changes only that.
    const second = await runInit({}, io(recording({ 'goal': '500' })));
    expect(defaults['Your name, as your cohort will see it:']).toBe('Lan');
    expect(defaults['Your daily word goal:']).toBe('300');
    expect(second).toMatchObject({ goal: 500, profile: { name: 'Lan', handle: 'lan' }, blog: { dir: blog, siteUrl: 'https://lan.github.io' } });
  });
});
