import { Command } from '@commander-js/extra-typings';
import type { ContextFor } from '../flags.js';
import { t } from '../../i18n/index.js';

const define = () =>
  new Command('doctor')
    .description(t('cmd.doctor.description'))
    .option('--rebuild', t('cmd.doctor.opt.rebuild'));

export type DoctorFlags = ReturnType<ReturnType<typeof define>['opts']>;

export const doctorCommand = (contextFor: ContextFor) =>
  define().action(async (flags, command) => (await import('./run.js')).run(contextFor(command), flags));
