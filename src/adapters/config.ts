// The writer's config file. Reads are a plain JSON read (fast: `wotn status` runs often);
// writes go through `conf`, which owns the file's atomic replacement.
import { configProblem, configRefusal, emptyConfig, type Config } from '../domain/settings.js';
import { readFileSync } from 'node:fs';
import { readJsonFile } from './files.js';
import { spoken } from '../i18n/index.js';
import type { Paths } from './paths.js';

export function readConfig(paths: Paths): Config | undefined {
  return readJsonFile(paths.configFile, (v) => {
    const problem = configRefusal(v);
    return problem && spoken(problem);
  }) as Config | undefined;
}

/**
 * The language the writer chose (`wotn init --lang`), read before commands are defined. A
 * config that cannot be read says nothing here: the command that reads it reports why.
 */
export function configuredLanguage(paths: Paths): string | undefined {
  try {
    const lang = (JSON.parse(readFileSync(paths.configFile, 'utf8')) as { lang?: unknown })?.lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

export function readConfigOrEmpty(paths: Paths): Config {
  return readConfig(paths) ?? emptyConfig();
}

export async function writeConfig(paths: Paths, config: Config): Promise<void> {
  const problem = configProblem(config);
  if (problem) throw new Error(`refusing to write an invalid config: ${problem}`);
  const { default: Conf } = await import('conf');
  const store = new Conf<Config>({
    projectName: 'wotn',
    cwd: paths.config,
    configName: 'config',
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  });
  store.store = config;
}
