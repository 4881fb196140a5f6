// Links must work and lead where the post says. Every unique URL of the run is checked once in
// `prepare` (src/links/checker.ts: limits, timeout, deadline, HEAD/GET, redirects, Retry-After,
// private-address refusal, cache); `check` turns each result into what the writer sees.
import { defineRule, type PostContext } from '../src/engine/rule.js';
import type { ResolvedConfig } from '../src/config/types.js';
import type { Fix, Post, Report } from '../src/types.js';
import type { CheckResult } from '../src/links/types.js';
import type { Occurrence } from '../src/links/extract.js';
import type { LinkSettings } from '../src/links/settings.js';

interface State {
  links: Map<Post, Occurrence[]>;
  results: Map<string, CheckResult>;
  settings: LinkSettings;
}

/** One memo per run: --fix lints again with the same config object, and pays nothing. */
const memos = new WeakMap<ResolvedConfig, Map<string, { at: number; result: CheckResult }>>();

const WHY = {
  broken: 'A dead link in a published post usually cannot be edited afterwards: readers land on an error page and the post loses its point.',
  unverifiable: 'The site refuses automated checks, so nobody knows yet whether this link works.',
  refused: 'When CI lints a pull request the draft is untrusted input: requesting loopback or private addresses would let a draft probe the CI machine and its network.',
  moved: 'The old address only works through a redirect; redirects get lost when sites move again, and the final address is faster for readers.',
  offsite: 'A link that ends on another site (an expired domain, a changed campaign, a hijacked link) may show readers something the brand never chose.',
  login: 'Readers without an account see a sign-in form instead of the page the post promises.',
  home: 'A deep link that lands on the home page usually means the page was removed: readers cannot find what the post promised.',
  insecure: 'Browsers label http:// pages "Not secure"; the https:// address of this page works, so there is no reason to send readers to the insecure one.',
};

export default defineRule({
  id: 'broken-links',
  meta: {
    description: 'Links work (no 404s, dead hosts, loops or timeouts) and lead where the post says (no redirects to other sites, sign-in walls or the home page).',
    docs: {
      why: 'A broken or misdirected link in a post cannot be fixed after publishing on most platforms, and it is the part of the post the brand wanted people to act on.',
      incidents: [
        'Campaign posts scheduled weeks ahead whose landing page was unpublished before the post went out: every click hit a 404.',
        'Short links whose campaign expired and now redirect to the shortener\'s own home page or to an unrelated site.',
      ],
      bad: '---\naccount: kettleandcrumb\nplatform: x\n---\nOur spring menu is here: https://kettleandcrumb.example/menu/sprng',
      good: '---\naccount: kettleandcrumb\nplatform: x\n---\nOur spring menu is here: https://kettleandcrumb.example/menu/spring',
      notes: [
        'Each unique URL is checked once per run, with HEAD first (GET when the site refuses HEAD); settled answers are cached on disk for links.cache_max_age.',
        'Redirects that end on the same site are followed; with links.follow_redirects: false (the default) a permanent redirect is reported as "moved" with a fix to the final address.',
        'Links to private, loopback and link-local addresses are not requested unless links.allow_private is true (see docs/broken-links.md).',
        '403 from sites that block robots (LinkedIn, Instagram, X, ...), 999 and a lasting 429 are warnings: a person has to open those links.',
      ],
    },
    defaultSeverity: 'error',
    fixable: true,
    network: true,
    section: 'links',
    messages: {
      refused: 'link not checked: {{url}}: {{cause}}',
      unverifiable: 'could not verify {{url}}: {{cause}}; open it in a browser before publishing',
      broken: 'broken link {{url}}: {{cause}}',
      brokenAnswer: 'broken link {{url}}: it answers {{cause}}',
      brokenAfterRedirect: 'broken link {{url}}: it redirects to {{target}}, which answers {{cause}}',
      offsite: '{{url}} leads to another site: {{target}}',
      login: '{{url}} ends on a sign-in page ({{target}})',
      home: '{{url}} redirects to the home page ({{target}}): the page it pointed to is probably gone',
      moved: '{{url}} has moved permanently ({{status}}) to {{target}}',
      insecure: '{{url}} uses http:// but its https:// address works',
    },
  },

  async prepare(posts, ctx): Promise<State> {
    const { linkSettings } = await import('../src/links/settings.js');
    const { postLinks } = await import('../src/links/extract.js');
    const { checkLinks } = await import('../src/links/checker.js');
    const settings = linkSettings(ctx.config.settings.links, ctx.config.root);
    const links = new Map<Post, Occurrence[]>();
    for (const post of posts) links.set(post, await postLinks(post));
    let memo = memos.get(ctx.config);
    if (!memo) memos.set(ctx.config, (memo = new Map()));
    const urls = [...links.values()].flat().map((o) => o.key);
    const { results, stats } = await checkLinks(urls, settings, {
      noCache: ctx.noCache,
      memo,
      progress: (done, total) => ctx.progress(done, total, 'checking links'),
    });
    if (stats.deadlineHit) {
      const open = [...results.values()].filter((r) => r.kind === 'deadline').length;
      ctx.notice(`broken-links: the link phase reached links.deadline_ms (${settings.deadlineMs} ms); ${open} link${open === 1 ? ' was' : 's were'} not checked and ${open === 1 ? 'is' : 'are'} reported as unverified`);
    }
    if (stats.cacheError) ctx.notice(`broken-links: could not write the link cache (${stats.cacheError}); set links.cache_dir to a writable folder`);
    return { links, results, settings };
  },

  async check(post, ctx) {
    const state = ctx.state as State;
    const sites = await import('../src/links/sites.js');
    for (const occ of state.links.get(post) ?? []) {
      const r = state.results.get(occ.key);
      if (!r) continue;
      const report = judge(occ, r, state.settings, sites, post, ctx);
      if (report) ctx.report(report);
    }
  },
});

type Sites = typeof import('../src/links/sites.js');

function judge(occ: Occurrence, r: CheckResult, s: LinkSettings, sites: Sites, post: Post, ctx: PostContext): Report | undefined {
  const shown = occ.text;
  const at = where(occ, post);
  switch (r.outcome) {
    case 'skipped':
      return undefined;
    case 'refused':
      return {
        messageId: 'refused',
        data: { url: shown, cause: String(r.cause) },
        why: WHY.refused,
        hint: 'Open the link yourself. If your drafts are trusted and the address is meant to be reachable, set links.allow_private: true.',
        severity: 'warn',
        at,
      };
    case 'unverifiable':
      return {
        messageId: 'unverifiable',
        data: { url: shown, cause: String(r.cause) },
        why: r.kind === 'deadline' ? 'The link phase ran out of time (links.deadline_ms) before this link answered.' : WHY.unverifiable,
        severity: 'warn',
        at,
      };
    case 'broken': {
      const last = r.chain.at(-1);
      // "404 Not Found", "301 Moved Permanently without a Location to go to": an answer; anything else is a cause in words.
      const answer = /^\d{3}\b/.test(r.cause ?? '');
      const cause = String(r.cause);
      const said: Pick<Report, 'messageId' | 'data'> = !answer
        ? { messageId: 'broken', data: { url: shown, cause } }
        : r.chain.length > 1 && last
          ? { messageId: 'brokenAfterRedirect', data: { url: shown, target: last.url, cause } }
          : { messageId: 'brokenAnswer', data: { url: shown, cause } };
      return { ...said, why: WHY.broken, hint: 'Fix the address or replace the link before the post is scheduled.', at };
    }
    case 'ok':
      break;
  }

  const start = new URL(r.url);
  const final = r.finalUrl ? new URL(r.finalUrl) : start;
  const redirected = r.chain.length > 1;
  const shortener = sites.isShortener(start);
  const fixTo = (target: string): Fix | undefined => replacement(occ, target, post, ctx);

  if (redirected && !shortener && !sites.sameSite(start, final)) {
    const fix = fixTo(final.href);
    return {
      messageId: 'offsite',
      data: { url: shown, target: final.href },
      why: WHY.offsite,
      hint: 'Check that this is the page the post means; if it is, link it directly.',
      severity: 'warn',
      at,
      suggestions: fix ? [{ desc: `Link ${final.href} directly`, fix }] : undefined,
    };
  }
  if (redirected && sites.isLoginPage(final) && !sites.isLoginPage(start))
    return { messageId: 'login', data: { url: shown, target: final.href }, why: WHY.login, hint: 'Link a page readers can see without an account.', severity: 'warn', at };
  if (redirected && !shortener && sites.isDeepLink(start) && sites.isHomePage(final))
    return { messageId: 'home', data: { url: shown, target: final.href }, why: WHY.home, hint: 'Find where the page moved, or link something that exists.', severity: 'warn', at };

  // Permanent redirects at the start of the chain: the address they lead to is the new home of the page.
  let moved: string | undefined;
  for (const hop of r.chain) {
    if ((hop.status === 301 || hop.status === 308) && hop.location) moved = hop.location;
    else break;
  }
  if (moved && !shortener && !s.followRedirects && sites.sameSite(start, new URL(moved))) {
    const fix = fixTo(moved);
    return {
      messageId: 'moved',
      data: { url: shown, status: r.chain[0].status, target: moved },
      why: WHY.moved,
      hint: fix ? undefined : `Replace it with ${moved}.`,
      severity: 'warn',
      at,
      fix,
    };
  }
  if (r.httpsUrl && start.protocol === 'http:') {
    const fix = fixTo(r.httpsUrl);
    return {
      messageId: 'insecure',
      data: { url: shown },
      why: WHY.insecure,
      hint: fix ? undefined : `Replace it with ${r.httpsUrl}.`,
      severity: 'warn',
      at,
      fix,
    };
  }
  return undefined;
}

/** Source range of a front-matter URL without its quotes, when it is written out verbatim. */
function fieldRange(occ: Occurrence, post: Post): [number, number] | undefined {
  if ('part' in occ.at) return undefined;
  const f = post.fields[occ.at.field];
  if (!f) return undefined;
  const src = post.source.text.slice(f.value[0], f.value[1]);
  if (src === occ.text) return f.value;
  if (/^(["']).*\1$/.test(src) && src.slice(1, -1) === occ.text) return [f.value[0] + 1, f.value[1] - 1];
  return undefined;
}

function where(occ: Occurrence, post: Post): Report['at'] {
  if ('part' in occ.at) return occ.at;
  const r = fieldRange(occ, post);
  return r ? { offset: r[0], end: r[1] } : occ.at;
}

/** A fix replacing the link as written by `target`, keeping its #fragment and its scheme-less style. */
function replacement(occ: Occurrence, target: string, post: Post, ctx: PostContext): Fix | undefined {
  const hash = /#.*$/.exec(occ.text)?.[0];
  let text = hash && !target.includes('#') ? target + hash : target;
  if (!occ.hasScheme && text.startsWith('https://')) text = text.slice('https://'.length);
  if (text === occ.text) return undefined;
  if ('part' in occ.at) return ctx.fixPart(occ.at.part, occ.at.start, occ.at.end, text) ?? undefined;
  const range = fieldRange(occ, post);
  // A URL never needs quoting inside quotes, except for quote characters and backslashes themselves.
  return range && !/["'\\\s]/.test(text) ? { range, text } : undefined;
}

