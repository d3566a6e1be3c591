// A cohort ledger folder written as plain files, with the people a site has to get right:
// Vietnamese names, a lead, a hidden streak, a freeze, a writer with no posts, a very long
// handle, a right-to-left name, and a hostile member. Plus `crowd` generated writers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/domain/calendar.js';

export const START = '2026-11-01';
export const EVIL_NAME = '<img src=x onerror=alert(1)>';
export const EVIL_TITLE = '\u202Egnp.exe "><svg onload=alert(2)>';

interface Writer {
  handle: string;
  name: string;
  intro?: string;
  blog?: string;
  hideStreak?: boolean;
  /** x written, . missed, from day 1 */
  days: string;
  title?: (day: number) => string;
  url?: (day: number) => string;
}

export const WRITERS: Writer[] = [
  { handle: 'lan', name: 'Nguyễn Thị Lan', intro: 'Viết về học tập suốt đời và cộng đồng.', blog: 'https://lan.example.com', days: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', title: (d) => `Ngày ${d}: học cùng nhau` },
  { handle: 'minh', name: 'Trần Minh', intro: 'Kỹ sư phần mềm, viết về những điều nhỏ.', blog: 'https://minh.example.com', days: 'xxxx.xxxxxxxx.xxxxxxxxxxxxxx', title: (d) => `Một ngày bình thường, số ${d}` },
  { handle: 'hoa', name: 'Phạm Hoa', intro: 'I write in English and Vietnamese.', hideStreak: true, days: 'xx.xx.xx.xx.xx.xx.xx.xx.xx.xx.', title: (d) => `Notes from day ${d}` },
  { handle: 'an', name: 'Lê An', intro: 'Bắt đầu chậm thôi.', days: '' },
  { handle: 'supercalifragilisticexpialidocious-vn', name: 'Hoàng Supercalifragilisticexpialidocious Đức', intro: 'A very long name, and a handle at the 39-character limit.', days: 'x.x.x.x.x.x.x', title: () => 'Antidisestablishmentarianism and other long words in one title' },
  { handle: 'layla', name: 'ليلى أحمد', intro: 'أكتب كل يوم', days: 'xxx', title: () => 'يوم جديد' },
  {
    handle: 'eve', name: EVIL_NAME, intro: '<script>window.__pwned = 1</script>', blog: 'javascript:alert(3)', days: 'xxxxx',
    title: () => EVIL_TITLE, url: (d) => (d % 2 ? 'javascript:alert(4)' : 'data:text/html,<script>alert(5)</script>'),
  },
];

export function writeSiteLedger(dir: string, crowd = 0, extra: Record<string, unknown> = {}): string {
  mkdirSync(join(dir, 'members'), { recursive: true });
  mkdirSync(join(dir, 'progress'), { recursive: true });
  writeFileSync(join(dir, 'wotn-cohort.json'), JSON.stringify({
    schema: 1, id: 'wotn-11', name: 'Writing On The Net #11', start: START, days: 30, timezone: 'Asia/Ho_Chi_Minh', minWords: 200, freezes: 1, graceHours: 6,
    roles: { lan: 'lead', minh: 'mentor' }, goalWords: 2_000_000, ...extra,
  }));
  const writers = [...WRITERS];
  for (let i = 0; i < crowd; i++) {
    const pattern = Array.from({ length: 30 }, (_, d) => ((i * 7 + d * 3) % 11 === 0 ? '.' : 'x')).join('');
    writers.push({ handle: `writer-${i}`, name: `Người viết ${i}`, intro: 'Viết mỗi ngày.', blog: `https://w${i}.example.com`, days: pattern.slice(0, 10 + (i % 21)) });
  }
  for (const w of writers) {
    writeFileSync(join(dir, 'members', `${w.handle}.json`), JSON.stringify({
      schema: 1, handle: w.handle, name: w.name, ...(w.intro ? { intro: w.intro } : {}), ...(w.blog ? { blog: w.blog } : {}),
      ...(w.hideStreak ? { hideStreak: true } : {}), timezone: 'Asia/Ho_Chi_Minh', joinedAt: '2026-10-25T00:00:00Z',
    }));
    const entries = [...w.days].flatMap((c, i) => {
      if (c !== 'x') return [];
      const date = addDays(START, i);
      const minute = String((w.handle.length * 7 + i) % 60).padStart(2, '0');
      return [{ date, title: w.title?.(i + 1) ?? `Ngày ${i + 1}`, url: w.url?.(i + 1) ?? `https://${w.handle}.example.com/${date}/`, words: 200 + ((i * 37 + w.handle.length * 53 + w.name.length * 11) % 900), publishedAt: `${date}T${String(8 + (i % 12)).padStart(2, '0')}:${minute}:00+07:00` }];
    });
    writeFileSync(join(dir, 'progress', `${w.handle}.json`), JSON.stringify({ schema: 1, handle: w.handle, entries }));
  }
  return dir;
}
