// What of a post is prose: entities (URLs, handles, hashtags, cashtags, e-mail, code) and other
// non-words are replaced by spaces so offsets stay put, then the words are cut out. `forRetext`
// is what the retext processor gets: the masked text with the technical tokens (v2.0, 10k,
// snake_case, Node.js, e.g.) blanked too, so no junk token reaches retext-spell.
import { EMOJI_RUN } from '../text/chars.js';
import { entitiesSync, mask, type Entity } from '../text/entities.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence, a line or a list item (capitals say nothing there); computed on demand with `startsSentence`. */
  sentenceStart?: boolean;
  /** ALL CAPS next to other ALL-CAPS words of 3+ letters ("NOT AST ALL A JOKE"): those words. Shouting, not an
   * acronym, when one of them is an ordinary word (the caller checks: "AGM CEO" is two acronyms). */
  shouted?: string[];
}

export interface Prose {
  /** The text with every non-prose span replaced by spaces (same length). */
  masked: string;
  /** Words to check, in order. */
  words: Token[];
  /** Every word-like run in order, including ones not checked (digits, acronyms): for repeated words. */
  runs: Token[];
  /** `masked` with technical tokens (digits, underscores, inner dots) blanked too: the text retext checks. */
  forRetext: string;
  hashtags: Entity[];
  /** Where quoted text begins: after an old-style retweet marker ("... RT @user: their words"); text.length when none. */
  quoteFrom: number;
}

// "RT @user" (optionally "RT: @user" or with a colon after the handle): what follows is the other account's text.
const RETWEET = /(?:^|[\s"“(])RT:?\s*@[\p{L}\p{N}_.]+:?/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}'’-]*$/u;

// Zero-width characters outside emoji: retext-english would make words of them.
const ZERO_WIDTH = /[\u200B\u200C\u2060]/g;
const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm;
const HTML_ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;
const TEMPLATE = /\{\{[^}\n]*\}\}|\{%[^%\n]*%\}|\$\{[^}\n]*\}/g;
const EMOTICON = /(?<![\p{L}\p{N}])(?:[:;=8][-']?[)(\]\[DPpOo3|\\/*]+|[xX][dD]|<3)(?![\p{L}\p{N}])/gu;
const MD_TARGET = /\]\(([^)\s]*)\)/g;
// A run of letters and digits joined by inner apostrophes, hyphens, dots, slashes or underscores.
const CHUNK = /[\p{L}\p{M}\p{N}]+(?:[_'’\-./][\p{L}\p{M}\p{N}]+)*/gu;
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

export function prose(text: string): Prose {
  const ents = entitiesSync(text);
  const spans: { start: number; end: number }[] = ents.map((e) => ({ start: e.start, end: e.end }));
  const passes: RegExp[] = [EMOJI_RUN, ZERO_WIDTH];
  if (text.includes('```') || text.includes('~~~')) passes.push(FENCE);
  if (text.includes('&')) passes.push(HTML_ENTITY);
  if (text.includes('{')) passes.push(TEMPLATE);
  if (/[:;=8xX<]/.test(text)) passes.push(EMOTICON);
  for (const re of passes) for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  if (text.includes('](')) for (const m of text.matchAll(MD_TARGET)) spans.push({ start: m.index + 2, end: m.index + 2 + m[1].length });
  const masked = mask(text, spans);

  const words: Token[] = [];
  const runs: Token[] = [];
  const technicalSpans: { start: number; end: number }[] = [];
  for (const c of masked.matchAll(CHUNK)) {
    const chunk = c[0];
    const technical = /\p{N}/u.test(chunk) || chunk.includes('_') || /\p{L}\.\p{L}/u.test(chunk);
    if (technical) technicalSpans.push({ start: c.index, end: c.index + chunk.length });
    // exec, not matchAll: matchAll copies the regular expression for every chunk (a fifth of the rule's masking time).
    WORD.lastIndex = 0;
    for (let w = WORD.exec(chunk); w; w = WORD.exec(chunk)) {
      const start = c.index + w.index;
      const tok: Token = { text: w[0], start, end: start + w[0].length };
      runs.push(tok);
      if (!technical) words.push(tok);
    }
    if (!/\p{L}/u.test(chunk)) runs.push({ text: chunk, start: c.index, end: c.index + chunk.length });
  }
  const forRetext = technicalSpans.length ? mask(masked, technicalSpans) : masked;
  markShouting(masked, words);
  const rt = text.includes('RT') ? RETWEET.exec(text) : null;
  return { masked, words, runs, forRetext, hashtags: ents.filter((e) => e.type === 'hashtag'), quoteFrom: rt ? rt.index + rt[0].length : text.length };
}

function markShouting(masked: string, words: Token[]): void {
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (!ALL_CAPS.test(t.text)) continue;
    const near = (k: number) => {
      const o = words[k];
      if (!o || o.text.length < 3 || !ALL_CAPS.test(o.text)) return false;
      const between = k < i ? masked.slice(o.end, t.start) : masked.slice(t.end, o.start);
      return !between.includes('\n');
    };
    const around = [i - 1, i + 1].filter(near).map((k) => words[k].text);
    if (around.length) t.shouted = around;
  }
}

/**
 * Whether the word at `i` begins a sentence, a line or a list item, by the characters before it.
 * Words in checked prose get their sentence starts from retext-english's tree plus `startsLine`;
 * this is for hashtag words and other text retext did not see.
 */
const SKIP_BACK = new Set([...' \t\r\u00a0"\'“‘([*_>#~-']);
const ENDS = new Set([...'.!?:…•·|–—']);
export function startsSentence(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = text[j];
    if (ch === '\n') return true;
    if (SKIP_BACK.has(ch) || /\s/.test(ch)) continue;
    return ENDS.has(ch);
  }
  return true;
}

/**
 * What retext-english's sentences do not cover: the word at `i` begins a line or a list item, or
 * follows a colon, an ellipsis, a bullet, a bar or a dash ("Update: Recieve ..."). A full stop,
 * ! and ? are left to retext-english, which knows abbreviations ("Dr. Smth" does not start a sentence).
 */
const LINE_ENDS = new Set([...':…•·|–—']);
export function startsLine(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = text[j];
    if (ch === '\n') return true;
    if (SKIP_BACK.has(ch) || /\s/.test(ch)) continue;
    return LINE_ENDS.has(ch);
  }
  return true;
}
