import { createServer, type Server } from 'node:http';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lintFiles, lintText } from '../../src/lint.js';
import { datasetTags } from '../../src/detect/hashtags.js';
import { draft, run, slice } from '../helpers.js';
import { makeTempDir } from '../support/temp.js';
import { ruleTester } from '../rule-tester.js';
import { COFFEE, SET_A, SET_B, heldout, setDefaults } from '../support/brand-sets.js';

const accounts = [
  { handle: 'cafe', kind: 'brand', name: 'Kettle & Crumb', industry: 'coffee shop', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'air', kind: 'brand', name: 'Skylark Air', industry: 'airline', lang: 'en', platforms: ['x', 'instagram', 'threads'] },
  { handle: 'shop', kind: 'brand', name: 'Maple & Main', industry: 'home goods and clothing retailer', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'saas', kind: 'brand', name: 'Stackwise', industry: 'SaaS', lang: 'en', platforms: ['x'] },
  { handle: 'bank', kind: 'brand', name: 'Harbourside Bank', industry: 'retail bank (UK)', lang: 'en-GB', platforms: ['x'] },
  { handle: 'club', kind: 'brand', name: 'Eastmoor Athletic FC', industry: 'football club (UK)', lang: 'en-GB', platforms: ['instagram'] },
  { handle: 'council', kind: 'brand', name: 'Brackenford City Council', industry: 'city council (UK)', lang: 'en-GB', platforms: ['facebook'] },
  { handle: 'charity', kind: 'brand', name: 'Harvest Commons', industry: 'charity (community food bank, US)', lang: 'en', platforms: ['linkedin'] },
  { handle: 'outfitter', kind: 'brand', name: 'Northwind Outdoor', industry: 'outdoor clothing', lang: 'en', platforms: ['x'], causes: ['#ClimateStrike'] },
  { handle: 'kommune', kind: 'brand', name: 'Havnøy kommune', industry: 'municipality (Norway)', lang: 'nb', platforms: ['facebook'] },
  { handle: 'skiklubb', kind: 'brand', name: 'Havnøy IL', industry: 'sports club (Norway)', lang: 'nb', platforms: ['instagram'] },
  { handle: 'tessa', kind: 'personal', lang: 'en-GB', platforms: ['x'] },
];
const config = {
  accounts,
  sensitive_hashtags: [
    { tag: '#SafeStreetsForAmara', context: 'Road-safety campaign started after cyclist Amara Osei was killed on the Brackenford ring road.', kind: 'activist', added: '2027-02-14', expires: '2028-02-14' },
    { tag: '#FixThePier', context: 'Campaign to save the pier.', kind: 'activist', expires: '2027-01-01' },
  ],
  sensitive_events: [
    { name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08', hashtags: ['#BrackenfordStrong', '#PrayForBrackenford'] },
    { name: 'Carrow Ridge wildfires', place: 'Carrow Ridge', date: '2027-08-19' },
  ],
};
const NOW = new Date('2027-06-20T12:00:00Z');
const post = (account: string, body: string, extra: Record<string, unknown> = {}) => {
  const a = accounts.find((x) => x.handle === account)!;
  return draft({ account, platform: a.platforms[0], lang: a.lang, ...extra }, body);
};
const lint = (text: string, options?: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  run('hashtag-hijack', text, { config: { ...config, ...more, rules: { 'hashtag-hijack': options ? ['error', options] : 'error' } }, now: NOW });
const messages = async (text: string, options?: Record<string, unknown>, more?: Record<string, unknown>) => (await lint(text, options, more)).map((m) => `${m.severity === 1 ? 'warn' : 'error'}: ${m.message}`);

describe('hashtag-hijack: the dataset', () => {
  test('is dated and sourced, with a few dozen real tags', () => {
    const tags = datasetTags();
    expect(tags.length).toBeGreaterThanOrEqual(40);
    for (const t of tags) {
      expect(t.context, t.tag).toBeTruthy();
      expect(['tragic', 'activist', 'memorial', 'awareness'], t.tag).toContain(t.kind);
      expect(t.source, t.tag).toBeTruthy();
      expect(String((t as { added?: unknown }).added), t.tag).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const want of ['WhyIStayed', 'MeToo', 'BlackLivesMatter', 'NeverForget', 'ClimateStrike', 'StopAsianHate', 'MarchForOurLives', 'JeSuisCharlie'])
      expect(tags.map((t) => t.tag)).toContain(want);
  });
});

describe('hashtag-hijack: a brand joining to sell, joke or pun', () => {
  test('#WhyIStayed on a product line: off topic, says what the tag is about, points at the tag', async () => {
    const t = post('cafe', '#WhyIStayed: the cinnamon rolls. Obviously. 🥐☕');
    const [m, ...rest] = await lint(t);
    expect(rest).toEqual([]);
    expect(m.message).toBe(
      '#WhyIStayed is about survivors of domestic violence explaining why they stayed in (or left) abusive relationships (September 2014, after the Ray Rice video); this post is about something else',
    );
    expect(slice(t, m)).toBe('#WhyIStayed');
    expect(m.severity).toBe(2);
    expect(m.why).toMatch(/DiGiorno/);
    expect(m.hint).toMatch(/Remove the hashtag/);
  });

  test.each([
    ['air', 'Already dreaming about summer? #MeToo 🙋‍♀️ Fares to Lisbon from $389 round trip, this week only.', '#MeToo', 'this post uses it to sell: a price offer ("from $389")'],
    ['saas', 'Every millisecond matters. Every build matters. Every deploy matters. #BlackLivesMatter #DevOps', '#BlackLivesMatter', 'this post is about something else (wordplay on "matters")'],
    ['shop', 'Strike a pose 📸 Our recycled denim is here, made with 40% less water. #ClimateStrike #OOTD', '#ClimateStrike', 'this post is about something else (wordplay on "Strike")'],
    ['bank', '#NeverForget your ISA allowance resets on 6 April ⏰ Use it or lose it: open a Harbourside Cash ISA in minutes in the app.', '#NeverForget', 'this post uses it to sell: a call to buy ("open a Harbourside Cash ISA")'],
    ['cafe', '#ICantBreathe after our 5-alarm chili 🌶️😂', '#ICantBreathe', 'this post uses it for a joke ("😂")'],
    ['shop', 'Support the #WomensMarch with 20% off our pink hats', '#WomensMarch', 'this post uses it to sell: a discount ("20% off")'],
    ['shop', '#Juneteenth sale: 19% off everything', '#Juneteenth', 'this post uses it to sell: a discount ("19% off")'],
  ])('%s: %s', async (account, body, tag, tail) => {
    const [m] = await messages(post(account, body));
    expect(m.startsWith(`error: ${tag} is about `)).toBe(true);
    expect(m.endsWith(tail)).toBe(true);
  });

  test('a local campaign from the config: its context in the message; expired entries are not flagged', async () => {
    expect(await messages(post('air', 'Safe streets? We\'ll take safe skies ✈️ Fly Skylark this spring. #SafeStreetsForAmara'))).toEqual([
      'error: #SafeStreetsForAmara is a sensitive hashtag (activist): Road-safety campaign started after cyclist Amara Osei was killed on the Brackenford ring road; this post is about something else (wordplay on "Safe")',
    ]);
    expect(await messages(post('shop', 'Pier-themed mugs, 20% off. #FixThePier'))).toEqual([]);
  });
});

describe('hashtag-hijack: shapes', () => {
  test('#<Place>Strong and #PrayFor<Place> after a sensitive event', async () => {
    expect(await messages(post('club', 'Our new third kit has landed 🔥 available now in the club shop and online.\n\n#BrackenfordStrong #UpTheMoor'))).toEqual([
      'error: #BrackenfordStrong is about the Corran Bridge collapse (2027-06-08); this post uses it to sell: a call to buy ("in the club shop")',
    ]);
    expect(await messages(post('shop', '#PrayForCarrowRidge 🙏 Stay cozy: our wool throws are 20% off this week.'))).toEqual([
      'error: #PrayForCarrowRidge is about prayers after a disaster or an attack in Carrow Ridge (the Carrow Ridge wildfires, 2027-08-19); this post uses it to sell: a discount ("20% off")',
    ]);
  });

  test('a proper-noun place or name without a list; an ambiguous place from the data; the dataset', async () => {
    expect(await messages(post('shop', '#PrayForTurkey 🙏 Our rugs are handmade with love. Shop now.'))).toEqual([
      'error: #PrayForTurkey is about prayers after a disaster or an attack in Turkey; this post uses it to sell: a call to buy ("Shop now")',
    ]);
    expect(await messages(post('cafe', '#RIPJoTran he would have loved our cheesecake 🍰😂'))).toEqual([
      'error: #RIPJoTran is about mourning for Jo Tran; this post uses it for a joke ("😂")',
    ]);
    expect(await messages(post('shop', 'Stay strong, Boston. 20% off all jackets this weekend. #BostonStrong'))).toEqual([
      'error: #BostonStrong is about solidarity after the 2013 Boston Marathon bombing (3 dead, hundreds injured); this post uses it to sell: a discount ("20% off")',
    ]);
    expect(await messages(post('shop', 'Rugs from Anatolia, shop now #prayforparis'))).toHaveLength(1);
    expect(await messages(post('shop', 'Cowboy boots, 30% off this weekend. #TexasStrong'))).toEqual([
      'error: #TexasStrong is about solidarity after a disaster or an attack in Texas; this post uses it to sell: a discount ("30% off")',
    ]);
    expect(await messages(post('shop', 'Sushi plates are back in stock 🍣 #PrayForJapan'))).toHaveLength(1);
  });

  test('common words are not places: #PrayForSnow, #CoreStrong, #MomStrong, #ArmyStrong, #StayStrong, #RippedJeans, #JusticeForPizza', async () => {
    expect(await messages(post('skiklubb', 'Skigruppa er klar, men snøen lar vente på seg … ⛷️❄️ #PrayForSnow'))).toEqual([]);
    expect(await messages(post('club', 'Pre-season core session 💪 Planks, dead bugs and a lot of groaning.\n\n#CoreStrong #PreSeason'))).toEqual([]);
    expect(await messages(post('shop', 'Leg day done 💪 #ArmyStrong #MomStrong #StayStrong #RippedJeans'))).toEqual([]);
    expect(await messages(post('cafe', '#JusticeForPizza: our pizza toast is back lol'))).toEqual([]);
    // An unknown word in a place shape is not tied to any event unless the config names it.
    expect(await messages(post('club', 'Fun run on Sunday, 5k around the lake 🏃 #LongmeadStrong'))).toEqual([]);
  });
});

describe('hashtag-hijack: respectful use', () => {
  test('memorial and awareness tags on topic, and accounts whose mission fits, get nothing', async () => {
    expect(await messages(post('council', 'On Sunday we will gather at the war memorial in Victoria Gardens for the Remembrance service, with a two-minute silence at 11am.\n\n#LestWeForget'))).toEqual([]);
    expect(await messages(post('charity', 'June 20 is World Refugee Day. This year our pantry served 1,140 newly arrived families, and 31 refugees now volunteer with us. #WithRefugees'))).toEqual([]);
    expect(await messages(post('club', "Before Saturday's match there will be a minute's silence for Remembrance Sunday. #LestWeForget"))).toEqual([]);
    expect(await messages(post('charity', 'Our volunteers are at the Civic Centre with hot meals for families affected by the bridge collapse. #BrackenfordStrong'))).toEqual([]);
    expect(await messages(post('outfitter', 'Our staff are walking out at noon to join the school climate strikes. Climate action cannot wait. #ClimateStrike'))).toEqual([]);
  });

  test('a brand whose mission does not match gets a warning to read the tag first', async () => {
    const t = post('shop', 'We stand with our AAPI staff and customers against racism and hate, today and every day. #StopAsianHate');
    const [m] = await lint(t);
    expect(m.severity).toBe(1);
    expect(m.message).toBe(
      '#StopAsianHate is about the campaign against violence and racism towards Asian people, after the March 2021 Atlanta spa shootings: read its recent posts before joining in',
    );
    expect(m.hint).toMatch(/causes:/);
    expect(await messages(t, { respectful: 'off' })).toEqual([]);
    expect(await messages(post('shop', 'Thinking of everyone in Brackenford tonight. #BrackenfordStrong'))).toEqual([
      'warn: #BrackenfordStrong is about the Corran Bridge collapse (2027-06-08): read its recent posts before joining in',
    ]);
  });

  test('a respectful memorial post plus a sale is still an error', async () => {
    expect(await messages(post('shop', 'We remember the fallen. #LestWeForget Our poppy-print throws are 20% off today.'))).toHaveLength(1);
  });

  test('nb: a municipality remembering 22 July gets nothing; a sale on the tag is an error', async () => {
    expect(await messages(post('kommune', 'I dag minnes vi ofrene for terrorangrepet 22. juli 2011. Flaggene på rådhuset er på halv stang. #22juli'))).toEqual([]);
    expect(await messages(post('skiklubb', 'Sommersalg! 30 % på alt i klubbutikken. #22juli'))).toEqual([
      // "Sommersalg" (a summer sale) is a Norwegian discount (promotion.yaml nb-season-offers), so the sale is named.
      'error: #22juli is about the 22 July 2011 terrorist attacks in Oslo and on Utøya, Norway (77 dead); this post uses it to sell: a discount ("Sommersalg")',
    ]);
  });
});

describe('hashtag-hijack: options and accounts', () => {
  const t = post('shop', 'Our new yoga pants are here! #MeToo #Fitness');
  test('allow', async () => {
    expect(await messages(t)).toHaveLength(1);
    expect(await messages(t, { allow: ['metoo'] })).toEqual([]);
  });
  test('aligned per account', async () => {
    const r = post('shop', 'We stand with our AAPI staff and customers against racism and hate. #StopAsianHate');
    expect(await messages(r, { aligned: { shop: ['#StopAsianHate'] } })).toEqual([]);
  });
  test('personal accounts: selling or joking on a tag is reported, respectful use never warns; skip and all', async () => {
    const p = post('tessa', 'New trainers, 20% off at the club shop lol #MeToo');
    expect(await messages(p)).toHaveLength(1);
    expect(await messages(p, { personal: 'skip' })).toEqual([]);
    expect(await messages(p, { personal: false })).toEqual([]);
    const r = post('tessa', 'Marching today with my sisters against racism and hate. #StopAsianHate');
    expect(await messages(r)).toEqual([]);
    expect(await messages(r, { personal: 'all' })).toHaveLength(1);
    expect(await messages(post('tessa', 'I was harassed at work for years. Speaking up now. #MeToo'))).toEqual([]);
  });
  test('ordinary tags are never looked at twice', async () => {
    expect(await messages(post('cafe', 'Monday, meet cold brew ☕ #MondayMotivation #ThrowbackThursday #TBT #GivingTuesday #SmallBusiness'))).toEqual([]);
  });
});

describe('hashtag-hijack: trending feed', () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  let dir: string;
  const feed = JSON.stringify([
    { tag: '#Lakeview', context: 'A school shooting in Lakeview this morning', kind: 'tragic' },
    { tag: '#GreatBakeOff', context: 'A TV baking show', kind: 'entertainment' },
  ]);

  beforeAll(async () => {
    for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];
    dir = makeTempDir('postlint-trending-');
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/trending.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(feed);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  });

  test('a local YAML file: sensitive kinds fire with their context, others are ignored', async () => {
    writeFileSync(join(dir, 'trending.yaml'), '- tag: "#Lakeview"\n  context: A school shooting in Lakeview this morning\n  kind: tragic\n- tag: "#GreatBakeOff"\n  context: A TV baking show\n  kind: entertainment\n');
    const summary = await lintText(post('cafe', 'Lakeview, our new lemon cake is here! 20% off today. #Lakeview #GreatBakeOff'), {
      config: { ...config, trending: 'trending.yaml', rules: { 'hashtag-hijack': 'error' } },
      cwd: dir,
      now: NOW,
      only: ['hashtag-hijack'],
    });
    expect(summary.results[0].messages.map((m) => m.message)).toEqual([
      '#Lakeview is a sensitive hashtag (tragic, trending): A school shooting in Lakeview this morning; this post uses it to sell: a discount ("20% off")',
    ]);
  });

  test('a URL on 127.0.0.1: fetched once per run, cached on disk for max_age, not fetched under --offline', async () => {
    const cacheDir = join(dir, 'cache');
    const trending = { source: `http://127.0.0.1:${port}/trending.json`, max_age: '1h', cache_dir: cacheDir };
    const files = ['a.md', 'b.md'].map((f) => join(dir, f));
    writeFileSync(files[0], post('cafe', 'Our lemon cake is back, 20% off. #Lakeview'));
    writeFileSync(files[1], post('shop', 'Cozy throws for the weekend. #Lakeview #GreatBakeOff'));
    const cfg = { ...config, trending, rules: { 'hashtag-hijack': 'error' } };
    hits = 0;
    const first = await lintFiles(files, { config: cfg, cwd: dir, now: NOW, only: ['hashtag-hijack'] });
    expect(hits).toBe(1);
    expect(first.results.map((r) => r.messages.length)).toEqual([1, 1]);
    expect(readdirSync(cacheDir)).toHaveLength(1);

    const second = await lintFiles(files, { config: cfg, cwd: dir, now: NOW, only: ['hashtag-hijack'] });
    expect(hits).toBe(1); // served from the disk cache
    expect(second.results.map((r) => r.messages.length)).toEqual([1, 1]);

    await lintFiles(files, { config: cfg, cwd: dir, now: NOW, only: ['hashtag-hijack'], noCache: true });
    expect(hits).toBe(2); // --no-cache fetches again

    const offline = await lintFiles(files, { config: { ...cfg, trending: { ...trending, cache_dir: join(dir, 'empty') } }, cwd: dir, now: NOW, only: ['hashtag-hijack'], offline: true });
    expect(hits).toBe(2);
    expect(offline.notices.filter((n) => n.includes('trending'))).toEqual([`--offline: trending hashtags not fetched from http://127.0.0.1:${port}/trending.json`]);
    expect(offline.results.map((r) => r.messages.length)).toEqual([0, 0]);
  });

  test('a dead feed is a notice, not a crash', async () => {
    const summary = await lintText(post('cafe', 'Cake! #Lakeview'), {
      config: { ...config, trending: { source: `http://127.0.0.1:${port}/missing.json`, cache_dir: join(dir, 'c2') }, rules: { 'hashtag-hijack': 'error' } },
      cwd: dir,
      now: NOW,
      only: ['hashtag-hijack'],
      noCache: true,
    });
    expect(summary.fatal).toBe(false);
    expect(summary.notices.some((n) => /cannot fetch trending hashtags .*HTTP 404/.test(n))).toBe(true);
  });
});

describe('hashtag-hijack: slips of a known tag, relief tags', () => {
  test('a known tag one letter off is the same tag (#jesuischarile)', async () => {
    const [m, ...rest] = await messages(post('shop', 'Opening our new store in Paris this spring. Very chic! #jesuischarile'));
    expect(rest).toEqual([]);
    expect(m).toMatch(/^warn: #jesuischarile is about solidarity after the January 2015 attack/);
    expect(m).toContain('a slip of #JeSuisCharlie');
  });
  test('#Support<Place> after a disaster, next to a promotion', async () => {
    const [m] = await messages(post('shop', 'How you can #SupportJapan: 20% off our throws this week.'));
    expect(m).toMatch(/^error: .*#SupportJapan/);
  });
  test.each([
    'Shop small this weekend! #SupportLocal',
    '#SupportSmallBusiness: meet the makers behind our new range.',
    'Je suis Charlie was on every front page that week.',
  ])('hard negative: %s', async (body) => {
    expect(await messages(post('shop', body))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
const TABLE_BRANDS = {
  accounts: [
    { handle: 'cafe', kind: 'brand', name: 'Kettle & Crumb', industry: 'coffee shop', voice: 'we', lang: 'en', platforms: ['x', 'instagram'] },
    { handle: 'council', kind: 'brand', name: 'Brackenford City Council', industry: 'city council', voice: 'we', lang: 'en-GB', platforms: ['x'] },
    { handle: 'mira', kind: 'personal', lang: 'en', platforms: ['x'] },
  ],
};
ruleTester('hashtag-hijack', { config: { ...TABLE_BRANDS, sensitive_events: [{ name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08', hashtags: ['#BrackenfordStrong', '#PrayForBrackenford'] }] }, now: '2027-06-10T12:00:00Z', front: { account: 'cafe', platform: 'x' } }).run(
  {
    valid: [
      'Our Brackenford café is collecting blankets for families affected by the bridge collapse. Drop them off any time.',
      'Thank you, baristas! #NationalCoffeeDay',
      'Our autumn menu is here #PSL #FallVibes',
      'Fingers crossed for a white Christmas #PrayForSnow',
      { name: 'a council post with a respectful event tag', body: 'The bridge memorial service is at 11am on Sunday at St Mary\'s. #BrackenfordStrong', front: { account: 'council' } },
    ],
    invalid: [
      {
        body: '#WhyIStayed: the cinnamon rolls. Obviously.',
        errors: [{ message: '#WhyIStayed is about survivors of domestic violence explaining why they stayed in (or left) abusive relationships (September 2014, after the Ray Rice video); this post is about something else', text: '#WhyIStayed', severity: 'error' }],
      },
      {
        body: 'Fresh pastries all weekend 🥐 #BrackenfordStrong',
        errors: [{ message: '#BrackenfordStrong is about the Corran Bridge collapse (2027-06-08); this post is about something else', text: '#BrackenfordStrong', severity: 'error' }],
      },
      {
        body: 'Summer shred starts Monday 💪 #MeToo #FitFam',
        errors: [{ message: '#MeToo is about the movement against sexual harassment and assault (Tarana Burke, 2006; viral from October 2017); this post is about something else', text: '#MeToo', severity: 'error' }],
      },
      {
        body: 'Black coffee matters too 😂 #BLM',
        errors: [{ message: '#BLM is about the movement against police violence and systemic racism towards Black people (since 2013); this post uses it for a joke ("😂")', text: '#BLM', severity: 'error' }],
      },
      {
        name: 'a respectful memorial post from a brand outside the cause: a warning to read the tag first',
        body: 'The memorial service for the victims of the Corran Bridge collapse is at 11am on Sunday. #BrackenfordStrong',
        errors: [{ message: '#BrackenfordStrong is about the Corran Bridge collapse (2027-06-08): read its recent posts before joining in', text: '#BrackenfordStrong', severity: 'warn' }],
      },
    ],
  },
);

// Held-out posts, set A (first written as test/brand-heldout.test.ts, rounds 1 and 2; see
// test/support/brand-sets.ts): each runs with all five brand rules, the others quiet unless `others` says.
const A = heldout(SET_A);
ruleTester('hashtag-hijack', setDefaults(SET_A)).run(
  {
    valid: [
      A({ id: 'g30-millbrookstrong-fundraiser', account: 'northfielduni', publish_at: '2027-05-30T10:00:00+01:00', note: 'Respectful use: a fundraiser for the victims, nothing sold.', body: 'Our students raised £12,000 for families affected by the tram derailment this week. Thank you all. #MillbrookStrong' }),
      A({ id: 'g31-bonestrong', account: 'pawpantry', body: 'Calcium-rich chews for growing puppies 🦴 #BoneStrong #PuppyLove' }),
      A({ id: 'g32-neverskiplegday', account: 'ironpeakgym', body: 'Squat racks are free from 2pm on weekdays. #NeverSkipLegDay' }),
      A({ id: 'g33-remembrance-bus', account: 'tidelinebus', body: "Remembrance Sunday: every bus will stop for two minutes' silence at 11am. #LestWeForget" }),
      A({ id: 'g34-classof2027', account: 'northfielduni', body: 'Caps, gowns and a lot of happy tears. Congratulations, class of 2027! #ClassOf2027 #Graduation' }),
    ],
    invalid: [
      {
        ...A({ id: 'h01-gym-metoo', account: 'ironpeakgym', body: 'Summer shred challenge starts Monday 💪 First week free for new members! #MeToo #FitFam' }),
        errors: [{ message: '#MeToo is about the movement against sexual harassment and assault (Tarana Burke, 2006; viral from October 2017); this post uses it to sell: a call to buy ("First week free")', text: '#MeToo', severity: 'error' }],
      },
      {
        ...A({ id: 'h02-bakery-prayfor', account: 'hearthloaf', publish_at: '2027-05-26T08:00:00+01:00', body: 'Fresh sourdough out of the oven every hour, all weekend 🍞 #PrayForMillbrook #SourdoughSaturday' }),
        errors: [{ message: '#PrayForMillbrook is about the Millbrook tram derailment (2027-05-22); this post is about something else', text: '#PrayForMillbrook', severity: 'error' }],
      },
      {
        ...A({ id: 'h03-telecom-xstrong', account: 'lumenmobile', publish_at: '2027-05-27T09:00:00-04:00', body: 'Stay connected with 50GB of data for $30 a month. Switch in minutes online. #MillbrookStrong' }),
        errors: [{ message: '#MillbrookStrong is about solidarity after a disaster or an attack in Millbrook (the Millbrook tram derailment, 2027-05-22); this post uses it to sell: a price offer ("for $30")', text: '#MillbrookStrong', severity: 'error' }],
      },
      {
        ...A({ id: 'h04-hotel-blm', account: 'harborviewhotel', body: 'Our rooftop pool reopens Friday ☀️ Book your summer escape now. #BlackLivesMatter #SummerVibes' }),
        errors: [{ message: '#BlackLivesMatter is about the movement against police violence and systemic racism towards Black people (since 2013); this post uses it to sell: a call to buy ("Book your")', text: '#BlackLivesMatter', severity: 'error' }],
      },
      {
        ...A({ id: 'h05-bus-jesuischarlie', account: 'tidelinebus', body: 'Contactless fares on every route from Monday. Tap on, tap off, done. #JeSuisCharlie' }),
        errors: [{ message: '#JeSuisCharlie is about solidarity after the January 2015 attack on Charlie Hebdo in Paris, in which 12 people were killed; this post is about something else', text: '#JeSuisCharlie', severity: 'error' }],
      },
      {
        ...A({ id: 'h06-petfood-bringback', account: 'pawpantry', body: 'Bring back the joy of dinner time with our new salmon recipe 🐟 #BringBackOurGirls' }),
        errors: [{ message: '#BringBackOurGirls is about the 2014 Boko Haram kidnapping of 276 schoolgirls in Chibok, Nigeria; this post is about something else (wordplay on "Bring")', text: '#BringBackOurGirls', severity: 'error' }],
      },
      {
        ...A({ id: 'h07-uni-kestrelstrong', account: 'northfielduni', publish_at: '2027-05-29T10:00:00+01:00', body: 'Open day this Saturday! Campus tours, free pizza and a chance to meet our lecturers 🍕 #KestrelStrong' }),
        errors: [{ message: '#KestrelStrong is about solidarity after a disaster or an attack in Kestrel (the Kestrel Mall shooting, 2027-05-25); this post is about something else', text: '#KestrelStrong', severity: 'error' }],
      },
      {
        ...A({ id: 'h08-nb-hotel-local-tag', account: 'bergvikhotell', body: 'Sommertilbud i hele juli: bo tre netter, betal for to 🌞 #HjemTilHanna' }),
        errors: [{ message: '#HjemTilHanna is a sensitive hashtag (activist): Leteaksjon og kampanje etter at 16 år gamle Hanna Vik forsvant i Bergvik; this post uses it to sell: a discount ("Sommertilbud")', text: '#HjemTilHanna', severity: 'error' }],
      },
      {
        ...A({ id: 'h09-museum-climatestrike', account: 'caldermuseum', body: 'Skip school on Friday and come and see the dinosaurs instead 🦖 #FridaysForFuture' }),
        errors: [{ message: '#FridaysForFuture is about the school and worker strikes demanding climate action (Fridays for Future, since 2018); this post is about something else (wordplay on "Friday")', text: '#FridaysForFuture', severity: 'error' }],
      },
      {
        ...A({ id: 'h10-gym-stopasianhate', account: 'ironpeakgym', body: 'Kickboxing classes now at all five locations. Hit harder, hit smarter. #StopAsianHate #Kickboxing' }),
        errors: [{ message: '#StopAsianHate is about the campaign against violence and racism towards Asian people, after the March 2021 Atlanta spa shootings; this post is about something else', text: '#StopAsianHate', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-h01-cinema-neveragain', account: 'reelhouse', body: 'Two-for-one tickets every Tuesday, all summer long 🎬 #NeverAgain #MovieNight' }),
        errors: [{ message: '#NeverAgain is about the Parkland students\' movement against gun violence (2018), and the Holocaust remembrance pledge; this post uses it to sell: a discount ("Two-for-one")', text: '#NeverAgain', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-h02-energy-bostonstrong', account: 'brightwatt', body: 'Fix your energy price for two years and stop worrying about winter. #BostonStrong' }),
        errors: [{ message: '#BostonStrong is about solidarity after the 2013 Boston Marathon bombing (3 dead, hundreds injured); this post is about something else', text: '#BostonStrong', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-h03-dentist-metoo', account: 'smilewell', body: 'Want a whiter smile? #MeToo! Book a whitening session this month for $99.' }),
        errors: [{ message: '#MeToo is about the movement against sexual harassment and assault (Tarana Burke, 2006; viral from October 2017); this post uses it to sell: a price offer ("for $99")', text: '#MeToo', severity: 'error' }],
      },
    ],
  },
  'hashtag-hijack: held-out posts, set A',
);

// Held-out posts, set B (first written as test/brand-heldout-3.test.ts, round 3; see
// test/support/brand-sets.ts): each runs with all five brand rules, the others quiet unless `others` says.
const B = heldout(SET_B);
ruleTester('hashtag-hijack', setDefaults(SET_B)).run(
  {
    valid: [
      B({ id: 'hh-g01-zoo-zoolife', account: 'oakridgezoo', note: 'Added with the move: hh01 without the tragic tag (a minimal pair).', body: 'Summer memberships are two-for-one this week only 🐘 #ZooLife' }),
    ],
    invalid: [
      {
        ...B({ id: 'hh01-zoo-harlowbaystrong', account: 'oakridgezoo', publish_at: '2027-05-24T09:00:00-05:00', body: 'Summer memberships are two-for-one this week only 🐘 #HarlowBayStrong #ZooLife' }),
        errors: [{ message: '#HarlowBayStrong is about solidarity after a disaster or an attack in Harlow Bay (the Harlow Bay ferry sinking, 2027-05-20); this post uses it to sell: a discount ("two-for-one")', text: '#HarlowBayStrong', severity: 'error' }],
      },
      {
        ...B({ id: 'hh02-streaming-justicefor', account: 'loopflix', body: 'Cold Case Diaries season 3 drops Friday. Who did it? 🔍 #JusticeForMarlee #BingeWatch' }),
        errors: [{ message: '#JusticeForMarlee is a sensitive hashtag (activist): Campaign after 9-year-old Marlee Quinn was killed by a driver outside her school in Portmere; this post is about something else', text: '#JusticeForMarlee', severity: 'error' }],
      },
      {
        ...B({ id: 'hh03-supermarket-timesup', account: 'freshfield', body: 'Tick tock: our summer sale ends Sunday at midnight ⏰ #TimesUp' }),
        errors: [{ message: '#TimesUp is about the 2018 movement and legal defence fund against sexual harassment at work; this post uses it to sell: a discount ("summer sale")', text: '#TimesUp', severity: 'error' }],
      },
    ],
  },
  'hashtag-hijack: held-out posts, set B',
);

// A coffee chain, posts written after the rule (first test/brand-probe-3.test.ts).
ruleTester('hashtag-hijack', COFFEE).run(
  {
    valid: [
      'Thank you, baristas! #NationalCoffeeDay',
      'Our autumn menu is here #PSL #FallVibes',
      'Fingers crossed for a white Christmas #PrayForSnow',
      'Donating all tips this week to the Eastbrook tornado appeal. Please give directly too if you can.',
    ],
    invalid: [
      {
        body: 'Coffee so strong it could end the war. #StandWithUkraine ☕',
        errors: [{ message: "#StandWithUkraine is about solidarity with Ukraine after Russia's full-scale invasion in February 2022: read its recent posts before joining in", text: '#StandWithUkraine', severity: 'warn' }],
      },
      {
        body: 'Lattes for everyone! #TimesUp on boring coffee',
        errors: [{ message: '#TimesUp is about the 2018 movement and legal defence fund against sexual harassment at work; this post is about something else', text: '#TimesUp', severity: 'error' }],
      },
      {
        body: 'Free refill Friday ☕ #PrayForEastbrook',
        errors: [{ message: '#PrayForEastbrook is about prayers after a disaster or an attack in Eastbrook; this post is about something else', text: '#PrayForEastbrook', severity: 'error' }],
      },
      {
        body: 'Black coffee matters too 😂 #BLM',
        errors: [{ message: '#BLM is about the movement against police violence and systemic racism towards Black people (since 2013); this post uses it for a joke ("😂")', text: '#BLM', severity: 'error' }],
      },
    ],
  },
  'hashtag-hijack: a coffee chain, posts written after the rule',
);

// Sensitive hashtags joined by a brand, and tags that only look sensitive, written after the rule
// (first test/hashtag-hijack-unseen.test.ts).
ruleTester('hashtag-hijack', {
  config: {
    accounts: [
      { handle: 'brand', kind: 'brand', voice: 'we', name: 'Juniper Sneakers', industry: 'shoe retailer', lang: 'en', platforms: ['x', 'instagram'] },
      { handle: 'shelter', kind: 'brand', voice: 'we', name: "Eastside Women's Shelter", industry: 'charity (domestic violence shelter)', lang: 'en', platforms: ['x'] },
    ],
    sensitive_events: [{ name: 'Port Alder factory explosion', place: 'Port Alder', date: '2027-05-02', hashtags: ['#PortAlderStrong'] }],
  },
  front: { account: 'brand', platform: 'x', publish_at: '2027-05-06T10:00:00Z' },
}).run(
  {
    valid: [
      'Motivation Monday: lace up and get out there! #MondayMotivation #RunningCommunity',
      'Core workout tips from our staff trainer #CoreStrong',
      { body: 'Our counsellors are here 24/7. If you are not safe at home, call us. #WhyIStayed', front: { account: 'shelter' } },
      'Throwback to our first store opening in 2009 #TBT',
      'New colourway drops Friday #SneakerHead #OOTD',
    ],
    invalid: [
      {
        body: 'Walk a mile in our new runners 👟 #MeToo',
        errors: [{ message: '#MeToo is about the movement against sexual harassment and assault (Tarana Burke, 2006; viral from October 2017); this post is about something else', text: '#MeToo', severity: 'error' }],
      },
      {
        body: 'Running for a cause? Our marathon shoes are 20% off #BlackLivesMatter',
        errors: [{ message: '#BlackLivesMatter is about the movement against police violence and systemic racism towards Black people (since 2013); this post uses it to sell: a discount ("20% off")', text: '#BlackLivesMatter', severity: 'error' }],
      },
      {
        body: 'Strong soles for strong towns. #PortAlderStrong — new boots in store now',
        errors: [{ message: '#PortAlderStrong is about the Port Alder factory explosion (2027-05-02); this post uses it to sell: a call to buy ("in store now")', text: '#PortAlderStrong', severity: 'error' }],
      },
      {
        body: 'Never forget to lace up properly 😉 #NeverForget',
        errors: [{ message: '#NeverForget is about remembrance of the nearly 3,000 people killed in the 11 September 2001 attacks (also used for the Holocaust); this post uses it for a joke ("😉")', text: '#NeverForget', severity: 'error' }],
      },
      {
        body: 'Our trainers are fire 🔥 #PrayForPortAlder',
        errors: [{ message: '#PrayForPortAlder is about prayers after a disaster or an attack in Port Alder (the Port Alder factory explosion, 2027-05-02): read its recent posts before joining in', text: '#PrayForPortAlder', severity: 'warn' }],
      },
      {
        body: 'Stop scrolling and shop the sale #StopAsianHate',
        errors: [{ message: '#StopAsianHate is about the campaign against violence and racism towards Asian people, after the March 2021 Atlanta spa shootings; this post uses it to sell: a call to buy ("shop the")', text: '#StopAsianHate', severity: 'error' }],
      },
    ],
  },
  'hashtag-hijack: a shoe retailer and a shelter, posts written after the rule',
);
