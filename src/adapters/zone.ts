// Zone offsets for the daily loop. V8 answers Date#getTimezoneOffset for the zone named by
// TZ from ICU's zone rules without building an Intl.DateTimeFormat, whose first use costs
// ~10 ms of a ~20 ms node start. The zone is set and restored around one synchronous call,
// so nothing else ever sees it. Tests hold this to the Intl reference across DST changes.
import type { ZoneOffset } from '../domain/calendar.js';

export const processOffset: ZoneOffset = (instant, zone) => {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return 0 - new Date(instant).getTimezoneOffset() || 0; // never -0
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
};
