// Types of compile.mjs (a plain ES module: build.mjs runs it without TypeScript).
export const LANGUAGES: string[];
export function readCatalog(lang: string): Record<string, string>;
export function compileCatalog(lang: string, part?: 'all' | 'core' | 'more', morePath?: string): string;
export const CATALOG_SPECIFIER: RegExp;
export function catalogPlugin(fromOut: string): unknown;
export function buildCatalogs(build: unknown, common: unknown, outdir: string): Promise<void>;
export function vitePlugin(): { name: string; resolveId(id: string): string | undefined; load(id: string): string | undefined };
