// Someone else's words inside a post: quotations (a customer's complaint repeated back, a
// testimonial, a title), Markdown blockquotes, and FAQ questions asked in a customer's voice
// ("Can I bring my dog?"). The voice rules judge the brand's own words only.

export interface Span {
  start: number;
  end: number;
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '‘': '’', "'": "'", '”': '”' };

/**
 * Passages in quotation marks, marks included. Double quotes pair up left to right; single quotes
 * only when they cannot be apostrophes (an opening one follows a space or the start, a closing
 * one is followed by a space, punctuation or the end). A quote that never closes quotes nothing.
 * Markdown blockquote lines ("> ...") count as quoted too.
 */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  if (text.includes('>')) for (const m of text.matchAll(/^[ \t]*>[^\n]*/gm)) out.push({ start: m.index, end: m.index + m[0].length });
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const close = PAIRS[ch];
    if (!close || !opens(text, i)) {
      i++;
      continue;
    }
    const single = ch === "'" || ch === '‘';
    let j = i + 1;
    let found = -1;
    const limit = Math.min(text.length, i + (single ? 300 : 1200));
    for (; j < limit; j++) {
      if (single && text[j] === '\n') break;
      if (text[j] === close || (ch === '"' && text[j] === '”') || (ch === '“' && text[j] === '"')) {
        if (single && !closes(text, j)) continue;
        found = j;
        break;
      }
    }
    if (found < 0) {
      i++;
      continue;
    }
    out.push({ start: i, end: found + 1 });
    i = found + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

function opens(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : ' ';
  const after = text[i + 1] ?? ' ';
  if (/\s/.test(after)) return false;
  // A quotation opens after a space, a line start, a bracket, a dash or a colon: not inside a word ("don't").
  return /[\s([{\-–—:/]/.test(before) || i === 0;
}

function closes(text: string, j: number): boolean {
  const before = text[j - 1] ?? ' ';
  const after = text[j + 1] ?? ' ';
  if (/\s/.test(before)) return false;
  return /[\s.,!?;:)\]}\-–—…]/.test(after) || j === text.length - 1;
}

// An FAQ question in the customer's voice: "Q: Can I bring my dog on board?", "How do I reset my PIN?".
const QUESTION = /(?<=^|[.!?…:\n]\s*|Q:\s*|\p{Extended_Pictographic}\s*)(?:(?:can|could|may|do|does|should|will|would|is|am|what if|how (?:do|can|much|long)|where (?:do|can|is)|why (?:is|does|do|was)|when (?:will|do|does|is)|which)\s+(?:i|my)|(?:kan|må|får|bør|skal) jeg|(?:hvordan|hvor|når|hva) (?:kan|må|gjør|får) jeg)\b[^?\n]{0,200}\?/giu;

/** Questions asked in a customer's voice (FAQ posts): someone else's "I", like a quotation. */
export function customerQuestions(text: string): Span[] {
  if (!text.includes('?')) return [];
  const out: Span[] = [];
  QUESTION.lastIndex = 0;
  for (let m = QUESTION.exec(text); m; m = QUESTION.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a span lies inside any of the spans. */
export function inside(spans: Span[], s: number, e: number): boolean {
  return spans.some((x) => s >= x.start && e <= x.end);
}
