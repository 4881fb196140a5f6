// Tragedy detection: does a post refer to a disaster, an attack, a death or the anniversary of
// one? Shared by tragedy-promo, hashtag-hijack and risky-topic; other rules may import it.
//
//   const ref = await tragedyReference(post.parts, { lang: ctx.lang, events: ctx.config.sensitiveEvents, when });
//   if (ref.refers) ... ref.anchor (the sign to point at), ref.events (config events the post refers to)
//
// Signs come from rules/data/tragedy.yaml (strong: "were killed", "our thoughts are with",
// "Hurricane Delia"; weak: "storm", "stay safe", "years ago today") and from the config's
// sensitive_events (their names, keywords, hashtags and, near the event's date, their place).
// The text refers to a tragedy when it has a strong sign, names a sensitive event, or has a concrete
// weak sign (disaster, attack, death, a tragic hashtag, an event's place in its window) plus a second
// sign of another kind that is not an emoji.
import type { SensitiveEvent } from '../config/types.js';
import type { TextPart } from '../types.js';
import { ruleData } from '../data/load.js';
import { analyse, langKey, type Analysis, type Hashtag } from '../text/analysis.js';
import { Lexicon, overlaps, type DataEntry } from '../text/lexicon.js';
import { compilePhrases, type PhraseSet } from '../text/phrases.js';
import { tagKey } from '../text/segment.js';

export type TragedyKind = 'disaster' | 'attack' | 'death' | 'sympathy' | 'anniversary' | 'memorial' | 'event' | 'place' | 'hashtag';

export interface TragedyEntry extends DataEntry {
  kind: TragedyKind | 'none';
  strength?: 'strong' | 'weak';
}

export interface TragedySign {
  kind: TragedyKind;
  strength: 'strong' | 'weak';
  start: number;
  end: number;
  text: string;
  part?: TextPart;
  emoji?: boolean;
  event?: SensitiveEvent;
  /** For hashtag signs: what the hashtag is about. */
  context?: string;
}

export interface EventTiming {
  /** Inside the event's window (a week before to `window_days`, default 14, after) or on its anniversary. */
  active: boolean;
  /** Days from the event's date to the post (negative: before). */
  days: number;
  /** Years since, when the post falls on the anniversary of an event marked `anniversary: true`. */
  anniversary?: number;
}

export interface EventRef {
  event: SensitiveEvent;
  how: 'name' | 'keyword' | 'hashtag' | 'place';
  sign: TragedySign;
  timing?: EventTiming;
}

export interface TragedyReference {
  refers: boolean;
  signs: TragedySign[];
  /** The sign to point at and name in messages. */
  anchor?: TragedySign;
  events: EventRef[];
}

const CONCRETE = new Set<TragedyKind>(['disaster', 'attack', 'death', 'event', 'place', 'hashtag']);
const DAY = 86_400_000;

let lexicon: Lexicon<TragedyEntry> | undefined;
function lex(): Lexicon<TragedyEntry> {
  lexicon ??= new Lexicon('tragedy', ruleData<{ entries: TragedyEntry[] }>('tragedy.yaml').entries);
  return lexicon;
}

/** Lexicon signs in one analysed text (idioms removed). */
export function tragedySigns(a: Analysis, lang: string): TragedySign[] {
  const out: TragedySign[] = lex()
    .match(a, langKey(lang))
    .filter((h) => !h.entry.idiom && h.entry.kind !== 'none')
    .map((h) => ({ kind: h.entry.kind as TragedyKind, strength: h.entry.strength ?? 'weak', start: h.start, end: h.end, text: h.text, emoji: h.emoji }));
  // "9/11" and "R.I.P." do not tokenise as words.
  for (const m of a.prose.matchAll(/(?<![\d/.])9\/11(?![\d/])/g)) out.push({ kind: 'attack', strength: 'strong', start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const m of a.prose.matchAll(/(?<![\p{L}.])R\.I\.P\.?(?![\p{L}])/gu)) out.push({ kind: 'death', strength: 'strong', start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Where a post's date falls relative to an event. */
export function eventTiming(event: SensitiveEvent, when: Date, windowDays = 14): EventTiming | undefined {
  const d = Date.parse(`${event.date}T12:00:00Z`);
  if (Number.isNaN(d)) return undefined;
  const days = (when.getTime() - d) / DAY;
  const after = event.window_days ?? windowDays;
  const before = Math.min(7, after);
  let active = days >= -before - 0.5 && days <= after + 0.5;
  let anniversary: number | undefined;
  if (event.anniversary) {
    const ev = new Date(d);
    for (const y of [when.getUTCFullYear() - 1, when.getUTCFullYear(), when.getUTCFullYear() + 1]) {
      const years = y - ev.getUTCFullYear();
      if (years < 1) continue;
      const at = Date.UTC(y, ev.getUTCMonth(), ev.getUTCDate(), 12);
      if (Math.abs(when.getTime() - at) <= 1.5 * DAY) {
        anniversary = years;
        active = true;
      }
    }
  }
  return { active, days: Math.round(days), anniversary };
}

const GENERIC = new Set(
  'the a an of death collapse floods flood flooding fire fires wildfire wildfires blaze crash landslide landslides mudslide avalanche earthquake quake shooting shootings attack attacks bombing bombings explosion storm hurricane typhoon cyclone disaster tragedy massacre derailment sinking accident ras raset skred skredet brann brannen flom flommen ulykke ulykken i katastrofe'.split(' '),
);

interface EventMatcher {
  names: PhraseSet<SensitiveEvent>;
  places: PhraseSet<SensitiveEvent>;
  tags: Map<string, SensitiveEvent>;
}
const matchers = new WeakMap<SensitiveEvent[], EventMatcher>();

const clean = (s: string) => s.replace(/[^\p{L}\p{M}\p{N}\s'’-]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Names an event goes by: its name, a parenthesised alternative name, and the name without generic words. */
export function eventNames(e: SensitiveEvent): string[] {
  const out = new Set<string>();
  const main = e.name.replace(/\([^)]*\)/g, ' ');
  const alts = [...e.name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).filter((a) => /\p{Lu}/u.test(a));
  for (const n of [main, ...alts]) {
    const c = clean(n);
    if (!c) continue;
    out.add(c);
    const words = c.split(' ');
    let i = 0;
    while (i < words.length && GENERIC.has(words[i].toLowerCase())) i++;
    let j = words.length;
    while (j > i && GENERIC.has(words[j - 1].toLowerCase())) j--;
    const core = words.slice(i, j).join(' ');
    if (core && core !== c && words.slice(i, j).some((w) => /\p{Lu}|\d/u.test(w))) out.add(core);
  }
  return [...out];
}

function matcherFor(events: SensitiveEvent[]): EventMatcher {
  let m = matchers.get(events);
  if (!m) {
    m = {
      names: compilePhrases(events.map((e) => ({ phrases: [...eventNames(e), ...e.keywords], entry: e }))),
      places: compilePhrases(events.filter((e) => e.place).map((e) => ({ phrases: [clean(e.place!)], entry: e }))),
      tags: new Map(events.flatMap((e) => e.hashtags.map((h) => [tagKey(h), e] as const))),
    };
    matchers.set(events, m);
  }
  return m;
}

/** Config events the analysed text refers to: by name or keyword (always), by hashtag (always), by place (near its date). */
export function eventRefs(a: Analysis, events: SensitiveEvent[], when: Date | undefined, windowDays?: number): EventRef[] {
  if (!events.length) return [];
  const m = matcherFor(events);
  const out: EventRef[] = [];
  const timing = (e: SensitiveEvent) => (when ? eventTiming(e, when, windowDays) : undefined);
  for (const h of m.names.match(a.tokens, a.prose)) {
    const how = h.entry.keywords.includes(h.phrase) ? 'keyword' : 'name';
    out.push({ event: h.entry, how, timing: timing(h.entry), sign: { kind: 'event', strength: 'strong', start: h.start, end: h.end, text: h.text, event: h.entry } });
  }
  for (const t of a.hashtags) {
    const e = m.tags.get(tagKey(t.tag));
    if (e) out.push({ event: e, how: 'hashtag', timing: timing(e), sign: { kind: 'hashtag', strength: 'weak', start: t.start, end: t.end, text: a.text.slice(t.start, t.end), event: e, context: `the ${e.name}` } });
  }
  for (const h of m.places.match(a.tokens, a.prose)) {
    const t = timing(h.entry);
    if (t?.active && !out.some((r) => r.event === h.entry && overlaps(r.sign, h)))
      out.push({ event: h.entry, how: 'place', timing: t, sign: { kind: 'place', strength: 'weak', start: h.start, end: h.end, text: h.text, event: h.entry } });
  }
  return out;
}

export interface TragedyOptions {
  lang: string;
  /** Whether the post jokes (joke cues): condolence formulas alone in a joke are parody, not a reference. */
  joking?: boolean;
  events?: SensitiveEvent[];
  /** The post's date (publish_at, else the run's clock): decides which events' places count. */
  when?: Date;
  /** Classifies a hashtag as tragic, returning what it is about (hashtag-hijack's dataset and shapes). */
  tragicTag?: (tag: Hashtag) => string | undefined | Promise<string | undefined>;
  /** Days after an event during which its place counts as a reference (default 14; an event's window_days wins). */
  windowDays?: number;
}

/** Whether the text of these parts refers to a tragedy, with the signs found. */
export async function tragedyReference(parts: TextPart[], opts: TragedyOptions): Promise<TragedyReference> {
  const signs: TragedySign[] = [];
  const events: EventRef[] = [];
  for (const part of parts) {
    const a = await analyse(part);
    for (const s of tragedySigns(a, opts.lang)) signs.push({ ...s, part });
    for (const r of eventRefs(a, opts.events ?? [], opts.when, opts.windowDays)) {
      r.sign.part = part;
      events.push(r);
      signs.push(r.sign);
    }
    if (opts.tragicTag)
      for (const t of a.hashtags) {
        if (signs.some((s) => s.part === part && s.kind === 'hashtag' && s.start === t.start)) continue;
        const context = await opts.tragicTag(t);
        if (context) signs.push({ kind: 'hashtag', strength: 'weak', start: t.start, end: t.end, text: a.text.slice(t.start, t.end), part, context });
      }
  }
  return decide(signs, events, opts.joking);
}

/** Same as tragedyReference, for one analysed text (no parts). */
export function tragedyReferenceOf(a: Analysis, opts: TragedyOptions): TragedyReference {
  const signs = tragedySigns(a, opts.lang);
  const events = eventRefs(a, opts.events ?? [], opts.when, opts.windowDays);
  signs.push(...events.map((e) => e.sign));
  return decide(signs, events, opts.joking);
}

function decide(signs: TragedySign[], events: EventRef[], joking = false): TragedyReference {
  signs.sort((x, y) => x.start - y.start);
  // "Thoughts and prayers won't fix your wardrobe 😂": condolence words in a joke, and nothing
  // concrete, are a parody of a condolence (risky-topic's business), not a reference to a tragedy.
  if (joking && !signs.some((s) => !s.emoji && CONCRETE.has(s.kind))) return { refers: false, signs, events };
  const strong = signs.find((s) => s.strength === 'strong' && !s.emoji);
  // A named event is the best anchor; then any strong sign.
  const named = events.find((e) => e.how === 'name' || e.how === 'keyword');
  if (named || strong) return { refers: true, signs, anchor: named?.sign ?? strong, events };
  const textual = signs.filter((s) => !s.emoji);
  for (const c of textual) {
    if (!CONCRETE.has(c.kind)) continue;
    const other = textual.find((s) => s !== c && s.kind !== c.kind && !(s.part === c.part && overlaps(s, c)));
    if (other) return { refers: true, signs, anchor: c, events };
  }
  return { refers: false, signs, events };
}

/** "the Corran Bridge collapse" / "a death ("RIP Jo Tran")" — what a reference is about, for messages. */
export function describeTragedy(ref: TragedyReference): string {
  const a = ref.anchor;
  const ev = a?.event ?? ref.events[0]?.event;
  if (ev) {
    const t = ref.events.find((e) => e.event === ev)?.timing;
    const when = t?.anniversary ? ` (its ${ordinal(t.anniversary)} anniversary)` : '';
    return `${eventLabel(ev)}${when}`;
  }
  if (!a) return 'a tragedy';
  if (a.kind === 'hashtag') return `${a.text}${a.context ? ` (${a.context})` : ''}`;
  const what: Record<string, string> = { disaster: 'a disaster', attack: 'an attack', death: 'a death', sympathy: 'a tragedy', anniversary: 'the anniversary of a tragedy', memorial: 'a tragedy', place: 'a tragedy', event: 'a tragedy' };
  return `${what[a.kind] ?? 'a tragedy'} ("${a.text}")`;
}

export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** "the Corran Bridge collapse", "Hurricane Delia", "the death of Jo Tran": an event's name in a sentence. */
export function eventLabel(ev: SensitiveEvent): string {
  const name = ev.name.replace(/^the /i, '').trim();
  const main = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const words = main.split(/\s+/);
  // Proper names ("Hurricane Delia", "Aeroval Flight 212") take no article; "Corran Bridge collapse" does.
  const proper = words.every((w) => /^[\p{Lu}\d]/u.test(w));
  return proper ? name : `the ${name}`;
}
