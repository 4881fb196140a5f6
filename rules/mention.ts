// A mention tags a real account: a typo tags a stranger (or nobody), an unchecked handle can
// belong to an impostor, and a handle in another platform's form does not link at all.
import type { ResolvedConfig } from '../src/config/types.js';
import { knownHandles } from '../src/config/accounts.js';
import { defineRule, type PostContext } from '../src/engine/rule.js';
import { factsFor, platformId, platformName } from '../src/platform/facts.js';
import { entities, type Entity } from '../src/text/entities.js';
import { atHandle } from '../src/text/handles.js';
import { quoteSpans } from '../src/text/quotes.js';
import type { Post, Report } from '../src/types.js';
import { editDistance } from '../src/text/words.js';

type Form = 'user' | 'domain' | 'fediverse';

export default defineRule({
  id: 'mention',
  meta: {
    description: 'Mentions are well-formed for the platform and are handles the account registry knows.',
    docs: {
      why: 'A mistyped handle tags a stranger or nobody, and a handle nobody checked can be an impostor or a parody account: the brand is then seen endorsing it. A Mastodon or Bluesky handle pasted into an X post does not link to the account at all.',
      incidents: ['A partner thank-you tagged @fernhilfarms, an unrelated account, instead of @fernhillfarms.'],
      bad: '---\naccount: kettleandcrumb\nplatform: instagram\n---\nWe spent Tuesday with our friends at @fernhilfarms.',
      good: '---\naccount: kettleandcrumb\nplatform: instagram\n---\nWe spent Tuesday with our friends at @fernhillfarms.',
      notes: [
        'Known handles: every handle in the account registry (accounts, their per-platform handles, partners), the reply_to author of a reply, and mention.known in the config; compared case-insensitively and whole (@user@instance with its instance).',
        'Quiet by default (mention.unknown: partners): a handle missing from the registry is a warning only for accounts whose registry entry lists partners (they have declared whom they tag), and never in a reply (it tags the customer) or after RT, via, cc or inside a quotation. mention.unknown: always reports every unknown handle; off none.',
        'An unknown handle is a warning; one or two edits away from a known handle (one edit for handles under 8 characters) is an error, with a fix when exactly one known handle is that close and suggestions when several are.',
        'Personal accounts are checked like brand accounts, as the corpus labels them: their posts tag real people too, and a typo or an impostor handle embarrasses the person and the brand they work for. Add the people they mention to the registry (partners) or to mention.known.',
        'Handles listed under the account\'s competitors draw a warning.',
        'E-mail addresses and "@ the market" are not mentions. LinkedIn and Facebook link mentions picked in the composer, so their typed form is not checked.',
        'Forms: X @user (1-15 letters, digits, _); Instagram and Threads @user (1-30, periods allowed); Mastodon @user@instance (a bare @user means someone on your own server); Bluesky @name.domain.',
      ],
    },
    defaultSeverity: 'error',
    fixable: true,
    network: false,
    messages: {
      competitor: '{{handle}} is a competitor of {{account}}',
      nearMiss: '{{handle}} is not a known handle; did you mean {{candidates}}?',
      unknown: '{{handle}} is not in the account registry',
      mastodonForm: '{{handle}} is a Mastodon handle: on {{platform}} it does not link to the account',
      blueskyForm: '{{handle}} is a Bluesky handle: on {{platform}} it does not link to the account',
      blueskyOnX: '{{handle}} is a Bluesky handle: on X only "@{{user}}" would link, to whoever holds that name',
      notBluesky: '{{handle}} is not a Bluesky handle: Bluesky handles are domain names (@name.bsky.social), so it will not link',
      noInstance: '{{handle}} has no instance: on Mastodon it only reaches a user of that name on your own server',
      invalid: '{{handle}} is not a valid {{platform}} handle ({{rule}})',
    },
  },
  async check(post, ctx) {
    const mentions = (await entities(post.body)).filter((e) => e.type === 'mention');
    if (!mentions.length) return;
    const known = new Set(registry(ctx.config));
    const author = post.meta.replyTo?.author?.trim();
    if (author && /^@?[A-Za-z0-9_.@-]+$/.test(author)) known.add(atHandle(author));
    const competitors = new Set(ctx.account?.competitors ?? []);

    for (const m of mentions) {
      const v = m.value;
      const isKnown = known.has(v);
      checkForm(ctx, m, isKnown, known);
      if (competitors.has(v)) {
        ctx.report({
          messageId: 'competitor',
          data: { handle: m.text, account: String(ctx.account?.name ?? ctx.account?.handle) },
          why: 'Tagging a competitor sends your audience to them and invites a reply you do not control; keep the post about the brand.',
          hint: 'Remove the mention, or name them without tagging if the post must refer to them.',
          severity: 'warn',
          at: { part: post.body, start: m.start, end: m.end },
        });
        continue;
      }
      if (isKnown || ctx.config.accounts.size === 0) continue;
      const near = nearMisses(v, known);
      if (near.length) {
        const fix = near.length === 1 ? ctx.fixPart(post.body, m.start, m.end, near[0]) : undefined;
        const list = near.length === 1 ? near[0] : near.slice(0, -1).join(', ') + ' or ' + near[near.length - 1];
        ctx.report({
          messageId: 'nearMiss',
          data: { handle: m.text, candidates: list },
          why: 'A handle one or two letters off a known one is almost always a typo, and it tags a stranger (or nobody) instead of the account you meant.',
          at: { part: post.body, start: m.start, end: m.end },
          fix,
          suggestions: fix ? undefined : near.map((h) => ({ desc: `Change to ${h}`, fix: ctx.fixPart(post.body, m.start, m.end, h) })).filter((s) => s.fix),
        });
        continue;
      }
      if (!reportUnknown(ctx, post, m)) continue;
      ctx.report({
        messageId: 'unknown',
        data: { handle: m.text },
        why: 'Nobody has confirmed this handle belongs to who you mean: it can be an impostor, a parody or an abandoned account, and the account is then seen endorsing it.',
        hint: 'Check the handle on the platform, then add it to the account\'s partners in the registry (or to mention.known in the config).',
        severity: 'warn',
        at: { part: post.body, start: m.start, end: m.end },
      });
    }
  },
});

/**
 * Whether an unknown handle is worth a finding. Quiet by default (mention.unknown: partners): only
 * accounts that keep a partner list in the registry have declared whom they tag; a reply tags the
 * customer, and "RT @x", "via @x", "cc @x" or a quotation name someone else's words, not a partner.
 */
function reportUnknown(ctx: PostContext, post: Post, m: Entity): boolean {
  const mode = ((ctx.config.settings.mention ?? {}) as { unknown?: string }).unknown ?? 'partners';
  if (mode === 'off') return false;
  if (mode === 'always') return true;
  if (!ctx.account?.partners.length || post.meta.replyTo) return false;
  const before = post.body.text.slice(Math.max(0, m.start - 6), m.start);
  if (/(?:^|\s)(?:RT|MT|via|cc|by)[:\s]*$/i.test(before)) return false;
  return !quoteSpans(post.body.text).some((q) => m.start >= q.start && m.end <= q.end);
}

const cache = new WeakMap<ResolvedConfig, string[]>();
function registry(config: ResolvedConfig): string[] {
  let list = cache.get(config);
  if (!list) {
    const extra = (config.settings.mention as { known?: unknown } | undefined)?.known;
    list = [...knownHandles(config.accounts), ...(Array.isArray(extra) ? extra.filter((h): h is string => typeof h === 'string').map(atHandle) : [])];
    cache.set(config, list);
  }
  return list;
}

/** Known handles within a couple of edits; the closest ones only. Short handles get less slack. */
function nearMisses(v: string, known: Set<string>): string[] {
  const len = v.length - 1;
  const max = len >= 8 ? 2 : len >= 4 ? 1 : 0;
  if (!max) return [];
  let best = max + 1;
  let out: string[] = [];
  for (const k of known) {
    const d = editDistance(v, k, best);
    if (d < best) {
      best = d;
      out = [k];
    } else if (d === best && d <= max) out.push(k);
  }
  return best <= max ? out.sort() : [];
}

function formOf(m: Entity): Form {
  if (/^@[^@]+@/.test(m.text)) return 'fediverse';
  if (m.text.includes('.')) return 'domain';
  return 'user';
}

const FORM_NAME: Record<Form, string> = { fediverse: 'Mastodon (@user@instance)', domain: 'Bluesky (@name.domain)', user: 'plain @user' };

function checkForm(ctx: PostContext, m: Entity, isKnown: boolean, known: Set<string>): void {
  const post = ctx.post;
  const form = formOf(m);
  const user = m.text.slice(1).split(/[@.]/)[0];
  for (const platform of new Set(post.meta.platforms.map(platformId))) {
    const facts = factsFor(platform)?.handles;
    if (!facts || facts.form === 'none') continue;
    const name = platformName(platform);
    let problem: Pick<Report, 'messageId' | 'data'> | undefined;
    let severity: 'warn' | undefined;
    const handle = m.text;
    if (facts.form === 'user') {
      if (form === 'fediverse') problem = { messageId: 'mastodonForm', data: { handle, platform: name } };
      else if (platform === 'x' && form === 'domain') problem = { messageId: 'blueskyOnX', data: { handle, user } };
      else if (!isKnown && facts.pattern && !new RegExp(facts.pattern).test(m.text.slice(1))) problem = { messageId: 'invalid', data: { handle, platform: name, rule: (facts.note ?? facts.pattern).replace(/\.$/, '') } };
    } else if (facts.form === 'domain') {
      if (form === 'fediverse') problem = { messageId: 'mastodonForm', data: { handle, platform: 'Bluesky' } };
      else if (form === 'user') problem = { messageId: 'notBluesky', data: { handle } };
    } else if (facts.form === 'fediverse') {
      if (form === 'domain') problem = { messageId: 'blueskyForm', data: { handle, platform: 'Mastodon' } };
      else if (form === 'user') {
        problem = { messageId: 'noInstance', data: { handle } };
        severity = 'warn';
      } else if (!isKnown && facts.pattern && !new RegExp(facts.pattern).test(user)) problem = { messageId: 'invalid', data: { handle, platform: 'Mastodon', rule: (facts.note ?? 'letters, digits and _, at most 30').replace(/\.$/, '') } };
    }
    if (!problem) continue;
    // A known handle in the wrong form is a warning (the account exists; the platform will not link it).
    if (isKnown) severity = 'warn';
    const alt = [...known].filter((k) => k.slice(1).split(/[@.]/)[0] === user.toLowerCase() && fits(k, facts.form) && k !== m.value);
    ctx.report({
      ...problem,
      why: `A mention in another platform's form (or malformed) is published as plain text: the account is not tagged or notified, and the name can point at a stranger. Expected on ${name}: ${FORM_NAME[facts.form === 'user' ? 'user' : facts.form]}.`,
      hint: alt.length ? undefined : `Use the account's ${name} handle${post.meta.platforms.length > 1 ? ', or split the cross-post per platform' : ''}.`,
      severity,
      at: { part: post.body, start: m.start, end: m.end },
      suggestions: alt.map((h) => ({ desc: `Use ${h}`, fix: ctx.fixPart(post.body, m.start, m.end, h) })).filter((s) => s.fix),
    });
  }
}

function fits(h: string, form: string): boolean {
  const f = /^@[^@]+@/.test(h) ? 'fediverse' : h.includes('.') ? 'domain' : 'user';
  return f === form;
}

