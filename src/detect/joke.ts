// Joke detection: laughter words, winking emoji and humour hashtags (rules/data/joke-cues.yaml).
// A joke is what turns a mention of death, religion, drugs or a tragic hashtag into a brand risk.
import { ruleData } from '../data/load.js';
import { langKey, ownTokens, type Analysis } from '../text/analysis.js';
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

// The caption's opening word, who it is about ("When we ...", "When your boss ..."), and the
// subjects that would start a main clause after it.
const CAPTION: Record<string, { when: string; about: Set<string>; main: Set<string> }> = {
  en: {
    when: 'when',
    about: new Set(['we', 'you', 'i', 'they', 'u', 'ya', 'yall', "y'all", 'your', 'ur', 'my', 'our', 'their', 'someone', 'somebody', 'people', 'ppl', 'he', 'she', 'the', 'mum', 'mom', 'dad']),
    main: new Set(['we', 'i', 'they', 'he', 'she']),
  },
  nb: { when: 'når', about: new Set(['vi', 'du', 'dere', 'jeg', 'man', 'noen', 'de']), main: new Set(['vi', 'jeg', 'de', 'han', 'hun']) },
};

/**
 * A reaction-meme caption: the whole post is one "When we/you ..." clause with no main clause,
 * the shape that captions a GIF or an image ("When you realise it's Monday"). Captions are how a
 * brand jokes without a single laughter word, so a grave topic in one reads as a joke about it.
 * A question ("When do you open?") or a clause followed by its main clause ("When you visit,
 * say hi", "When we lost Sam we learned ...") is not a caption.
 */
function caption(a: Analysis, lang: string): JokeCue | undefined {
  const shape = CAPTION[langKey(lang)] ?? CAPTION.en;
  const words = ownTokens(a);
  if (words.length < 4) return undefined;
  const [first, second] = words;
  if (first.key !== shape.when || !shape.about.has(second.key)) return undefined;
  if (words.some((t) => t.sentence !== first.sentence || t.question || t.comma)) return undefined;
  if (words.slice(2).some((t) => shape.main.has(t.key))) return undefined;
  return { start: first.start, end: words[words.length - 1].end, text: `${a.text.slice(first.start, second.end)} …`, kind: 'caption' };
}
