// Which hashtags are not a brand's to join, and what they are about. Used by hashtag-hijack, and
// by tragedy-promo (a tragic hashtag plus sympathy words ties a post to a tragedy).
//
//   const info = await classifyHashtag('#PrayForCarrowRidge', { events, configTags, trending, now });
//   info → { context: 'prayers after a disaster or an attack in Carrow Ridge (the Carrow Ridge wildfires, 2027-08-19)', kind: 'tragic', ... }
//
// Sources, first match wins: the config's sensitive_hashtags (expiry honoured), sensitive_events'
// hashtags, a trending feed, the built-in dataset (rules/data/hashtag-hijack.yaml, expiry honoured),
// and the #PrayFor<X> / #<X>Strong / #RIP<X> / #JusticeFor<X> / #StandWith<X> / #<X>Shooting shapes.
import type { Account, SensitiveEvent, SensitiveHashtag } from '../config/types.js';
import { ruleData } from '../data/load.js';
import { langKey, type Analysis, type LangKey } from '../text/analysis.js';
import { compilePhrases, type PhraseSet } from '../text/phrases.js';
import { splitCamel, tagKey } from '../text/segment.js';
import { closest } from '../text/words.js';
import { englishWords } from '../lexicons/english.js';
import { eventLabel, eventNames } from './tragedy.js';

export interface TrendingTag {
  tag: string;
  context: string;
  kind: string;
}

export interface TagInfo {
  /** Normalised key (lower case, no #). */
  key: string;
  context: string;
  /** tragic | activist | memorial | awareness (config and trending feeds may use their own words). */
  kind: string;
  origin: 'config' | 'event' | 'trending' | 'dataset' | 'shape';
  topics?: Partial<Record<LangKey | 'any', string[]>>;
  aligned?: string[];
  event?: SensitiveEvent;
  /** For shapes: the place or name in the tag, and the shape id. */
  x?: string;
  shape?: string;
  source?: string;
  expires?: string;
  /** The words of the tag itself ("Climate", "Strike"): wordplay on them is not being on topic. */
  words: string[];
}

export interface TagSources {
  events: SensitiveEvent[];
  configTags: SensitiveHashtag[];
  trending?: TrendingTag[];
  now: Date;
}

interface DatasetTag {
  tag: string;
  aliases?: string[];
  context: string;
  kind: string;
  topics?: Partial<Record<LangKey | 'any', string[]>>;
  aligned?: string[];
  expires?: string;
  source?: string;
}
interface Shape {
  id: string;
  prefix?: string;
  suffix?: string | string[];
  kind: string;
  context: string;
  /** What X is: a place (default) or a person's name. */
  x?: 'place' | 'name';
}
interface HijackData {
  hashtags: DatasetTag[];
  shapes: Shape[];
  safe_words: { words: string[] };
  places: { names: string[] };
  categories: Record<string, string[]>;
}

/** Kinds of trending or config tags that make them sensitive; anything else is ordinary trending. */
const SENSITIVE_KINDS = /^(tragic|tragedy|disaster|attack|death|mourning|memorial|activist|activism|protest|political|politics|awareness|sensitive|crisis|campaign|solidarity)$/i;

let data: { byKey: Map<string, DatasetTag>; shapes: Shape[]; safe: Set<string>; places: Set<string>; categories: [string, RegExp[]][] } | undefined;

function load() {
  if (!data) {
    const d = ruleData<HijackData>('hashtag-hijack.yaml');
    const byKey = new Map<string, DatasetTag>();
    for (const t of d.hashtags) for (const k of [t.tag, ...(t.aliases ?? [])]) byKey.set(tagKey(k), t);
    data = {
      byKey,
      shapes: d.shapes,
      safe: new Set(d.safe_words.words.map((w) => w.toLowerCase())),
      places: new Set(d.places.names.map(tagKey)),
      categories: Object.entries(d.categories).map(([k, res]) => [k, res.map((r) => new RegExp(r, 'i'))]),
    };
  }
  return data;
}

/** The built-in dataset's tags (for docs and tests). */
export function datasetTags(): DatasetTag[] {
  return ruleData<HijackData>('hashtag-hijack.yaml').hashtags;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const expired = (expires: string | undefined, now: Date) => !!expires && expires < dayOf(now);

/** Classify one hashtag (with or without #). Undefined when it is an ordinary tag. */
export async function classifyHashtag(raw: string, src: TagSources): Promise<TagInfo | undefined> {
  const d = load();
  const key = tagKey(raw);
  if (!key) return undefined;
  const written = raw.replace(/^#/, '');
  const words = splitCamel(written);

  for (const c of src.configTags) {
    if (tagKey(c.tag) !== key || expired(c.expires, src.now)) continue;
    return { key, context: c.context, kind: c.kind, origin: 'config', source: c.source ?? 'sensitive_hashtags in the config', expires: c.expires, words, topics: { any: contextWords(c.context, words) } };
  }
  for (const e of src.events) {
    if (!e.hashtags.some((h) => tagKey(h) === key)) continue;
    return { key, context: `${eventLabel(e)} (${e.date})`, kind: 'tragic', origin: 'event', event: e, words, topics: eventTopics(e), source: 'sensitive_events in the config' };
  }
  for (const t of src.trending ?? []) {
    if (tagKey(t.tag) !== key) continue;
    if (!SENSITIVE_KINDS.test(t.kind)) break;
    return { key, context: t.context, kind: t.kind, origin: 'trending', words, topics: { any: contextWords(t.context, words) }, source: 'the trending feed' };
  }
  const ds = d.byKey.get(key);
  if (ds && !expired(ds.expires, src.now))
    return { key, context: ds.context, kind: ds.kind, origin: 'dataset', topics: ds.topics, aligned: ds.aligned, source: ds.source, expires: ds.expires, words };
  return (await shapeOf(written, words, src)) ?? misspelt(key, words, src.now);
}

/**
 * A known tag written with a slip (#jesuischarile for #JeSuisCharlie): a long tag one edit from a
 * dataset tag (two for 14+ letters) is the same tag to every reader, and as hurtful.
 */
function misspelt(key: string, words: string[], now: Date): TagInfo | undefined {
  if (key.length < 9) return undefined;
  const d = load();
  const max = key.length >= 14 ? 2 : 1;
  const near = closest(key, [...d.byKey.keys()].filter((k) => Math.abs(k.length - key.length) <= max && k[0] === key[0]), max);
  const ds = near ? d.byKey.get(near) : undefined;
  if (!ds || expired(ds.expires, now)) return undefined;
  return { key, context: `${ds.context} (a slip of #${ds.tag})`, kind: ds.kind, origin: 'dataset', topics: ds.topics, aligned: ds.aligned, source: ds.source, expires: ds.expires, words };
}

async function shapeOf(written: string, words: string[], src: TagSources): Promise<TagInfo | undefined> {
  const d = load();
  const key = tagKey(written);
  for (const s of d.shapes) {
    const suffixes = s.suffix === undefined ? [] : Array.isArray(s.suffix) ? s.suffix : [s.suffix];
    let x: string | undefined;
    let suffix = '';
    // CamelCase tags must split where the shape does (#RIPJoTran yes, #RippedJeans no); an
    // all-lower-case tag cannot show it, so it only counts when X is a known event, place or trend.
    const camel = /\p{Lu}/u.test(written) && words.length > 1;
    const lw = words.map((w) => w.toLowerCase());
    if (s.prefix && key.startsWith(s.prefix.toLowerCase()) && key.length > s.prefix.length) {
      const pw = splitCamel(s.prefix).map((w) => w.toLowerCase());
      if (!camel || pw.every((w, i) => lw[i] === w)) x = camel ? words.slice(pw.length).join('') : written.slice(s.prefix.length);
    }
    for (const suf of suffixes)
      if (!x && key.endsWith(suf.toLowerCase()) && key.length > suf.length) {
        const sw = splitCamel(suf).map((w) => w.toLowerCase());
        if (camel && !sw.every((w, i) => lw[lw.length - sw.length + i] === w)) continue;
        x = camel ? words.slice(0, words.length - sw.length).join('') : written.slice(0, written.length - suf.length);
        suffix = suf.toLowerCase();
      }
    if (!x) continue;
    const xKey = tagKey(x);
    const base = { key, kind: s.kind, origin: 'shape' as const, shape: s.id, words };
    // 1. a sensitive event's place or name, or a trending tag
    for (const e of src.events) {
      const names = [e.place ?? '', ...eventNames(e)].filter(Boolean).map(tagKey);
      if (names.includes(xKey))
        return { ...base, x: e.place ?? x, event: e, context: `${fill(s.context, e.place ?? x, suffix)} (${eventLabel(e)}, ${e.date})`, topics: eventTopics(e), source: 'sensitive_events in the config' };
    }
    const tr = src.trending?.find((t) => tagKey(t.tag) === xKey && SENSITIVE_KINDS.test(t.kind));
    if (tr) return { ...base, x, context: `${fill(s.context, spaced(x), suffix)} (${tr.context})`, topics: { any: [spaced(x), ...contextWords(tr.context, words)] }, source: 'the trending feed' };
    // 2-5. safe words, places whose names are also common words, common words, known proper nouns
    if (d.safe.has(xKey)) continue;
    if (!d.places.has(xKey)) {
      if (!camel) continue;
      const kind = await wordKind(x);
      // A place shape (#PrayFor<X>, #<X>Strong) needs a place the dictionary knows (Boston, Texas,
      // New York): an unknown word is not tied to any event (#LongmeadStrong for a fun run). A name
      // shape (#RIP<X>, #JusticeFor<X>) is about a person, and most surnames are unknown words.
      if (kind === 'common') continue;
      if ((s.x ?? 'place') === 'place' && kind !== 'proper') continue;
    }
    return { ...base, x, context: fill(s.context, spaced(x), suffix), topics: { any: [spaced(x)] }, source: `the #${s.prefix ?? 'X'}${s.prefix ? 'X' : suffixes[0]} shape` };
  }
  return undefined;
}

const fill = (t: string, x: string, suffix: string) => t.replace('{x}', x).replace('{suffix}', suffix);
const spaced = (x: string) => splitCamel(x).join(' ');

function eventTopics(e: SensitiveEvent): TagInfo['topics'] {
  return { any: [...eventNames(e), ...(e.place ? [e.place] : []), ...e.keywords].map((p) => p.replace(/[()|[\]{}=*]/g, ' ').trim()).filter(Boolean) };
}

const STOP = new Set(
  'about above after again against also among and another any around because been before being below between both came come could does doing down during each even every from have having here into just like made make many more most much must only other over same should since some such than that their them then there these they this those through under until very were what when where which while with within without would your yours started listed sensitive config campaign'.split(' '),
);

/** Content words of a context sentence, as topic phrases (the tag's own words left out). */
function contextWords(context: string, tagWords: string[]): string[] {
  const own = new Set(tagWords.map((w) => w.toLowerCase()));
  const out = new Set<string>();
  for (const w of context.toLowerCase().match(/[\p{L}\p{M}]{4,}/gu) ?? []) if (!STOP.has(w) && !own.has(w)) out.add(w);
  return [...out];
}

// ---- common words and proper nouns: src/lexicons/english.ts, loaded only when a shape needs it --

/**
 * What the CamelCase pieces of x are: 'common' when every piece is a common lower-case English word
 * ("Core", "Snow", "MyWallet"), 'proper' when every piece is known and at least one is a proper noun
 * ("Boston", "NewYork", "Texas"), 'unknown' otherwise ("CarrowRidge", "Longmead").
 */
export async function wordKind(x: string): Promise<'common' | 'proper' | 'unknown'> {
  const pieces = splitCamel(x).filter((p) => !/^\d+$/.test(p));
  if (!pieces.length) return 'unknown';
  const { lower, proper } = await englishWords();
  let sawProper = false;
  for (const p of pieces) {
    const w = p.toLowerCase();
    const forms = [w, w.replace(/'s$/, ''), w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/ed$/, 'e'), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ies$/, 'y')].filter((f) => f.length > 1);
    if (forms.some((f) => lower.has(f))) continue;
    if (proper.has(w)) {
      sawProper = true;
      continue;
    }
    return 'unknown';
  }
  return sawProper ? 'proper' : 'common';
}

// ---- accounts and topics ---------------------------------------------------------------------------

/** Categories (public, charity, refugee, environment, ...) an account's registry entry puts it in. */
export function accountCategories(account: Account | undefined): Set<string> {
  const out = new Set<string>();
  if (!account) return out;
  const d = account.data ?? {};
  const text = ['industry', 'name', 'mission', 'sector', 'description', 'type', 'category'].map((k) => (typeof d[k] === 'string' ? d[k] : '')).join(' ') + ` ${account.name ?? ''}`;
  for (const [cat, res] of load().categories) if (res.some((r) => r.test(text))) out.add(cat);
  return out;
}

/** Tags or causes the account lists as its own under `causes:` in the registry. */
export function accountCauses(account: Account | undefined): string[] {
  const c = account?.data?.causes;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? [c] : [];
}

const topicSets = new Map<string, PhraseSet<true>>();
const FUNCTION_WORDS = new Set('with from your their this that they them what when have just like also into over for and the our you are was were'.split(' '));

/**
 * Topic words of the tag found in the text, split into real topic matches and matches that are only
 * the tag's own words (wordplay such as "Strike a pose" on #ClimateStrike).
 */
export function topicMatches(info: TagInfo, a: Analysis, lang: string): { topic: string[]; ownWords: string[] } {
  const lk = langKey(lang);
  const id = `${info.origin}:${info.key}:${lk}:${info.x ?? ''}`;
  let set = topicSets.get(id);
  if (!set) {
    const phrases = [...(info.topics?.[lk] ?? []), ...(info.topics?.any ?? []), ...(lk === 'nb' ? (info.topics?.en ?? []) : [])];
    set = compilePhrases([{ phrases, entry: true as const }]);
    topicSets.set(id, set);
  }
  const topic: string[] = [];
  const ownWords: string[] = [];
  for (const m of set.match(a.tokens, a.prose)) (isOwnWords(info, m.text) ? ownWords : topic).push(m.text);
  // The tag's own content words used in the text ("Every build matters" next to #BlackLivesMatter).
  const own = new Set(info.words.map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w)).flatMap((w) => [w, w.replace(/s$/, '')]));
  for (const t of a.tokens) if (own.has(t.base) || own.has(t.base.replace(/s$/, ''))) ownWords.push(t.text);
  return { topic, ownWords: [...new Set(ownWords)] };
}

/** Whether a phrase is made only of the tag's own words ("strike" for #ClimateStrike, "never forget" for #NeverForget). */
export function isOwnWords(info: TagInfo, phrase: string): boolean {
  const own = new Set(info.words.map((w) => w.toLowerCase()).flatMap((w) => [w, w.replace(/s$/, '')]));
  const ws = phrase.toLowerCase().replace(/’/g, "'").split(/[\s\-/]+/).filter(Boolean).map((w) => w.replace(/'s$/, ''));
  return ws.length > 0 && ws.every((w) => own.has(w) || own.has(w.replace(/s$/, '')));
}
