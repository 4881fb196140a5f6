// The spelling rule's work for a whole run: every post's published parts are cut into words,
// each language's dictionary is built once (only for languages that have posts), every distinct
// word is looked up once, and suggestions are computed once per distinct misspelling.
import type { PrepareContext } from '../engine/rule.js';
import type { ResolvedConfig } from '../config/types.js';
import { loadEntityExtractors } from '../text/entities.js';
import type { MessageData, Post, TextPart } from '../types.js';
import { compileBrands, type BrandMatcher } from './brands.js';
import { spellingData, type SpellingData } from './data.js';
import { compoundInfo, findDictionary, loadChecker, searchFolders, type Checker, type DictionaryFiles } from './dictionaries.js';
import { editCount } from './distance.js';
import { frequency, warmFrequencies } from './frequency.js';
import { FIRST, FLAGGED } from './retext.js';
import { snapshotFolderFor, useSnapshotFolder } from './snapshot.js';
import { casePattern, langInfo, matchCase, slippedCase, Speller, type LangInfo } from './speller.js';
import type { Candidate } from './suggest.js';
import { informal, plainForms, type Informal } from './informal.js';
import { prose, startsLine, startsSentence, type Token } from './tokens.js';
import { besideItsSpelling, mentionedWord } from './deliberate.js';
import { englishWord, names, terms, warmVocabulary, type Accepts } from './vocabulary.js';
import type { SpellingMessageId } from './messages.js';
import { loadDictionarySetting, WordList } from './words.js';

export interface SpellingOptions {
  hashtags?: boolean;
  /** Informal spellings (Sooo, bday, gonna, nothin'): not reported (off, the default), or as warnings or errors. */
  slang?: 'off' | 'warn' | 'error';
  /** Report capitalised unknown words inside a sentence (probable names) as warnings. Default false. */
  names?: boolean;
}

/** The per-post options a finding depends on. */
interface PostOptions {
  slang: 'off' | 'warn' | 'error';
  names: boolean;
}

export interface Finding {
  part: TextPart;
  start: number;
  end: number;
  messageId: SpellingMessageId;
  data: MessageData;
  why: string;
  hint?: string;
  severity?: 'warn';
  /** Certain replacement of [start, end). */
  fix?: string;
  suggestions?: { desc: string; text: string }[];
}

const WHY_TYPO = 'A typo in a published post looks careless, gets screenshotted and cannot be edited on every platform (X edits show, and the first version has already been seen).';
const WHY_BRAND = 'A brand name written the wrong way looks careless to the brand and its fans, and search and tagging may not find it.';
const WHY_REPEAT = 'A doubled word is a typo that readers notice at once.';
/** One speller (dictionary look-ups and suggestions, cached) per dictionary and language for the process. */
const spellers = new Map<string, Speller>();
/** Short ids for the team word lists, for the suggestion cache. */
const teamKeys = new Map<string, string>();

/** Runs of at most this many posts build small Hunspell dictionaries (an installed en-AU, ...) in a worker thread. */
const SMALL_RUN = 500;
/** A capital after the first letter: the only words that can be Shift/Caps Lock slips. */
const UPPER_INSIDE = /.\p{Lu}/u;
/** Texts per call to the retext processor. */
const CHECK_BATCH = 500;
/** A fix is certain only when the best candidate leads the next by at least this score. */
export const CERTAIN_MARGIN = 1.0;

interface Team {
  key: string;
  words: WordList;
  brands: BrandMatcher;
}

interface Occurrence {
  post: Post;
  part: TextPart;
  opts: PostOptions;
  tok: Token;
  masked?: string;
  hashtag?: { tag: string };
}

interface Group {
  speller: Speller;
  team: Team;
  /** The parts to check: the text retext gets, and postlint's own words of it (entities, skipped words and brands left out). */
  parts: { post: Post; part: TextPart; masked: string; forRetext: string; tokens: Token[]; opts: PostOptions }[];
  hashtagWords: Map<string, Occurrence[]>;
}

export async function runSpelling(posts: Post[], ctx: PrepareContext<SpellingOptions>): Promise<Map<Post, Finding[]>> {
  const findings = new Map<Post, Finding[]>();
  const add = (post: Post, f: Finding) => {
    const l = findings.get(post);
    if (l) l.push(f);
    else findings.set(post, [f]);
  };
  if (!posts.length) return findings;
  // The precompiled structures (frequencies, the trie suggestions walk, the data file) live in the config folder's
  // cache (node_modules/.cache/postlint/spelling); --no-cache builds them in memory.
  useSnapshotFolder(ctx.noCache ? undefined : snapshotFolderFor(ctx.config.root));
  // Which dictionary each post needs, first: the worker builds start before anything else loads.
  const langs: { post: Post; pc: ReturnType<typeof ctx.forPost>; lang: string }[] = [];
  const filesByLang = new Map<string, DictionaryFiles | undefined>();
  for (const post of posts) {
    const pc = ctx.forPost(post);
    const lang = pc.lang || 'en';
    if (!filesByLang.has(lang)) filesByLang.set(lang, resolveFiles(lang, pc.config.root, ctx));
    langs.push({ post, pc, lang });
  }
  const checkers = new Map<string, Promise<Checker>>();
  const wanted = [...new Set([...filesByLang.values()].filter((f): f is DictionaryFiles => !!f))];
  // Hunspell retext processors build in a worker thread while the main thread loads the rule's data and
  // twitter-text and masks the posts: big ones (Norwegian: 2-3 s) always, small ones (~0.25 s, measured
  // when English was Hunspell: one cold draft 639-671 ms against 698-743 ms) in one shared worker for
  // small runs; large runs build small ones on the main thread (less memory). POSTLINT_SPELLING_THREADS=1/0
  // forces either (to measure). postlint's own English vocabulary needs no build: never a worker.
  const env = process.env.POSTLINT_SPELLING_THREADS;
  const threads = env === '1' || (env !== '0' && posts.length <= SMALL_RUN);
  const big = wanted.filter((f) => !f.bundled && (threads || f.size > 2_000_000));
  for (const f of big) checkers.set(f.dir, loadChecker(f, { worker: true }));
  const data = spellingData();
  const teams = new WeakMap<ResolvedConfig, Team>();
  const teamFor = (config: ResolvedConfig): Team => {
    let t = teams.get(config);
    if (!t) {
      const { list, problems } = loadDictionarySetting(config.settings.dictionary, config.root);
      for (const p of problems) ctx.notice(`spelling: the dictionary word file "${p}" (in the config) was not found; its words are not accepted`);
      const brands = compileBrands(config.settings.brand_spellings);
      for (const b of brands.brands) list.add(b);
      const words = list.words.join('\u0001');
      let key = teamKeys.get(words);
      if (key === undefined) teamKeys.set(words, (key = String(teamKeys.size)));
      t = { key, words: list, brands };
      teams.set(config, t);
    }
    return t;
  };

  const perPost = langs.map(({ post, pc, lang }) => ({
    post,
    info: langInfo(lang, filesByLang.get(lang)?.bundled === 'en-GB'),
    team: teamFor(pc.config),
    hashtags: pc.options?.hashtags === true,
    opts: { slang: pc.options?.slang ?? 'off', names: pc.options?.names === true } as PostOptions,
    lang,
  }));
  let built = !big.length;
  void Promise.allSettled([...checkers.values()]).then(() => (built = true));
  await loadEntityExtractors();
  const cut = perPost.map((p) => ({ ...p, parts: p.post.parts.map((part) => ({ part, prose: prose(part.text) })) }));
  if (!built) {
    // Idle until the dictionaries are ready: load what suggestions and the English gaps need.
    const english = [...filesByLang.values()].filter((f) => f?.bundled);
    for (const f of english) warmVocabulary(f!.bundled!);
    warmFrequencies();
  }
  for (const f of wanted) if (!checkers.has(f.dir)) checkers.set(f.dir, loadChecker(f, { worker: false }));
  const spellerFor = async (lang: string, info: LangInfo): Promise<Speller | undefined> => {
    const files = filesByLang.get(lang);
    if (!files) return undefined;
    const key = `${files.dir}\u0000${info.display}`;
    let s = spellers.get(key);
    if (!s) {
      const checker = await checkers.get(files.dir)!;
      s = new Speller(info, checker, data.supplements.get(info.primary) ?? new WordList(), files.bundled ? undefined : foreignWords(info), info.english ? data.hyphenPrefixes : undefined);
      if (Speller.compounding(info.primary)) s.compound = compoundInfo(files);
      spellers.set(key, s);
    }
    return s;
  };

  const skipCache = new Map<string, boolean>();
  const isSkipped = (w: string, lorem: boolean): boolean => {
    if (lorem) return skipped(w, data, true);
    let v = skipCache.get(w);
    if (v === undefined) skipCache.set(w, (v = skipped(w, data, false)));
    return v;
  };
  const groups = new Map<string, Group>();
  const brandPlain: { post: Post; part: TextPart; m: ReturnType<BrandMatcher['match']>[number]; speller?: Speller }[] = [];
  for (const { post, info, team, hashtags, opts, lang, parts } of cut) {
    const speller = await spellerFor(lang, info);
    let group: Group | undefined;
    if (speller) {
      const gk = `${speller.info.display}\u0000${speller.checker.name}\u0000${team.key}`;
      group = groups.get(gk);
      if (!group) groups.set(gk, (group = { speller, team, parts: [], hashtagWords: new Map() }));
    }
    for (const { part, prose: pr } of parts) {
      // Brand spellings (any language).
      const brandSpans: [number, number][] = [];
      for (const m of team.brands.match(pr.masked)) {
        brandSpans.push([m.start, m.end]);
        if (m.plainWord) brandPlain.push({ post, part, m, speller });
        else add(post, brandFinding(part, m));
      }
      if (!group || !speller) continue;
      const lorem = /lorem\s+ipsum/i.test(part.text);
      // Text quoted after "RT @user" is the other account's words, typos and all.
      const own = pr.quoteFrom < part.text.length ? pr.words.filter((t) => t.start < pr.quoteFrom) : pr.words;
      const checkable = own.filter(
        (t) => !(brandSpans.length && brandSpans.some(([s, e]) => t.start < e && t.end > s)) && !isSkipped(t.text, lorem) && !(ACRONYM.test(t.text.replace(/['’]s$/i, '')) && !t.shouted),
      );
      group.parts.push({ post, part, masked: pr.masked, forRetext: pr.forRetext, tokens: checkable, opts });
      for (const f of confusables(part, own, data, speller.info)) add(post, f);
      for (const f of repeats(part, pr.runs.filter((t) => t.start < pr.quoteFrom), data)) add(post, f);
      if (hashtags) {
        for (const h of pr.hashtags) {
          for (const piece of hashtagPieces(h.text, h.start)) {
            if (data.hashtagWords.has(piece.text.toLowerCase()) || data.defer.has(piece.text.toLowerCase())) continue;
            const occ = { post, part, opts, tok: piece, hashtag: { tag: h.text } };
            const list = group.hashtagWords.get(piece.text);
            if (list) list.push(occ);
            else group.hashtagWords.set(piece.text, [occ]);
          }
        }
      }
    }
  }

  // Brand names that are also ordinary lower-case words ("slack") are fine in lower case.
  for (const b of brandPlain) {
    const ok = b.speller ? (await b.speller.rawMany([b.m.text]))[0] : false;
    if (!ok) add(b.post, brandFinding(b.part, b.m));
  }

  for (const g of groups.values()) await checkGroup(g, add);

  for (const list of findings.values()) list.sort((a, b) => a.part.start - b.part.start || a.start - b.start);
  return findings;
}

/** Languages that capitalise every noun: a name list would hide their typos. */
const NOUN_CAPITALS = new Set(['de', 'lb']);

/**
 * What a Hunspell language accepts besides its dictionary: names (people, places, products, holidays; not in
 * German, which capitalises every noun), software terms, and common English words as loanwords ("tweet",
 * "feedback" in a Norwegian post; 4+ letters, used 20+ times in SUBTLEXus).
 */
function foreignWords(info: LangInfo): Accepts {
  const n = NOUN_CAPITALS.has(info.primary) ? undefined : names();
  const t = terms();
  const loan = (w: string) => w.length >= 4 && englishWord(w) && frequency(w) >= 20;
  return { has: (w) => !!n?.has(w) || t.has(w) || (!info.english && loan(w)) };
}

function resolveFiles(lang: string, root: string, ctx: PrepareContext<SpellingOptions>): DictionaryFiles | undefined {
  const folders = searchFolders(root);
  const found = findDictionary(lang, folders);
  if (found) return found;
  const info = langInfo(lang);
  if (info.english) {
    // en-AU, en-NZ, en-IE, en-IN, en-ZA ... without their own package: British spelling is closest.
    const fallback = info.display === 'en-CA' ? 'en' : 'en-GB';
    const f = findDictionary(fallback, folders);
    if (f) {
      ctx.notice(`spelling: no dictionary package for "${lang}" (npm install dictionary-${lang.toLowerCase()}); checking ${lang} posts with ${fallback === 'en' ? 'US' : 'British'} English`);
      return f;
    }
  }
  ctx.notice(`spelling: no dictionary for "${lang}": posts in "${lang}" are not spell-checked. Install it next to your config with: npm install --save-dev dictionary-${lang.toLowerCase().split('-')[0] === 'no' ? 'nb' : lang.toLowerCase()}`);
  return undefined;
}

/** A name coined in CamelCase: "McCafé", "iPad", "YouTube" (each capital opens a lower-case piece). */
const COINED = /^(?:\p{Ll}{1,2}|\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)+$/u;

/** Acronyms (CLI, AGM, DM) and their plurals (CEOs, URLs): not checked, unless shouted among ALL-CAPS words. */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;

function skipped(w: string, data: SpellingData, lorem: boolean): boolean {
  const base = w.replace(/['’]s$/i, '');
  if (base.length < 2) return true;
  const lower = base.toLowerCase();
  if (data.defer.has(lower) || data.defer.has(w.toLowerCase())) return true;
  if (lorem && data.lorem.has(lower)) return true;
  return false;
}

/** CamelCase pieces of a hashtag with offsets: "#GreatDaels" -> Great, Daels. Only tags with capitals are split. */
export function hashtagPieces(tag: string, start: number): Token[] {
  const body = tag.replace(/^[#＃]/, '');
  if (!/\p{Lu}/u.test(body) || !/\p{Ll}/u.test(body)) return [];
  const off = start + (tag.length - body.length);
  const out: Token[] = [];
  for (const m of body.matchAll(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu)) {
    if (!/^\p{Lu}?\p{Ll}{3,}$/u.test(m[0])) continue; // acronyms, digits and pieces under 4 letters pass
    out.push({ text: m[0], start: off + m.index, end: off + m.index + m[0].length, sentenceStart: true });
  }
  return out;
}

function brandFinding(part: TextPart, m: { start: number; end: number; text: string; brand: string }): Finding {
  return {
    part,
    start: m.start,
    end: m.end,
    messageId: 'brand',
    data: { word: m.text, brand: m.brand },
    why: WHY_BRAND,
    fix: m.brand,
  };
}

function confusables(part: TextPart, words: Token[], data: SpellingData, info: LangInfo): Finding[] {
  const list = data.confusables.get(info.primary) ?? [];
  if (!list.length) return [];
  const out: Finding[] = [];
  words.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    for (const c of list) {
      if (c.case_sensitive ? t.text !== (c.form ?? c.word) : lower !== c.word) continue;
      const next = words[i + 1]?.text.toLowerCase();
      const prev = words[i - 1]?.text.toLowerCase();
      if (next && c.unless_next?.includes(next)) continue;
      if (prev && c.unless_prev?.includes(prev)) continue;
      const sugg = c.suggest.map((s) => matchCase(t.text, s));
      out.push({
        part,
        start: t.start,
        end: t.end,
        messageId: 'confusable',
        data: { word: t.text, suggestions: orList(sugg) },
        why: c.note,
        hint: 'If the word is meant, disable the rule for this post with a reason (postlint: { disable: { spelling: "..." } }).',
        suggestions: sugg.map((s) => ({ desc: `Replace with "${s}"`, text: s })),
      });
    }
  });
  return out;
}

function repeats(part: TextPart, runs: Token[], data: SpellingData): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1];
    const b = runs[i];
    if (!/\p{L}/u.test(a.text) || a.text.toLowerCase() !== b.text.toLowerCase()) continue;
    if (!/^[ \t\u00a0]+$/.test(part.text.slice(a.end, b.start))) continue;
    if (data.repeatOk.has(a.text.toLowerCase())) continue;
    out.push({
      part,
      start: a.end,
      end: b.end,
      messageId: 'repeat',
      data: { first: a.text, word: b.text },
      why: WHY_REPEAT,
      fix: '',
    });
  }
  return out;
}

function informalFinding(o: Occurrence, word: string, inf: Informal, lang: string): Finding {
  const what = inf.kind === 'elongation' ? 'a held letter' : inf.kind === 'dropped-g' ? 'a dropped g' : 'informal spelling';
  const plain = inf.plain ? matchCase(word, inf.plain) : undefined;
  return {
    part: o.part,
    start: o.tok.start,
    end: o.tok.end,
    ...(plain ? { messageId: 'informalPlain', data: { word, what, plain } } : { messageId: 'informal', data: { word, what } }),
    why: `Informal spelling is a choice of voice; this account's config asks for plain ${lang} spelling.`,
    hint: 'Set the spelling option `slang: off` for accounts whose voice allows it.',
    severity: o.opts.slang === 'error' ? undefined : 'warn',
    suggestions: plain ? [{ desc: `Replace with "${plain}"`, text: plain }] : undefined,
  };
}

function orList(items: string[]): string {
  const q = items.map((s) => `"${s}"`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Give a candidate the case of what was typed; names and brands keep their own capitals. */
export function applyCase(typed: string, cand: string): string {
  if (cand !== cand.toLowerCase()) {
    if (casePattern(typed) === 'upper') return cand.toUpperCase();
    return cand;
  }
  return matchCase(typed, cand);
}

/**
 * The --fix rule: a correction is applied only when the best candidate is one edit away, is one
 * word, leads the next candidate by CERTAIN_MARGIN, the typed word has at least 4 letters, its case
 * is plain (lower, Capitalised or ALL CAPS) and a Capitalised word starts a sentence (else it may be a name).
 */
export function certainFix(typed: string, cands: Candidate[], sentenceStart: boolean): string | undefined {
  const [a, b] = cands;
  if (!a || /\s/.test(a.word) || typed.length < 4) return undefined;
  const pat = casePattern(typed);
  if (pat === 'mixed') return undefined;
  if (pat === 'capital' && !sentenceStart && a.word === a.word.toLowerCase()) return undefined;
  if (editCount(typed.toLowerCase(), a.word.toLowerCase(), 1) !== 1) return undefined;
  if (b && b.score - a.score < CERTAIN_MARGIN) return undefined;
  return applyCase(typed, a.word);
}

/** Up to three suggestions worth showing: close to the best one. */
export function shown(cands: Candidate[], english = true): Candidate[] {
  if (!cands.length) return [];
  const best = cands[0].score;
  // A word nobody uses (no frequency: an obscure place or surname, "Lunik" for "Lnik") only when nearly as good.
  return cands.filter((c, i) => i === 0 || c.score - best < (c.freq > 0 || !english ? 2.5 : 1.0)).slice(0, 3);
}

/**
 * The words of each part that retext-spell rejects, with sentence starts from retext-english's tree.
 * retext sees the masked text (entities and technical tokens blanked, offsets unchanged); its
 * WordNodes are matched to postlint's tokens by offset. A token is a candidate when retext-spell
 * flags its WordNode, or when it is a Shift/Caps Lock slip ("THe": nspell ignores case). Candidates
 * then go through postlint's acceptance filter (Speller.acceptMany).
 */
export async function candidates(
  g: Pick<Group, 'speller' | 'parts'>,
  shouted = new Map<string, Occurrence[]>(),
  fine?: (words: string[]) => Promise<{ ok: Set<string>; informal: Set<string> }>,
): Promise<Map<string, Occurrence[]>> {
  // In batches, each used as soon as it is back: fewer parse trees and results alive at once.
  const where = new Map<string, Occurrence[]>();
  // With an in-process vocabulary the words can be judged before parsing: only parts with a word that may be
  // reported need retext-english's sentences (most posts have none; parsing was a third of the rule's time).
  let parts = g.parts;
  if (fine) {
    const { ok, informal } = await fine([...new Set(parts.flatMap((p) => p.tokens.map((t) => t.text)))]);
    const quiet = (p: Group['parts'][number], t: Token) => ok.has(t.text) || (p.opts.slang === 'off' && informal.has(t.text));
    parts = parts.filter((p) => p.tokens.some((t) => t.shouted || !quiet(p, t) || (UPPER_INSIDE.test(t.text) && slippedCase(t.text.replace(/['’]s$/i, '')))));
  }
  for (let b = 0; b < parts.length; b += CHECK_BATCH) {
    const batch = parts.slice(b, b + CHECK_BATCH);
    const results = await g.speller.checker.check(batch.map((p) => p.forRetext));
    batch.forEach((p, k) => {
      const w = results[k].words;
      let j = 0;
      for (const tok of p.tokens) {
        while (j < w.length && w[j + 1] <= tok.start) j += 3;
        const inNode = j < w.length && w[j] <= tok.start;
        const bits = inNode ? w[j + 2] : FLAGGED;
        // Shouted words are judged later as ordinary words (an acronym list would pass "AST").
        if (!tok.shouted && !(bits & FLAGGED) && !(UPPER_INSIDE.test(tok.text) && slippedCase(tok.text.replace(/['’]s$/i, '')))) continue;
        tok.sentenceStart = (inNode && (bits & FIRST) !== 0 && w[j] === tok.start) || startsLine(p.masked, tok.start);
        const occ = { post: p.post, part: p.part, opts: p.opts, tok, masked: p.masked };
        const into = tok.shouted ? shouted : where;
        const list = into.get(tok.text);
        if (list) list.push(occ);
        else into.set(tok.text, [occ]);
      }
    });
  }
  return where;
}

/**
 * A capitalised word inside a sentence is taken for a typo only when it is one edit from one of
 * the team's own names (config dictionary: "Stakwise" for "Stackwise"), or, for words of 7+
 * letters, one edit from an ordinary (lower-case) word, when only an apostrophe or a doubled
 * letter is wrong in a common word ("Youre"), or when it is a cheap slip of a famous name
 * ("Amercia"). A name one edit from a rare name is just another name ("Fellaini" / "Fellini"), and
 * short names sit one edit from many words ("Priya" / "Oriya").
 */
function nearMiss(word: string, cands: Candidate[], team: WordList): boolean {
  const w = word.toLowerCase();
  // A split into two words ("Northgate" / "north gate") is how place names are made, not a typo.
  return cands.some((c) => {
    if (/[\s-]/.test(c.word)) return false;
    if (team.has(c.word) && editCount(w, c.word.toLowerCase(), 1) <= 1) return true;
    // A slip in a famous name ("Amercia", "Lodnon"); a rare name next to another is just a name ("Fellaini").
    if (c.word !== c.word.toLowerCase()) return word.length >= 5 && c.freq >= COMMON && c.cost <= 0.75 && editCount(w, c.word.toLowerCase(), 1) <= 1;
    return (word.length >= 7 && editCount(w, c.word, 1) <= 1) || (c.cost <= SLIP && c.freq >= COMMON);
  });
}

/** Typing cost of a slip that leaves no doubt (an apostrophe left out, a letter doubled or not). */
const SLIP = 0.5;
/** Uses per 51 million words (SUBTLEXus) of a common word. */
const COMMON = 1000;
/** A British spelling used at least this often, relative to its US twin, in American subtitles is a US variant too (grey: 0.44 of gray; colour: 0.22). */
const US_VARIANT_RATIO = 0.4;

async function checkGroup(g: Group, add: (post: Post, f: Finding) => void): Promise<void> {
  const { speller, team } = g;
  const lang = speller.info.display;
  const shouted = new Map<string, Occurrence[]>();
  // Words accepted, or informal (reported without sentence starts): judged before parsing when that is cheap.
  const fine = speller.checker.has
    ? async (ws: string[]) => {
        const ok = await speller.acceptMany(ws, team.words);
        const rest = ws.filter((_, i) => !ok[i]);
        const forms = [...new Set(rest.flatMap((w) => plainForms(w).map((f) => f.plain)))];
        const fok = await speller.acceptMany(forms, team.words);
        const plainOk = new Set(forms.filter((_, i) => fok[i]));
        return { ok: new Set(ws.filter((_, i) => ok[i])), informal: new Set(rest.filter((w) => informal(w, (f) => plainOk.has(f), spellingData().informal))) };
      }
    : undefined;
  const where = await candidates(g, shouted, fine);
  const words = [...where.keys()];
  const ok = await speller.acceptMany(words, team.words);
  const rejected = words.filter((_, i) => !ok[i]);
  // A word shouted among ALL-CAPS words is judged in lower case: "AST" may be an acronym, "ast" is no word.
  // Only among shouted ordinary words ("NOT", "ALL"): "AGM CEO" is two acronyms.
  const loud = [...shouted.keys()];
  const around = [...new Set([...shouted.values()].flat().flatMap((o) => o.tok.shouted!.map((w) => w.toLowerCase())))];
  const [loudOk, aroundOk] = await Promise.all([speller.acceptMany(loud.map((w) => w.toLowerCase()), team.words), speller.acceptMany(around, team.words)]);
  // Ordinary: a word in lower case with a vowel that no other rule owns ("XXX%" is the placeholder rule's).
  const ordinary = new Set(around.filter((w, i) => aroundOk[i] && /[aeiouy]/.test(w) && !spellingData().defer.has(w)));
  loud.forEach((w, i) => {
    if (loudOk[i]) return;
    const occs = shouted.get(w)!.filter((o) => o.tok.shouted!.some((n) => ordinary.has(n.toLowerCase())));
    if (!occs.length) return;
    const known = where.get(w);
    if (known) known.push(...occs);
    else {
      where.set(w, occs);
      rejected.push(w);
    }
  });
  // Informal spellings (Sooo, bday, nothin'): style, reported only where the `slang` option asks for it.
  const plain = [...new Set(rejected.flatMap((w) => plainForms(w).map((f) => f.plain)))];
  const plainAccepted = await speller.acceptMany(plain, team.words);
  const plainOk = new Set<string>();
  plain.forEach((f, i) => plainAccepted[i] && plainOk.add(f));
  const bad: string[] = [];
  for (const w of rejected) {
    const inf = speller.info.english ? informal(w, (f) => plainOk.has(f), spellingData().informal) : plainForms(w).find((f) => f.kind === 'elongation' && plainOk.has(f.plain));
    if (!inf) bad.push(w);
    else for (const o of where.get(w)!) if (o.opts.slang !== 'off') add(o.post, informalFinding(o, w, inf, lang));
  }
  const twins = await speller.twins(bad);
  for (let i = 0; i < bad.length; i++) {
    const word = bad[i];
    const occs = where.get(word)!;
    const twin = twins[i];
    // A British spelling that Americans use about as much ("grey", "theatre") is no US/British slip.
    if (twin && speller.info.variant === 'us' && frequency(word) >= US_VARIANT_RATIO * frequency(twin)) continue;
    if (twin) {
      const other = speller.info.variant === 'gb' ? 'US' : 'British';
      for (const o of occs) {
        // "Lincoln Center", "Civic Centre", "Labour": inside a sentence a capitalised word is a name.
        if (casePattern(word) === 'capital' && !(o.tok.sentenceStart ?? startsSentence(o.masked ?? o.part.text, o.tok.start))) continue;
        add(o.post, {
          part: o.part,
          start: o.tok.start,
          end: o.tok.end,
          messageId: 'variant',
          data: { word, other, lang, twin },
          why: `Readers of ${lang} posts notice ${other} spelling; a brand should spell one way.`,
          severity: 'warn',
          fix: twin,
        });
      }
      continue;
    }
    // Report the part that is wrong: "warehose" of "warehose's", "knwon" of "well-knwon".
    for (const piece of await focus(word)) {
      const cands = await speller.suggest(piece.text, team.words, team.key);
      const show = shown(cands, speller.info.english);
      const names = show.map((c) => c.word);
      const pat = casePattern(piece.text);
      for (const o of occs) {
        const start0 = o.tok.start + piece.off;
        if (mentionedWord(o.part.text, start0, start0 + piece.text.length) || besideItsSpelling(o.part.text, cands[0])) continue;
        const sentenceStart = piece.off === 0 && (o.tok.sentenceStart ?? startsSentence(o.masked ?? o.part.text, o.tok.start));
        // Inside a sentence a capitalised word the dictionary lacks is usually a name (a person, a
        // place, a product: "Priya", "Kubernetes"): a warning that says to add it to the dictionary.
        // It is an error when it is one edit from a name the team knows ("Stakwise" for "Stackwise")
        // or, for longer words, from any word (short names sit one edit from many words).
        // Reported (as a warning) only with the `names` option: the vocabulary knows people, places and
        // companies, and a reviewer does not stop a post for a name it lacks.
        // So is a coined name in CamelCase, anywhere ("McCafé", "PlayStation"), unless one letter from a known spelling
        // ("DeBois" for Dubois, "iPhod"). Slips of the Shift key ("THe") are caught above.
        const maybeName = (pat === 'capital' && !sentenceStart && !nearMiss(piece.text, cands, team.words)) || (pat === 'mixed' && COINED.test(piece.text) && !cands.some((c) => editCount(piece.text.toLowerCase(), c.word.toLowerCase(), 1) <= 1));
        if (maybeName && !o.opts.names) continue;
        // A shouted short word ("NOT AST ALL") may still be an acronym: an error only one edit from a word.
        const shoutedUnsure = o.tok.shouted && piece.text.length <= 6 && !(cands[0] && cands[0].edits <= 1);
        const fix = certainFix(piece.text, cands, sentenceStart);
        const start = o.tok.start + piece.off;
        add(o.post, {
          part: o.part,
          start,
          end: start + piece.text.length,
          ...(names.length ? { messageId: 'typoSuggest', data: { word: piece.text, lang, suggestions: orList(names) } } : { messageId: 'typo', data: { word: piece.text, lang } }),
          why: WHY_TYPO,
          hint: `If "${piece.text}" is right (a name, a product, a place), add it to \`dictionary\` in the config.`,
          severity: maybeName || shoutedUnsure ? 'warn' : undefined,
          fix,
          suggestions: fix ? undefined : show.map((c) => ({ desc: `Replace with "${applyCase(piece.text, c.word)}"`, text: applyCase(piece.text, c.word) })),
        });
      }
    }
  }

  async function focus(word: string): Promise<{ text: string; off: number }[]> {
    const base = word.replace(/['’]s$/i, '');
    if (!base.includes('-')) return [{ text: base, off: 0 }];
    const parts: { text: string; off: number }[] = [];
    let off = 0;
    for (const p of base.split('-')) {
      parts.push({ text: p, off });
      off += p.length + 1;
    }
    const fine = await speller.acceptMany(parts.map((p) => p.text), team.words);
    const failing = parts.filter((p, i) => !fine[i] && p.text.length > 1 && !(i < parts.length - 1 && speller.prefixes.has(p.text.toLowerCase())));
    return failing.length ? failing : [{ text: base, off: 0 }];
  }

  // Hashtag words (option `hashtags`): only likely typos of common words, as warnings.
  const tagWords = [...g.hashtagWords.keys()];
  if (!tagWords.length) return;
  const tagOk = await speller.acceptMany(tagWords, team.words);
  for (let i = 0; i < tagWords.length; i++) {
    if (tagOk[i]) continue;
    const word = tagWords[i];
    if (speller.info.english && frequency(word) > 0) continue; // in use as a word (names, slang)
    const cands = await speller.suggest(word, team.words, team.key);
    const top = cands[0];
    if (!top || /\s/.test(top.word) || top.edits > (word.length >= 7 ? 2 : 1)) continue;
    if (speller.info.english && top.freq < 20) continue;
    if (cands[1] && cands[1].score - top.score < 0.3 && cands[1].edits <= top.edits) continue; // no clear winner
    const fixText = applyCase(word, top.word);
    for (const o of g.hashtagWords.get(word)!)
      add(o.post, {
        part: o.part,
        start: o.tok.start,
        end: o.tok.end,
        messageId: 'hashtag',
        data: { word, tag: o.hashtag!.tag, lang, suggestion: fixText },
        why: 'A misspelt hashtag joins no conversation and looks careless; people search the real spelling.',
        severity: 'warn',
        suggestions: [{ desc: `Change the hashtag to ${o.hashtag!.tag.replace(word, fixText)}`, text: fixText }],
      });
  }
}
