// Joke detection: laughter words, winking emoji and humour hashtags (rules/data/joke-cues.yaml).
// A joke is what turns a mention of death, religion, drugs or a tragic hashtag into a brand risk.
import { ruleData } from '../data/load.js';
import { langKey, type Analysis } from '../text/analysis.js';
import { Lexicon, type DataEntry } from '../text/lexicon.js';
import { tagKey } from '../text/segment.js';

export interface JokeCue {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'emoji' | 'hashtag' | 'caption';
}

let lexicon: Lexicon | undefined;
let tags: Set<string> | undefined;

function load(): { lex: Lexicon; tags: Set<string> } {
  if (!lexicon) {
    const d = ruleData<{ entries: DataEntry[]; hashtags?: { tags: string[] } }>('joke-cues.yaml');
    lexicon = new Lexicon('joke-cues', d.entries);
    tags = new Set((d.hashtags?.tags ?? []).map(tagKey));
  }
  return { lex: lexicon, tags: tags! };
}

/** Joke cues in one analysed text. */
export function jokeCues(a: Analysis, lang: string): JokeCue[] {
  const { lex, tags: t } = load();
  const out: JokeCue[] = lex.match(a, langKey(lang)).map((h) => ({ start: h.start, end: h.end, text: h.text, kind: h.emoji ? 'emoji' : 'word' }));
  for (const h of a.hashtags) if (t.has(tagKey(h.tag))) out.push({ start: h.start, end: h.end, text: a.text.slice(h.start, h.end), kind: 'hashtag' });
  const c = caption(a, lang);
  if (c) out.push(c);
  return out.sort((x, y) => x.start - y.start);
}

// Who a reaction caption is about ("When we ...", "When your boss ...").
const CAPTION_SUBJECTS = new Set(['we', 'you', 'i', 'they', 'u', 'ya', 'yall', "y'all", 'your', 'ur', 'my', 'our', 'their', 'someone', 'somebody', 'people', 'ppl', 'he', 'she', 'the', 'mum', 'mom', 'dad']);
const MAIN_SUBJECTS = new Set(['we', 'i', 'they', 'he', 'she']);
const MAIN_SUBJECTS_NB = new Set(['vi', 'jeg', 'de', 'han', 'hun']);
const CAPTION_SUBJECTS_NB = new Set(['vi', 'du', 'dere', 'jeg', 'man', 'noen', 'de', 'når']);

/**
 * A reaction-meme caption: the whole post is one "When we/you ..." clause with no main clause,
 * the shape that captions a GIF or an image ("When you realise it's Monday"). Captions are how a
 * brand jokes without a single laughter word, so a grave topic in one reads as a joke about it.
 * A question ("When do you open?") or a clause followed by its main clause ("When you visit,
 * say hi") is not a caption.
 */
function caption(a: Analysis, lang: string): JokeCue | undefined {
  const words = a.tokens.filter((t) => !t.quoted);
  if (words.length < 4) return undefined;
  const [first, second] = words;
  const nb = langKey(lang) === 'nb';
  if (first.key !== (nb ? 'når' : 'when') || !(nb ? CAPTION_SUBJECTS_NB : CAPTION_SUBJECTS).has(second.key)) return undefined;
  if (words.some((t) => t.sentence !== first.sentence || t.question || t.comma)) return undefined;
  // A second subject starts the main clause: "When we lost Sam we learned ..." is a sentence, not a caption.
  if (words.slice(2).some((t) => (nb ? MAIN_SUBJECTS_NB : MAIN_SUBJECTS).has(t.key))) return undefined;
  const last = words[words.length - 1];
  return { start: first.start, end: last.end, text: `${a.text.slice(first.start, second.end)} …`, kind: 'caption' };
}
