// Misspellings a writer makes on purpose. A reviewer does not stop a post for them, so the spelling
// rule stays quiet (quiet by default: a finding a careful reviewer would not raise is a defect).

/** Quotation marks that may enclose a word being talked about: 'x', "x", ‘x’, “x”, «x». */
const PAIRS: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”', '«': '»', '„': '“' };

/**
 * The word stands alone in quotation marks: it is being mentioned, not used ("not 'unpresidented'",
 * the word "covfefe"). A typo inside a quoted sentence is still reported: only a lone word is a mention.
 */
export function mentionedWord(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  const close = PAIRS[open];
  return close !== undefined && text[end] === close;
}

/**
 * The right spelling is in the same text too, and the wrong one is more than a slip away from it:
 * the wrong one is a joke on it ("we're all out of hamberders. just serving hamburgers today").
 * Someone who typed both knew the word. A one-edit slip ("teh" beside "the") is still a typo.
 */
export function besideItsSpelling(text: string, top: { word: string; edits: number } | undefined): boolean {
  if (!top || top.edits < 2 || top.word.length < 5 || /\s/.test(top.word)) return false;
  const correct = top.word;
  const escaped = correct.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
