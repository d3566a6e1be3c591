// Member text that others will read (a kudos note, a reason, a reflection): cleaned of what
// could disguise or break it, before its length is judged. Pure, and domain-side, because
// validation (hook, ingest, verify) needs it; escaping for a page stays in src/render.

import { refused, said, type Said } from './said.js';

// C0 and C1 controls (tab, newline and carriage return are handled apart), DEL.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Bidirectional embeddings, overrides, isolates and marks (the "Trojan Source" characters)
// and the Arabic letter mark: one list for stored and shown text. Zero-width joiners stay:
// emoji sequences need them.
const BIDI_CHARS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
// Stored text loses the BOM too.
const BIDI = new RegExp(`[${BIDI_CHARS}\\ufeff]`, 'g');
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
// A surrogate half with no partner: not text, and not encodable as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function base(text: string): string {
  return text.replace(LONE_SURROGATE, '').normalize('NFC').replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(BIDI, '');
}

/**
 * Member text as it is shown (a page, a feed, a terminal), not as it is stored: control
 * characters become spaces, and the bidi controls, lone surrogate halves and the
 * non-characters XML can't carry are removed, so a name or title can't reverse, hide or
 * break the text around it. Nothing else changes (no normalising, no trimming), and text
 * with nothing to strip is returned as it is.
 */
export function displayText(text: string): string {
  if (!UNSAFE_TO_SHOW.test(text)) return text;
  return text.replace(SHOWN_CONTROLS, ' ').replace(HIDDEN, '');
}
// eslint-disable-next-line no-control-regex
const SHOWN_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Shown text: what XML can't carry (the non-characters, lone surrogates) goes too.
const HIDDEN = new RegExp(`[${BIDI_CHARS}\\ufffe\\uffff]|${LONE_SURROGATE.source}`, 'g');
const UNSAFE_TO_SHOW = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CHARS}\\ufffe\\uffff\\ud800-\\udfff]`);

/** One line: every run of whitespace (newlines and tabs included) becomes one space; trimmed. */
export function cleanLine(text: string): string {
  return base(text).replace(/\s+/g, ' ').trim();
}

/** Paragraphs: lines kept (at most one blank line in a row), spaces within a line collapsed; trimmed. */
export function cleanParagraphs(text: string): string {
  return base(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Length as a reader counts it: code points, so "Tiếng Việt" and 🌱 are not inflated. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export type CleanText = { ok: true; text: string } | { ok: false; problem: string; said: Said };

export function cleanField(value: unknown, max: number, opts: { paragraphs?: boolean; allowEmpty?: boolean } = {}): CleanText {
  if (typeof value !== 'string') return refused(said('problem.text.notText', {}, 'must be text'));
  // A cheap bound first: a megabyte of text is refused before it is normalised.
  if (value.length > max * 4 + 64) return refused(said('problem.text.long', { max }, `is longer than ${max} characters`));
  const text = opts.paragraphs ? cleanParagraphs(value) : cleanLine(value);
  if (!text && !opts.allowEmpty) return refused(said('problem.text.empty', {}, 'is empty'));
  const length = textLength(text);
  return length > max ? refused(said('problem.text.tooMany', { length, max }, `is ${length} characters, more than ${max}`)) : { ok: true, text };
}
