import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { helpText } from '../../i18n/index.js';

const define = () =>
  new Command('doctor')
    .description(helpText('cmd.doctor.description'))
    .option('--rebuild', helpText('cmd.doctor.opt.rebuild'));

export type DoctorFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const doctorCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
