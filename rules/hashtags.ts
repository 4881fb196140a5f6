// Hashtags that work on the platform: not more than the platform advises, no repeats, within
// Bluesky's tag length, and multi-word tags in CamelCase so screen readers say the words.
// The hard Instagram cap (30) is the length rule's (length.instagram.max_hashtags).
import { defineRule, type PostContext } from '../src/engine/rule.js';
import { factsFor, platformId, platformName } from '../src/platform/facts.js';
import { threadParts, type ThreadPart } from '../src/platform/thread.js';
import { entitiesSync, loadTwitterText, type Entity } from '../src/text/entities.js';
import { graphemes } from '../src/text/words.js';

export default defineRule({
  id: 'hashtags',
  meta: {
    description: 'Hashtags: no repeats, within Bluesky\'s tag length; on request (hashtags.advice: true), the platform\'s advisory maximum and CamelCase for multi-word tags.',
    docs: {
      why: 'A wall of hashtags reads as spam and the platform may ignore all but the first (Threads turns one into a topic tag); a repeated tag looks careless; on Bluesky a tag over 64 graphemes is not a tag at all; and screen readers spell "#mondaymotivation" out as one long word where "#MondayMotivation" is read as two.',
      bad: '---\naccount: kettleandcrumb\nplatform: x\n---\nNew menu! #coffee #fallmenu #coffee #latte',
      good: '---\naccount: kettleandcrumb\nplatform: x\n---\nNew menu! #FallMenu',
      notes: [
        'Quiet by default: advice that is no reason to stop a post (how many tags a platform says work best, CamelCase for screen readers) is given only with hashtags.advice: true in the config. Repeats and Bluesky tags over 64 graphemes (which Bluesky does not link) are always reported.',
        'Advisory maximums (with advice: true): X 2, Threads 1 by default; set hashtags.max: { platform: n } in the config (0 or null removes one).',
        "Instagram's hard cap of 30 is reported by the length rule, which owns length.instagram.max_hashtags; this rule never reports it, so one problem gives one finding.",
        'The CamelCase suggestion fires only for all-lowercase English tags of 6+ letters that split into dictionary words with at least two of 3+ letters and are not words themselves or configured dictionary words (brand names). It is a warning with a suggestion, never an automatic fix. hashtags.camel_case: false turns it off.',
        'Each part of a thread (parts separated by a line holding only ---) is its own post and is checked on its own.',
      ],
    },
    defaultSeverity: 'warn',
    fixable: false,
    network: false,
    messages: {
      // {{thread}}: "thread part N: " in a thread, else empty.
      tooMany: '{{thread}}{{count}} hashtags on {{platform}}; {{platform}} works best with at most {{max}}',
      tooLong: '{{thread}}#{{tag}}… is {{length}} graphemes long; {{platform}} tags are at most {{max}}',
      repeated: '{{thread}}#{{tag}} appears twice',
      camelCase: '{{thread}}#{{tag}}: write multi-word hashtags in CamelCase (#{{camel}}) so screen readers read the words',
    },
  },
  async check(post, ctx) {
    if (!post.body.text.includes('#') && !post.body.text.includes('＃')) return;
    await loadTwitterText();
    const settings = (ctx.config.settings.hashtags ?? {}) as { max?: Record<string, number | null>; camel_case?: boolean; advice?: boolean };
    // Advice (how many tags work best, CamelCase) is no reason to stop a post: only on request.
    const advice = settings.advice === true;
    const parts = threadParts(post.body.text);
    for (const part of parts) {
      const tags = entitiesSync(part.text).filter((e) => e.type === 'hashtag');
      if (!tags.length) continue;
      const abs = (e: Entity) => ({ start: part.start + e.start, end: part.start + e.end });
      const prefix = parts.length > 1 ? `thread part ${part.index + 1}: ` : '';

      for (const platform of new Set(post.meta.platforms.map(platformId))) {
        const facts = factsFor(platform)?.hashtags;
        const conf = settings.max && platform in settings.max ? settings.max[platform] : undefined;
        const max = conf === undefined ? facts?.advisory_max : conf || undefined;
        if (advice && max && tags.length > max) {
          const name = platformName(platform);
          ctx.report({
            messageId: 'tooMany',
            data: { thread: prefix, count: tags.length, platform: name, max },
            why: `${facts?.note ?? `More than ${max} hashtags reads as spam.`} Extra tags cost reach and readability.`,
            hint: `Keep the ${max === 1 ? 'one tag' : `${max} tags`} that matter most (hashtags.max.${platform} in the config changes this advice).`,
            severity: 'warn',
            at: { part: post.body, ...span(abs(tags[max]), abs(tags[tags.length - 1])) },
          });
        }
        if (facts?.tag_max_graphemes) {
          for (const t of tags) {
            const n = graphemes(t.value).length;
            if (n > facts.tag_max_graphemes)
              ctx.report({
                messageId: 'tooLong',
                data: { thread: prefix, tag: t.value.slice(0, 20), length: n, platform: platformName(platform), max: facts.tag_max_graphemes },
                why: `${platformName(platform)} does not turn a longer tag into a link or a searchable tag: it is published as plain text.`,
                hint: 'Shorten the tag.',
                at: { part: post.body, ...abs(t) },
              });
          }
        }
      }

      const seen = new Map<string, Entity>();
      for (const t of tags) {
        const key = t.value.normalize('NFC').toLowerCase();
        const first = seen.get(key);
        if (!first) {
          seen.set(key, t);
          continue;
        }
        // Remove the repeat with the space before it.
        const a = abs(t);
        const s0 = /[ \t]$/.test(post.body.text.slice(0, a.start)) ? a.start - 1 : a.start;
        const fix = ctx.fixPart(post.body, s0, a.end, '');
        ctx.report({
          messageId: 'repeated',
          data: { thread: prefix, tag: t.value },
          why: 'A repeated hashtag adds no reach and makes the post look careless or automated.',
          severity: 'warn',
          at: { part: post.body, ...a },
          suggestions: fix ? [{ desc: `Remove the second #${t.value}`, fix }] : undefined,
        });
      }

      if (advice && settings.camel_case !== false && ctx.lang.toLowerCase().startsWith('en')) await camelCase(ctx, part, tags, prefix);
    }
  },
});

function span(a: { start: number }, b: { end: number }) {
  return { start: a.start, end: b.end };
}

async function camelCase(ctx: PostContext, part: ThreadPart, tags: Entity[], prefix: string): Promise<void> {
  const candidates = tags.filter((t) => /^[a-z]{6,}$/.test(t.value));
  if (!candidates.length) return;
  const dict = await dictionary(ctx.lang);
  const configured = configuredWords(ctx.config.settings.dictionary);
  for (const t of candidates) {
    if (configured.has(t.value) || isWord(t.value, dict)) continue;
    const pieces = split(t.value, dict);
    if (!pieces) continue;
    const camel = pieces.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    const start = part.start + t.start + 1;
    const fix = ctx.fixPart(ctx.post.body, start, start + t.value.length, camel);
    ctx.report({
      messageId: 'camelCase',
      data: { thread: prefix, tag: t.value, camel },
      why: 'Screen readers read an all-lowercase tag as one long made-up word; capitals at the word starts let them, and every reader, see the words.',
      severity: 'warn',
      at: { part: ctx.post.body, start: start - 1, end: start + t.value.length },
      suggestions: fix ? [{ desc: `Write it as #${camel}`, fix }] : undefined,
    });
  }
}

const SHORT = new Set(['a', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

/** The split into the fewest pieces, every piece a word, at least two of 3+ letters; undefined when none. */
function split(s: string, dict: Set<string>): string[] | undefined {
  const best: (string[] | undefined)[] = new Array(s.length + 1).fill(undefined);
  best[0] = [];
  for (let i = 1; i <= s.length; i++) {
    for (let j = Math.max(0, i - 24); j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const w = s.slice(j, i);
      if (!(w.length >= 3 ? isWord(w, dict) : SHORT.has(w))) continue;
      const cand = [...prev, w];
      if (!best[i] || cand.length < best[i]!.length) best[i] = cand;
    }
  }
  const out = best[s.length];
  return out && out.length >= 2 && out.filter((w) => w.length >= 3).length >= 2 ? out : undefined;
}

function isWord(w: string, dict: Set<string>): boolean {
  return dict.has(w);
}

function configuredWords(section: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v.toLowerCase());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(section);
  return out;
}

const dictionaries = new Map<string, Promise<Set<string>>>();

/** Words of the Hunspell dictionary with their common suffixes (plural, -ed, -ing, -er, -ly), lower case. */
function dictionary(lang: string): Promise<Set<string>> {
  const pkg = /^en-(gb|uk|au|nz|ie)/i.test(lang) ? 'dictionary-en-gb' : 'dictionary-en';
  let p = dictionaries.get(pkg);
  if (!p) {
    p = import(pkg).then((m: { default: { dic: Uint8Array } }) => expand(new TextDecoder().decode(m.default.dic)));
    dictionaries.set(pkg, p);
  }
  return p;
}

function expand(dic: string): Set<string> {
  const out = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const [word, flags = ''] = line.trim().split('/');
    if (!word || !/^[A-Za-z]+$/.test(word) || /[A-Z].*[A-Z]/.test(word)) continue; // no acronyms
    const w = word.toLowerCase();
    if (w.length < 2) continue;
    out.add(w);
    if (flags.includes('S')) out.add(/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
    if (flags.includes('D')) out.add(w.endsWith('e') ? `${w}d` : `${w}ed`);
    if (flags.includes('G')) out.add(w.endsWith('e') ? `${w.slice(0, -1)}ing` : `${w}ing`);
    if (flags.includes('R')) out.add(w.endsWith('e') ? `${w}r` : `${w}er`);
    if (flags.includes('Y')) out.add(`${w}ly`);
  }
  return out;
}
