// Typos are the most common social-media fail and the cheapest to prevent. Checks the published
// text (body and every alt text) with retext: retext-english cuts it into sentences and words,
// retext-spell checks them against Hunspell dictionaries (dictionary-* packages). Made for posts:
// handles, hashtags, URLs, codes and acronyms are masked before retext sees them, the team's words
// are accepted, and suggestions are ranked by how people mistype and how common each word is.
// See docs/spelling.md ("How the rule uses retext").
import { defineRule } from '../src/engine/rule.js';
import { SPELLING_MESSAGES } from '../src/spell/messages.js';
import type { Post } from '../src/types.js';

type Options = import('../src/spell/run.js').SpellingOptions;

type Finding = import('../src/spell/run.js').Finding;

export default defineRule<Options>({
  id: 'spelling',
  meta: {
    description: 'Spelling of the post text and alt texts: typos, brand spellings, repeated words, embarrassing real-word typos.',
    docs: {
      why: 'A typo is the most common social-media fail and the cheapest to prevent. Posts are screenshotted before they can be edited, and a misspelt brand name or a "pubic consultation" becomes the story.',
      incidents: [
        'Councils and transit authorities have announced "pubic consultations" and "pubic transport"; the screenshots outlived the corrections.',
        'Newspapers have printed "General Erection" headlines on election day.',
      ],
      bad: "---\nplatform: x\nlang: en\n---\nYou'll recieve your boarding pass by email. It's definately the the fastest way.",
      good: "---\nplatform: x\nlang: en\n---\nYou'll receive your boarding pass by email (v2.0 of the app, 24/7). Questions? @SkylarkAir #TravelTips",
      notes: [
        'Never checked: @mentions (X, Mastodon, Bluesky forms), hashtags (unless the option hashtags: true), $cashtags, URLs, e-mail addresses, emoji, tokens with digits (v2.0, 10k, 24/7), code, ALL-CAPS acronyms of 2 to 6 letters (unless shouted among ALL-CAPS words: "NOT AST ALL"), text quoted after "RT @user", slang that wrong-account reports and placeholder markers that placeholder reports.',
        'The vocabulary is wide: cspell\'s MIT English dictionaries and SCOWL, people\'s names, companies, software terms, GeoNames places, and the holidays and greetings of major religions and cultures. Names are accepted in every language.',
        'Informal spellings (Sooo, bday, gonna, nothin\') are style, not typos: not reported unless the option slang is warn or error. A capitalised unknown word inside a sentence is a probable name: not reported unless the option names is true, and an error when it is one edit from the team\'s own names or an obvious slip ("Youre").',
        'No suggestion or fix is ever a slur, a profanity or a sexual term (src/text/offensive.ts: cuss, LDNOOBW, retext-equality).',
        'The config dictionary is accepted in every language: a lower-case entry in any casing, an entry with capitals in exactly that form and in ALL CAPS.',
        '--fix applies a correction only when it is certain: the best candidate is one edit away, one word, clearly ahead of the next, the word has 4+ letters and is not a capitalised word inside a sentence. Brand spellings and repeated words are always fixed.',
        'en-GB posts accept both -ise and -ize and get a warning for US-only spellings (color → colour); en posts get a warning for British spellings.',
        'Other languages need their dictionary-<lang> package installed; without it the posts are not spell-checked and one notice says what to install.',
      ],
    },
    defaultSeverity: 'error',
    fixable: true,
    network: false,
    options: {
      properties: {
        hashtags: { type: 'boolean', description: 'Split CamelCase hashtags into words and warn about likely typos (#GreatDaels).' },
        slang: { enum: ['off', 'warn', 'error'], description: 'Informal spellings (Sooo, bday, tonite, nothin\'): off (default: style, not typos), or report them as warnings or errors. Per account with overrides.' },
        names: { type: 'boolean', description: 'Report capitalised words inside a sentence that no list knows (probable names) as warnings. Default false.' },
      },
      additionalProperties: false,
    },
    messages: SPELLING_MESSAGES,
  },
  async prepare(posts, ctx) {
    const { runSpelling } = await import('../src/spell/run.js');
    return runSpelling(posts, ctx);
  },
  check(post, ctx) {
    const findings = (ctx.state as Map<Post, Finding[]> | undefined)?.get(post) ?? [];
    for (const f of findings) {
      const fix = f.fix !== undefined ? ctx.fixPart(f.part, f.start, f.end, f.fix) : undefined;
      ctx.report({
        messageId: f.messageId,
        data: f.data,
        why: f.why,
        hint: f.hint,
        severity: f.severity,
        at: { part: f.part, start: f.start, end: f.end },
        fix,
        suggestions: f.suggestions?.map((s) => ({ desc: s.desc, fix: ctx.fixPart(f.part, f.start, f.end, s.text) })).filter((s) => s.fix),
      });
    }
  },
});
