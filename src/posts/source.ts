// Reading a draft file into a SourceFile, and turning offsets into line:column.
import { ENGINE_MESSAGES } from '../engine/engine-id.js';
import { interpolate } from '../engine/messages.js';
import type { MessageData, SourceFile } from '../types.js';

type InputMessageId = 'tooBig' | 'binary' | 'notUtf8';

/** A file that cannot be a draft. Its message leaves out the file, which callers name their own way ("it", the path). */
export class InputError extends Error {
  constructor(
    readonly messageId: InputMessageId,
    readonly data: MessageData = {},
    readonly line = 1,
    readonly column = 1,
  ) {
    super(interpolate(ENGINE_MESSAGES[messageId].replace(/^\{\{file\}\} /, ''), data));
  }
}

// ignoreBOM keeps the BOM in the text so it can be detected (and written back by --fix).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode a draft's bytes; binary and invalid UTF-8 are refused with the line where it happens. */
export function decodeSource(buf: Uint8Array, path: string, relPath: string, mode?: number): SourceFile {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const at = placeOfByte(buf, nul);
    throw new InputError('binary', {}, at.line, at.column);
  }
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    const at = placeOfByte(buf, bad);
    const hex = `0x${buf[bad].toString(16).toUpperCase().padStart(2, '0')}`;
    throw new InputError('notUtf8', { byte: hex, offset: bad }, at.line, at.column);
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

/**
 * Line and column of a byte, counted as everywhere else: columns in UTF-16 units of the text
 * before it on its line (which is valid UTF-8 up to the first bad byte), 1-based. A BOM at the
 * start of the file is not a column.
 */
function placeOfByte(buf: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++)
    if (buf[i] === 10) {
      line++;
      start = i + 1;
    }
  if (start === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = Math.min(3, at);
  return { line, column: new TextDecoder('utf-8').decode(buf.subarray(start, at)).length + 1 };
}

/**
 * Offset of the first byte that is not well-formed UTF-8 (WHATWG/Unicode table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF). Only called once the decoder has refused the bytes.
 */
function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      // The first continuation byte has the narrower range; a truncated sequence is bad at its lead byte.
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return buf.length - 1;
}
