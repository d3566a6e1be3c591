import { Command, Option } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('export')
    .description(helpText('cmd.export.description'))
    .addOption(new Option('--format <format>', helpText('cmd.export.opt.format')).choices(['json', 'csv'] as const).default('json' as const))
    .option('--out <file>', helpText('cmd.export.opt.out'));

export type ExportFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const exportCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
