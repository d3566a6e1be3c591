// Word counts of a markdown body in any language. Pure.
//
// Intl.Segmenter counts Latin and Vietnamese words (each Vietnamese syllable is a word, as
// common editors count them); Han and kana characters count one each, since CJK writing
// has no spaces and one character is the usual unit. Node 20's segmenter is quadratic on
// long inputs, so text is fed to it in short chunks cut at whitespace (which never splits
// a word, so the count is the same).

const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1[^\n]*(?=\n|$)|$)/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gm;
const INLINE_CODE = /`[^`\n]+`/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]*>/gi;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CHUNK_CHARS = 2_000;

let segmenter: Intl.Segmenter | undefined;

/** Strips what is not prose: code, HTML, URLs and image syntax; keeps link text. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(FENCED_CODE, ' ')
    .replace(HTML_COMMENT, ' ')
    .replace(IMAGE, ' ')
    .replace(LINK, '$1')
    .replace(REFERENCE_DEFINITION, ' ')
    .replace(INLINE_CODE, ' ')
    .replace(AUTOLINK, ' ')
    .replace(HTML_TAG, ' ')
    .replace(URL, ' ');
}

function countSegments(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) count++;
  return count;
}

/** Words in a markdown body (front matter already removed). */
export function countWords(markdownBody: string): number {
  let cjk = 0;
  const prose = proseOf(markdownBody).replace(CJK, () => {
    cjk++;
    return ' ';
  });
  let count = cjk;
  let i = 0;
  while (i < prose.length) {
    let end = Math.min(prose.length, i + CHUNK_CHARS);
    if (end < prose.length) {
      const space = prose.lastIndexOf(' ', end);
      const newline = prose.lastIndexOf('\n', end);
      const cut = Math.max(space, newline);
      if (cut > i) end = cut;
    }
    count += countSegments(prose.slice(i, end));
    i = end;
  }
  return count;
}
