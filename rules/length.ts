// Every platform counts differently: X weighs emoji and CJK as 2 and every link as 23, Bluesky
// counts graphemes, Mastodon counts links as 23 and remote handles by their user part. A post
// that fits one platform can be refused by another, so a cross-post is checked for each.
import { defineRule, type PostContext } from '../src/engine/rule.js';
import { countText } from '../src/platform/count.js';
import { lengthSettings, platformId, platformName, type LengthSettings } from '../src/platform/facts.js';
import { numbering, threadParts, type ThreadPart } from '../src/platform/thread.js';
import { entitiesSync, loadTwitterText } from '../src/text/entities.js';
import type { Post } from '../src/types.js';

const UNIT: Record<LengthSettings['unit'], string> = { weighted: 'weighted characters', graphemes: 'graphemes', code_points: 'characters' };

export default defineRule({
  id: 'length',
  meta: {
    description: "Each platform's text limit, counted the way that platform counts; Instagram's 30-hashtag cap; thread numbering.",
    docs: {
      why: 'A post over the limit is refused at publish time, or a scheduler cuts it and the end of the message (usually the link or the call to action) is lost. Platforms count differently: 273 visible characters can be 285 on X, where every emoji weighs 2.',
      incidents: [
        'A scheduled cross-post that fitted Mastodon failed on X and Bluesky at 9 a.m. with nobody watching.',
        'A caption with 34 hashtags went out on Instagram without its caption.',
      ],
      bad: '---\naccount: skylarkair\nplatform: x\n---\nSummer schedule is live ☀️✈️ New routes: Lisbon 🇵🇹 Dublin 🇮🇪 … (273 characters, 285 on X)',
      good: '---\naccount: skylarkair\nplatform: x\n---\nSummer schedule is live ✈️ New nonstop routes from Portmead to Lisbon, Dublin and Reykjavik. Fares from $89: http://127.0.0.1:4873/ok/summer',
      notes: [
        'X: twitter-text v3 weighting (URLs 23, emoji 2, CJK 2). URLs twitter-text does not recognise (IP hosts such as 127.0.0.1) are counted as links too.',
        'Bluesky: 300 graphemes (a family emoji is one). Mastodon: 500 code points by default, URLs 23, @user@domain counted as @user; the server counts grapheme clusters, so code points are the safe side. Set length.mastodon.max_chars (or length.mastodon.instances: {host: n}) for your server.',
        'Threads: 500, with an emoji counted as its UTF-8 bytes (Threads API documentation). Instagram 2,200 and 30 hashtags; LinkedIn 3,000; Facebook 63,206 (code points).',
        'The 30-hashtag cap on Instagram is reported here (length.instagram.max_hashtags), not by the hashtags rule.',
        'A thread is a post whose parts are separated by a line holding only ---; each part is checked on its own, and "1/4"-style numbering must run 1/n ... n/n with n the number of parts.',
        'CRLF line endings count as one newline.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    messages: {
      // {{thread}}: "thread part N of M is " in a thread, else empty.
      tooLong: '{{thread}}too long for {{platform}}: {{count}} {{units}}, {{over}} over the limit of {{max}}; the text from "{{excerpt}}" on does not fit',
      tooManyHashtags: '{{thread}}{{count}} hashtags on {{platform}}, {{over}} over the limit of {{max}}',
      partUnnumbered: 'thread part {{part}} of {{total}} has no number; the other parts are numbered (expected {{expected}})',
      misnumbered: 'thread numbering: {{problems}} (expected {{expected}})',
    },
  },
  async check(post, ctx) {
    const platforms = [...new Set(post.meta.platforms.map(platformId))].filter((p) => lengthSettings(p, ctx.config.settings));
    const body = post.body.text;
    if (!body) return;
    const twitter = await loadTwitterText();
    const parts = threadParts(body);
    const host = mastodonHost(ctx);

    for (const platform of platforms) {
      const s = lengthSettings(platform, ctx.config.settings, platform === 'mastodon' ? host : undefined)!;
      for (const part of parts) {
        const c = countText(part.text, s, twitter);
        if (c.count > c.max && c.cut !== undefined) reportOver(post, ctx, platform, s, part, parts.length, c.count, c.cut);
        if (s.maxHashtags !== undefined) checkHashtagCap(post, ctx, platform, s.maxHashtags, part, parts.length);
      }
    }
    if (parts.length > 1) checkNumbering(post, ctx, parts);
  },
});

function mastodonHost(ctx: PostContext): string | undefined {
  const h = ctx.account?.handles?.mastodon;
  return h ? h.split('@')[2] : undefined;
}

function where(part: ThreadPart, total: number): string {
  return total > 1 ? `thread part ${part.index + 1} of ${total} is ` : '';
}

function excerpt(s: string, n = 24): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const g = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(t), (x) => x.segment);
  return g.length > n ? `${g.slice(0, n).join('').trimEnd()}…` : t;
}

function reportOver(post: Post, ctx: PostContext, platform: string, s: LengthSettings, part: ThreadPart, total: number, count: number, cut: number): void {
  const name = platformName(platform);
  const over = count - s.max;
  const start = part.start + cut;
  const end = part.start + part.text.length;
  const tail = post.body.text.slice(start, end);
  const units = s.unit === 'code_points' && s.urlLength ? `${UNIT[s.unit]} (links count ${s.urlLength})` : UNIT[s.unit];
  ctx.report({
    messageId: 'tooLong',
    data: { thread: where(part, total), platform: name, count, units, over, max: s.max, excerpt: excerpt(tail) },
    why: `${name} refuses a post over ${s.max} ${UNIT[s.unit]}: the scheduled post fails, or a tool cuts it and the end of the message (often the link or the call to action) is lost.`,
    hint: total > 1 ? `Shorten this part by at least ${over}, or move the end into the next part.` : `Shorten it by at least ${over}, or split it into a thread (parts separated by a line holding only ---).`,
    at: { part: post.body, start, end },
  });
}

function checkHashtagCap(post: Post, ctx: PostContext, platform: string, max: number, part: ThreadPart, total: number): void {
  const tags = entitiesSync(part.text).filter((e) => e.type === 'hashtag');
  if (tags.length <= max) return;
  const name = platformName(platform);
  const first = tags[max];
  const last = tags[tags.length - 1];
  ctx.report({
    messageId: 'tooManyHashtags',
    data: { thread: where(part, total), count: tags.length, platform: name, over: tags.length - max, max },
    why: `${name} accepts at most ${max} hashtags in a caption: with more, the post fails or goes out without its caption.`,
    hint: `Keep the ${max} hashtags that matter most; the report points at the ones past the ${max}th.`,
    at: { part: post.body, start: part.start + first.start, end: part.start + last.end },
  });
}

function checkNumbering(post: Post, ctx: PostContext, parts: ThreadPart[]): void {
  const marks = parts.map((p) => numbering(p.text));
  const used = marks.filter(Boolean).length;
  const total = parts.length;
  // Numbering is in use when the first part is numbered 1, at least two parts are numbered, or
  // one part says "i/n" with n the number of parts.
  if (!(marks[0]?.n === 1 || used >= 2 || marks.some((m) => m?.of === total))) return;
  const why = 'Readers use "2/5" to know where they are and whether the thread is complete; wrong numbers make a thread look broken or unfinished.';
  for (const [i, part] of parts.entries()) {
    const m = marks[i];
    const want = `${i + 1}/${total}`;
    if (!m) {
      ctx.report({
        messageId: 'partUnnumbered',
        data: { part: i + 1, total, expected: want },
        why,
        at: { part: post.body, start: part.start, end: part.start + Math.min(part.text.length, part.text.search(/\n|$/)) },
      });
      continue;
    }
    const problems: string[] = [];
    if (m.n !== i + 1) problems.push(`part ${i + 1} is numbered ${m.n}`);
    if (m.of !== undefined && m.of !== total) problems.push(`it says "of ${m.of}" but the thread has ${total} parts`);
    if (!problems.length) continue;
    const marker = post.body.text.slice(part.start + m.start, part.start + m.end);
    const fixed = marker.replace(/\d+(\s?\/\s?)\d*/, (_, slash: string) => `${i + 1}${slash}${m.of !== undefined ? total : ''}`);
    const fix = ctx.fixPart(post.body, part.start + m.start, part.start + m.end, fixed);
    ctx.report({
      messageId: 'misnumbered',
      data: { problems: problems.join('; '), expected: m.of !== undefined ? want : `${i + 1}/` },
      why,
      at: { part: post.body, start: part.start + m.start, end: part.start + m.end },
      suggestions: fix ? [{ desc: `Renumber as ${fixed}`, fix }] : undefined,
    });
  }
}
