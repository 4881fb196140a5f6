import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintText } from '../../src/lint.js';
import { draft, fixed, run, slice } from '../helpers.js';
import { makeTempDir } from '../support/temp.js';
import { ruleTester } from '../rule-tester.js';

const en = (body: string, extra: Record<string, unknown> = {}) => draft({ platform: 'x', lang: 'en', ...extra }, body);
const gb = (body: string) => draft({ platform: 'x', lang: 'en-GB' }, body);
const msgs = async (t: string, config?: Record<string, unknown>) => (await run('spelling', t, { config })).map((m) => m.message);

describe('spelling: typos', () => {
  test('a typo with the message, range, and a certain fix', async () => {
    const t = en('Pumpkin bread is back, and it is definately the best batch yet.');
    const [m, ...rest] = await run('spelling', t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('"definately" is not in the en-US dictionary; did you mean "definitely"?');
    expect(m.severity).toBe(2);
    expect(slice(t, m)).toBe('definately');
    expect(m.fix?.text).toBe('definitely');
    expect(await fixed('spelling', t)).toBe(en('Pumpkin bread is back, and it is definitely the best batch yet.'));
  });

  test('capitalised at the start of a sentence keeps its capital in the fix', async () => {
    const t = en('Definately the best batch yet.');
    const [m] = await run('spelling', t);
    expect(m.message).toBe('"Definately" is not in the en-US dictionary; did you mean "definitely"?');
    expect(await fixed('spelling', t)).toBe(en('Definitely the best batch yet.'));
  });

  test('several suggestions when the fix is not certain, up to three', async () => {
    const t = en('Can you wheather the storm?');
    const [m] = await run('spelling', t);
    expect(m.message).toMatch(/^"wheather" is not in the en-US dictionary; did you mean "[a-z]+"(, "[a-z]+")?( or "[a-z]+")?\?$/);
    expect(m.fix).toBeUndefined();
    expect(m.suggestions!.length).toBeGreaterThanOrEqual(2);
    expect(m.suggestions!.length).toBeLessThanOrEqual(3);
    expect(m.suggestions!.map((s) => s.fix.text)).toContain('weather');
  });

  test('a typo in alt text is found and fixed inside the front matter', async () => {
    const t = draft({ platform: 'instagram', lang: 'en', media: [{ path: 'a.png', alt: 'Volunteers sorting cans in the warehose.' }] }, 'Thank you, volunteers!');
    const [m] = await run('spelling', t);
    expect(m.message).toBe('"warehose" is not in the en-US dictionary; did you mean "warehouse" or "warehouses"?');
    expect(slice(t, m)).toBe('warehose');
    expect(await fixed('spelling', t)).toContain('sorting cans in the warehouse.');
  });

  test('a misspelt word before a colon is still found ("Lnik:")', async () => {
    expect(await msgs(en('Lnik: see the menu below.'))).toEqual(['"Lnik" is not in the en-US dictionary; did you mean "link"?']);
  });

  test('front matter is never checked', async () => {
    const t = draft({ platform: 'x', lang: 'en', campaign: 'Recieve sprng' }, 'All good here.');
    expect(await run('spelling', t, { config: { front_matter: { extra_keys: ['campaign'] } } })).toEqual([]);
  });

  test('a capitalised unknown word inside a sentence is a probable name: not reported, or a warning with names: true', async () => {
    const t = en('Thanks to Ozowerre and Thandrilia for the photos.');
    expect(await run('spelling', t)).toEqual([]);
    const ms = await run('spelling', t, { config: { rules: { spelling: ['error', { names: true }] } } });
    expect(ms.map((m) => [slice(t, m), m.severity])).toEqual([['Ozowerre', 1], ['Thandrilia', 1]]);
    expect(ms[0].message).toBe('"Ozowerre" is not in the en-US dictionary');
    expect(ms[0].hint).toMatch(/add it to `dictionary`/);
    expect(await run('spelling', en('Thank you, Northgate!'), { config: { dictionary: ['Northgate'], rules: { spelling: ['error', { names: true }] } } })).toEqual([]);
  });

  test('a capitalised word one edit from a known one is still a typo of a name', async () => {
    const t = en('Our team loves Stakwise.');
    const [m] = await run('spelling', t, { config: { dictionary: ['Stackwise'] } });
    expect(m.message).toBe('"Stakwise" is not in the en-US dictionary; did you mean "Stackwise"?');
  });

  test('everyday brand vocabulary passes (food, fashion, beauty, tech)', async () => {
    const t = en('Matcha, kombucha and a chorizo toastie. Sitewide sale on the new lookbook, our photoshoot, skincare and frontend roles.');
    expect(await run('spelling', t)).toEqual([]);
  });

  test('Shift and Caps Lock slips are typos ("THe", "hELLO"); plural acronyms are not ("CEOs")', async () => {
    const t = en('THe CEOs and URLs said hELLO.');
    const ms = await run('spelling', t);
    expect(ms.map((m) => slice(t, m))).toEqual(['THe', 'hELLO']);
    expect(ms[0].message).toMatch(/^"THe" is not in the en-US dictionary; did you mean "the"/);
    expect(ms[0].suggestions?.[0].fix.text).toBe('The');
  });

  test('real typos in ALL CAPS past six letters are checked', async () => {
    expect(await msgs(en('HUGE SUMMER CLEARANSE starts now.'))).toEqual(['"CLEARANSE" is not in the en-US dictionary; did you mean "clearance", "clearances" or "cleanse"?']);
  });
});

describe('spelling: never flagged', () => {
  const clean = [
    ['mentions in every platform form', 'Thanks @jane_doe, @maker@mastodon.social and @studio.bsky.social for coming!'],
    ['hashtags as tokens', 'Fresh bakes today #PumpkinSeaon #DevRel #KettleAndCrumb'],
    ['cashtags', 'Markets moved: $AAPL and $TSLA.'],
    ['URLs with and without a scheme', 'Menu at https://kettleandcrumb.example/menu-sprng and bit.ly/3xYzAbc or www.skylrk.com/deals'],
    ['e-mail addresses', 'Write to hello.teem@kettleandcrumb.com today.'],
    ['emoji and variation selectors', 'Boarding now ✈️ ❤️ 👍🏽 👨‍👩‍👧 🇳🇴 done.'],
    ['numbers and tokens with digits', 'Version v2.0 is 3x faster, 10k users, open 24/7 from 9am, code JOTRAN30, 5.30pm, 4,800 pounds, Q3.'],
    ['code spans and fenced code', 'Run `npm instal postlint` then:\n```\nconst teh = recieve();\n```\nDone.'],
    ['acronyms of 2-6 capitals', 'The AGM and the CLI for the AER team: DM us, NASA and UNICEF.'],
    ['possessive of an accepted word (config dictionary too)', "It's our customers' favorite and the team's pick, Brackenford's too."],
    ['slang that wrong-account reports', 'lol that was fun rn, omg, tbh, lmao'],
    ['placeholder markers that placeholder reports', 'Fare from $TK, launch TBD, XXX seats, TODO: link, tk.'],
    ['lorem ipsum filler', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'],
    ['contractions and curly apostrophes', 'We’re open, you’ll love it, don’t miss it, it’s here.'],
    ['hyphenated words made of words', 'A well-known, family-run, drop-in, pre-season, co-founder event.'],
    ['Markdown syntax', 'Read **the notes** and _the blog_ at [our site](https://example.com/pgae).'],
    ['HTML entities and template slots', 'Salt &amp; pepper for {{frist_name}}.'],
    ['emoticons', 'Great day :D see you xD <3'],
    ['words the bundled dictionary lacks but Debian hunspell has', 'Spicy ramen in a packable box.'],
    ['accented loanwords', 'A café latte, a rosé, naïve jalapeño poppers and a résumé.'],
    ['platform names', 'Find us on LinkedIn, TikTok, WhatsApp, Bluesky and YouTube; shot on iPhone.'],
    ['British spelling inside a name', 'Meet us at the Barbican Centre or the Labour Club.'],
  ] as const;
  test.each(clean)('%s', async (_name, body) => {
    expect(await msgs(en(body), { dictionary: ['Brackenford'] })).toEqual([]);
  });
});

describe('spelling: a typo right next to each skipped token is still found, at its own range', () => {
  const cases = [
    ['a mention', 'Thanks @jane_doe recieve'],
    ['a Mastodon handle', 'Ask @maker@mastodon.social recieve'],
    ['a Bluesky handle', 'Ask @studio.bsky.social recieve'],
    ['a hashtag', '#PumpkinSeason recieve'],
    ['a cashtag', '$AAPL recieve'],
    ['a URL', 'https://example.org/a recieve'],
    ['a URL without a scheme', 'bit.ly/3xYz recieve'],
    ['an e-mail address', 'hello@example.org recieve'],
    ['an emoji', '✈️recieve'],
    ['a token with digits', 'v2.0 recieve'],
    ['a code span', '`npm ci` recieve'],
    ['an acronym', 'AGM recieve'],
    ['slang', 'lol recieve'],
    ['a placeholder marker', 'TBD recieve'],
  ] as const;
  test.each(cases)('%s', async (_name, body) => {
    const t = en(body);
    const ms = await run('spelling', t);
    expect(ms.map((m) => slice(t, m))).toEqual(['recieve']);
  });

  test('a misspelt word is not hidden by being a possessive or hyphenated', async () => {
    const t = en("The warehose's doors and a well-knwon shop.");
    expect((await run('spelling', t)).map((m) => slice(t, m))).toEqual(['warehose', 'knwon']);
    expect(await fixed('spelling', t)).toBe(en("The warehouse's doors and a well-known shop."));
    expect(await msgs(t)).toEqual([
      '"warehose" is not in the en-US dictionary; did you mean "warehouse" or "warehouses"?',
      '"knwon" is not in the en-US dictionary; did you mean "known", "know" or "knows"?',
    ]);
  });
});

describe('spelling: the config dictionary', () => {
  test('a list: lower case accepts any casing, capitalised accepts that form and ALL CAPS', async () => {
    const config = { dictionary: ['sharding', 'Stackwise'] };
    expect(await msgs(en('Sharding, SHARDING and sharding. Stackwise and STACKWISE.'), config)).toEqual([]);
    expect(await msgs(en('We love stackwise.'), config)).toEqual(['"stackwise" is not in the en-US dictionary; did you mean "Stackwise"?']);
  });

  test('named groups and word files (.txt in a list, a path as a group)', async () => {
    const dir = makeTempDir('postlint-dict-');
    writeFileSync(join(dir, 'brands.txt'), '# our brands\nDevfjord\nCloudpeak\n');
    mkdirSync(join(dir, 'words'));
    writeFileSync(join(dir, 'words', 'team.dic'), '2\nmatchday/S\nuptime\n');
    const config = { dictionary: { brands: ['Openquill', 'brands.txt'], team: 'words/team.dic' } };
    const t = en('Openquill, Devfjord and Cloudpeak: matchday uptime.');
    expect((await run('spelling', t, { config, cwd: dir })).map((m) => m.message)).toEqual([]);
  });

  test('a missing word file is a notice, not a crash', async () => {
    const dir = makeTempDir('postlint-dict-');
    const s = await lintText(en('Hello there.'), { config: { dictionary: ['nothere.txt'], rules: { spelling: 'error' } }, cwd: dir, only: ['spelling'], filePath: 'p.md' });
    expect(s.notices.join('\n')).toMatch(/"nothere.txt".*not found/);
    expect(s.results[0].messages).toEqual([]);
  });

  test('a team word typo gets the team word as suggestion (brand name typo)', async () => {
    const t = en('Stakwise 4.2 is out.');
    const [m] = await run('spelling', t, { config: { dictionary: { brands: ['Stackwise'] } } });
    expect(m.message).toBe('"Stakwise" is not in the en-US dictionary; did you mean "Stackwise"?');
    expect(await fixed('spelling', t, { config: { dictionary: { brands: ['Stackwise'] } } })).toBe(en('Stackwise 4.2 is out.'));
  });
});

describe('spelling: brand spellings', () => {
  const config = { brand_spellings: ['iPhone', 'LinkedIn', 'Kettle & Crumb', 'Slack'] };
  test('any other casing or spacing is an error with a certain fix', async () => {
    const t = en('Follow us on Linkedin and linked in, shot on an IPhone, coffee at kettle &crumb.');
    const ms = await run('spelling', t, { config });
    expect(ms.map((m) => m.message)).toEqual([
      '"Linkedin" should be written "LinkedIn"',
      '"linked in" should be written "LinkedIn"',
      '"IPhone" should be written "iPhone"',
      '"kettle &crumb" should be written "Kettle & Crumb"',
    ]);
    expect(ms.every((m) => m.severity === 2 && m.fix)).toBe(true);
    expect(await fixed('spelling', t, { config })).toBe(en('Follow us on LinkedIn and LinkedIn, shot on an iPhone, coffee at Kettle & Crumb.'));
  });

  test('the exact form passes and is accepted by the spell checker; plain lower-case words stay words', async () => {
    expect(await msgs(en('Shot on iPhone, shared on LinkedIn, at Kettle & Crumb. Cut us some slack, and chat on Slack.'), config)).toEqual([]);
  });

  test('URLs, handles and hashtags are not brand names', async () => {
    expect(await msgs(en('See linkedin.com/company/x, @linkedin and #linkedin.'), config)).toEqual([]);
  });
});

describe('spelling: repeated words', () => {
  test('"the the" is flagged at the second word with a fix', async () => {
    const t = en('It is the the best batch yet.');
    const [m] = await run('spelling', t);
    expect(m.message).toBe('"the the": the word "the" is repeated');
    expect(slice(t, m)).toBe(' the');
    expect(await fixed('spelling', t)).toBe(en('It is the best batch yet.'));
  });

  test('words that are doubled on purpose, and repeats across punctuation or lines, pass', async () => {
    expect(await msgs(en('What he had had was fine. Bye bye! Knock knock. Go, go, go! Done\nDone.'))).toEqual([]);
  });
});

describe('spelling: real-word typos', () => {
  test('pubic -> public, with a suggestion and no automatic fix', async () => {
    const t = gb('Our pubic consultation runs until 30 April.');
    const [m] = await run('spelling', t);
    expect(m.message).toBe('"pubic" is a real word but an embarrassing typo; did you mean "public"?');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].fix.text).toBe('public');
    expect(m.why).toMatch(/headline/);
  });

  test('context words make the word meant (erection of scaffolding)', async () => {
    expect(await msgs(gb('Planning notice: erection of scaffolding on Mill Lane.'))).toEqual([]);
    expect(await msgs(gb('Polling stations for the General Erection open at 7am.'))).toEqual(['"Erection" is a real word but an embarrassing typo; did you mean "Election"?']);
  });
});

describe('spelling: en-GB', () => {
  test('British spellings pass, and both -ise and -ize', async () => {
    expect(await msgs(gb('Our neighbours love the colour of the programme; we organise and organize, realise and realize.'))).toEqual([]);
  });

  test('US-only spellings are a warning with the British form', async () => {
    const t = gb('The color of the center.');
    const ms = await run('spelling', t);
    expect(ms.map((m) => m.message)).toEqual(['"color" is US spelling; en-GB posts use "colour"', '"center" is US spelling; en-GB posts use "centre"']);
    expect(ms.every((m) => m.severity === 1)).toBe(true);
    expect(await fixed('spelling', t)).toBe(gb('The colour of the centre.'));
  });

  test('en posts get a warning for British spellings (not for names: "Barbican Centre")', async () => {
    expect(await msgs(en('Meet us at the Barbican Centre. Our favourite is back.'))).toEqual(['"favourite" is British spelling; en-US posts use "favorite"']);
    // SCOWL's large US list has "centre"; "grey" is a US variant by use (0.44 of "gray" in American subtitles).
    expect(await msgs(en('In the centre, a grey sofa.'))).toEqual([]);
    const [m] = await run('spelling', en('The colour is great.'));
    expect(m.message).toBe('"colour" is British spelling; en-US posts use "color"');
    expect(m.severity).toBe(1);
  });

  test('typos in en-GB name the en-GB dictionary', async () => {
    expect(await msgs(gb('Temporary accomodation is available.'))).toEqual(['"accomodation" is not in the en-GB dictionary; did you mean "accommodation" or "accommodations"?']);
  });
});

describe('spelling: hashtags option', () => {
  const config = { rules: { spelling: ['error', { hashtags: true }] } };
  test('off by default', async () => {
    expect(await msgs(en('Shop now #GreatDaels'))).toEqual([]);
  });
  test('CamelCase hashtags are split and likely typos warned about', async () => {
    const t = en('Shop now #GreatDaels');
    const [m, ...rest] = await run('spelling', t, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('"Daels" in #GreatDaels is not in the en-US dictionary; did you mean "Deals"?');
    expect(m.severity).toBe(1);
    expect(slice(t, m)).toBe('Daels');
    expect(m.suggestions?.[0].fix.text).toBe('Deals');
  });
  test('acronyms and coined tags pass', async () => {
    expect(await msgs(en('#OOTD #BookTok #WFH #Bookstagram #ThrowbackThursday #TBT #MondayMotivation #Fitspo #PumpkinSeason'), config)).toEqual([]);
  });
  test('an unknown option is a config error', async () => {
    await expect(run('spelling', en('Hi'), { config: { rules: { spelling: ['error', { hashtag: true }] } } })).rejects.toThrow(/unknown option 'hashtag'/);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('spelling', { front: { platform: 'x', lang: 'en' } }).run(
  {
    valid: [
      "You'll receive your boarding pass by email (v2.0 of the app, 24/7). Questions? @SkylarkAir #TravelTips",
      'Shot on iPhone, shared on LinkedIn, at Kettle & Crumb.',
      'Read more at https://acme.io/recieve-updates',
      'Run `npm instal` to see the error.',
      { name: 'British spelling in an en-GB post', body: 'Our new colour range is in the shops.', front: { lang: 'en-GB' } },
      'That that is, is.',
    ],
    invalid: [
      {
        body: "You'll recieve your boarding pass by email. It's definately the the fastest way.",
        errors: [
          { message: '"recieve" is not in the en-US dictionary; did you mean "receive", "relieve" or "received"?', text: 'recieve', severity: 'error' },
          { message: '"definately" is not in the en-US dictionary; did you mean "definitely"?', text: 'definately', severity: 'error' },
          { message: '"the the": the word "the" is repeated', text: ' the', line: 5, column: 64, endLine: 5, endColumn: 68, severity: 'error' },
        ],
        output: '---\nplatform: "x"\nlang: "en"\n---\nYou\'ll receive your boarding pass by email. It\'s definitely the fastest way.\n',
      },
      {
        body: 'Definately the best batch yet.',
        errors: [{ message: '"Definately" is not in the en-US dictionary; did you mean "definitely"?', text: 'Definately', severity: 'error' }],
        output: '---\nplatform: "x"\nlang: "en"\n---\nDefinitely the best batch yet.\n',
      },
      {
        body: 'Can you wheather the storm?',
        errors: [{ message: '"wheather" is not in the en-US dictionary; did you mean "whether", "weather" or "heather"?', text: 'wheather', severity: 'error' }],
      },
      {
        name: 'alt text is checked too', draft: '---\nplatform: instagram\nlang: en\nmedia:\n  - path: a.png\n    alt: "A definately tasty cake"\n---\nNew cake.\n',
        errors: [{ message: '"definately" is not in the en-US dictionary; did you mean "definitely"?', text: 'definately', severity: 'error' }],
        output: '---\nplatform: instagram\nlang: en\nmedia:\n  - path: a.png\n    alt: "A definitely tasty cake"\n---\nNew cake.\n',
      },
    ],
  },
);
