// Brand spellings: names that must be written exactly so (config `brand_spellings`: iPhone,
// LinkedIn, Kettle & Crumb). A match ignores case and spacing; anything but the exact form is
// reported, and the fix (the exact form) is certain.

export interface BrandMatch {
  start: number;
  end: number;
  text: string;
  brand: string;
  /** All lower case, one word: fine when the dictionary has it as an ordinary word (the caller checks). */
  plainWord: boolean;
}

export interface BrandMatcher {
  brands: string[];
  /** Every way of writing a brand that is not the exact form. */
  match(masked: string): BrandMatch[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "LinkedIn" also matches "linkedin", "Linked In", "Linked-in"; "Kettle & Crumb" matches
 * "kettle &crumb", "Kettle&Crumb". Spaces may appear or vanish only where the brand has a
 * space, punctuation or a lower-to-upper case change.
 */
export function brandPattern(brand: string): string {
  const chars = [...brand.trim()];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const prev = chars[i - 1];
    if (/\s/.test(ch)) {
      if (!/\s/.test(prev ?? '')) out += '[\\s\\-]*';
      continue;
    }
    if (prev && /\p{Ll}/u.test(prev) && /\p{Lu}/u.test(ch)) out += '[\\s\\-]?';
    else if (prev && (/[^\p{L}\p{N}\s]/u.test(ch) || /[^\p{L}\p{N}\s]/u.test(prev)) && !/\s/.test(prev)) out += '\\s*';
    out += /\p{L}/u.test(ch) ? `[${escape(ch.toLowerCase())}${escape(ch.toUpperCase())}]` : escape(ch);
  }
  return out;
}

export function compileBrands(list: unknown): BrandMatcher {
  const brands = (Array.isArray(list) ? list : []).filter((b): b is string => typeof b === 'string' && /\p{L}/u.test(b)).map((b) => b.trim());
  const res = brands.map((b) => ({ brand: b, re: new RegExp(`(?<![\\p{L}\\p{N}_'’-])${brandPattern(b)}(?![\\p{L}\\p{N}_-])`, 'gu') }));
  return {
    brands,
    match(masked) {
      const out: BrandMatch[] = [];
      for (const { brand, re } of res) {
        re.lastIndex = 0;
        for (const m of masked.matchAll(re)) {
          const text = m[0];
          if (out.some((o) => m.index < o.end && m.index + text.length > o.start)) continue;
          out.push({ start: m.index, end: m.index + text.length, text, brand, plainWord: text === text.toLowerCase() && !/[\s&+]/.test(brand) });
        }
      }
      return out.filter((m) => m.text !== m.brand).sort((a, b) => a.start - b.start);
    },
  };
}
