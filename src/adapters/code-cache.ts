// V8's code cache for wotn's own built files (dist/): a run compiles nothing the run before
// it compiled. Node 20 has no module compile cache (module.enableCompileCache is Node 22),
// so CommonJS compilation is taken over for files under `dist`: each is compiled with the
// cached data saved beside the user's other caches, and when there was none (or V8
// refused it: another node, another build), the code V8 compiled during this run is saved
// at exit. A cache is used only for the very file it was made from (its size and mtime are
// in the name), because V8 checks a cache against the source's length, not its text. Each
// command keeps its own (`label`): V8 caches the functions a run compiled, and `status`
// compiles other functions than `publish`.
//
// Not the v8-compile-cache package: it hashes each file's text with node:crypto on every
// start, which costs about what the cache saves here.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

interface CompilingModule {
  exports: unknown;
  require: (id: string) => unknown;
  _compile(content: string, filename: string): unknown;
}

interface ModuleStatics {
  prototype: CompilingModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CompilingModule, isMain: boolean, options?: unknown): string;
  _cache: Record<string, unknown>;
  _extensions: Record<string, unknown>;
}

/** Serve compiles of files under `dist` from `cacheDir`, and fill it at exit. */
export function useCodeCache(dist: string, cacheDir: string, label: string): void {
  const M = Module as unknown as ModuleStatics;
  const original = M.prototype._compile;
  const toSave: { file: string; script: Script }[] = [];
  const folder = join(cacheDir, `${process.version}-${process.arch}`);

  M.prototype._compile = function compile(this: CompilingModule, content: string, filename: string) {
    if (!filename.startsWith(dist)) return original.call(this, content, filename);
    let file: string;
    let cachedData: Buffer | undefined;
    try {
      const { size, mtimeMs } = statSync(filename);
      file = join(folder, `${basename(filename)}-${label}-${size}-${Math.trunc(mtimeMs)}.bin`);
    } catch {
      return original.call(this, content, filename);
    }
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(M.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) toSave.push({ file, script });
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: unknown) => M._resolveFilename(request, this, false, options),
      main: process.mainModule,
      cache: M._cache,
      extensions: M._extensions,
    });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };

  process.once('exit', () => {
    for (const { file, script } of toSave) {
      try {
        mkdirSync(folder, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
        // The caches of earlier builds of this file.
        const name = basename(file);
        const prefix = name.slice(0, name.lastIndexOf('-', name.lastIndexOf('-') - 1) + 1);
        for (const old of readdirSync(folder)) if (old.startsWith(prefix) && old !== name && old.endsWith('.bin')) rmSync(join(folder, old), { force: true });
      } catch {
        // A cache that cannot be written is only a slower next start.
      }
    }
  });
}
