// Promotion in the same post as a disaster, an attack, a death or its anniversary.
// Detection lives in src/detect (tragedy.ts, promo.ts, hashtags.ts) so other rules can share it.
import { defineRule } from '../src/engine/rule.js';
import type { TextPart } from '../src/types.js';
import { classifyHashtag } from '../src/detect/hashtags.js';
import { jokeCues } from '../src/detect/joke.js';
import { describePromo, promotionOf, summarisePromotion, type PromoSignal } from '../src/detect/promotion.js';
import { describeTragedy, tragedyReference, type TragedySign } from '../src/detect/tragedy.js';
import { analyse, langKey } from '../src/text/analysis.js';
import { overlaps, userLexicon } from '../src/text/lexicon.js';

interface Options {
  window_days?: number;
  accounts?: 'all' | 'brand';
  promotion?: string[];
  tragedy?: string[];
  allow?: string[];
}

export default defineRule<Options>({
  id: 'tragedy-promo',
  meta: {
    description: 'No promotion (sales, codes, "shop now", product plugs, a share of sales) in a post about a disaster, an attack, a death or its anniversary.',
    docs: {
      why: 'Selling in the same breath as a disaster, an attack or a death reads as profiting from grief. The brands that did it were called out within hours, and the apology became the story. Condolences, service updates and donations are fine on their own; the promotion is what turns them into a sales hook.',
      incidents: [
        'Hurricane Sandy, October 2012: American Apparel emailed a 20%-off "Hurricane Sandy Sale" ("in case you\'re bored during the storm") and was widely condemned; Gap tweeted "We\'ll be doing lots of Gap.com shopping today. How about you?" to people in the storm, then deleted it and apologised.',
        'Boston Marathon bombing, April 2013: scheduled brand promotions kept running on the day, and the next day Epicurious tweeted breakfast and scone recipes "in honor of Boston and our hearts"; it deleted them and apologised.',
        "Carrie Fisher's death, December 2016: Cinnabon tweeted \"RIP Carrie Fisher, you'll always have the best buns in the galaxy\" with Princess Leia's hair drawn as cinnamon rolls; it deleted the tweet and apologised.",
        'September 11 anniversaries: AT&T posted a phone photographing the Tribute in Light ("Never forget", 2013) and deleted it after the backlash; a San Antonio mattress store\'s 2016 "Twin Towers" sale video led it to close its doors.',
        'Hurricane Harvey, 2017, and many storms since: "storm sale" and "stock up" promotions timed to an approaching disaster.',
      ],
      bad: '---\naccount: mapleandmain\npublish_at: 2027-09-01T07:00:00-04:00\n---\nHurricane Delia is headed our way 🌀 Stock up on candles and throws now, with free shipping on orders over $50!',
      good: "---\naccount: kettleandcrumb\n---\nOur hearts are with everyone affected by the Alder River floods. We've donated $5,000 to @harvestcommons; if you'd like to help too, please give to them directly.",
      notes: [
        'Tragedy: words and phrases in rules/data/tragedy.yaml ("were killed", "our thoughts are with", "Hurricane Delia", "raset", "omkom"), the names, keywords and hashtags of the config\'s sensitive_events, and an event\'s place from a week before to window_days (default 14) after it, or on its anniversary when the event is marked anniversary: true. Weak words (storm, crash, fire, "stay safe") need a second sign.',
        'Promotion: rules/data/promotion.yaml (a discount, a price offer, a code, free shipping, "book with confidence", "link in bio", a product plug, a share of sales). "10% of every sale goes to the families" counts: it makes the tragedy a reason to buy. "We have donated $5,000, please give to them directly" does not.',
        'Not tragedy-promo: a service update during a disaster (free flight changes in a storm), a memorial or a minute\'s silence with no promotion, a charity\'s own relief appeal, a birthday "anniversary" sale, a "moving-day disaster", a Memorial Day sale (a national holiday, not a specific tragedy).',
        'A tragic hashtag with nothing in the text about the tragedy is hashtag-hijack only; with sympathy words ("Stay safe") next to it, the post is about the tragedy and this rule fires too.',
        'Options: window_days, accounts ("all", the default, or "brand"), promotion / tragedy (extra phrases), allow (phrases that are never promotion).',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    time: 'day',
    options: {
      properties: {
        window_days: { type: 'integer', minimum: 0, description: 'Days after a sensitive event during which mentioning its place counts as referring to it (default 14; an event\'s own window_days wins).' },
        accounts: { enum: ['all', 'brand'], description: 'Which accounts are checked (default all: an influencer selling on a tragedy is as bad).' },
        promotion: { type: 'array', items: { type: 'string' }, description: 'Extra promotion phrases (phrase syntax of rules/data).' },
        tragedy: { type: 'array', items: { type: 'string' }, description: 'Extra tragedy phrases.' },
        allow: { type: 'array', items: { type: 'string' }, description: 'Phrases that are never promotion in your posts ("donate in our app").' },
      },
      additionalProperties: false,
    },
    messages: {
      promotion: 'promotion in a post about {{tragedy}}: {{promotion}}',
      // The same words; a share of sales has its own why and hint.
      shareOfSales: 'promotion in a post about {{tragedy}}: {{promotion}}',
    },
  },

  async check(post, ctx) {
    const o = ctx.options ?? {};
    if (o.accounts === 'brand' && ctx.account?.kind !== 'brand') return;
    const parts: TextPart[] = post.parts.filter((p) => p.text.trim());
    if (!parts.length) return;
    const lang = ctx.lang;
    const when = post.meta.publishAt && !Number.isNaN(Date.parse(post.meta.publishAt)) ? new Date(post.meta.publishAt) : ctx.now;
    const src = { events: ctx.config.sensitiveEvents, configTags: ctx.config.sensitiveHashtags, now: ctx.now };

    let joking = false;
    for (const part of parts) if (jokeCues(await analyse(part), lang).length) joking = true;
    const ref = await tragedyReference(parts, {
      lang,
      joking,
      events: ctx.config.sensitiveEvents,
      when,
      windowDays: o.window_days,
      tragicTag: async (t) => {
        const info = await classifyHashtag(t.tag, src);
        return info && /^(tragic|tragedy|disaster|attack|death|mourning|memorial)$/i.test(info.kind) ? info.context : undefined;
      },
    });
    const extraTragedy = o.tragedy?.length ? userLexicon('tragedy-promo.tragedy', o.tragedy) : undefined;
    if (!ref.refers && extraTragedy) {
      for (const part of parts) {
        const hit = extraTragedy.match(await analyse(part), langKey(lang))[0];
        if (hit) {
          const sign: TragedySign = { kind: 'disaster', strength: 'strong', start: hit.start, end: hit.end, text: hit.text, part };
          ref.refers = true;
          ref.anchor = sign;
          ref.signs.push(sign);
          break;
        }
      }
    }
    if (!ref.refers) return;

    const extraPromo = o.promotion?.length ? userLexicon('tragedy-promo.promotion', o.promotion) : undefined;
    const allow = o.allow?.length ? userLexicon('tragedy-promo.allow', o.allow) : undefined;
    const signals: PromoSignal[] = [];
    for (const part of parts) {
      const a = await analyse(part);
      const allowed = allow?.match(a, langKey(lang)) ?? [];
      for (const s of promotionOf(a, lang).signals) if (!allowed.some((x) => overlaps(x, s))) signals.push({ ...s, part });
      for (const h of extraPromo?.match(a, langKey(lang)) ?? []) signals.push({ kind: 'plug', strength: 'strong', start: h.start, end: h.end, text: h.text, part });
    }
    const promo = summarisePromotion(signals);
    if (!promo.promotional || !promo.strongest?.part) return;

    const s = promo.strongest;
    const share = promo.signals.find((x) => x.kind === 'share-of-sales');
    const point = share ?? s;
    ctx.report({
      messageId: share ? 'shareOfSales' : 'promotion',
      data: { tragedy: describeTragedy(ref), promotion: describePromo(point) },
      why: share
        ? 'A share of sales still makes the tragedy a reason to buy: the more people spend with you, the more the victims get, so the post reads as a sales hook however well it is meant.'
        : 'Selling next to a disaster, an attack or a death reads as profiting from grief (Hurricane Sandy sale emails, promotions on the day of the Boston Marathon bombing, Cinnabon\'s Carrie Fisher tweet); the backlash outlasts the promotion.',
      hint: share
        ? 'Donate a fixed amount yourself and point people to the charity directly, in a post with nothing to sell.'
        : 'Post the condolence or the service information on its own, and hold the promotion (and any scheduled ones) for another day. To help, donate and point people to a relief charity directly.',
      at: { part: point.part!, start: point.start, end: point.end },
    });
  },
});
