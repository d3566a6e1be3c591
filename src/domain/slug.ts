// Slugs for file names and URLs. Pure.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const MAX_SLUG = 80;

/** "Viết mỗi ngày, đừng bỏ cuộc" → "viet-moi-ngay-dung-bo-cuoc". Non-Latin letters are kept. */
export function slugify(title: string, fallback = 'post'): string {
  const slug = title
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_WORD, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') : slug;
  return cut || fallback;
}
