// A personal post on the brand account: the staffer meant to post it from their own account.
// Voice signals (first person, personal life, drinking, profanity, text-speak, opinions about
// people, personal hashtags) are weighed and added up; one weak signal never fires on its own.
import { defineRule } from '../src/engine/rule.js';
import type { TextPart } from '../src/types.js';
import { ruleData } from '../src/data/load.js';
import { dedupe, extraLexicon, findSignals, scoreCategories, signalOptions, type CategoryScore, type ExtraSignal, type Signal, type SignalEntry } from '../src/detect/signals.js';
import { analyse, langKey, type Analysis } from '../src/text/analysis.js';
import { Lexicon, type ClassesByLang } from '../src/text/lexicon.js';

interface TagDef {
  tags: (string | number)[];
  category: string;
  weight: number;
}
interface RootDef {
  roots: string[];
  except?: string[];
  category: string;
  weight: number;
}
interface Data {
  classes: ClassesByLang;
  entries: SignalEntry[];
  hashtags: TagDef[];
  hashtag_roots: RootDef[];
  autoshare: { patterns: string[] }[];
}

interface Options {
  threshold?: number;
  allow?: string[];
  extra?: ExtraSignal[];
}

interface Compiled {
  lex: Lexicon<SignalEntry>;
  tags: Map<string, { category: string; weight: number }>;
  roots: RootDef[];
  classes: ClassesByLang;
  autoshare: RegExp[];
}

let compiled: Compiled | undefined;

function load(): Compiled {
  if (compiled) return compiled;
  const data = ruleData<Data>('wrong-account.yaml');
  const tags = new Map<string, { category: string; weight: number }>();
  for (const t of data.hashtags) for (const tag of t.tags) tags.set(String(tag).toLowerCase(), { category: t.category, weight: t.weight });
  compiled = { lex: new Lexicon('wrong-account', data.entries, data.classes), tags, roots: data.hashtag_roots, classes: data.classes, autoshare: data.autoshare.flatMap((a) => a.patterns.map((p) => new RegExp(p, 'iu'))) };
  return compiled;
}

const TOPICS = new Set(['drugs', 'politics']);

export const CATEGORIES = ['first-person', 'personal-life', 'drinking', 'drugs', 'profanity', 'slang', 'opinion', 'attack', 'politics', 'hashtag'] as const;

const LABEL: Record<string, string> = {
  'first-person': 'first person singular',
  'personal-life': 'personal life',
  drinking: 'drinking or partying',
  drugs: 'drugs',
  profanity: 'profanity',
  slang: 'text-speak',
  opinion: 'a personal take or rant',
  attack: 'an attack on a person',
  politics: 'politics',
  hashtag: 'a personal hashtag',
};

const INCIDENTS = [
  'American Red Cross (February 2011): a staffer meant to tweet from her own account and posted "Ryan found two more 4 bottle packs of Dogfish Head\'s Midas Touch beer.... when we drink we do it right #gettngslizzerd" from @RedCross. The Red Cross recovered with a joke ("we\'ve confiscated the keys"), but the tweet is still the textbook case.',
  'Chrysler (March 2011): an employee of its social-media agency tweeted "I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to f***ing drive" from @ChryslerAutos. The employee was fired and Chrysler did not renew the agency\'s contract.',
  'KitchenAid (October 2012): during a presidential debate a member of its Twitter team meant to post from a personal account and sent "Obamas gma even knew it was going 2 b bad! \'She died 3 days b4 he became president\'. #nbcpolitics" from @KitchenAidUSA; the brand\'s senior director apologised to the President in public, and the tweet made national news.',
  'StubHub (October 2012): "Thank f*** it\'s Friday! Can\'t wait to get out of this stubsucking hell hole." went out on the brand account; StubHub deleted it as an unauthorised tweet and apologised for the language.',
  'Vodafone UK (February 2010): a customer-service employee posted a crude, homophobic message ("is fed up of dirty homo\'s and is going after beaver") from the company account; Vodafone had to tell followers it was not a hack, and the employee was suspended.',
];

// "— Sam", "- Jess T.", "^LO", "/KT" at the very end of a post: a support agent or a takeover host signing.
const SIGNATURE = /(?:^|\s)(?:[-–—~]{1,2}\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?|\^\s?\p{Lu}{1,3}|\/\p{Lu}{2,3}|\*\p{Lu}{2,3})[\s\p{Extended_Pictographic}\uFE0F\u200D!.]*$/u;
const SIGNATURE_NB = /(?:hilsen|mvh|vennlig hilsen|beste hilsen),?\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?[\s.!]*$/iu;

export default defineRule<Options>({
  id: 'wrong-account',
  meta: {
    description: 'Brand accounts do not publish what reads as one person\'s own post: personal life, drinking, profanity, text-speak, opinions about people.',
    docs: {
      why: 'Posts meant for a staffer\'s own account that go out on the brand account are among the most-shared social-media mistakes. Followers read every word as the organisation\'s view, screenshots outlive the deleted post, and people lose their jobs over them.',
      incidents: INCIDENTS,
      bad: '---\naccount: kettleandcrumb\nplatform: x\n---\nugh my ex just walked in and ordered a pumpkin spice latte. some people never change lol',
      good: '---\naccount: kettleandcrumb\nplatform: x\n---\n"I\'ve been coming in every morning for six years." — Maria, one of our Northgate regulars 🥯',
      notes: [
        'Only brand accounts are checked: accounts with kind personal, or with voice "i" in the registry, are exempt. A post whose account is not in the registry is checked as a brand post.',
        'An app\'s share template ("I liked a @YouTube video", "I like @x\'s \'...\' on @tellyapp", a check-in "I\'m at ... w/ ...") is reported on every account, personal ones too: a personal app is connected to the account (rules/data/wrong-account.yaml, autoshare).',
        'Signals are weighed (weak 1, medium 2, strong 3) and added up per post; the rule fires at 3 when at least one signal is medium or strong. One weak signal ("I", 🍷 on a product post, "honestly") never fires, and neither does first person alone.',
        'Words inside quotation marks are someone else\'s (a customer testimonial) and are not read. A signed reply ("— Sam", "^LO") or an announced takeover ("I\'m Captain Lena Ortiz, taking over today") uses "I" on purpose: first person and personal life then count as one weak signal.',
        'Casual brand voice is fine: "Not to brag", "WHAT A NIGHT", one "omg" or "damn fine coffee" stay under the threshold.',
        'English (US and British) and Norwegian Bokmål (nb) have their own word lists; hashtags, emoji, text-speak and English swearing are checked in every language.',
        'Drinking counts as personal activity ("pour a massive glass of wine", "drinks after work"), not as a product: a brewery can turn the category off with `allow: [drinking]`.',
        'The word lists are rules/data/wrong-account.yaml; add your own with the `extra` option.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    brandOnly: true,
    options: {
      properties: {
        threshold: { type: 'integer', minimum: 2, default: 3, description: 'Score at which the rule fires (weak signals weigh 1, medium 2, strong 3).' },
        ...signalOptions(CATEGORIES, [], [1, 2, 3]),
      },
      additionalProperties: false,
    },
    messages: {
      autoShare: 'an app\'s automatic share ("{{share}}") on {{account}}: a personal app is connected to it',
      // {{signals}}: each kind of personal signal with its words.
      personal: "reads as someone's personal post, not {{account}}'s: {{signals}}",
    },
  },
  async check(post, ctx) {
    const account = ctx.account;
    const c = load();
    // An app's share template is nobody's post, on a personal account too.
    const body = post.parts.find((p) => p.kind === 'body' && p.text.trim());
    const share = body && c.autoshare.map((re) => re.exec(body.text.trimStart())).find(Boolean);
    if (body && share) {
      const start = body.text.length - body.text.trimStart().length;
      ctx.report({
        messageId: 'autoShare',
        data: { share: share[0].trim(), account: account?.name ?? 'the account' },
        why: 'Apps that post for their user ("I liked a @YouTube video", check-ins) publish whatever the person logged in does: a kitten video or a bar check-in on an official account is read as the organisation\'s, or the politician\'s, own.',
        hint: 'Delete the draft, and disconnect the app from this account (check the account\'s connected apps).',
        at: { part: body, start, end: start + share[0].trimEnd().length },
      });
      return;
    }
    if (account && (account.kind === 'personal' || account.voice === 'i')) return;
    const lang = langKey(ctx.lang);
    const allow = new Set(ctx.options.allow ?? []);
    const extra = extraLexicon(ctx.options.extra, c.classes);

    let signals: Signal[] = [];
    for (const part of post.parts) {
      const a = await analyse(part);
      signals.push(...findSignals(c.lex, a, part, lang));
      if (extra) signals.push(...findSignals(extra, a, part, lang));
      signals.push(...hashtagSignals(a, part, c));
    }
    const takeover = signals.some((s) => s.category === 'takeover') || signed(post.body.text, lang);
    const reported = signals.some((s) => s.category === 'reported');
    signals = dedupe(signals.filter((s) => s.category !== 'takeover' && s.category !== 'reported' && !allow.has(s.category)));
    if (!signals.length) return;

    const cats = scoreCategories(signals.filter((s) => s.category !== 'first-person' && !(takeover && s.category === 'personal-life')));
    // Someone else's opinion, attributed ("writes our columnist"): the brand is reporting it.
    if (reported) for (const c of cats) if (c.category === 'opinion' || c.category === 'attack' || c.category === 'politics') c.score = Math.max(0, c.score - 1);
    const firstPerson = signals.filter((s) => s.category === 'first-person' || (takeover && s.category === 'personal-life'));
    if (firstPerson.length) {
      const n = firstPerson.length;
      cats.push({ category: 'first-person', score: takeover ? 1 : n >= 3 ? 2 : 1, signals: firstPerson });
    }
    const total = cats.reduce((a, x) => a + x.score, 0);
    const strongest = Math.max(0, ...cats.filter((x) => x.category !== 'first-person').map((x) => x.score));
    const threshold = ctx.options.threshold ?? 3;
    if (total < threshold || strongest < 2) return;
    // A topic alone (a drug named, a party named) is risky-topic's concern, not a personal voice:
    // it takes a voice signal (first person, slang, profanity, ...) or one strong signal.
    if (strongest < 3 && cats.every((x) => x.score === 0 || TOPICS.has(x.category))) return;

    // Strongest first, first person last: it only ever supports the others.
    const fp = (c: CategoryScore) => (c.category === 'first-person' ? 1 : 0);
    const ordered = cats.filter((x) => x.score > 0).sort((a, b) => fp(a) - fp(b) || b.score - a.score || order(a) - order(b));
    const lead = ordered[0];
    const at = leadSignal(lead);
    const name = account?.name ?? (post.meta.account ? `@${post.meta.account}` : 'the brand account');
    const listed = ordered.map((x) => `${LABEL[x.category] ?? x.category} (${examples(x)})`).join(', ');
    const avoidList = [...new Set(ordered.filter((x) => x.category !== 'first-person').map((x) => LABEL[x.category] ?? x.category))];
    const avoid = avoidList.length > 1 ? `${avoidList.slice(0, -1).join(', ')} or ${avoidList[avoidList.length - 1]}` : avoidList[0];
    ctx.report({
      messageId: 'personal',
      data: { account: name, signals: listed },
      why: whyFor(lead.category),
      hint: `If this is meant for your own account, post it there (check which account your app or scheduler is logged in to). If it is for ${name}, rewrite it in the brand's voice ("${account?.voice && account.voice !== 'i' ? account.voice : lang === 'nb' ? 'vi' : 'we'}"), without ${avoid}.`,
      at: { part: at.part, start: at.start, end: at.end },
    });
  },
});

function order(c: CategoryScore): number {
  return Math.min(...c.signals.map((s) => s.start + (s.part.kind === 'body' ? 0 : 1e6)));
}

function leadSignal(c: CategoryScore): Signal {
  return [...c.signals].sort((a, b) => b.weight - a.weight || (a.part.kind === 'body' ? 0 : 1) - (b.part.kind === 'body' ? 0 : 1) || a.start - b.start)[0];
}

function examples(c: CategoryScore): string {
  const seen: string[] = [];
  for (const s of [...c.signals].sort((a, b) => b.weight - a.weight || a.start - b.start)) {
    const t = s.text.replace(/\s+/g, ' ');
    if (!seen.some((x) => x.toLowerCase() === t.toLowerCase())) seen.push(t);
    if (seen.length === 3) break;
  }
  return seen.map((t) => `"${t}"`).join(', ');
}

function whyFor(category: string): string {
  switch (category) {
    case 'profanity':
      return 'Swearing on a brand account reads as the organisation swearing at its followers, and it is screenshotted long after the post is deleted (Chrysler dropped its agency over one "f***ing" in 2011).';
    case 'drinking':
    case 'drugs':
      return 'A drinking or party post on the brand account reads as the organisation\'s own behaviour (the American Red Cross "#gettngslizzerd" tweet, 2011).';
    case 'politics':
    case 'attack':
      return 'A personal verdict on a politician or a person becomes the brand\'s official position (KitchenAid\'s 2012 tweet about President Obama\'s grandmother made national news).';
    case 'hashtag':
      return 'Personal hashtags (#DateNight, #rant, drinking tags) show followers this was a staffer\'s own post sent from the brand account.';
    default:
      return 'Posts meant for a staffer\'s own account that go out on the brand account are among the most-shared social-media mistakes: followers read every word as the brand\'s own view.';
  }
}

/** A reply or post signed by a person at the very end ("— Sam", "^LO", "Hilsen Kari"). */
export function signed(body: string, lang: string): boolean {
  const t = body.trimEnd();
  return SIGNATURE.test(t) || (lang === 'nb' && SIGNATURE_NB.test(t));
}

function hashtagSignals(a: Analysis, part: TextPart, c: Compiled): Signal[] {
  const out: Signal[] = [];
  for (const h of a.hashtags) {
    const tag = h.tag.toLowerCase();
    const flat = tag.replace(/[^\p{L}\p{N}]/gu, '');
    const hit = c.tags.get(tag) ?? c.tags.get(flat);
    const push = (category: string, weight: number) => out.push({ category, weight, text: a.text.slice(h.start, h.end), start: h.start, end: h.end, part });
    if (hit) {
      push(hit.category, hit.weight);
      continue;
    }
    for (const r of c.roots) {
      if (r.except?.some((x) => flat.includes(x))) continue;
      if (r.roots.some((root) => (root.length >= 9 ? approxIn(root, flat) <= 2 : flat.includes(root)))) {
        push(r.category, r.weight);
        break;
      }
    }
  }
  return out;
}

/** Smallest edit distance between `pattern` and any stretch of `text` (Sellers' algorithm). */
export function approxIn(pattern: string, text: string): number {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let best = prev[m];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    if (cur[m] < best) best = cur[m];
    prev = cur;
  }
  return best;
}
