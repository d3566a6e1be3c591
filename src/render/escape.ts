// Escaping for every member-supplied string that reaches a page, a table or a sheet.
import { MAX_URL, webUrl } from '../domain/web-url.js';
import { displayText } from '../domain/clean-text.js';

const HTML_SPECIAL = /[&<>"']/;

export function html(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text; // most names and links: nothing to escape, no copies
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// An http(s) URL that the URL parser gives back unchanged (or with just a "/" added when it
// has no path): a lowercase host whose last label starts with a letter (no IP address, no
// punycode, no port), a path of characters that are never escaped and no "." or ".."
// segment, no query or fragment. Most blog links: no URL parse for those.
const PLAIN_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** A member's text for a page or a feed: see displayText (src/domain/clean-text.ts). */
export const plain = displayText;

/** plain() and then escaped for HTML or XML text and attribute values. */
export function htmlText(text: string): string {
  return html(plain(text));
}


/**
 * A member's link as the page's href, or undefined when it is not a web link (see
 * src/domain/web-url.ts: a javascript: URL in a card must never become a link).
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const plain = url.length <= MAX_URL ? PLAIN_URL.exec(url) : null;
  if (plain && !plain[1]) return `${url}/`;
  if (plain && !DOT_SEGMENT.test(plain[1]!)) return url;
  return webUrl(url);
}

const MARKDOWN_SPECIAL = /[&<>"'\r\n\\`*_{}[\]()#+!|~]/;

/** Text inside a Markdown table cell: no HTML, no table breaks, no links or emphasis. */
export function markdown(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return html(text)
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

/** A CSV field, quoted when needed; cells that a spreadsheet would run as formulas are defused. */
export function csv(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text for a terminal: the rule pages use (displayText), so a member's name can't carry
 * escape sequences that clear the lead's screen, or bidi controls that reverse what it shows.
 */
export const terminal = displayText;

/**
 * Text posted to GitHub that must not @mention anyone: a zero-width space after every `@`
 * keeps "@lan" readable but no longer a mention (GitHub notifies on mentions).
 */
export function noMentions(text: string): string {
  return text.replace(/@/g, '@\u200b');
}
