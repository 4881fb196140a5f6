// Promotion detection: does a post sell something for the brand? Shared by tragedy-promo and
// hashtag-hijack, and open to other rules (wrong-account, tone) through the exported functions.
//
//   const promo = await promotionIn(post.parts, ctx.lang);   // or promotionOf(await analyse(part), lang)
//   if (promo.promotional) ... promo.strongest → { kind, text, start, end, part }
//
// Lexicon: rules/data/promotion.yaml. Strong signals (a discount, a price offer, a code, free
// shipping, "book now", a share of sales) count on their own; weak ones (a product mention,
// "available now", "come in") need a second, different one. Donations to victims or a charity and
// customer-care offers ("change your flight for free") are senses that cancel overlapping matches.
import type { TextPart } from '../types.js';
import { ruleData } from '../data/load.js';
import { analyse, langKey, type Analysis } from '../text/analysis.js';
import { Lexicon, overlaps, type DataEntry, type Hit } from '../text/lexicon.js';
import { tagKey } from '../text/segment.js';

export type PromoKind = 'discount' | 'price' | 'code' | 'shipping' | 'cta' | 'plug' | 'share-of-sales' | 'finance' | 'hashtag' | 'engagement';

export interface PromoEntry extends DataEntry {
  kind: PromoKind | 'none';
  strength?: 'strong' | 'weak';
}

export interface PromoSignal {
  kind: PromoKind;
  strength: 'strong' | 'weak';
  start: number;
  end: number;
  text: string;
  /** Set by promotionIn (several parts); promotionOf leaves it unset. */
  part?: TextPart;
  entryId?: string;
}

export interface Promotion {
  signals: PromoSignal[];
  /** One strong signal, or two weak ones that do not overlap. */
  promotional: boolean;
  /** The signal to point at: the first strong one, else the first weak one. */
  strongest?: PromoSignal;
  /** A share of sales or proceeds promised to a cause ("10% of every sale goes to ..."). */
  shareOfSales: boolean;
}

interface PromoData {
  entries: PromoEntry[];
  hashtags?: { tags: string[] };
}

let lexicon: Lexicon<PromoEntry> | undefined;
let promoTags: Set<string> | undefined;

function load(): { lex: Lexicon<PromoEntry>; tags: Set<string> } {
  if (!lexicon) {
    const d = ruleData<PromoData>('promotion.yaml');
    lexicon = new Lexicon('promotion', d.entries);
    promoTags = new Set((d.hashtags?.tags ?? []).map(tagKey));
  }
  return { lex: lexicon, tags: promoTags! };
}

const KIND_WORDS: Record<PromoKind, string> = {
  discount: 'a discount',
  price: 'a price offer',
  code: 'a discount code',
  shipping: 'a free-with-purchase offer',
  cta: 'a call to buy',
  plug: 'a product plug',
  'share-of-sales': 'a share of sales',
  finance: 'a rate or finance offer',
  hashtag: 'a sales hashtag',
  engagement: 'a donation that depends on engagement',
};

/** "a discount ("20% off")" — for messages. */
export function describePromo(s: PromoSignal): string {
  return `${KIND_WORDS[s.kind]} ("${s.text}")`;
}

/** Promotion signals in one analysed text. */
export function promotionOf(a: Analysis, lang: string): Promotion {
  const { lex, tags } = load();
  const hits: Hit<PromoEntry>[] = lex.match(a, langKey(lang)).filter((h) => !h.entry.idiom && h.entry.kind !== 'none');
  const signals: PromoSignal[] = hits.map((h) => ({
    kind: h.entry.kind as PromoKind,
    strength: h.entry.strength ?? 'strong',
    start: h.start,
    end: h.end,
    text: h.text,
    entryId: h.entry.id,
  }));
  for (const h of a.hashtags) if (tags.has(tagKey(h.tag))) signals.push({ kind: 'hashtag', strength: 'weak', start: h.start, end: h.end, text: a.text.slice(h.start, h.end) });
  return summarisePromotion(signals);
}

/** Which signal best shows the promotion, first to last. */
const PRIORITY: PromoKind[] = ['share-of-sales', 'engagement', 'discount', 'code', 'shipping', 'price', 'finance', 'cta', 'hashtag', 'plug'];

/** Combine signals (from several texts, or with extra ones) into one verdict. */
export function summarisePromotion(signals: PromoSignal[]): Promotion {
  // Longest first at each position, and drop weak signals covered by another signal.
  signals.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: PromoSignal[] = [];
  for (const s of signals) {
    const cover = kept.find((k) => k.part === s.part && overlaps(k, s));
    if (cover) {
      if (cover.strength === 'weak' && s.strength === 'strong') kept[kept.indexOf(cover)] = s;
      continue;
    }
    kept.push(s);
  }
  const strong = kept.filter((s) => s.strength === 'strong').sort((x, y) => PRIORITY.indexOf(x.kind) - PRIORITY.indexOf(y.kind) || x.start - y.start);
  const weak = kept.filter((s) => s.strength === 'weak');
  const promotional = strong.length > 0 || new Set(weak.map((w) => w.text.toLowerCase())).size >= 2;
  return {
    signals: kept,
    promotional,
    strongest: strong[0] ?? weak[0],
    shareOfSales: kept.some((s) => s.kind === 'share-of-sales'),
  };
}

/** Promotion over several parts (body and alt texts), each signal tagged with its part. */
export async function promotionIn(parts: TextPart[], lang: string): Promise<Promotion> {
  const all: PromoSignal[] = [];
  for (const part of parts) for (const s of promotionOf(await analyse(part), lang).signals) all.push({ ...s, part });
  return summarisePromotion(all);
}

/** Convenience: whether the text of these parts is promotional. */
export async function isPromotional(parts: TextPart[], lang: string): Promise<boolean> {
  return (await promotionIn(parts, lang)).promotional;
}
