// Replies that make a complaint worse: legal threats, sarcasm and insults, arguing, blaming the
// customer, brushing them off, or running the brand down. Each finding says what the better
// move is: acknowledge, apologise for their experience, take it private, say what will be done.
import { defineRule } from '../src/engine/rule.js';
import { ruleData } from '../src/data/load.js';
import { dedupe, extraLexicon, findSignals, scoreCategories, signalOptions, type ExtraSignal, type Signal, type SignalEntry } from '../src/detect/signals.js';
import { englishWords } from '../src/lexicons/english.js';
import { selfNames, stanceOf, type StanceKind } from '../src/detect/stance.js';
import { analyse, langKey } from '../src/text/analysis.js';
import { Lexicon, type ClassesByLang } from '../src/text/lexicon.js';

interface Data {
  classes: ClassesByLang;
  entries: SignalEntry[];
}

interface Options {
  scope?: 'replies' | 'all';
  threshold?: number;
  allow?: string[];
  extra?: ExtraSignal[];
}

export const CATEGORIES = ['legal', 'insult', 'attack', 'argue', 'blame', 'dismiss', 'self', 'mocking'] as const;
const MITIGATION = new Set(['apology', 'offer']);
// Acknowledgement and thanks (en, nb): a reply with any of these is not cold, whatever else it says.
const WARMTH = /\b(?:thanks|thank you|thx|sorry|apolog\w*|fair (?:point|enough)|totally fair|you'?re right|you are right|good (?:question|point|catch)|we understand|understandabl[ey]|we hear you|appreciate\w*|glad|happy to help|takk|beklager|forstår)\b/i;

let compiled: { lex: Lexicon<SignalEntry>; classes: ClassesByLang } | undefined;

function load() {
  if (compiled) return compiled;
  const data = ruleData<Data>('tone.yaml');
  compiled = { lex: new Lexicon('tone', data.entries, data.classes), classes: data.classes };
  return compiled;
}

const WHAT: Record<string, string> = {
  legal: 'threatens legal action',
  insult: 'belittles the person (sarcasm or an insult)',
  attack: 'runs someone down',
  argue: 'argues with the person',
  blame: 'blames the customer',
  dismiss: 'dismisses the complaint',
  self: 'runs the brand down',
  mocking: 'mocks the person',
};

const WHY: Record<string, string> = {
  legal: 'A public legal threat in answer to a complaint is screenshotted and shared: one unhappy customer becomes a story about a brand that bullies its customers, and the original complaint reaches far more people (Amy\'s Baking Company, 2013).',
  insult: 'Sarcasm and insults aimed at a customer travel further than any apology; followers side with the person being mocked (Nestlé\'s "Thanks for the lesson in manners", 2010).',
  attack: 'A post that runs down a person, a customer, a critic, a rival or a public figure is screenshotted and answered; followers side with the person attacked, and the account\'s own words become the story (Tinder\'s tweetstorm at Vanity Fair, 2015; Amazon\'s reply to a congressman, 2021).',
  argue: 'Arguing in public makes the brand look defensive and keeps the thread alive; the customer who feels unheard escalates and others pile in (Applebee\'s, 2013).',
  blame: 'Telling a customer it is their fault, even when the facts back you, reads as contempt to everyone else reading the thread, and they decide not to buy from you.',
  dismiss: 'A brush-off tells every reader that complaints are ignored here, and the screenshot outlives the reply.',
  self: 'Running your own organisation down in a reply ("we were stupid", "I just work here") undermines trust in everything else the account says; an apology owns the mistake without insulting the brand.',
  mocking: 'Laughing or eye-rolling at a complaint reads as mockery, whatever was meant.',
};

const HINT: Record<string, string> = {
  legal: 'Take it private instead: acknowledge the problem, apologise for their experience, and offer a direct channel (DM, phone, e-mail). If a post really is defamatory, that is for your legal team to handle, not a public reply.',
  insult: 'Drop the sarcasm: give the fact plainly and kindly ("Oat milk is +75¢; we\'ll make the sign clearer"), apologise for the confusion, and offer to help.',
  attack: 'Say what you disagree with and why, without the verdict on the person; or do not post it. If someone wronged you, a factual statement (or a private message) does more than a public put-down.',
  argue: 'Correct politely with the fact and where to check it ("our status page shows no outages this week"), then offer to look into their case in DMs.',
  blame: 'Own what you can: apologise for their experience, explain once what happened, and say what you will do (an exchange, a refund, clearer information).',
  dismiss: 'Say what you can do, even when you cannot do what they asked: acknowledge, apologise, and offer an alternative or a next step in a private channel.',
  self: 'Apologise and explain without insulting the organisation: "Sorry for the disruption. Here\'s why it happened and what we\'re doing about it."',
  mocking: 'Keep replies to complaints warm and plain: acknowledge, apologise for their experience, and offer a next step.',
};

const BETTER = 'better: acknowledge the problem, apologise for their experience, take it to a private channel and say what will be done';
const BETTER_POST = 'better: say what you disagree with without the verdict on the person, or do not post it';

// How stance signals (src/detect/stance.ts) count in tone's categories.
const STANCE: Record<StanceKind, string> = {
  aimed: 'attack',
  'aimed-strong': 'attack',
  contempt: 'insult',
  'tag-question': 'insult',
  distancing: 'insult',
  'sarcastic-closer': 'mocking',
  irony: 'mocking',
  'insult-noun': 'insult',
  slur: 'insult',
  lecture: 'insult',
};

const INCIDENTS = [
  'Amy\'s Baking Company (May 2013): after a "Kitchen Nightmares" episode, the restaurant\'s Facebook page answered critics with all-capital insults and threats; the owners then claimed they had been hacked. The meltdown became national news and is still the textbook case.',
  'Applebee\'s (January 2013): after firing a server who posted a customer\'s receipt, the brand\'s Facebook account spent a night arguing with thousands of commenters, re-posting its statement and hiding comments; it was widely reported as a textbook social-media meltdown.',
  'Nestlé (March 2010): its Facebook page moderator answered critics of its palm-oil sourcing with sarcasm ("Thanks for the lesson in manners") and threats to delete posts using altered logos, turning a Greenpeace campaign into a PR crisis.',
  'Cooks Source magazine (November 2010): its editor told a writer whose article it had copied without permission that she "should be happy we just didn\'t lift your whole article"; the reply went viral and the magazine closed within weeks.',
  'Ryanair (September 2012): after a passenger complained about a €60 boarding-pass reprint fee, the airline said publicly that she should pay it "for being so stupid"; the comment travelled further than the complaint.',
  'Bodyform (October 2012): its parody video reply to Richard Neill\'s Facebook complaint ("we lied") was well received, because it laughed at the brand and not the customer and was a produced campaign. A sarcastic one-line reply from the community desk is read the other way: as mocking the customer.',
];

export default defineRule<Options>({
  id: 'tone',
  meta: {
    description: 'Posts and replies do not threaten, belittle, attack, argue with, blame or brush off a person, or run the brand down.',
    docs: {
      why: 'Replies to complaints are read by far more people than the person who complained. A legal threat, sarcasm, an argument or a brush-off gets screenshotted, and the story becomes how the brand treats its customers. Polite corrections that give facts, declines that offer an alternative, and real apologies are fine.',
      incidents: INCIDENTS,
      bad: '---\naccount: kettleandcrumb\nplatform: instagram\nreply_to:\n  author: "@brooke.eats"\n  text: "Why was I charged extra for oat milk?? Nobody told me"\n---\nMaybe try reading the menu next time? Oat milk is clearly marked +75¢ right above the register.',
      good: '---\naccount: kettleandcrumb\nplatform: instagram\nreply_to:\n  author: "@brooke.eats"\n  text: "Why was I charged extra for oat milk?? Nobody told me"\n---\nSorry for the surprise, Brooke! Oat milk is +75¢, and we can see the sign is easy to miss, so we\'re moving it to the counter. Your next oat latte is on us.',
      notes: [
        'Every post is checked, replies and posts that answer nobody, on brand and personal accounts; `scope: replies` checks only replies (front matter `reply_to`). A reply gets the extra context: the phrases of rules/data/tone.yaml were written for answers to a complaint, so in a post that answers nobody they weigh one less, and a reply that neither apologises nor offers anything counts one more.',
        'Stance (src/detect/stance.ts): a negative word said of a target ("you", an @mention, a named person, a group picked out: "you\'re such a nasty person", "your failed model", "pathetic Exec Board") is an attack; one merely near a name ("Storm Odile ... a nasty one", "George Floyd\'s brutal murder") or said to the generic "you" of an ad ("so scary you\'ll be praying") is not. Words that describe an event or a feeling (crash, devastating, sorry) are never a verdict.',
        'Signals are weighed (weak 1, medium 2, strong 3). One strong signal fires ("referred to our legal team", "that\'s on you", "nothing we can do"); medium and weak ones must add up to 3. A real apology or an offer of help takes 1 off a borderline reply, never off a strong signal.',
        '"You should have received an e-mail" and "you shouldn\'t have to wait" are not blame; "you should have checked the size chart" is. A decline with an alternative ("we can\'t extend expired cards, but your next drink is on us") is fine.',
        'Quoted text (the complaint repeated back) is not read.',
        'English (US and British) and Norwegian Bokmål (nb) have their own lists (rules/data/tone.yaml); add your own with the `extra` option.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    options: {
      properties: {
        scope: { enum: ['replies', 'all'], default: 'all', description: 'Check every post (default), or only replies (reply_to in the front matter).' },
        threshold: { type: 'integer', minimum: 2, default: 3, description: 'Score at which a reply without a strong signal fires.' },
        ...signalOptions(CATEGORIES, ['apology', 'offer'], [0, 1, 2, 3]),
      },
      additionalProperties: false,
    },
    messages: {
      // {{what}}: what the wording does ("dismisses the customer"); {{quotes}}: its words; {{also}}: " (also ...)" or empty.
      reply: `reply {{what}}: {{quotes}}{{also}}; ${BETTER}`,
      post: `post {{what}}: {{quotes}}{{also}}; ${BETTER_POST}`,
    },
  },
  async check(post, ctx) {
    if (ctx.options.scope === 'replies' && !post.meta.replyTo) return;
    const c = load();
    const lang = langKey(ctx.lang);
    const allow = new Set(ctx.options.allow ?? []);
    const extra = extraLexicon(ctx.options.extra, c.classes);
    await englishWords();
    const self = selfNames(ctx.account?.name, ctx.account?.handle ?? post.meta.account);

    const all: Signal[] = [];
    let warm = false;
    for (const part of post.parts) {
      const a = await analyse(part);
      // The reply phrases (tone.yaml) were written for answers to a complaint; in a post that
      // answers nobody they are weaker evidence, so one alone does not fire.
      const phrases = [...findSignals(c.lex, a, part, lang), ...(extra ? findSignals(extra, a, part, lang) : [])];
      all.push(...(post.meta.replyTo ? phrases : phrases.map((x) => (MITIGATION.has(x.category) ? x : { ...x, weight: Math.max(1, x.weight - 1) }))));
      const st = stanceOf(a, lang, self);
      warm ||= st.warm;
      for (const x of st.signals) all.push({ category: STANCE[x.kind], weight: x.weight, text: x.text, start: x.start, end: x.end, part });
    }
    let bad = dedupe(all.filter((s) => !MITIGATION.has(s.category) && !allow.has(s.category)), true);
    if (!bad.length) return;
    // "sorry" inside "sorry you feel that way", "we can" inside "nothing we can do": not mitigation.
    const good = all.filter((s) => MITIGATION.has(s.category) && !bad.some((b) => b.part === s.part && s.start < b.end && s.end > b.start));
    // "Nothing we can do about the weather, but rebooking is free": a decline with an alternative.
    if (good.some((s) => s.category === 'offer')) bad = bad.map((s) => (s.soft && s.weight > 2 ? { ...s, weight: 2 } : s));

    const cats = scoreCategories(bad);
    const strongest = Math.max(...bad.map((s) => s.weight));
    // A reply that neither apologises, thanks nor offers anything, and already has a medium signal,
    // reads as cold: that absence tips it over (a polite correction with facts has no signal at all).
    const cold = post.meta.replyTo && !good.length && !warm && !WARMTH.test(post.body.text) ? 1 : 0;
    const total = cats.reduce((a, x) => a + x.score, 0) - (good.length ? 1 : 0) + cold;
    const threshold = ctx.options.threshold ?? 3;
    if (strongest < 3 && (total < threshold || cats[0].score < 2)) return;

    const reportable = cats.filter((x) => x.score >= 2 || (strongest < 3 && x === cats[0]));
    const ordered = reportable.map((x) => ({ x, lead: [...x.signals].sort((a, b) => b.weight - a.weight || a.start - b.start)[0] })).sort((a, b) => a.lead.start - b.lead.start);
    const weak = cats.filter((x) => !reportable.includes(x)).flatMap((x) => x.signals.map((s) => s.text));
    ordered.forEach(({ x, lead }, i) => {
      const quotes = [...new Set(x.signals.sort((a, b) => b.weight - a.weight || a.start - b.start).map((s) => `"${s.text.replace(/\s+/g, ' ')}"`))].slice(0, 3);
      const also = i === 0 && weak.length ? ` (also ${[...new Set(weak)].slice(0, 3).map((t) => `"${t}"`).join(', ')})` : '';
      ctx.report({
        messageId: post.meta.replyTo ? 'reply' : 'post',
        data: { what: WHAT[x.category] ?? x.category, quotes: quotes.join(', '), also },
        why: WHY[x.category] ?? WHY.dismiss,
        hint: HINT[x.category] ?? HINT.dismiss,
        at: { part: lead.part, start: lead.start, end: lead.end },
      });
    });
  },
});
