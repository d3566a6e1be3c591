// Word counts of a markdown body in any language. Pure.
//
// Intl.Segmenter counts Latin and Vietnamese words (each Vietnamese syllable is a word, as
// common editors count them); Han and kana characters count one each, since CJK writing
// has no spaces and one character is the usual unit. Words never span whitespace, so text
// is split there first: a token of Latin letters (Vietnamese included) and digits alone is
// one word, which the segmenter would say too, and only the rest (punctuation, other
// scripts) goes to the segmenter, in short chunks (Node 20's is quadratic on long inputs,
// and it allocates an object per segment: 3 million words took 9 s that way).

const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1[^\n]*(?=\n|$)|$)/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gm;
const INLINE_CODE = /`[^`\n]+`/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]*>/gi;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
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

// Made on first use: Unicode property classes cost ~0.4 ms to build, and most runs of
// wotn count no words (a draft's count is remembered while it is unchanged).
let patterns: { cjk: RegExp; simpleWord: RegExp } | undefined;
const wordPatterns = () =>
  (patterns ??= {
    cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
    simpleWord: /^(?=\P{M})(?:(?=\p{Script=Latin})\p{L}|\p{M}|\p{Nd})+$/u,
  });
const WHITESPACE = /\s+/;

/** Words in a markdown body (front matter already removed). */
export function countWords(markdownBody: string): number {
  const { cjk, simpleWord } = wordPatterns();
  let count = 0;
  const prose = proseOf(markdownBody).replace(cjk, () => {
    count++;
    return ' ';
  });
  let pending: string[] = [];
  let pendingChars = 0;
  for (const token of prose.split(WHITESPACE)) {
    if (!token) continue;
    if (simpleWord.test(token)) {
      count++;
      continue;
    }
    pending.push(token);
    pendingChars += token.length + 1;
    if (pendingChars >= CHUNK_CHARS) {
      count += countSegments(pending.join(' '));
      pending = [];
      pendingChars = 0;
    }
  }
  if (pending.length) count += countSegments(pending.join(' '));
  return count;
}
