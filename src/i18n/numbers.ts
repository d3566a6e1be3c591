// Numbers as each language writes them: 1,250 words; 1.250 từ. By hand for whole numbers
// (the first Intl.NumberFormat costs 25-60 ms of startup); other numbers, rare, use Intl.
const SEPARATOR: Record<string, string> = { en: ',', vi: '.' };
const formats = new Map<string, Intl.NumberFormat>();

export function groupedFor(lang: string, n: number): string {
  const text = String(n);
  if (!Number.isInteger(n) || !Number.isFinite(n)) {
    const lc = SEPARATOR[lang] ? lang : 'en';
    if (!formats.has(lc)) formats.set(lc, new Intl.NumberFormat(lc === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }));
    return formats.get(lc)!.format(n);
  }
  const sep = SEPARATOR[lang] ?? ',';
  const sign = n < 0 ? '-' : '';
  const digits = n < 0 ? text.slice(1) : text;
  if (digits.length <= 3) return text;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return sign + out;
}
