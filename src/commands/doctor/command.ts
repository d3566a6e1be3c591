import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';

const define = () =>
  new Command('doctor')
    .description('check your setup; --rebuild recreates the journal from your posts')
    .option('--rebuild', 'rebuild the journal from the posts\' front matter');

export type DoctorFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const doctorCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
