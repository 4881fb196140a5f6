// Informal spellings people write on purpose: style, not typos ("Sooo", "bday", "gonna", "nothin'"). The rule
// does not report them unless the `slang` option asks for it (then as a style note, a warning by default).
// Three kinds, from general patterns plus one word list (`informal` in rules/data/spelling.yaml):
// - elongations: a letter held three times or more, where holding it once or twice makes a word or a listed
//   informal word ("Sooo" -> "So", "yesss" -> "yes", "hooome" -> "home");
// - a dropped g: "-in" or "-in'" where "-ing" is a word ("nothin'", "breakin");
// - the list: text-message and chat spellings (bday, tonite, thru, gonna).

export interface Informal {
  kind: 'elongation' | 'dropped-g' | 'listed';
  /** The ordinary spelling, when there is one to offer. */
  plain?: string;
}

/** The ordinary forms an informal spelling may stand for, best first: elongations held once or twice, then a restored g. */
export function plainForms(word: string): { kind: 'elongation' | 'dropped-g'; plain: string }[] {
  const w = word.replace(/’/g, "'");
  const out: { kind: 'elongation' | 'dropped-g'; plain: string }[] = [];
  const runs = [...w.matchAll(/(\p{L})\1{2,}/gu)].slice(0, 4);
  // Every mix of one and two letters per held run, fewest letters first ("sooo" -> "so" before "soo").
  const masks = [...Array(runs.length ? 1 << runs.length : 0).keys()].sort((a, b) => popcount(a) - popcount(b));
  for (const mask of masks) {
    let form = '';
    let last = 0;
    runs.forEach((m, i) => {
      form += w.slice(last, m.index) + m[1].repeat(mask & (1 << i) ? 2 : 1);
      last = m.index + m[0].length;
    });
    out.push({ kind: 'elongation', plain: form + w.slice(last) });
  }
  const g = /^(.{2,}in)'?$/i.exec(w);
  if (g) out.push({ kind: 'dropped-g', plain: `${g[1]}${g[1].endsWith('IN') ? 'G' : 'g'}` });
  return out;
}

function popcount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/**
 * Whether `word` is an informal spelling: `known(w)` says whether a form (from plainForms) is an ordinary word,
 * `listed` holds the informal word list (lower case).
 */
export function informal(word: string, known: (w: string) => boolean, listed: ReadonlySet<string>): Informal | undefined {
  const lower = word.replace(/’/g, "'").toLowerCase();
  if (listed.has(lower)) return { kind: 'listed' };
  for (const f of plainForms(word)) if (known(f.plain) || listed.has(f.plain.toLowerCase())) return f;
  return undefined;
}
