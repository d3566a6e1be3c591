// Where wotn keeps its files. WOTN_HOME puts config, data and cache under one folder;
// otherwise each follows the platform's convention.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Paths {
  config: string;
  data: string;
  cache: string;
  configFile: string;
  journalFile: string;
  cohortRules: string;
  templates: string;
  defaultBlog: string;
}

function platformDirs(env: NodeJS.ProcessEnv): { config: string; data: string; cache: string } {
  const home = homedir();
  if (process.platform === 'darwin') {
    const lib = join(home, 'Library');
    return { config: join(lib, 'Preferences', 'wotn'), data: join(lib, 'Application Support', 'wotn'), cache: join(lib, 'Caches', 'wotn') };
  }
  if (process.platform === 'win32') {
    const appData = env.APPDATA ?? join(home, 'AppData', 'Roaming');
    const local = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    return { config: join(appData, 'wotn', 'Config'), data: join(local, 'wotn', 'Data'), cache: join(local, 'wotn', 'Cache') };
  }
  return {
    config: join(env.XDG_CONFIG_HOME || join(home, '.config'), 'wotn'),
    data: join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'wotn'),
    cache: join(env.XDG_CACHE_HOME || join(home, '.cache'), 'wotn'),
  };
}

export function resolvePaths(env: NodeJS.ProcessEnv = process.env): Paths {
  const dirs = env.WOTN_HOME
    ? { config: env.WOTN_HOME, data: env.WOTN_HOME, cache: join(env.WOTN_HOME, 'cache') }
    : platformDirs(env);
  return {
    ...dirs,
    configFile: join(dirs.config, 'config.json'),
    journalFile: join(dirs.data, 'journal.json'),
    cohortRules: join(dirs.cache, 'cohort.json'),
    templates: join(dirs.config, 'templates'),
    defaultBlog: join(dirs.data, 'writing'),
  };
}

/** The templates shipped with wotn: beside dist/ when built, two levels up in source. */
export function shippedTemplates(): string {
  const built = fileURLToPath(new URL('../templates/', import.meta.url));
  return existsSync(built) ? built : fileURLToPath(new URL('../../templates/', import.meta.url));
}

/** wotn's own entry point (bin/wotn.js), for a git hook that must run this wotn again. */
export function wotnEntry(): string {
  const built = fileURLToPath(new URL('../bin/wotn.js', import.meta.url));
  return existsSync(built) ? built : fileURLToPath(new URL('../../bin/wotn.js', import.meta.url));
}
