// Swearing written so a word list never sees it: censored with symbols (f***, F*CK, sh!t, a$$,
// f—ing, b*tch), spelt out with dots or spaces (f.u.c.k, s h i t), numbers for letters (sh1t) and
// grawlix (#$%&!). Each form is resolved to the swear word it stands for, so every matcher can
// treat it as that word; a form that fits no swear word is left alone ("link****" stays "link").
import { maskTargets, swearWords } from '../lexicons/profanity.js';
import { foldWord } from './chars.js';

export interface Unmasked {
  start: number;
  end: number;
  /** The folded swear word, or "#grawlix" for a run of symbols standing for one. */
  word: string;
}

// A word with masking symbols inside or after its letters: letters, digits and leet signs mixed
// with * # % _ ! and dashes. It starts with a letter or a leet sign ($h!t, @ss are caught by
// entity extraction first when they look like a handle).
const SYMBOLIC = /(?<![\p{L}\p{N}_*#$%!@])[\p{L}$][\p{L}\p{N}$@!*#%_—–-]*[*#%_!$@—–-][\p{L}\p{N}$@!*#%_—–-]*/gu;
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:([ .·_])\p{L})(?:\1\p{L}){1,10}(?![\p{L}\p{N}])/gu;
const LEET = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*[013457])[\p{L}\p{N}]{3,12}(?![\p{L}\p{N}])/gu;
const GRAWLIX = /(?<![\p{L}\p{N}])[@#$%&!*]{4,}(?![\p{L}\p{N}])/gu;
const LEET_MAP: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a', '!': 'i' };
const MASK = new Set(['*', '#', '%', '_', '!', '—', '–', '-', '$', '@']);

export function unmask(text: string): Unmasked[] {
  const out: Unmasked[] = [];
  if (/[*#%_!$@—–-]/.test(text)) {
    for (const m of text.matchAll(SYMBOLIC)) {
      // "Yahoo!", "f**k!": a closing ! or dash is punctuation, not a hidden letter.
      const raw = m[0].replace(/[!\-—–_]+$/, '');
      if (!/[*#%!$@—–_-]/.test(raw.slice(1)) && !/^[$@]/.test(raw)) continue;
      // A dash hides letters only between letters ("f—ing"); "2-for-1" and "covid-19" are not censored.
      if (/[—–-]/.test(raw) && /[—–-](?!\p{L})|(?<!\p{L})[—–-]/u.test(raw)) continue;
      const word = resolve(raw);
      if (word) out.push({ start: m.index, end: m.index + raw.length, word });
    }
  }
  for (const m of text.matchAll(SPELLED)) {
    const joined = foldWord(m[0].replace(/[ .·_]/g, ''));
    if (swearWords('en').has(joined) || swearWords('nb').has(joined)) out.push({ start: m.index, end: m.index + m[0].length, word: joined });
  }
  if (/[013457]/.test(text)) {
    for (const m of text.matchAll(LEET)) {
      const w = foldWord(m[0]).replace(/[013457]/g, (d) => LEET_MAP[d]);
      if ((swearWords('en').get(w) ?? 0) >= 2 || (swearWords('nb').get(w) ?? 0) >= 2) out.push({ start: m.index, end: m.index + m[0].length, word: w });
    }
  }
  for (const m of text.matchAll(GRAWLIX)) if (new Set(m[0]).size >= 3) out.push({ start: m.index, end: m.index + m[0].length, word: '#grawlix' });
  return dropOverlaps(out);
}

/** The swear word a censored form stands for: visible letters in place, symbols for the hidden ones. */
export function resolve(raw: string): string | undefined {
  const chars = [...foldWord(raw)];
  let pattern = '';
  let letters = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (/\p{L}/u.test(c)) {
      pattern += c;
      letters++;
    } else if (/\d/.test(c) && LEET_MAP[c]) {
      pattern += LEET_MAP[c];
      letters++;
    } else if (c === '—' || c === '–' || c === '-') pattern += '\\p{L}{1,4}';
    else if (MASK.has(c)) {
      let run = 1;
      while (i + 1 < chars.length && MASK.has(chars[i + 1]) && chars[i + 1] !== '—' && chars[i + 1] !== '–' && chars[i + 1] !== '-') {
        run++;
        i++;
      }
      // "$" and "!" and "@" standing alone between letters are usually leet (a$$, sh!t, @ss).
      const leet = run === 1 && LEET_MAP[c] ? LEET_MAP[c] : '';
      pattern += run === 1 ? (leet ? `[${leet}\\p{L}]` : '\\p{L}') : `\\p{L}{${Math.max(1, run - 2)},${run + 2}}`;
    } else return undefined;
  }
  if (!letters) return undefined;
  const re = new RegExp(`^${pattern}$`, 'u');
  // The most used swear word that fits with at most one letter more or less than written, else
  // the closest in length ("f*!#$%" is "fucking", "f***" is "fuck", "s**t" is "shit").
  let best: string | undefined;
  let bestDiff = Infinity;
  for (const w of maskTargets()) {
    if (!re.test(w)) continue;
    const diff = Math.abs(w.length - chars.length);
    if (diff <= 1) return w;
    if (diff < bestDiff) {
      best = w;
      bestDiff = diff;
    }
  }
  return best;
}

function dropOverlaps(list: Unmasked[]): Unmasked[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Unmasked[] = [];
  for (const u of list) if (!out.length || u.start >= out[out.length - 1].end) out.push(u);
  return out;
}
