// The clock. WOTN_NOW (an ISO-8601 instant) replaces it for tests, demos and CI.
import { parseInstant } from '../domain/instant.js';
import { WotnError } from '../errors.js';
import { t } from '../i18n/index.js';

export type Clock = () => number;

export function systemClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const fixed = env.WOTN_NOW;
  if (fixed === undefined || fixed === '') return () => Date.now();
  const instant = parseInstant(fixed);
  if (instant === undefined)
    throw new WotnError('usage', t('error.badNow', { value: fixed }));
  return () => instant;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
