// Hashtags whose real context is tragic, activist or commemorative, joined by a brand to sell,
// to joke, or for wordplay. Data: rules/data/hashtag-hijack.yaml; detection: src/detect/hashtags.ts.
import { defineRule } from '../src/engine/rule.js';
import { accountCategories, accountCauses, classifyHashtag, isOwnWords, topicMatches, type TagInfo, type TrendingTag } from '../src/detect/hashtags.js';
import { jokeCues } from '../src/detect/joke.js';
import { describePromo, promotionIn } from '../src/detect/promotion.js';
import { tragedySigns } from '../src/detect/tragedy.js';
import { loadTrending, trendingSetting } from '../src/detect/trending.js';
import { selfNames, stanceOf, type SelfNames } from '../src/detect/stance.js';
import { analyse, langKey } from '../src/text/analysis.js';
import { tagKey } from '../src/text/segment.js';
import type { TextPart } from '../src/types.js';

interface Options {
  personal?: boolean | 'skip' | 'errors' | 'all';
  allow?: string[];
  aligned?: Record<string, string[]>;
  respectful?: 'warn' | 'off';
}

/** Kinds for which a respectful, on-topic post is fine from any account. */
const COMMEMORATIVE = /^(memorial|awareness|remembrance)$/i;
/** Kinds for which tragedy words in the post count as being on topic. */
const TRAGIC = /^(tragic|tragedy|disaster|attack|death|mourning|memorial)$/i;

export default defineRule<Options>({
  id: 'hashtag-hijack',
  meta: {
    description: 'No tragic, activist or commemorative hashtags joined to sell, to joke or for wordplay; a respectful post from a brand whose mission does not match gets a warning to read the hashtag first.',
    docs: {
      why: 'People follow a hashtag about abuse, a shooting or a protest to read each other\'s stories. A brand that drops a product, a pun or a joke into it is hijacking their conversation, and the screenshot travels further than the campaign ever would.',
      incidents: [
        'DiGiorno Pizza, September 2014: "#WhyIStayed You had pizza." on the hashtag where survivors of domestic violence explained why they stayed; deleted within minutes, apologised to individual users for hours.',
        'Celeb Boutique, July 2012: "#Aurora is trending, clearly about our Kim K inspired #Aurora dress ;)" hours after the Aurora, Colorado cinema shooting (12 dead).',
        'Epicurious, April 2013: recipe promotions tweeted "in honor of Boston" the day after the Boston Marathon bombing.',
        'Entenmann\'s, July 2011: "Who\'s #notguilty about eating all the tasty treats they want?!" while #NotGuilty trended for the Casey Anthony verdict.',
        'Blackout Tuesday, June 2020: brands posting black squares with #BlackLivesMatter buried the protest information people were searching the tag for.',
        'Walmart, May 2022: a "Celebration Edition" Juneteenth ice cream, pulled after criticism that it commercialised the holiday.',
      ],
      bad: '---\naccount: kettleandcrumb\n---\n#WhyIStayed: the cinnamon rolls. Obviously.',
      good: '---\naccount: brackenfordcc\n---\nOn Sunday we will gather at the war memorial for the Remembrance service, with a two-minute silence at 11am.\n\n#LestWeForget',
      notes: [
        'A long tag one edit from a dataset tag (two for 14+ letters) is that tag written with a slip (#jesuischarile for #JeSuisCharlie), and is reported as it. #Support<Place> (#SupportJapan) is a relief tag when the place is a known place; #SupportLocal is not.',
        'Which tags: a dated built-in dataset of well-known ones (rules/data/hashtag-hijack.yaml: #WhyIStayed, #MeToo, #BlackLivesMatter, #NeverForget, #ClimateStrike, #StopAsianHate, #MarchForOurLives, #JeSuisCharlie and about 40 more), the config\'s sensitive_hashtags (expires honoured), sensitive_events[].hashtags, a trending feed (the top-level trending: setting), and the shapes #PrayFor<X>, #<X>Strong, #RIP<X>, #JusticeFor<X>, #StandWith<X>, #<X>Shooting/Attack/Fire/... without a list.',
        'A shape counts when X is a sensitive event\'s place or name, a trending tag, one of the ambiguous place names in the data (Turkey, Nice, Buffalo), or a proper noun (not a common lower-case English word in dictionary-en). #PrayFor<X>, #RIP<X> and #JusticeFor<X> also count for an X the dictionary does not know (a small town, a surname); #<X>Strong does not, because clubs and fun runs use it. So #PrayForCarrowRidge, #PrayForEastbrook, #BostonStrong and #RIPJoTran count; #PrayForSnow, #CoreStrong, #MomStrong, #ArmyStrong and #LongmeadStrong do not (safe_words in the data). An all-lower-case tag (#prayforparis) counts only when X is a known event, place or trend.',
        'Error when the post sells (rules/data/promotion.yaml), jokes (rules/data/joke-cues.yaml), or is not about the tag\'s subject: none of the tag\'s topic words appear, apart from the tag\'s own words, so "Strike a pose #ClimateStrike" and "Every build matters #BlackLivesMatter" are wordplay.',
        'A respectful, on-topic post that sells nothing: nothing for memorial and awareness tags (#LestWeForget, #WithRefugees, #NeverForget on a remembrance notice) and for accounts whose mission fits the cause (the tag\'s aligned categories: councils and public bodies, charities, refugee and environmental organisations, matched on the registry\'s industry/name/mission; or the tag listed under the account\'s causes:, or in this rule\'s aligned option). Nothing either for a post that offers care to the people using the tag (safety wishes, sympathy: stance.yaml warmth) and sells, jokes and attacks nothing. Otherwise a warning: read the hashtag\'s recent posts before joining in.',
        'Personal accounts: selling, joking or punning on a sensitive tag is reported as on brand accounts (the hashtag is hijacked whoever does it), but a person\'s respectful use never gets the read-first warning. personal: skip (or false) leaves personal accounts alone; personal: all (or true) treats them like brands.',
        'The trending feed: trending: <file or URL> or {source, max_age, cache_dir, timeout_ms}, a JSON or YAML list of {tag, context, kind}. Kinds tragic, disaster, attack, death, memorial, activist, protest, political, awareness or sensitive make a tag sensitive. A URL is fetched once per run and cached for max_age (default 1h); under --offline it is not fetched (a cached copy is used), with one notice.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    time: 'day',
    networkWith: ['trending'],
    options: {
      properties: {
        personal: { oneOf: [{ type: 'boolean' }, { enum: ['skip', 'errors', 'all'] }], description: 'Personal accounts: errors (default: selling, jokes and puns only), all (also the read-first warning; true), skip (false).' },
        allow: { type: 'array', items: { type: 'string' }, description: 'Hashtags never reported (with or without #).' },
        aligned: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Per account handle: tags ("*" for all) whose cause is the account\'s mission.' },
        respectful: { enum: ['warn', 'off'], description: 'What a respectful, on-topic use by an account whose mission does not match gets (default warn).' },
      },
      additionalProperties: false,
    },
    messages: {
      // {{about}}: "#Tag is about <what>", or "#Tag is a sensitive hashtag (<kind>): <context>" for a listed or trending tag.
      selling: '{{about}}; this post uses it to sell: {{promotion}}',
      joke: '{{about}}; this post uses it for a joke ("{{joke}}")',
      offTopic: '{{about}}; this post is about something else',
      wordplay: '{{about}}; this post is about something else (wordplay on "{{word}}")',
      readFirst: '{{about}}: read its recent posts before joining in',
    },
  },

  async prepare(_posts, ctx) {
    const setting = trendingSetting(ctx.config.settings.trending);
    if (!setting) return { trending: [] as TrendingTag[] };
    const trending = await loadTrending(setting, { root: ctx.config.root, offline: ctx.offline, noCache: ctx.noCache, notice: ctx.notice, now: ctx.now });
    return { trending };
  },

  async check(post, ctx) {
    const o = ctx.options ?? {};
    const personalMode = o.personal === true ? 'all' : o.personal === false ? 'skip' : (o.personal ?? 'errors');
    const personal = ctx.account?.kind === 'personal';
    if (personal && personalMode === 'skip') return;
    const parts: TextPart[] = post.parts.filter((p) => p.text.includes('#'));
    if (!parts.length) return;
    const trending = ((ctx.state as { trending?: TrendingTag[] } | undefined)?.trending ?? []) as TrendingTag[];
    const src = { events: ctx.config.sensitiveEvents, configTags: ctx.config.sensitiveHashtags, trending, now: ctx.now };
    const allow = new Set((o.allow ?? []).map(tagKey));
    const handle = ctx.account?.handle ?? post.meta.account ?? '';
    const alignedTags = new Set([...(o.aligned?.[handle] ?? []), ...accountCauses(ctx.account)].map(tagKey));
    const categories = accountCategories(ctx.account);
    const seen = new Set<string>();

    // What the whole post does, computed once and only when a sensitive tag is present.
    let verdict: Awaited<ReturnType<typeof postVerdict>> | undefined;
    const all = post.parts.filter((p) => p.text.trim());

    for (const part of parts) {
      const a = await analyse(part);
      for (const h of a.hashtags) {
        const key = tagKey(h.tag);
        if (seen.has(key) || allow.has(key)) continue;
        seen.add(key);
        const info = await classifyHashtag(h.tag, src);
        if (!info) continue;
        verdict ??= await postVerdict(all, ctx.lang, selfNames(ctx.account?.name, handle));
        const written = `#${h.tag}`;
        const at = { part, start: h.start, end: h.end };
        const about =
          info.origin === 'config' || info.origin === 'trending'
            ? `${written} is a sensitive hashtag (${info.kind}${info.origin === 'trending' ? ', trending' : ''}): ${info.context.replace(/[.\s]+$/, '')}`
            : `${written} is about ${info.context}`;

        if (verdict.promo.promotional && verdict.promo.strongest) {
          ctx.report({
            messageId: 'selling',
            data: { about, promotion: describePromo(verdict.promo.strongest) },
            why: whyError(info),
            hint: 'Remove the hashtag. If the brand has something real to offer the people using it (help, information, a donation), say it in a post of its own with nothing to sell, after reading the hashtag\'s recent posts.',
            at,
          });
          continue;
        }
        if (verdict.jokes.length) {
          ctx.report({
            messageId: 'joke',
            data: { about, joke: verdict.jokes[0] },
            why: whyError(info),
            hint: 'Remove the hashtag, or the joke: a tragedy or a cause is not a punchline for a brand.',
            at,
          });
          continue;
        }
        const topic = await onTopic(info, all, ctx.lang);
        if (!topic.topic.length) {
          ctx.report({
            ...(topic.ownWords.length ? { messageId: 'wordplay', data: { about, word: topic.ownWords[0] } } : { messageId: 'offTopic', data: { about } }),
            why: whyError(info),
            hint: 'Remove the hashtag. Borrowing a cause\'s or a tragedy\'s hashtag for reach, or for a pun on its words, is what hijacking means.',
            at,
          });
          continue;
        }
        if (COMMEMORATIVE.test(info.kind)) continue;
        const fits = alignedTags.has(key) || alignedTags.has('*') || (info.aligned ?? ['public', 'charity']).some((c) => categories.has(c));
        if (fits || o.respectful === 'off' || (personal && personalMode !== 'all')) continue;
        // Care for the people using the tag ("stay safe", "our thoughts are with"), with nothing sold and
        // nothing hostile, is the help the warning asks for: a reviewer would let it through.
        if (verdict.caring) continue;
        ctx.report({
          messageId: 'readFirst',
          data: { about },
          why: 'Even a respectful post can read as a brand jumping on a tragedy or a cause for visibility, and a hashtag\'s mood can change within hours.',
          hint: `Post only if you add help or information people using the tag need. If this cause is the account's mission, list ${written} under the account's causes: in the registry (or in hashtag-hijack's aligned option).`,
          severity: 'warn',
          at,
        });
      }
    }
  },
});

function whyError(info: TagInfo): string {
  const what = /activist|protest|political|campaign|solidarity/i.test(info.kind) ? 'a cause' : 'a tragedy';
  return `People follow this hashtag to talk about ${what}; a brand using it for attention reads as hijacking their conversation (DiGiorno's "#WhyIStayed You had pizza", Celeb Boutique's #Aurora dress tweet after the Aurora shooting).`;
}

async function postVerdict(parts: TextPart[], lang: string, self: SelfNames) {
  const promo = await promotionIn(parts, lang);
  const jokes: string[] = [];
  let warm = false;
  let hostile = false;
  for (const p of parts) {
    const a = await analyse(p);
    for (const j of jokeCues(a, lang)) jokes.push(j.text);
    const st = stanceOf(a, langKey(lang), self);
    warm ||= st.warm;
    hostile ||= st.signals.length > 0;
  }
  // Selling and joking were reported before the read-first warning is considered; care is warmth with no hostility.
  return { promo, jokes, caring: warm && !hostile };
}

async function onTopic(info: TagInfo, parts: TextPart[], lang: string): Promise<{ topic: string[]; ownWords: string[] }> {
  const topic: string[] = [];
  const ownWords: string[] = [];
  for (const p of parts) {
    const a = await analyse(p);
    const t = topicMatches(info, a, lang);
    topic.push(...t.topic);
    ownWords.push(...t.ownWords);
    if (TRAGIC.test(info.kind) || info.origin === 'event' || info.origin === 'shape')
      for (const s of tragedySigns(a, lang)) if (!s.emoji) (isOwnWords(info, s.text) ? ownWords : topic).push(s.text);
  }
  return { topic, ownWords };
}
