// Offensive words: profanity, sexual terms and slurs, from well-kept data. A leaf module (it imports no other part
// of postlint), so the spelling rule and the brand-safety rules share one notion of "never put this in a post".
//
// API (stable; the brand-safety rules import it):
//   isOffensive(word: string, lang?: string): boolean
//     Whether `word` (one word or a phrase; any case, curly or straight apostrophes, a trailing 's or plural s is
//     looked through: "retards", "bitch's") is offensive in `lang` (a BCP 47 tag: en, en-GB, nb, no, de ...).
//     Without `lang`, in any language there is data for.
//   offensiveWords(lang?: string): ReadonlySet<string>
//     The lower-case words and phrases behind it for one language (without `lang`: all languages together).
//
// Data (loaded on the first call, ~30 ms; all are dependencies of postlint):
// - `cuss` (MIT): English, Spanish, French, Italian, Portuguese and Arabic-Latin profanity with a sureness rating;
//   words rated 1 ("maybe") and 2 ("likely") count, 0 ("unlikely": adult, african, bomb) does not.
// - `naughty-words` (CC-BY-4.0, the List of Dirty, Naughty, Obscene, and Otherwise Bad Words by Shutterstock,
//   https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words): 27 languages, Norwegian
//   (`no`) among them, used for nb, nn and no.
// - `retext-equality` (MIT): the patterns of its English data that are slurs (SLUR_PATTERNS below: "retard",
//   "spastic", "tranny", "redskin" ...). Its other patterns are advice about insensitive phrasing ("just",
//   "master", "housewife"), not words that must never be offered.
import { createRequire } from 'node:module';

/** retext-equality pattern ids whose terms are slurs (ableist, racist, homophobic or transphobic). */
const SLUR_PATTERNS = new Set([
  'cretin', 'dwarf', 'eskimo', 'eskimos', 'fag', 'gimp', 'goy', 'gyp', 'heshe', 'hymie', 'idiot', 'japs', 'libtard',
  'mongoloid', 'pinoys', 'redskin', 'redskins', 'retard', 'retards', 'schizo', 'spastic', 'spaz', 'towel-heads',
  'tranny', 'wacko',
]);

/** cuss's per-language modules. */
const CUSS: Record<string, string> = { en: 'cuss', es: 'cuss/es', fr: 'cuss/fr', it: 'cuss/it', pt: 'cuss/pt', 'pt-pt': 'cuss/pt-pt', 'ar-latn': 'cuss/ar-latn' };
/** naughty-words files by language: every language the package has. */
const LDNOOBW = ['ar', 'cs', 'da', 'de', 'en', 'eo', 'es', 'fa', 'fi', 'fil', 'fr', 'hi', 'hu', 'it', 'ja', 'kab', 'ko', 'nl', 'no', 'pl', 'pt', 'ru', 'sv', 'th', 'tlh', 'tr', 'zh'];

const sets = new Map<string, Set<string>>();
let all: Set<string> | undefined;
const require = createRequire(import.meta.url);

function norm(w: string): string {
  return w.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The data's language for a tag: nb/nn/no -> no, pt-PT stays, others by primary subtag. */
function key(lang: string): string {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0];
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'no';
  if (tag === 'pt-pt' || tag === 'ar-latn') return tag;
  return primary;
}

function build(k: string): Set<string> {
  const out = new Set<string>();
  if (CUSS[k]) {
    const mod = require(CUSS[k]) as Record<string, Record<string, number>>;
    const table = Object.values(mod).find((v) => v && typeof v === 'object') ?? {};
    for (const [w, rating] of Object.entries(table)) if (rating >= 1) out.add(norm(w));
  }
  if (k === 'pt-pt') for (const w of build('pt')) out.add(w);
  const ld = LDNOOBW.includes(k) ? k : undefined;
  if (ld) for (const w of require(`naughty-words/${ld}.json`) as string[]) out.add(norm(w));
  if (k === 'en') {
    const patterns = (require(require.resolve('retext-equality').replace(/en\.js$/, 'patterns-en.js')) as { patterns: { id: string; inconsiderate: Record<string, string> }[] }).patterns;
    for (const p of patterns) if (SLUR_PATTERNS.has(p.id)) for (const w of Object.keys(p.inconsiderate)) out.add(norm(w));
  }
  return out;
}

/** The lower-case offensive words and phrases of a language; without `lang`, of every language there is data for. */
export function offensiveWords(lang?: string): ReadonlySet<string> {
  if (lang === undefined) {
    if (!all) {
      all = new Set();
      for (const k of new Set([...Object.keys(CUSS), ...LDNOOBW])) for (const w of offensiveWords(k)) all.add(w);
    }
    return all;
  }
  const k = key(lang);
  let s = sets.get(k);
  if (!s) sets.set(k, (s = build(k)));
  return s;
}

/** Whether a word or phrase is offensive in `lang` (any language when omitted); a possessive or plural s is looked through. */
export function isOffensive(word: string, lang?: string): boolean {
  const set = offensiveWords(lang);
  const w = norm(word);
  if (!w) return false;
  if (set.has(w)) return true;
  const base = w.replace(/'s$|s'$/, '');
  if (base !== w && set.has(base)) return true;
  if (w.length > 3 && w.endsWith('s') && set.has(w.slice(0, -1))) return true;
  if (w.length > 4 && w.endsWith('es') && set.has(w.slice(0, -2))) return true;
  return false;
}
