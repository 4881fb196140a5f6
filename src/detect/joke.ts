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
  kind: 'word' | 'emoji' | 'hashtag';
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
  return out.sort((x, y) => x.start - y.start);
}
