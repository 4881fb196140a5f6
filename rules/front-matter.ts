// Front matter is validated like code: a typo in a key or a date without an offset
// silently changes where and when a post goes out.
import { defineRule } from '../src/engine/rule.js';
import { closest } from '../src/text/words.js';
import { PLATFORMS, type Post, type Report } from '../src/types.js';

export const KNOWN_KEYS = [
  'account', 'platform', 'platforms', 'lang', 'publish_at', 'media', 'approved_by', 'approval_hash',
  'reply_to', 'labels', 'postlint', 'sponsored', 'link', 'links',
];
const CALENDAR_KEYS = ['text', 'body', 'id'];
const ALIASES: Record<string, string> = { twitter: 'x', fb: 'facebook', ig: 'instagram', bsky: 'bluesky' };
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export default defineRule({
  id: 'front-matter',
  meta: {
    description: 'Front matter is well-formed: known keys, real platforms, dates with an offset, registered accounts.',
    docs: {
      why: 'The front matter decides which account posts, where and when. A misspelt key ("platfrom") is silently ignored by scheduling tools, a date without an offset goes out hours early or late, and an account missing from the registry skips every brand check.',
      bad: '---\naccount: kettleandcrum\nplatfrom: x\npublish_at: 2027-06-21 09:00\n---\nSummer menu is here.',
      good: '---\naccount: kettleandcrumb\nplatform: x\npublish_at: 2027-06-21T09:00:00-04:00\n---\nSummer menu is here.',
      notes: [
        'Malformed YAML is reported by postlint itself (rule id `postlint`, even with this rule off) and the post is not linted further: nothing else can be trusted in such a post.',
        'Your own keys (campaign, owner) go in front_matter.extra_keys in the config.',
        'Handles are accepted with or without the leading @.',
      ],
    },
    defaultSeverity: 'error',
    fixable: true,
    network: false,
    messages: {
      unknownKey: "unknown front-matter key '{{key}}'",
      unknownKeyNear: "unknown front-matter key '{{key}}'; did you mean '{{near}}'?",
      langNotTag: "lang '{{lang}}' is not a language tag (en, en-GB, nb)",
      approvedByNotText: 'approved_by must be a name (text)',
      replyToShape: 'reply_to must be a handle, a URL or {author, text, url}',
      labelsShape: 'labels must be a list of words',
      sponsoredNotBoolean: 'sponsored must be true or false',
      platformAndPlatforms: "both 'platform' and 'platforms' are set; keep one",
      platformNotText: '{{key}} must be a platform name ({{platforms}})',
      accountNotOnPlatform: "account '{{account}}' is not on {{platform}} (the registry lists {{listed}})",
      unknownPlatform: "unknown platform '{{platform}}' (platforms: {{platforms}})",
      unknownPlatformNear: "unknown platform '{{platform}}'; did you mean '{{near}}'? (platforms: {{platforms}})",
      noPlatform: 'no platform: say where this post goes (platform: x, or platforms: [x, bluesky])',
      dateNotIso: "publish_at '{{date}}' is not an ISO 8601 date and time (2027-06-21T09:00:00+01:00)",
      dateNoOffset: "publish_at '{{date}}' has no time-zone offset",
      noAccount: 'no account: say which account publishes this post',
      accountNotHandle: 'account must be a handle',
      unknownAccount: "account '{{account}}' is not in the account registry",
      unknownAccountNear: "account '{{account}}' is not in the account registry; did you mean '{{near}}'?",
      mediaNotList: 'media must be a list of {path, alt}',
      mediaItemShape: 'media item {{item}} must be {path, alt}',
      mediaItemNoPath: 'media item {{item}} has no path',
      mediaItemUnknownKey: "unknown key '{{key}}' in media item {{item}}",
      mediaItemUnknownKeyNear: "unknown key '{{key}}' in media item {{item}}; did you mean '{{near}}'?",
      mediaAltNotText: 'media item {{item}}: alt must be text',
      postlintNotMapping: 'postlint must be a mapping ({ disable: { rule-id: "reason" } })',
      postlintUnknownKey: "unknown key '{{key}}' under postlint (allowed: disable, acknowledge)",
      postlintSectionShape: 'postlint.{{key}} must map names to reasons ({ risky-topic: "approved by legal, ticket 123" })',
      reasonNotText: 'postlint.{{key}}.{{name}} needs a reason in words, not {{value}}',
    },
  },
  check(post, ctx) {
    const d = post.data;
    const known = new Set([...KNOWN_KEYS, ...ctx.config.extraKeys, ...(post.count > 1 || /\.(ya?ml|json)$/i.test(post.source.path) ? CALENDAR_KEYS : [])]);
    const report = (r: Report) => ctx.report(r);

    for (const key of Object.keys(d)) {
      if (known.has(key)) continue;
      const near = closest(key, [...known], 2);
      const f = post.fields[key];
      report({
        ...(near ? { messageId: 'unknownKeyNear', data: { key, near } } : { messageId: 'unknownKey', data: { key } }),
        why: 'Scheduling tools ignore keys they do not know, so the setting you meant never takes effect.',
        hint: near ? undefined : `If it is your team's own field, add it to front_matter.extra_keys in the config.`,
        at: { field: key, on: 'key' },
        fix: near && f && !(near in d) ? { range: f.key, text: near } : undefined,
      });
    }

    checkPlatforms(post, report, ctx.account?.platforms ?? [], ctx.account?.handle);
    checkDate(post, report);
    checkAccount(post, report, [...ctx.config.accounts.keys()]);

    if (d.lang !== undefined && (typeof d.lang !== 'string' || !LANG.test(d.lang.trim())))
      report({ messageId: 'langNotTag', data: { lang: String(d.lang) }, at: { field: 'lang' } });
    if (d.media !== undefined) checkMedia(post, report);
    if (d.approved_by !== undefined && d.approved_by !== null && typeof d.approved_by !== 'string')
      report({ messageId: 'approvedByNotText', at: { field: 'approved_by' } });
    if (d.reply_to !== undefined && typeof d.reply_to !== 'string' && (typeof d.reply_to !== 'object' || Array.isArray(d.reply_to) || d.reply_to === null))
      report({ messageId: 'replyToShape', at: { field: 'reply_to' } });
    if (d.labels !== undefined && !(Array.isArray(d.labels) || typeof d.labels === 'string'))
      report({ messageId: 'labelsShape', at: { field: 'labels' } });
    if (d.sponsored !== undefined && typeof d.sponsored !== 'boolean')
      report({ messageId: 'sponsoredNotBoolean', at: { field: 'sponsored' } });
    if (d.postlint !== undefined) checkDirectives(post, report);
  },
});

function checkPlatforms(post: Post, report: (r: Report) => void, accountPlatforms: string[], account?: string): void {
  const d = post.data;
  if (d.platform !== undefined && d.platforms !== undefined)
    report({ messageId: 'platformAndPlatforms', at: { field: 'platforms', on: 'key' } });
  for (const key of ['platform', 'platforms'] as const) {
    const v = d[key];
    if (v === undefined) continue;
    const items = Array.isArray(v) ? v : [v];
    items.forEach((p, i) => {
      const field = Array.isArray(v) ? `${key}.${i}` : key;
      if (typeof p !== 'string') return report({ messageId: 'platformNotText', data: { key, platforms: PLATFORMS.join(', ') }, at: { field } });
      const name = p.trim().toLowerCase();
      if ((PLATFORMS as readonly string[]).includes(name)) {
        if (accountPlatforms.length && !accountPlatforms.includes(name))
          report({ messageId: 'accountNotOnPlatform', data: { account: String(account), platform: name, listed: accountPlatforms.join(', ') }, why: 'A post for a platform the account does not use is either for another account or will never be published.', at: { field } });
        return;
      }
      const alias = ALIASES[name];
      const near = alias ?? closest(name, PLATFORMS, 2);
      const f = post.fields[field];
      report({
        ...(near ? { messageId: 'unknownPlatformNear', data: { platform: p, near, platforms: PLATFORMS.join(', ') } } : { messageId: 'unknownPlatform', data: { platform: p, platforms: PLATFORMS.join(', ') } }),
        at: { field },
        fix: alias && f ? { range: f.value, text: alias } : undefined,
      });
    });
  }
  if (d.platform === undefined && d.platforms === undefined)
    report({ messageId: 'noPlatform', why: 'Length, hashtag, mention and media limits differ per platform; without one they cannot be checked.', severity: 'warn', at: { post: true } });
}

function checkDate(post: Post, report: (r: Report) => void): void {
  const v = post.data.publish_at;
  if (v === undefined || v === null) return;
  const s = v instanceof Date ? v.toISOString() : String(v).trim();
  if (!ISO.test(s) || Number.isNaN(Date.parse(s)))
    return report({ messageId: 'dateNotIso', data: { date: s }, at: { field: 'publish_at' } });
  if (!OFFSET.test(s))
    report({
      messageId: 'dateNoOffset',
      data: { date: s },
      why: 'Without an offset the scheduler uses its own time zone: the post can go out hours early or late, or inside a freeze.',
      hint: 'Add the offset of the time you mean, for example 2027-06-21T09:00:00+01:00 or ...Z for UTC.',
      at: { field: 'publish_at' },
    });
}

function checkAccount(post: Post, report: (r: Report) => void, registry: string[]): void {
  const v = post.data.account;
  if (v === undefined) {
    if (registry.length) report({ messageId: 'noAccount', why: 'Brand checks (risky topics, personal content, approval, freeze) depend on the account.', at: { post: true } });
    return;
  }
  if (typeof v !== 'string' || !v.trim()) return report({ messageId: 'accountNotHandle', at: { field: 'account' } });
  const handle = post.meta.account!;
  if (!registry.length || registry.includes(handle)) return;
  const near = closest(handle, registry, 2);
  const f = post.fields.account;
  report({
    ...(near ? { messageId: 'unknownAccountNear', data: { account: v, near } } : { messageId: 'unknownAccount', data: { account: v } }),
    why: 'An account postlint does not know gets none of its brand checks, and a typo here can publish on the wrong account.',
    at: { field: 'account' },
    suggestions: near && f ? [{ desc: `Change the account to '${near}'`, fix: { range: f.value, text: near } }] : undefined,
  });
}

function checkMedia(post: Post, report: (r: Report) => void): void {
  const m = post.data.media;
  if (!Array.isArray(m)) return report({ messageId: 'mediaNotList', at: { field: 'media' } });
  m.forEach((item, i) => {
    if (typeof item === 'string') return;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return report({ messageId: 'mediaItemShape', data: { item: i + 1 }, at: { field: `media.${i}` } });
    const o = item as Record<string, unknown>;
    if (typeof o.path !== 'string' && typeof o.url !== 'string') report({ messageId: 'mediaItemNoPath', data: { item: i + 1 }, at: { field: `media.${i}` } });
    for (const k of Object.keys(o))
      if (!['path', 'url', 'alt', 'type'].includes(k)) {
        const near = closest(k, ['path', 'alt', 'url', 'type'], 2);
        report({ ...(near ? { messageId: 'mediaItemUnknownKeyNear', data: { key: k, item: i + 1, near } } : { messageId: 'mediaItemUnknownKey', data: { key: k, item: i + 1 } }), at: { field: `media.${i}.${k}`, on: 'key' } });
      }
    if (o.alt !== undefined && o.alt !== null && typeof o.alt !== 'string') report({ messageId: 'mediaAltNotText', data: { item: i + 1 }, at: { field: `media.${i}.alt` } });
  });
}

function checkDirectives(post: Post, report: (r: Report) => void): void {
  const p = post.data.postlint;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return report({ messageId: 'postlintNotMapping', at: { field: 'postlint' } });
  for (const [k, v] of Object.entries(p)) {
    if (k !== 'disable' && k !== 'acknowledge') {
      report({ messageId: 'postlintUnknownKey', data: { key: k }, at: { field: `postlint.${k}`, on: 'key' } });
      continue;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      report({ messageId: 'postlintSectionShape', data: { key: k }, at: { field: `postlint.${k}` } });
      continue;
    }
    for (const [name, reason] of Object.entries(v))
      if (typeof reason !== 'string') report({ messageId: 'reasonNotText', data: { key: k, name, value: String(JSON.stringify(reason)) }, at: { field: `postlint.${k}.${name}` } });
  }
}
