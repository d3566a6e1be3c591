// What compiled catalogs call (src/i18n/compile.mjs points them here): the plural and
// select helpers of @messageformat/runtime, with numbers grouped by hand ("1,250" in
// English, "1.250" in Vietnamese). The first Intl.NumberFormat costs tens of milliseconds,
// which `wotn status` cannot afford; only a fraction reaches for Intl, and lazily.
export { plural, select } from '@messageformat/runtime';
import { groupedFor } from './numbers.js';

export function number(lc: string, value: number, offset: number): string {
  return groupedFor(lc, value - offset);
}
