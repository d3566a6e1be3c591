import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

export const importCommand = (contextFor: ContextFor) =>
  new Command('import')
    .argument('<file>', 'a file from wotn export (JSON or CSV), from this machine or another')
    .description('merge a journal export back: every entry checked on its own, nothing lost, nothing counted twice')
    .action(async (file, _flags, command) => (await import('./run.js')).run(contextFor(command), file));
