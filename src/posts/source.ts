// Reading a draft file into a SourceFile, and turning offsets into line:column.
import type { SourceFile } from '../types.js';

export class InputError extends Error {
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}

// ignoreBOM keeps the BOM in the text so it can be detected (and written back by --fix).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode a draft's bytes; binary and invalid UTF-8 are refused with the line where it happens. */
export function decodeSource(buf: Uint8Array, path: string, relPath: string, mode?: number): SourceFile {
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new InputError('looks like a binary file (it contains a NUL byte); drafts must be UTF-8 text', lineOfByte(buf, nul));
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    throw new InputError(`is not valid UTF-8 (byte ${bad} on this line); save it as UTF-8`, lineOfByte(buf, bad));
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return makeSource(text, path, relPath, bom, mode);
}

export function makeSource(text: string, path: string, relPath: string, bom = false, mode?: number): SourceFile {
  return { path, relPath, text, bom, mode, lineStarts: lineStarts(text) };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 units, as ESLint and editors count). */
export function position(source: SourceFile, offset: number): { line: number; column: number } {
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function lineOfByte(buf: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < buf.length; i++) if (buf[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
