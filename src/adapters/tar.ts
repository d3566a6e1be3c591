// Extracts a .tar.gz (a GitHub repository archive) into a folder. Just enough of ustar and
// pax for what GitHub produces: regular files and folders, long names through pax `path`
// or the ustar prefix. Entries that would land outside the folder are refused.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

function field(block: Buffer, offset: number, length: number): string {
  const end = block.indexOf(0, offset);
  return block.toString('utf8', offset, end >= 0 && end < offset + length ? end : offset + length);
}

function paxPath(data: Buffer): string | undefined {
  let text = data.toString('utf8');
  while (text.length) {
    const space = text.indexOf(' ');
    const length = Number(text.slice(0, space));
    if (!length) break;
    const record = text.slice(space + 1, length - 1);
    if (record.startsWith('path=')) return record.slice(5);
    text = text.slice(length);
  }
  return undefined;
}

/** Extracts files; `strip` drops leading path parts (GitHub wraps all in one folder). */
export function extractTarGz(archive: Buffer, into: string, strip = 1): number {
  const tar = gunzipSync(archive);
  const root = resolve(into);
  let offset = 0;
  let files = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156]!);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longName = paxPath(data);
      continue;
    }
    if (type === 'g' || type === 'L' || type === 'K') continue;
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const rel = name.split('/').slice(strip).join('/');
    if (!rel) continue;
    const target = resolve(join(root, rel));
    if (target !== root && !target.startsWith(root + sep)) throw new Error(`archive entry escapes the folder: ${name}`);
    if (type === '5') mkdirSync(target, { recursive: true });
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
      files++;
    }
  }
  return files;
}
