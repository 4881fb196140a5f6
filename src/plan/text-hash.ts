// The approval hash: binds an approval to the exact text that was approved.
//
//   approval_hash: "sha256:9f2c4e1a7b3d5f60;a1b2c3,d4e5f6,0c4d19"
//                   ^ whole text (16 hex) ^ one short hash per sentence, in order
//
// The first part is what decides: any change to the published text (body and every alt text)
// voids the approval. The sentence hashes exist only to *show* what changed without storing the
// approved text: a sentence of today's text whose hash is not among the approved ones was
// edited or added after approval; approved hashes that no sentence matches were removed.
// 24 bits per sentence is plenty to point at an edit (a wrong match only hides where, never whether).
//
// Normalisation (what does not count as a change): line endings (CRLF, CR, LF), Unicode
// composition (NFC), and spaces at the end of a line. Everything else counts, emoji and
// double spaces included, because everything else is what the audience sees.
import { createHash } from 'node:crypto';
import type { Post, TextPart } from '../types.js';

export const HASH_ALGORITHM = 'sha256';
const WHOLE_HEX = 16;
const SEGMENT_HEX = 6;

export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+$/gm, '');
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The parts an approval covers: the body and every alt text (everything that gets published). */
export function approvedParts(post: Post): TextPart[] {
  return post.parts;
}

/** Every covered part, in order, normalised, in one string (the input of the whole-text hash). */
export function approvalText(post: Post): string {
  return approvedParts(post)
    .map((p) => `${p.name}\n${normaliseText(p.text)}`)
    .join('\n\u241e\n'); // a record separator that cannot come from a line ending
}

export interface Segment {
  part: TextPart;
  /** Offsets into part.text. */
  start: number;
  end: number;
  hash: string;
}

// A sentence ends at a line break, or after . ! ? … (with closing quotes/brackets) and a space.
const SENTENCE = /[^\n]*?(?:[.!?…]+["'”’)\]]*(?=\s)|(?=\n)|$)/g;

/** Sentences of a part with their offsets (trimmed; empty ones skipped). */
export function segments(part: TextPart): Segment[] {
  const out: Segment[] = [];
  const text = part.text;
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(text))) {
    if (m[0] === '' && SENTENCE.lastIndex >= text.length) break;
    let s = m.index;
    let e = m.index + m[0].length;
    if (m[0] === '') SENTENCE.lastIndex++;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ part, start: s, end: e, hash: segmentHash(part, text.slice(s, e)) });
  }
  return out;
}

function segmentHash(part: TextPart, sentence: string): string {
  return sha(`${part.kind}\n${normaliseText(sentence)}`).slice(0, SEGMENT_HEX);
}

/** The value `postlint approve` writes into `approval_hash`. */
export function computeApprovalHash(post: Post): string {
  const whole = sha(approvalText(post)).slice(0, WHOLE_HEX);
  const segs = approvedParts(post).flatMap(segments).map((s) => s.hash);
  return `${HASH_ALGORITHM}:${whole}${segs.length ? `;${segs.join(',')}` : ''}`;
}

export interface ParsedHash {
  whole: string;
  segments?: string[];
}

/**
 * Read a stored approval_hash. Accepted: what `approve` writes, and a bare or `sha256:`-prefixed
 * hex digest of at least 8 characters (teams that compute it themselves): compared as a prefix.
 */
export function parseApprovalHash(value: string): ParsedHash | undefined {
  const m = /^\s*(?:sha256:)?([0-9a-f]{8,64})(?:;([0-9a-f]{6}(?:,[0-9a-f]{6})*)?)?\s*$/i.exec(value);
  if (!m) return undefined;
  return { whole: m[1].toLowerCase(), segments: m[2] ? m[2].toLowerCase().split(',') : undefined };
}

export type HashCheck =
  | { ok: true }
  | { ok: false; malformed: true }
  | { ok: false; malformed?: false; changed: Segment[]; removed: number; located: boolean };

/** Does the post's text still match the stored hash? If not, which sentences are new or edited. */
export function checkApprovalHash(post: Post, stored: string): HashCheck {
  const parsed = parseApprovalHash(stored);
  if (!parsed) return { ok: false, malformed: true };
  const whole = sha(approvalText(post));
  if (whole.startsWith(parsed.whole)) return { ok: true };
  if (!parsed.segments) return { ok: false, changed: [], removed: 0, located: false };
  const pool = new Map<string, number>();
  for (const h of parsed.segments) pool.set(h, (pool.get(h) ?? 0) + 1);
  const changed: Segment[] = [];
  for (const seg of approvedParts(post).flatMap(segments)) {
    const n = pool.get(seg.hash) ?? 0;
    if (n > 0) pool.set(seg.hash, n - 1);
    else changed.push(seg);
  }
  const removed = [...pool.values()].reduce((a, b) => a + b, 0);
  // Nothing changed or removed but the whole differs: an edit between sentences (spacing, order, line breaks).
  return { ok: false, changed, removed, located: true };
}
