// Output in pieces: a 50,000-member report is tens of megabytes of text, so renderers yield
// it in chunks of about 8 KiB instead of building one string (and its copies) whole.

// Small enough that the text waiting in a chunk is little to carry through a collection:
// with 32 KiB and more, a 10,000-member page now and then made V8 double its young
// generation (+16 MB peak); large enough that writes stay few.
const CHUNK = 8 * 1024;

/** Pieces joined into chunks of about 8 KiB, in order, nothing added between them. */
export function* batched(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** Lines, each ending with a newline, in chunks. */
export function* lines(items: Iterable<string>): Generator<string> {
  for (const line of items) yield `${line}\n`;
}

export const joined = (chunks: Iterable<string>) => [...chunks].join('');
