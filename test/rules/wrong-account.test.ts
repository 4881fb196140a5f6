import { describe, expect, test } from 'vitest';
import { approxIn, signed } from '../../rules/wrong-account.js';
import { draft, run, slice } from '../helpers.js';

// A small registry: brands in several industries and languages, a personal account, and a
// founder-led brand account that speaks as "I".
const accounts = [
  { handle: 'kettleandcrumb', kind: 'brand', name: 'Kettle & Crumb', voice: 'we', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'skylarkair', kind: 'brand', name: 'Skylark Air', voice: 'we', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'stackwise', kind: 'brand', name: 'Stackwise', voice: 'we', lang: 'en', platforms: ['x', 'bluesky'] },
  { handle: 'mapleandmain', kind: 'brand', name: 'Maple & Main', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'harvestcommons', kind: 'brand', name: 'Harvest Commons', voice: 'we', lang: 'en', platforms: ['x'] },
  { handle: 'harboursidebank', kind: 'brand', name: 'Harbourside Bank', voice: 'we', lang: 'en-GB', platforms: ['x'] },
  { handle: 'brackenfordcc', kind: 'brand', name: 'Brackenford City Council', voice: 'we', lang: 'en-GB', platforms: ['x'] },
  { handle: 'eastmoorafc', kind: 'brand', name: 'Eastmoor Athletic FC', voice: 'we', lang: 'en-GB', platforms: ['x'] },
  { handle: 'havnoykommune', kind: 'brand', name: 'Havnøy kommune', voice: 'vi', lang: 'nb', platforms: ['facebook', 'x'] },
  { handle: 'havnoyil', kind: 'brand', name: 'Havnøy IL', voice: 'vi', lang: 'nb', platforms: ['facebook'] },
  { handle: 'miracastell', kind: 'personal', lang: 'en', platforms: ['x'] },
  { handle: 'jo_founder', kind: 'brand', name: 'Jo Baker Studio', voice: 'i', lang: 'en', platforms: ['x'] },
];
const config = { accounts };

const post = (account: string, body: string, extra: Record<string, unknown> = {}) => draft({ account, platform: account.startsWith('havnoy') ? 'facebook' : 'x', ...extra }, body);
const check = (account: string, body: string, extra?: Record<string, unknown>, opts: Record<string, unknown> = {}) =>
  run('wrong-account', post(account, body, extra), { config: { ...config, ...opts } });

describe('wrong-account: real incidents', () => {
  test('American Red Cross (2011): drinking and a misspelt drunk hashtag, even in "we"', async () => {
    const [m] = await check('harvestcommons', "Ryan found two more 4 bottle packs of Dogfish Head's Midas Touch beer.... when we drink we do it right #gettngslizzerd");
    expect(m.message).toBe('reads as someone\'s personal post, not Harvest Commons\'s: a personal hashtag ("#gettngslizzerd"), drinking or partying ("when we drink", "beer")');
  });

  test('Chrysler (2011): censored profanity', async () => {
    const t = post('skylarkair', 'I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to f***ing drive');
    const [m, ...rest] = await run('wrong-account', t, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('reads as someone\'s personal post, not Skylark Air\'s: profanity ("f***ing"), a personal take or rant ("I find it"), first person singular ("I")');
    expect(slice(t, m)).toBe('f***ing');
    expect(m.why).toMatch(/Chrysler/);
    expect(m.hint).toMatch(/^If this is meant for your own account, post it there/);
  });

  test('KitchenAid (2012): text-speak about the President; the quoted part is not read', async () => {
    const [m] = await check('mapleandmain', "Obamas gma even knew it was going 2 b bad! 'She died 3 days b4 he became president'. #nbcpolitics");
    expect(m.message).toBe('reads as someone\'s personal post, not Maple & Main\'s: text-speak ("2 b"), politics ("Obamas", "#nbcpolitics")');
  });
});

describe('wrong-account: one more incident', () => {
  test('Vodafone UK (2010): a slur and a personal rant', async () => {
    const [m] = await check('harboursidebank', "VodafoneUK is fed up of dirty homo's and is going after beaver");
    expect(m.message).toBe('reads as someone\'s personal post, not Harbourside Bank\'s: profanity ("dirty homo\'s"), a personal take or rant ("fed up of")');
  });
});

describe('wrong-account: more real posts', () => {
  test('StubHub (2012): censored f-word and a grumble about work', async () => {
    const [m] = await check('skylarkair', "Thank f*** it's Friday! Can't wait to get out of this stubsucking hell hole.");
    expect(m.message).toContain('profanity ("f***", "hell hole")');
  });

  test.each([
    ['an FAQ question in the customer\'s voice', 'skylarkair', 'Q: Can I bring my dog on board? A: Small dogs in carriers are welcome in the cabin.'],
    ['a chef introducing a takeover', 'kettleandcrumb', "Hey it's Marco, head chef! I'm taking over our stories today to show you the prep for Saturday's tasting menu."],
    ['a support agent signing off', 'skylarkair', "This is Jess from the support team, signing off for the night. We're back at 8am!"],
    ['a Norwegian agent who signs', 'havnoykommune', 'Hei! Jeg heter Kari og jobber i kundeservice. I dag svarer jeg på spørsmålene deres her på Facebook. Hilsen Kari'],
  ])('fine: %s', async (_, account, body) => {
    expect(await check(account, body, account.startsWith('havnoy') ? { lang: 'nb' } : {})).toEqual([]);
  });
});

describe('wrong-account: the corpus patterns, with new wording', () => {
  test.each([
    ['stackwise', 'omg my cat just walked across my keyboard and deployed to prod lmao', 'personal life ("my cat")'],
    ['harboursidebank', "Absolutely knackered. Pints after work, who's in? 🍻", 'drinking or partying ("Pints after work", "🍻")'],
    ['mapleandmain', "Can't stand the new PM. Absolute clown show.", 'an attack on a person ("Can\'t stand the new PM"'],
    ['eastmoorafc', "That ref wants shooting. Worst decision I've ever seen, bloody disgrace", 'profanity ("bloody")'],
    ['kettleandcrumb', 'Hungover and running on espresso today lol', 'drinking or partying ("Hungover")'],
    ['brackenfordcc', "What a week. Sod it, I'm off to the pub.", 'profanity ("Sod it")'],
    ['skylarkair', 'Hot take: the middle seat is a human rights violation and I refuse to sit in it ever again. Fight me.', 'a personal take or rant ("Hot take", "Fight me")'],
    ['mapleandmain', 'Me and the hubby finally tried that new taco place 🌮 10/10 would go again #DateNight', 'personal life ("the hubby")'],
    ['harboursidebank', "It's wine o'clock somewhere 🍷 #TGIF", 'drinking or partying ("wine o\'clock"'],
    ['brackenfordcc', 'What the f**k is going on with the trains today?!', 'profanity ("f**k")'],
    ['stackwise', 'smoked a fat joint before my shift, best standup ever', 'drugs ("smoked a fat joint")'],
    ['kettleandcrumb', 'Voted for the first time in ten years and honestly I feel great. Biden all the way!', 'politics'],
    ['skylarkair', "Can't believe I have to work a double on my birthday. FML", 'profanity ("FML")'],
    ['harboursidebank', 'Got absolutely wasted at the staff do last night, my head 😵', 'drinking or partying ("absolutely wasted")'],
    ['brackenfordcc', 'Proper hanging this morning. Never drinking again 🤢', 'drinking or partying'],
    ['kettleandcrumb', 'Anyone know a good plumber? My kitchen sink exploded 😩', 'personal life'],
    ['mapleandmain', 'who else is still in bed at 11 lol #SundayFunday', 'text-speak ("lol")'],
    ['skylarkair', 'I swear my manager has it out for me. Third weekend shift in a row 🙄', 'personal life ("my manager"'],
    ['mapleandmain', "Does anyone else's husband snore like a chainsaw or just mine", 'personal life ("anyone else\'s husband"'],
    ['brackenfordcc', "Right, I'm off to the pub. Don't wait up 🍻", 'drinking or partying ("off to the pub"'],
  ])('%s: %s', async (account, body, found) => {
    const ms = await check(account, body);
    expect(ms).toHaveLength(1);
    expect(ms[0].message).toContain(found);
  });
});

describe('wrong-account: Norwegian (nb)', () => {
  test.each([
    ['havnoykommune', 'Faen, jeg glemte å skru av stekeovnen hjemme 😅', 'profanity ("Faen")'],
    ['havnoykommune', 'Jeg er så lei av denne uka. Trenger en pils 🍺', 'drinking or partying ("Trenger en pils"'],
    ['havnoykommune', 'Ordføreren er en klovn og burde gå av.', 'an attack on a person ("Ordføreren er en klovn")'],
    ['havnoyil', 'Stemte Høyre i dag, heia Erna!', 'politics ("Stemte Høyre"'],
    ['havnoykommune', 'Har så vondt i hodet etter i går 🥴 aldri mer tequila', 'drinking or partying'],

    ['havnoyil', 'Fy faen for en kamp! Dommeren er en idiot.', 'profanity ("Fy faen")'],
    ['havnoykommune', 'Gleder meg til helga, skal på vors med jentene 🍾', 'drinking or partying ("vors"'],
    ['havnoykommune', 'Bakfull på jobb i dag 🙃', 'drinking or partying ("Bakfull")'],
    ['havnoykommune', 'Jeg stemte Frp i år og angrer ingenting', 'politics ("Jeg stemte"'],
    ['havnoyil', 'Mannen min lagde middag i dag ❤️', 'personal life ("Mannen min")'],
  ])('%s: %s', async (account, body, found) => {
    const ms = await check(account, body, { lang: 'nb' });
    expect(ms).toHaveLength(1);
    expect(ms[0].message).toContain(found);
  });
});

describe('wrong-account: fine on a brand account', () => {
  test.each([
    ['a signed support reply in the first person', 'skylarkair', "Hi Jess, I've checked with the baggage team and your bag is on its way to you now. — Sam"],
    ['an announced, signed takeover', 'mapleandmain', "Hi! I'm Priya from our design team, and I'm taking over our Stories today to show you how my favourite linen range is made. Ask me anything! ^PK"],
    ['a quoted testimonial with a mild swear word', 'kettleandcrumb', '"Best damn croissant I\'ve had in my life, my husband agrees" — Sam, a regular since 2019 🥐'],
    ['one "omg" in a casual brand voice', 'kettleandcrumb', 'omg the pumpkin bread is BACK 🎃'],
    ['"damn fine coffee"', 'kettleandcrumb', 'Damn fine coffee, every morning since 2016.'],
    ['wine as a menu item', 'kettleandcrumb', 'Pour a glass of our new summer rosé 🍷 now on the evening menu at all three cafes.'],
    ['a drink-driving campaign', 'brackenfordcc', "Don't drink and drive. Drunk driving ruins lives, and police will be running checks all December."],
    ['the Prime Minister in plain council news', 'brackenfordcc', 'The Prime Minister visited Longmead School today to open the new science block.'],
    ['a Grade I listed building', 'brackenfordcc', 'Heritage Open Days: tour the Grade I listed Guildhall this weekend, free.'],
    ['"WHAT A GAME" and "Absolute scenes"', 'eastmoorafc', 'WHAT A GAME! Absolute scenes at Moor Park 🔥 Three points and a clean sheet.'],
    ['a bar\'s happy hour', 'kettleandcrumb', 'Happy hour is back: 2-for-1 cocktails from 5 to 7 at our Northgate bar 🍸'],
    ['Bloody Mary brunch', 'eastmoorafc', 'Bloody Mary brunch is back in the Moor Suite every Sunday before home games.'],
    ['a gate number and a U-turn', 'skylarkair', 'Flight 212 to Denver now boards from Gate 2 B. Drivers: no U-turn at the terminal loop.'],
    ['food-waste and copper hashtags', 'mapleandmain', 'Our hammered copper mugs are back 🧡 #HammeredCopper #FoodWaste #NothingWasted'],
    ['a drug name in a charity notice', 'harvestcommons', 'Free naloxone training on Thursday: learn to reverse a heroin overdose in 20 minutes.'],
    ['"they are no joke"', 'mapleandmain', 'Our new rain boots? They are no joke. Fully waterproof and built for puddles.'],
    ['a Presidents\' Day sale', 'mapleandmain', "Presidents' Day sale: 25% off bedding through Monday."],
    ['an office party', 'kettleandcrumb', 'Planning an office party? We cater coffee boxes and pastry platters for 10 to 200.'],
    ['a "get high" pun (a joke is risky-topic\'s, not a personal post)', 'skylarkair', 'Get high with Skylark: cruising at 40,000 feet to Lisbon from $189 ✈️'],
    ['a party endorsement in the brand voice (risky-topic\'s)', 'harvestcommons', 'Vote Labour on Thursday! 🌹'],
    ['"Voted best coffee"', 'kettleandcrumb', 'Voted best coffee in Northgate three years running ☕🏆'],
    ['a drug joke naming a party (risky-topic\'s, no personal voice)', 'kettleandcrumb', 'Basically cocaine in a cup, and the Tories hate it 😂'],
    ['"Kill me now" as a Monday joke (risky-topic\'s)', 'kettleandcrumb', 'Monday again? Kill me now 💀 At least our coffee is 2-for-1 all day.'],
    ['"Ugh, Mondays" in a brand voice', 'kettleandcrumb', "Ugh, Mondays. Good thing the coffee's strong ☕"],
    ['a columnist\'s opinion, attributed', 'harboursidebank', 'The Chancellor is out of touch on housing, writes our columnist Jane Smith. Read more: https://news.example/a'],
    ['a police drug seizure', 'brackenfordcc', 'Drug seizure in Northgate: officers recovered cocaine and cannabis worth £40,000 from a storage unit.'],
    ['a student takeover, announced', 'harvestcommons', "Hi, I'm Emma, a second-year nursing student, and I'm taking over the uni's Instagram today 👋"],
    ['weed control', 'mapleandmain', 'Weed-free lawns start in spring: our guide to natural weed control 🌱'],
    ['a museum late with cocktails', 'harvestcommons', 'Museum late: cocktails, live jazz and the dinosaur hall after dark, Friday from 7pm 🦕🍸'],
    ['a meme format', 'kettleandcrumb', "We're not crying, you're crying 🥲 Thank you for 100k followers!"],
  ])('%s', async (_, account, body) => {
    expect(await check(account, body)).toEqual([]);
  });

  test.each([
    ['"Endelig fredag" from the council', 'havnoykommune', 'Endelig fredag! Biblioteket har åpent til 18 i dag. God helg!'],
    ['a toast to a club anniversary', 'havnoyil', 'Skål for 100 år med Havnøy IL! 🥂 Takk til alle frivillige gjennom tidene.'],
    ['"Fy søren" after a win', 'havnoyil', 'Fy søren for en kamp! Gratulerer med seieren, gutter 💙'],
    ['"vi gleder oss til helg"', 'havnoykommune', 'Nå er det fredag, og vi gleder oss til helg! Biblioteket stenger klokka 16.'],
    ['"ta med familien"', 'havnoykommune', 'Vi tar en kaffepause på dugnaden klokka 12 – ta med familien!'],
    ['"I dag" is not the English "I"', 'havnoyil', 'I dag er det åpen trening i hallen fra klokka 18. Ta med venner!'],
    ['minutes, not "min"', 'havnoykommune', 'Båten går hvert 20. min fra kaia i helgen. Vin og øl selges ikke om bord.'],
  ])('nb: %s', async (_, account, body) => {
    expect(await check(account, body, { lang: 'nb' })).toEqual([]);
  });

  test('personal accounts and accounts with voice "i" are exempt', async () => {
    expect(await check('miracastell', 'ugh my ex just walked in lol. wine night with the girls later 🍷 #GirlsNightOut')).toEqual([]);
    expect(await check('jo_founder', "Honestly I could cry, I'm so proud of my team today. Drinks are on me tonight 🥂")).toEqual([]);
  });
});

describe('wrong-account: options and edges', () => {
  test('an account not in the registry is checked as a brand account', async () => {
    const ms = await run('wrong-account', draft({ platform: 'x' }, 'Date night with my husband 💕 #MarriedLife'));
    expect(ms[0].message).toBe('reads as someone\'s personal post, not the brand account\'s: personal life ("my husband", "Date night"), a personal hashtag ("#MarriedLife"), first person singular ("my")');
  });

  test('allow: a brewery may talk about drinking', async () => {
    const body = 'Cracking open a cold one after work, you know you want to 🍻 #FridayDrinks';
    expect(await check('kettleandcrumb', body)).toHaveLength(1);
    expect(await check('kettleandcrumb', body, {}, { rules: { 'wrong-account': ['error', { allow: ['drinking', 'hashtag'] }] } })).toEqual([]);
  });

  test('extra: a team adds its own phrases', async () => {
    const opts = { rules: { 'wrong-account': ['error', { extra: [{ phrases: ['my manager'], category: 'personal-life', weight: 3, lang: 'en' }] }] } };
    const [m] = await check('stackwise', 'Finally left early because my manager is on holiday', {}, opts);
    expect(m.message).toContain('personal life ("my manager"');
  });

  test('the message points at the strongest signal, in the alt text when that is where it is', async () => {
    const t = draft({ account: 'mapleandmain', platform: 'instagram', media: [{ path: 'a.png', alt: 'Me and my boyfriend at the beach' }] }, 'Summer linen is here 🌊 #DateNight');
    const [m] = await run('wrong-account', t, { config: { accounts: [{ ...accounts[3], platforms: ['instagram'] }] } });
    expect(slice(t, m)).toBe('my boyfriend');
  });

  test('unknown options are rejected', async () => {
    await expect(check('kettleandcrumb', 'hi', {}, { rules: { 'wrong-account': ['error', { nope: 1 }] } })).rejects.toThrow(/unknown option 'nope'/);
  });
});

describe('signatures and misspelt tags', () => {
  test.each([
    ['Your bag is on its way. — Sam', true],
    ['Your bag is on its way. -Jess T.', true],
    ['Send me your questions! ^LO ✈️', true],
    ['Take a bow, Sam Okoro, two saves!', false],
    ['Thank you for ten years, Northgate.', false],
  ])('%s', (t, want) => expect(signed(t, 'en')).toBe(want));

  test('Norwegian sign-offs', () => expect(signed('Vi ser på saken. Hilsen Kari', 'nb')).toBe(true));

  test('approximate substring distance', () => {
    expect(approxIn('slizzered', 'gettngslizzerd')).toBe(1);
    expect(approxIn('slizzered', 'foodwaste')).toBeGreaterThan(2);
  });
});

describe('wrong-account: an app posting for its user', () => {
  test.each([
    ['miracastell', 'I liked a @YouTube video https://youtu.be/abc123 Cats vs cucumbers', 'I liked a @YouTube video'],
    ['skylarkair', 'I like @kim_r’s ‘Puppies Meet The Sea For The First Time’ on @tellyapp', 'I like @kim_r’s ‘Puppies Meet The Sea For The First Time’ on @tellyapp'],
    ['stackwise', "I'm at The Crown & Anchor w/ 4 others https://4sq.com/abc", "I'm at The Crown & Anchor w/"],
  ])('%s: %s', async (account, body, found) => {
    const t = post(account, body);
    const [m, ...rest] = await run('wrong-account', t, { config });
    expect(rest).toEqual([]);
    expect(slice(t, m)).toBe(found);
    expect(m.message).toMatch(/^an app's automatic share/);
  });
  test.each([
    'I like our new logo a lot more than the old one.',
    "We're at the Harbour Festival all weekend: come and say hi!",
    'Watch the video: how we built the new app https://youtu.be/abc123',
  ])('not a share template: %s', async (body) => {
    expect(await check('skylarkair', body)).toEqual([]);
  });
});

describe('wrong-account: a verdict in one person\'s experience', () => {
  test('"the funniest thing I\'ve heard all day" is a personal take', async () => {
    const [m] = await check('eastmoorafc', '£4 million for a striker who cannot finish is the funniest thing I\'ve heard all day');
    expect(m.message).toBe('reads as someone\'s personal post, not Eastmoor Athletic FC\'s: a personal take or rant ("the funniest thing I\'ve heard"), first person singular ("I\'ve")');
  });
  test('"the funniest thing we have seen" in the brand\'s own voice is fine', async () => {
    expect(await check('eastmoorafc', 'Our mascot trying to do keepy-uppies is the funniest thing we have seen all season 😂')).toEqual([]);
  });
});
