// Religion, party politics, sex, violence and weapons, drugs, and death or tragedy on brand
// accounts, jokes above all. Word lists are data (rules/data/risky-topic.yaml), matched as whole
// words and phrases with their harmless senses ("photo shoot", "killer deal", "to die for") as idioms.
import { defineRule } from '../src/engine/rule.js';
import type { TextPart } from '../src/types.js';
import { ruleData } from '../src/data/load.js';
import { jokeCues } from '../src/detect/joke.js';
import { describePromo, promotionIn, type Promotion } from '../src/detect/promotion.js';
import { analyse, langKey } from '../src/text/analysis.js';
import { englishWords } from '../src/lexicons/english.js';
import { bareHandle } from '../src/text/handles.js';
import { contains, Lexicon, overlaps, userLexicon, type DataEntry, type Hit } from '../src/text/lexicon.js';
import { compilePhrases, type PhraseSet } from '../src/text/phrases.js';

const TOPICS = ['religion', 'politics', 'prejudice', 'sex', 'violence', 'drugs', 'death'] as const;
type Topic = (typeof TOPICS)[number];

interface RiskEntry extends DataEntry {
  topic: Topic;
  class: 'strong' | 'weak' | 'cue' | 'idiom';
  needs?: string[];
  unless?: string[];
  /**
   * On personal accounts (checked unless personal: false): `always` counts as on a brand account;
   * `framed` only with a frame (crime, violence, terror: an entry with frame: true) in the post.
   * Without it an entry is a brand's concern only: a politician may name parties.
   */
  personal?: 'always' | 'framed';
  /** A cue that frames a group, party or person as criminal, violent or a threat. */
  frame?: boolean;
}
interface TopicDef {
  label: string;
  why: string;
  hint: string;
}
interface RiskData {
  topics: Record<Topic, TopicDef>;
  entries: RiskEntry[];
}

interface Options {
  topics?: Topic[];
  severity?: Partial<Record<Topic, 'warn' | 'error' | 'off'>>;
  extra?: Partial<Record<Topic, string[]>>;
  allow?: string[] | Partial<Record<Topic, string[]>>;
  exempt?: Partial<Record<Topic, string[]>>;
  personal?: boolean;
}

let data: { lex: Lexicon<RiskEntry>; topics: Record<Topic, TopicDef> } | undefined;
function load() {
  if (!data) {
    const d = ruleData<RiskData>('risky-topic.yaml');
    data = { lex: new Lexicon('risky-topic', d.entries), topics: d.topics };
  }
  return data;
}

const unlessSets = new WeakMap<RiskEntry, PhraseSet<true>>();
function unlessSet(e: RiskEntry): PhraseSet<true> {
  let s = unlessSets.get(e);
  if (!s) unlessSets.set(e, (s = compilePhrases([{ phrases: e.unless ?? [], entry: true as const }])));
  return s;
}

const userLexicons = new WeakMap<object, Lexicon>();
function cachedUser(key: object, name: string, phrases: string[], fields: Partial<RiskEntry>): Lexicon {
  let l = userLexicons.get(key);
  if (!l) userLexicons.set(key, (l = userLexicon(name, phrases, fields)));
  return l;
}

type PHit = Hit<RiskEntry> & { part: TextPart; forcedBy?: string; user?: boolean };

const topicList = TOPICS.join(', ');
const stringList = { type: 'array', items: { type: 'string' } };
const perTopic = (schema: unknown) => ({ type: 'object', propertyNames: { enum: [...TOPICS] }, additionalProperties: schema });

export default defineRule<Options>({
  id: 'risky-topic',
  meta: {
    description: 'Brand accounts stay off religion, party politics, sex, violence and weapons, drugs, and death or tragedy, jokes above all.',
    docs: {
      why: 'A brand talks to everyone. A joke about a faith, a death or a bomb, a side taken in party politics, or an innuendo is what people screenshot, and it reads much worse after the next real tragedy. Idioms are fine: "photo shoot", "killer deal", "to die for", "dead simple", holiday greetings, a church as a venue, a club\'s board election.',
      incidents: [
        'DiGiorno Pizza, September 2014: "#WhyIStayed You had pizza" joked on a hashtag about domestic violence.',
        'The "Twitter joke trial", UK, 2010: a man was convicted (quashed on appeal in 2012) over a joke tweet about blowing an airport "sky high"; bomb jokes anywhere near flights and security are read as threats.',
        'Burger King Singapore, 2009: the "Super Seven Incher" innuendo ad was pulled after complaints.',
        'Cinnabon, December 2016: a pun on Carrie Fisher\'s death ("you\'ll always have the best buns in the galaxy") was deleted within hours.',
        'UK councils: the Code of Recommended Practice on Local Authority Publicity (2011) requires objective, even-handed publicity that does not promote a party; crediting "our" party\'s councillors breaks it.',
      ],
      bad: '---\naccount: kettleandcrumb\n---\nNew on the menu: the Triple Threat. Three shots of espresso, basically cocaine in a cup. You\'ve been warned.',
      good: '---\naccount: kettleandcrumb\n---\nNot to brag, but the brown butter cookies are the bomb. Back at every cafe starting Saturday.',
      notes: [
        'Topics: religion, politics, sex, violence, drugs, death. Each entry in rules/data/risky-topic.yaml is a sense with a note, a source and the date it was added: strong words fire on their own ("cocaine", "body bags", "previous administration"); weak ones need a joke, a cue of the same topic or a second weak word ("the Chancellor" + "is a clown"; "Ramadan" + "fasting" + 😜; "all night long" + "finishes too early"); idioms ("photo shoot", "shoot us a DM", "penalty shoot-out", "flu shots", "killer deal", "to die for", "dead simple", "execute the plan", "weeding") cancel what they overlap.',
        'Whole words only: "unisex" and "Sussex" never contain "sex", "weeding" never contains "weed".',
        'Decided: holiday greetings and opening hours (Christmas, Easter, påske, Eid Mubarak) are not religious content; Christmas and Easter jokes (Santa, bunnies) are fine; a church, mosque or temple as a venue is fine; a joke about an observance itself (fasting during Ramadan) is not.',
        'Decided: election logistics (polling stations, ID, opening hours) and a club\'s board election are fine; naming a party or politician with credit, blame or a vote is not, whoever posts it. A council is not exempt from party politics, but can be exempted per topic.',
        'Decided: "the bomb" for great cookies is fine, but not next to airport security, a flight or a plane ("don\'t say that at the security checkpoint"). "Killer deal" is fine (teams that disagree add it under extra).',
        'Decided: a death acknowledged plainly (a memorial, a minute\'s silence) is fine; a death joke is not ("RIP to our accountant Gary" with 💀). A death next to a promotion is tragedy-promo, not this rule.',
        'Alcohol is not a risky topic (wine glasses as a product are fine); personal drinking on a brand account is wrong-account.',
        'Accounts: brand accounts and accounts missing from the registry are checked on every topic. Personal accounts (a politician, a CEO) may name parties and policies: by default only entries marked personal in the data count there (prejudice, pejorative political labels), and entries marked personal: framed only when the post frames a group or a party as criminal, violent or a threat ("the link between X immigration and violence", "X thinks terrorists\' rights matter more"). personal: true checks every topic; personal: false none.',
        'Options: topics (which to check), severity ({topic: warn|error|off}), extra ({topic: [phrases]}: more strong words), allow ([phrases] or {topic: [phrases]}: more harmless senses), exempt ({topic: [account handles]}: a city council talking about elections, a harm-reduction charity talking about drugs), personal.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    brandOnly: true,
    options: {
      properties: {
        topics: { type: 'array', items: { enum: [...TOPICS] }, description: `Topics to check (default all: ${topicList}).` },
        severity: perTopic({ enum: ['warn', 'error', 'off'] }),
        extra: perTopic(stringList),
        allow: { oneOf: [stringList, perTopic(stringList)] },
        exempt: perTopic(stringList),
        personal: { type: 'boolean', description: 'Personal accounts: true checks every topic as on a brand account; false skips them; unset (default) checks prejudice, contempt and framing only.' },
      },
      additionalProperties: false,
    },
    messages: {
      // {{topic}}: the topic's label; {{reason}}: the words that make it risky, quoted.
      onBrand: '{{topic}} on a brand account: {{reason}}',
      onPersonal: '{{topic}} on this account: {{reason}}',
    },
  },

  async check(post, ctx) {
    const o = ctx.options ?? {};
    // A personal account talks about its own views; only prejudice, contempt and framing a group
    // or party as criminal are checked there, unless personal: true checks every topic.
    const personalMode = ctx.account?.kind === 'personal' && o.personal !== true;
    if (ctx.account?.kind === 'personal' && o.personal === false) return;
    const parts = post.parts.filter((p) => p.text.trim());
    if (!parts.length) return;
    const { lex, topics: defs } = load();
    await englishWords();
    const lk = langKey(ctx.lang);
    const handle = ctx.account?.handle ?? post.meta.account ?? '';
    const enabled = new Set<Topic>((o.topics?.length ? o.topics : TOPICS).filter((t) => o.severity?.[t] !== 'off' && !(o.exempt?.[t] ?? []).map(bareHandle).includes(handle)));
    if (!enabled.size) return;

    const allowLex = o.allow ? cachedUser(o.allow, 'risky-topic.allow', Array.isArray(o.allow) ? o.allow : Object.values(o.allow).flat() as string[], { idiom: true }) : undefined;
    const extraLexes = Object.entries(o.extra ?? {}).map(([t, phrases]) => cachedUser(phrases as string[], `risky-topic.extra.${t}`, phrases as string[], { topic: t as Topic, class: 'strong' }));

    // Every match in every part; idioms, and whether something voids them.
    const hits: PHit[] = [];
    const jokes: string[] = [];
    for (const part of parts) {
      const a = await analyse(part);
      for (const h of lex.matchAll(a, lk, { hashtags: true })) hits.push({ ...h, part });
      for (const l of extraLexes) for (const h of l.matchAll(a, lk)) hits.push({ ...(h as Hit<RiskEntry>), part, user: true });
      if (allowLex) for (const h of allowLex.matchAll(a, lk)) hits.push({ ...(h as Hit<RiskEntry>), entry: { ...(h.entry as RiskEntry), class: 'idiom', idiom: true }, part, user: true });
      for (const j of jokeCues(a, ctx.lang)) jokes.push(j.text);
    }
    const voidedBy = new Map<PHit, string>();
    for (const h of hits) {
      if (h.entry.class !== 'idiom' || !h.entry.unless?.length) continue;
      for (const part of parts) {
        const a = await analyse(part);
        const u = unlessSet(h.entry).match(a.tokens, a.prose)[0];
        if (u) {
          voidedBy.set(h, u.text);
          break;
        }
      }
    }
    const idioms = hits.filter((h) => h.entry.class === 'idiom' || h.entry.idiom);
    const live: PHit[] = [];
    for (const h of hits) {
      if (h.entry.class === 'idiom' || h.entry.idiom) continue;
      // The team's own extra terms beat the built-in idioms; only its own allow list beats them.
      // A strong phrase that contains an idiom is the longer reading and wins ("putting a bomb under" holds "a bomb").
      const cover = idioms.filter((i) => i.part === h.part && overlaps(i, h) && (!h.user || i.user) && !(h.entry.class === 'strong' && contains(h, i)));
      if (!cover.length) live.push(h);
      else {
        const voided = cover.find((i) => voidedBy.has(i));
        if (voided && cover.every((i) => voidedBy.has(i))) live.push({ ...h, start: Math.min(h.start, voided.start), end: Math.max(h.end, voided.end), text: voided.part.text.slice(Math.min(h.start, voided.start), Math.max(h.end, voided.end)), forcedBy: voidedBy.get(voided) });
      }
    }

    if (personalMode) {
      const framed = live.some((h) => h.entry.frame);
      for (let i = live.length - 1; i >= 0; i--) {
        const e = live[i].entry;
        if (e.personal === 'always' || e.class === 'cue') continue;
        if (e.personal === 'framed' && framed) live[i] = { ...live[i], entry: { ...e, class: 'weak', needs: ['frame'] } };
        else live.splice(i, 1);
      }
    }
    const frame = live.find((h) => h.entry.frame);

    let promo: Promotion | undefined;
    const promotion = async () => (promo ??= await promotionIn(parts, ctx.lang));

    for (const topic of TOPICS) {
      if (!enabled.has(topic)) continue;
      const mine = live.filter((h) => h.entry.topic === topic).sort((a, b) => Number(!!a.emoji) - Number(!!b.emoji) || parts.indexOf(a.part) - parts.indexOf(b.part) || a.start - b.start);
      const cues = mine.filter((h) => h.entry.class === 'cue');
      const weak = mine.filter((h) => h.entry.class === 'weak');
      let found: { hit: PHit; reason: string } | undefined;
      for (const h of mine) {
        if (h.entry.class === 'strong' || h.forcedBy) {
          found = { hit: h, reason: h.forcedBy ? `"${h.text}" next to "${h.forcedBy}"` : `"${h.text}"` };
          break;
        }
        if (h.entry.class !== 'weak') continue;
        const cue = cues.find((c) => !(c.part === h.part && overlaps(c, h)));
        const other = weak.find((w) => w !== h && w.text.toLowerCase() !== h.text.toLowerCase() && !(w.part === h.part && overlaps(w, h)));
        for (const alt of h.entry.needs ?? ['joke', 'cue']) {
          const atoms = alt.split('+');
          const ok: string[] = [];
          let pass = true;
          for (const atom of atoms) {
            if (atom === 'joke' && jokes.length) ok.push(`in a joke ("${jokes[0]}")`);
            else if (atom === 'cue' && cue) ok.push(`with "${cue.text}"`);
            else if (atom === 'frame' && frame && !(frame.part === h.part && overlaps(frame, h))) ok.push(`framed by "${frame.text}"`);
            else if (atom === 'weak2' && other) ok.push(`and "${other.text}"`);
            else if (atom === 'promo' && (await promotion()).promotional) ok.push(`used to sell: ${describePromo((await promotion()).strongest!)}`);
            else pass = false;
          }
          if (pass) {
            found = { hit: h, reason: `"${h.text}" ${ok.reverse().join(', ')}` };
            break;
          }
        }
        if (found) break;
      }
      if (!found) continue;
      const def = defs[topic];
      ctx.report({
        messageId: ctx.account?.kind === 'personal' ? 'onPersonal' : 'onBrand',
        data: { topic: def.label, reason: found.reason },
        why: def.why,
        hint: def.hint,
        severity: o.severity?.[topic] === 'warn' ? 'warn' : undefined,
        at: { part: found.hit.part, start: found.hit.start, end: found.hit.end },
      });
    }
  },
});
