// Characters: what an emoji is, which characters are invisible, and how a word is folded into
// the key every matcher compares (so "Fυсk", "f\u200Buck" and "ＦＵＣＫ" are the same word).
// The one definition of each; the text model, the spelling rule and the length rule share them.
import { createRequire } from 'node:module';

/** One emoji-ish code point: pictographs, flags, skin tones, keycaps and their joiners/selectors. */
export const EMOJI_CHAR = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3\u{E0020}-\u{E007F}]/u;
/** Runs of emoji code points (an emoji with its modifiers and joiners is one run). */
export const EMOJI_RUN = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3\u{E0020}-\u{E007F}]+/gu;
/** A pictograph proper (not a selector or joiner on its own). */
export const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;

/**
 * Characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen.
 * Hidden inside a word they split it for a word list ("f\u200Buck"), so the text model drops them.
 * (U+200D inside an emoji sequence is part of the emoji and is handled there.)
 */
export const INVISIBLE = /[\u200B\u200C\u2060\uFEFF\u00AD]/gu;

// Made at the first use (creating it loads ICU's break data: ~15 ms that a spelling-only run never needs).
let graphemes: Intl.Segmenter | undefined;

/** Each emoji of a text (one grapheme: a pictograph with its modifiers and joiners), with offsets. */
export function emojiRuns(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(EMOJI_RUN)) {
    if (!PICTOGRAPH.test(m[0])) continue;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const g of graphemes.segment(m[0])) if (PICTOGRAPH.test(g.segment)) out.push({ start: m.index + g.index, end: m.index + g.index + g.segment.length, text: g.segment });
  }
  return out;
}

/** An emoji without variation selectors, for comparing with a list. */
export function bareEmoji(e: string): string {
  return e.replace(/[\uFE0E\uFE0F]/g, '');
}

// Unicode's confusables (Cyrillic "а", Greek "ο", mathematical letters...) mapped to Latin, from the
// `confusables` package. Applied only to non-Latin letters inside words that also hold Latin
// letters, or words made only of lookalikes: Norwegian "ø" and a real Russian word stay as they are.
let confusable: Map<string, string> | undefined;
function confusables(): Map<string, string> {
  if (!confusable) {
    const req = createRequire(import.meta.url);
    const map = (req('confusables') as { confusablesMap: Map<string, string> }).confusablesMap;
    confusable = new Map();
    for (const [lookalike, latin] of map) if (/^[a-z]$/i.test(latin) && !/\p{Script=Latin}|[\x00-\x7f]/u.test(lookalike)) confusable.set(lookalike, latin.toLowerCase());
  }
  return confusable;
}

const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

/**
 * The key a word is compared by: NFKC (fullwidth and mathematical letters to plain ones), lower
 * case, invisible characters and apostrophes removed, lookalike letters folded to Latin.
 */
export function foldWord(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(/['’ʼ`´]/g, '');
  if (NON_LATIN_LETTER.test(w)) {
    const map = confusables();
    const chars = [...w];
    const latin = chars.some((c) => /\p{Script=Latin}/u.test(c));
    if (latin || chars.every((c) => !/\p{L}/u.test(c) || map.has(c))) w = chars.map((c) => map.get(c) ?? c).join('');
  }
  return w;
}

/** "hooome" → ["hoome", "home"], "sooo" → ["soo", "so"]: runs of three or more letters shortened. */
export function unstretch(key: string): string[] {
  if (!/(\p{L})\1\1/u.test(key)) return [];
  return [key.replace(/(\p{L})\1{2,}/gu, '$1$1'), key.replace(/(\p{L})\1{2,}/gu, '$1')];
}
