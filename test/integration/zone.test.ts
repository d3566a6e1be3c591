// The daily loop's zone offsets (from the process's TZ machinery) agree with Intl's.
import { describe, expect, it } from 'vitest';
import { intlOffset } from '../../src/domain/calendar.js';
import { processOffset } from '../../src/adapters/zone.js';

const zones = ['Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Australia/Lord_Howe',
  'Pacific/Chatham', 'America/Havana', 'Asia/Kolkata', 'Europe/London', 'UTC', 'America/Sao_Paulo'];

describe('processOffset', () => {
  it.each(zones)('matches Intl in %s every 7 hours of 2025–2027, and leaves TZ as it was', (zone) => {
    const before = process.env.TZ;
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000) expect(processOffset(t, zone)).toBe(intlOffset(t, zone));
    expect(process.env.TZ).toBe(before);
  });
});
