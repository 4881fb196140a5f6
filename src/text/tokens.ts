// Words with offsets, sentences and folded keys: the tokens every matcher of the text model reads.
// A token's `key` is what word lists compare: folded (lower case, lookalike letters, invisible
// characters and apostrophes removed) and, for censored swearing, the word it stands for
// ("f***ing" has the key "fucking"). Masked stretches (U+0001: URLs, mentions, hashtags) break
// sentences, so a phrase never runs across them.
import { foldWord, INVISIBLE, PICTOGRAPH, unstretch } from './chars.js';
import { unmask } from './masked.js';

export interface Token {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Folded form (see above). */
  key: string;
  /** `key` without a possessive "s" when the word was written with 's ("obama's" → "obama"). */
  base: string;
  /** Shortened stretches ("hooome" → "hoome", "home"); empty when there are none. */
  alts: string[];
  sentence: number;
  /** First token of a sentence, a line, or after an emoji. */
  sentStart: boolean;
  /** Last token of its sentence. */
  sentEnd: boolean;
  /** Its sentence ends with a question mark. */
  question: boolean;
  /** Only spaces, hyphens, dashes, quotes, slashes, "&" and at most one comma since the previous token. */
  joined: boolean;
  comma: boolean;
  num: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("NO", "COLLUSION"). */
  caps: boolean;
  /** Resolved from a censored form. */
  masked: boolean;
  /** Inside someone else's words (a quotation); set by the text model. */
  quoted: boolean;
}

const WORD = /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}\u200B\u200C\u2060\u00AD]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*|\p{Sc}|%/gu;
const NUM = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const JOINING = /^[\s\-‐‑–—'’"“”‘/&]*,?[\s\-‐‑–—'’"“”‘/&]*$/u;

/** Tokens of a text (entities already masked by U+0001 where they should not be read as words). */
export function tokenize(text: string): Token[] {
  const hidden = unmask(text).map((u) => ({ start: u.start, end: u.end, key: u.word }));
  const raw: { start: number; end: number; key?: string }[] = [];
  let h = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (h < hidden.length && hidden[h].end <= start) raw.push(hidden[h++]);
    if (h < hidden.length && hidden[h].start < end) continue; // part of a censored form
    if (!/[\p{L}\p{N}\p{Sc}%]/u.test(m[0])) continue; // only invisible characters
    raw.push({ start, end });
  }
  while (h < hidden.length) raw.push(hidden[h++]);
  raw.sort((a, b) => a.start - b.start);

  const out: Token[] = [];
  let sentence = 0;
  let prevEnd = 0;
  for (const r of raw) {
    const t = text.slice(r.start, r.end);
    const first = out.length === 0;
    const gap = text.slice(prevEnd, r.start);
    const prev = out[out.length - 1];
    // "22. juli", "17. mai": a Norwegian ordinal date is not a sentence end.
    const ordinal = !first && /^\.[ \t]+$/.test(gap) && prev?.num && /^\p{Ll}/u.test(t);
    let sentStart = first;
    if (!first && !ordinal && (/[!?…\n\u0001]/u.test(gap) || /[.:;](?:\s|$)/.test(gap) || PICTOGRAPH.test(gap))) {
      sentence++;
      sentStart = true;
    }
    const key = r.key ?? foldWord(t);
    const possessive = /['’ʼ]s$/i.test(t);
    const letters = t.replace(INVISIBLE, '');
    out.push({
      text: t,
      start: r.start,
      end: r.end,
      key,
      base: possessive ? key.slice(0, -1) : key,
      alts: unstretch(key),
      sentence,
      sentStart,
      sentEnd: false,
      question: false,
      joined: !first && !sentStart && (JOINING.test(gap) || !!ordinal),
      comma: gap.includes(','),
      num: NUM.test(t),
      cap: /^\p{Lu}/u.test(letters),
      caps: /^\p{Lu}{2,}$/u.test(letters.replace(/['’]/g, '')),
      masked: r.key !== undefined,
      quoted: false,
    });
    prevEnd = r.end;
  }
  // Where each sentence ends, and whether it asks: the punctuation after its last token.
  for (let i = 0; i < out.length; i++) {
    if (i + 1 < out.length && out[i + 1].sentence === out[i].sentence) continue;
    out[i].sentEnd = true;
    const after = text.slice(out[i].end, i + 1 < out.length ? out[i + 1].start : text.length);
    if (/^[^.!\n\u0001]*\?/u.test(after)) for (let j = i; j >= 0 && out[j].sentence === out[i].sentence; j--) out[j].question = true;
  }
  return out;
}
