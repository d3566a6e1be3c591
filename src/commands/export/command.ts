import { Command, Option } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const define = () =>
  new Command('export')
    .description('write your whole journal (every post: date, day, title, words, URL, pushed and synced) to keep or move')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv'] as const).default('json' as const))
    .option('--out <file>', 'write to a file instead of stdout');

export type ExportFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const exportCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
