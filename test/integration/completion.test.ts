// The completion script, sourced by a real bash, completes what a user types.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { wotn } from '../helpers/wotn.js';

async function script(shell: string, home = tempDir()): Promise<string> {
  const r = await wotn(['completion', shell], { home });
  expect(r.code).toBe(0);
  return r.stdout;
}

/** What bash's completion offers for the words typed so far (the last one being completed). */
function complete(bashScript: string, words: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const dir = tempDir();
  writeFileSync(join(dir, 'wotn.bash'), bashScript);
  const line = `source ${JSON.stringify(join(dir, 'wotn.bash'))}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _wotn; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['--norc', '--noprofile', '-c', line], { encoding: 'utf8', env: { ...process.env, ...env } }).split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
  it('completes commands, subcommands, flags and the values of choice flags', async () => {
    const s = await script('bash');
    expect(complete(s, ['wotn', 'rep'])).toEqual(['report']);
    expect(complete(s, ['wotn', 'cohort', ''])).toEqual(['create', 'init', 'join', 'leave', 'remove', 'role']);
    expect(complete(s, ['wotn', 'report', '--format', ''])).toEqual(['csv', 'html', 'json', 'md', 'table']);
    expect(complete(s, ['wotn', 'report', '--format', 'j'])).toEqual(['json']);
    expect(complete(s, ['wotn', 'init', '--preset', ''])).toEqual(['astro', 'hugo', 'jekyll', 'plain']);
    expect(complete(s, ['wotn', 'publish', '--no-'])).toEqual(['--no-color', '--no-push']);
    expect(complete(s, ['wotn', 'leaderboard', '--o'])).toEqual(['--out']);
    // A flag's value is not mistaken for a subcommand.
    expect(complete(s, ['wotn', 'cohort', 'init', '--name', 'join', '--st'])).toEqual(['--start']);
  });

  it('completes the languages after --lang, whatever the command', async () => {
    const s = await script('bash');
    expect(complete(s, ['wotn', 'status', '--lang', ''])).toEqual(['en', 'vi']);
    expect(complete(s, ['wotn', 'report', '--lang', 'v'])).toEqual(['vi']);
    expect(complete(s, ['wotn', 'cohort', 'init', '--la'])).toEqual(['--lang']);
  });

  it('completes member handles from the cached ledger', async () => {
    const home = tempDir();
    const members = join(home, 'cache', 'ledgers', 'abc', 'read', 'members');
    mkdirSync(members, { recursive: true });
    for (const h of ['lan', 'minh', 'an']) writeFileSync(join(members, `${h}.json`), '{}');
    writeFileSync(join(members, '..bad.json'), '{}');
    const s = await script('bash', home);
    const bin = tempDir();
    // The script calls `wotn completion --handles`: a wotn on PATH that is this one.
    writeFileSync(join(bin, 'wotn'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(process.cwd(), 'bin', 'wotn.js'))} "$@"\n`, { mode: 0o755 });
    expect(complete(s, ['wotn', 'cohort', 'create', 'o/r', '--invite', 'm'], { PATH: `${bin}:${process.env.PATH}`, WOTN_HOME: home })).toEqual(['minh']);
  });
});

describe('zsh and fish scripts', () => {
  it('zsh reuses the bash function through bashcompinit; fish names every command and choice', async () => {
    expect(await script('zsh')).toContain('bashcompinit');
    const fish = await script('fish');
    expect(fish).toMatch(/complete -c wotn -n '__fish_use_subcommand' -a 'init today publish status sync cohort members report site leaderboard feed ledger doctor [a-z ]*completion'/);
    expect(fish).toContain("complete -c wotn -n '__fish_seen_subcommand_from report' -l format -xa 'table md json csv html'");
  });
});
