import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';
import { BANK, NB_SHOP, SET_A, SET_B, heldout, setDefaults } from '../support/brand-sets.js';

const accounts = [
  { handle: 'cafe', kind: 'brand', name: 'Kettle & Crumb', industry: 'coffee shop', lang: 'en', platforms: ['x', 'instagram', 'threads'] },
  { handle: 'air', kind: 'brand', name: 'Skylark Air', industry: 'airline', lang: 'en', platforms: ['x'] },
  { handle: 'shop', kind: 'brand', name: 'Maple & Main', industry: 'retailer', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'saas', kind: 'brand', name: 'Stackwise', industry: 'SaaS', lang: 'en', platforms: ['bluesky', 'x'] },
  { handle: 'bank', kind: 'brand', name: 'Harbourside Bank', industry: 'bank', lang: 'en-GB', platforms: ['x'] },
  { handle: 'club', kind: 'brand', name: 'Eastmoor Athletic FC', industry: 'football club', lang: 'en-GB', platforms: ['x'] },
  { handle: 'council', kind: 'brand', name: 'Brackenford City Council', industry: 'city council', lang: 'en-GB', platforms: ['facebook'] },
  { handle: 'charity', kind: 'brand', name: 'Harvest Commons', industry: 'charity', lang: 'en', platforms: ['facebook'] },
  { handle: 'kommune', kind: 'brand', name: 'Havnøy kommune', industry: 'kommune', lang: 'nb', platforms: ['facebook'] },
  { handle: 'klubb', kind: 'brand', name: 'Havnøy IL', industry: 'idrettslag', lang: 'nb', platforms: ['facebook'] },
  { handle: 'tessa', kind: 'personal', lang: 'en-GB', platforms: ['x'] },
];
const post = (account: string, body: string) => {
  const a = accounts.find((x) => x.handle === account)!;
  return draft({ account, platform: a.platforms[0], lang: a.lang }, body);
};
const lint = (text: string, options?: Record<string, unknown>) => run('risky-topic', text, { config: { accounts, rules: { 'risky-topic': options ? ['error', options] : 'error' } } });
const messages = async (text: string, options?: Record<string, unknown>) => (await lint(text, options)).map((m) => m.message);

describe('risky-topic: each topic', () => {
  test('drugs: a drug joke points at the drug', async () => {
    const t = post('cafe', "New on the menu: the Triple Threat. Three shots of espresso, basically cocaine in a cup. ☕❄️ You've been warned.");
    const [m, ...rest] = await lint(t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('Illegal drugs on a brand account: "basically cocaine"');
    expect(slice(t, m)).toBe('basically cocaine');
    expect(m.why).toMatch(/endorsing illegal drug use/);
    expect(m.hint).toBeTruthy();
  });

  test('violence: "the bomb" is an idiom until airport security is in the same post', async () => {
    const t = post('air', "Our winter fares are the bomb 💣 (just please don't say that at the security checkpoint 😅) Book by Friday.");
    const [m] = await lint(t);
    expect(m.message).toBe('Violence or weapons on a brand account: "the bomb" next to "don\'t say that at"');
    expect(slice(t, m)).toBe('the bomb');
    expect(await messages(post('cafe', 'Not to brag, but the brown butter cookies are the bomb. Back at every cafe starting Saturday. 🍪'))).toEqual([]);
  });

  test.each([
    ['shop', 'Fasting this Ramadan? Don\'t worry, our prices are fasting too 😜 30% off all home decor until Sunday.', 'Religion on a brand account: "Ramadan" with "Fasting", in a joke ("Don\'t worry")'],
    ['council', 'The new Riverside playground opens today! 🎉 Delivered in just 18 months thanks to the Civic Alliance councillors, something the previous administration never managed.', 'Party politics on a brand account: "thanks to the Civic Alliance councillors"'],
    ['saas', 'Our new deploy engine goes all night long and never finishes too early 😏 #StackwiseAfterDark', 'Sexual content on a brand account: "goes all night" and "never finishes too early"'],
    ['club', "Derby day. Eastmoor Athletic v Calder Town. We'll be sending them home in body bags. 🔪⚽ #UpTheMoor", 'Violence or weapons on a brand account: "body bags"'],
    ['shop', 'When the spreadsheet crashes at 4:59 on a Friday 💀🪦 RIP to our accountant Gary, gone but never forgotten. #FridayFeeling', 'Death or tragedy on a brand account: "RIP" in a joke ("💀")'],
    ['bank', "Honestly, the Chancellor is a clown. Can't believe I voted for his lot. #rant", 'Party politics on a brand account: "the Chancellor" with "clown"'],
  ])('corpus shapes: %s', async (account, body, message) => {
    expect(await messages(post(account, body))).toEqual([message]);
  });

  test.each([
    ['shop', 'This lipstick is so good it should be illegal. Basically crack in a tube 😂', 'Illegal drugs on a brand account: "Basically crack"'],
    ['cafe', 'Our new energy drink hits harder than a line of coke 😂', 'Illegal drugs on a brand account: "line of coke"'],
    ['shop', "Black Friday is here. We're going to murder the competition, and anyone who gets in our way 🔪", 'Violence or weapons on a brand account: "murder" with "🔪"'],
    ['cafe', 'Dying for a coffee? Come in before we kill someone 😅', 'Violence or weapons on a brand account: "kill someone"'],
    ['air', 'Our new lie-flat seats are a total bomb 💣 Just don\'t shout that on the plane 😅', 'Violence or weapons on a brand account: "bomb" in a joke ("😅")'],
    ['shop', 'Vote Republican this November. Our country depends on it. 🇺🇸', 'Party politics on a brand account: "Vote Republican"'],
    ['shop', 'Democrats hate this one simple trick: our 2% savings account.', 'Party politics on a brand account: "Democrats"'],
    ['bank', 'Brexit has made everything expensive, but not our current account.', 'Party politics on a brand account: "Brexit"'],
    ['council', 'Thanks to the Labour councillors, the leisure centre finally opened, unlike the Tories who promised it for years.', 'Party politics on a brand account: "Thanks to the Labour councillors"'],
    ['shop', 'Why did the priest cross the road? To get to our Easter sale 😂 Jesus would approve.', 'Religion on a brand account: "Jesus" in a joke ("😂")'],
    ['shop', 'These jeans are so tight, they\'re basically foreplay 😏', 'Sexual content on a brand account: "foreplay"'],
    ['shop', "Our sheets are so soft you'll want to stay in bed all night long 😏 if you know what we mean", 'Sexual content on a brand account: "in bed" and "all night long"'],
    ['shop', 'RIP to your diet 🍩😂 Our donut box is back.', 'Death or tragedy on a brand account: "RIP" in a joke ("😂")'],
    ['cafe', 'Monday again? Kill me now 💀 At least our coffee is 2-for-1 all day.', 'Death or tragedy on a brand account: "Kill me" in a joke ("💀")'],
    ['shop', 'Titanic sale: prices are sinking faster than the ship 🚢😂', 'Death or tragedy on a brand account: "Titanic" in a joke ("😂")'],
    ['shop', 'Lent is here: give up anything but our cheesecake 😇😂 Praying you survive the fast.', 'Religion on a brand account: "Lent is" with "Praying", in a joke ("😂")'],
    ['club', "Saturday we go to war. No prisoners, no mercy, we'll bury them 🔪", 'Violence or weapons on a brand account: "go to war" and "bury"'],
    ['shop', 'Our new candles smell so good they\'re basically weed 🌿😂 Light one up this weekend.', 'Illegal drugs on a brand account: "weed" in a joke ("😂")'],
    ['bank', 'Unlike the Tories, we actually care about your savings. 4.5% AER.', 'Party politics on a brand account: "Tories"'],
    ['cafe', "Need a fix? We're the only dealer you need ☕😉", 'Illegal drugs on a brand account: "Need a fix" in a joke ("😉")'],
    ['shop', "Thoughts and prayers won't fix your wardrobe, but our sale will 🙏😂", 'Death or tragedy on a brand account: "Thoughts and prayers" in a joke ("😂")'],
    ['club', "We're coming for blood on Saturday 🩸⚽", 'Violence or weapons on a brand account: "coming for blood" with "🩸"'],
  ])('%s: %s', async (account, body, message) => {
    expect(await messages(post(account, body))).toEqual([message]);
  });

  test('nb: drugs, party politics', async () => {
    expect(await messages(post('kommune', 'Fredagsstemning på rådhuset: kaffen er så sterk at den er nesten som kokain 😂'))).toEqual(['Illegal drugs on a brand account: "kokain"']);
    expect(await messages(post('kommune', 'Takket være Høyre fikk vi endelig ny skole, noe den forrige regjeringen aldri klarte.'))).toEqual(['Party politics on a brand account: "Takket være Høyre"']);
    expect(await messages(post('klubb', 'Stem Høyre ved valget!'))).toEqual(['Party politics on a brand account: "Stem Høyre"']);
    expect(await messages(post('klubb', 'Vi skal knuse dem på lørdag og sende dem hjem i likposer 🔪'))).toEqual(['Violence or weapons on a brand account: "sende dem hjem i likposer"']);
  });

  test('one finding per topic, several topics in one post', async () => {
    expect(await messages(post('shop', 'Basically cocaine in a cup, and the Tories hate it 😂'))).toEqual([
      'Illegal drugs on a brand account: "Basically cocaine"',
      'Party politics on a brand account: "Tories"',
    ]);
  });
});

describe('risky-topic: hard negatives (decided in docs/brand-safety.md)', () => {
  test.each([
    ['cafe', "Behind the scenes at yesterday's shoot for our fall menu 📸 Twelve drinks, four pastries and one very patient photographer."],
    ['air', "Shoot us a DM with your booking reference and we'll sort it out."],
    ['cafe', 'Add an extra shot to anything on the menu for 75¢. Yes, even the hot chocolate.'],
    ['air', 'Checking in is dead simple: open the Skylark app, tap your trip, done.'],
    ['air', 'A ground crew that plans every minute and executes the plan every time. We are hiring ramp agents.'],
    ['club', 'Notice of AGM: members will vote in the election of three board directors. Nominations close on 4 March.'],
    ['shop', 'Killer deal alert 🚨 Our linen duvet covers are $79 (usually $129) through Sunday.'],
    ['cafe', "Salted caramel cold foam is back, and it's honestly to die for."],
    ['club', "WHAT A NIGHT 🔥 We're into the final after a 5–4 win in a nerve-shredding penalty shoot-out. Take a bow, Sam Okoro! #UpTheMoor"],
    ['charity', 'Free flu shots at our Northgate pantry this Thursday from 10 a.m. to 2 p.m. 💉 No appointment needed.'],
    ['charity', 'Big thanks to the 22 volunteers who spent Saturday weeding, mulching and planting in our community garden 🌱'],
    ['shop', 'Our unisex rain jackets are back in stock ☔ Fully seam-sealed and packable.'],
    ['council', "Brackenford's libraries are joining libraries across Sussex for this summer's reading challenge 📚"],
    ['kommune', 'I kveld holdes en minnestund i Havnøy kirke for de tre som omkom i raset. Alle er velkomne.'],
    ['cafe', 'Merry Christmas from all of us 🎄 Our cafes are closed today and tomorrow, and back at 7 a.m. on the 27th.'],
    ['kommune', 'Åpningstider i påsken 🐣 Servicetorget er stengt fra skjærtorsdag til og med andre påskedag.'],
    ['council', 'Polling stations are open today from 7am to 10pm for the Brackenford City Council election 🗳️ Remember to bring photo ID.'],
    ['kommune', 'Valglokalene i Havnøy er åpne fra 09.00 til 21.00 på valgdagen 🗳️ Husk legitimasjon!'],
    ['klubb', 'Innkalling til årsmøte i Havnøy IL torsdag klokka 19.00. På sakslista står regnskap, budsjett og valg av nytt styre.'],
    ['shop', 'Eid Mubarak to everyone celebrating. We are open late tonight for your iftar shopping.'],
    ['shop', 'Ramadan Kareem. Our stores will open 9pm to 2am during the holy month.'],
    ['shop', 'Happy Diwali from all of us! Our stores close at 6pm today.'],
    ['club', "Before Saturday's match there will be a minute's silence in memory of Ray Dunmore, our record goalscorer, who died this week aged 78. 💙"],
    ['charity', 'We are heartbroken to share that Walt Brenner, who volunteered with us for 14 years, died last week at 81. A memorial will be held on Saturday.'],
    ['club', 'Pre-season core session with the first team 💪 Planks, dead bugs and a lot of groaning. #CoreStrong'],
    ['saas', 'New in Stackwise: job timeouts. Set a limit per job and we will kill hanging builds for you.'],
    ['saas', 'Postmortem: on Tuesday a bad cache key made 3% of builds restore the wrong dependencies for 47 minutes.'],
    ['shop', 'Our hand-blown wine glasses are back 🍷 Sold in sets of four, in clear and smoke.'],
    ['council', 'Bonfire Night is on at Longmead Park this Saturday 🎆 Gates open at 5.30pm, fireworks at 7pm.'],
    ['shop', 'Crack open a cold one this weekend with our new cooler bags, 20% off.'],
    ['shop', 'The blunt truth: our prices are the lowest in town.'],
    ['shop', 'Shooting our spring lookbook in Lisbon this week 📸'],
    ['shop', "Our chef's knife set is back in stock, with a lifetime sharpening service."],
    ['cafe', 'Our pumpkin spice latte is back from the dead 🎃👻😂 Get yours today.'],
    ['cafe', 'Vote for your favourite flavour of the season! Polls close Friday.'],
    ['bank', 'Hit your savings target faster with our Regular Saver.'],
    ['klubb', 'Fotoshoot med A-laget i dag 📸 Vi skyter inn sesongen med fest på lørdag!'],
    ['saas', 'Unpopular opinion: tabs are fine, and we will die on this hill. 🙃'],
    ['council', 'Our sexual health clinic is open on Tuesdays and Thursdays. Free and confidential.'],
    ['charity', 'Suicide prevention: if you are struggling, call the 988 Suicide and Crisis Lifeline any time.'],
    ['council', 'Our flags are at half mast today in memory of the victims of the Manchester Arena attack. #ManchesterTogether'],
    ['bank', "The Chancellor's Autumn Statement changes the ISA allowance from April. Here's what it means for your savings."],
    ['club', 'We attacked well in the second half, and our striker fired a shot from 30 yards that beat the keeper. What a goal!'],
    ['charity', 'Naloxone saves lives. Free overdose-prevention training at our pantry on Tuesday.'],
    ['kommune', 'Husk at det er forbudt å skyte opp raketter utenom nyttårsaften.'],
    ['kommune', 'Kommunestyret vedtok budsjettet for 2027 i går. Les hele saken på nettsidene våre.'],
    ['shop', 'Our Spring Greens salad bowl is back, with a lemon dressing.'],
    ['cafe', 'Our new Buddha bowl: quinoa, roasted squash and tahini, $12.'],
    ['shop', "Breakfast in bed 😉 Our linen trays make Mother's Day easy."],
    ['shop', 'Naughty or nice? 😉 Our Christmas jumpers are here.'],
    ['cafe', "We're dead chuffed 😂 Voted best cafe in Northgate!"],
    ['shop', 'That review killed me 😂 Thanks, Sam!'],
    ['saas', 'Protect your pipelines from supply-chain attacks and security threats with signed builds.'],
    ['saas', 'Kill your to-do list 💥 with Stackwise Boards.'],
    ['cafe', 'Grab a coke and a slice, $5 all day 😂'],
    ['cafe', 'Food porn alert 📸 Our new brunch menu is here.'],
    ['cafe', 'The Virgin Mary mocktail is back on the brunch menu, $6.'],
    ['council', "Tickets for Handel's Messiah at the town hall are on sale now."],
    ['shop', 'Stay in bed a little longer 😉 Our new linen duvet is here.'],
    ['cafe', 'This meme has us dead 😂 Happy Friday!'],
    ['cafe', 'Our pumpkin spice rises from the grave 🎃😂'],
    ['shop', 'Diwali sale! Light up your home with our lamps ✨😉'],
  ])('%s: %s', async (account, body) => {
    expect(await messages(post(account, body))).toEqual([]);
  });
});

describe('risky-topic: options and accounts', () => {
  const politics = post('council', 'Thanks to the Labour councillors, the leisure centre finally opened.');
  test('personal accounts may name parties; personal: true checks every topic, personal: false none', async () => {
    const t = post('tessa', 'Voted Green for the first time today 🌍 The Tories have had their chance.');
    expect(await messages(t)).toEqual([]);
    expect(await messages(t, { personal: true })).toEqual(['Party politics on this account: "Voted Green"']);
  });
  test('personal accounts: a party or a group framed as criminal or violent, and labels of contempt, are checked', async () => {
    expect(await messages(post('tessa', 'The Tories care more about criminals than about victims.'))).toEqual(['Party politics on this account: "Tories" framed by "criminals"']);
    expect(await messages(post('tessa', 'Nobody can deny the link between immigration and crime any more.'))).toEqual(['Prejudice or a stereotype on this account: "immigration" framed by "link between"']);
    expect(await messages(post('tessa', 'What a lot of leftie nonsense from the council tonight.'))).toEqual(['Party politics on this account: "leftie"']);
    expect(await messages(post('tessa', 'What a lot of leftie nonsense from the council tonight.'), { personal: false })).toEqual([]);
    expect(await messages(post('tessa', 'Labour has a new housing plan; I read all of it so you do not have to.'))).toEqual([]);
  });
  test('topics: only the listed topics are checked', async () => {
    expect(await messages(politics, { topics: ['drugs', 'sex'] })).toEqual([]);
  });
  test('severity per topic: warn, or off', async () => {
    const [m] = await lint(politics, { severity: { politics: 'warn' } });
    expect(m.severity).toBe(1);
    expect(await messages(politics, { severity: { politics: 'off' } })).toEqual([]);
  });
  test('exempt accounts per topic', async () => {
    expect(await messages(politics, { exempt: { politics: ['council'] } })).toEqual([]);
    expect(await messages(politics, { exempt: { politics: ['@council'] } })).toEqual([]);
    expect(await messages(politics, { exempt: { drugs: ['council'] } })).toHaveLength(1);
  });
  test('extra terms per topic', async () => {
    const t = post('shop', 'Killer deal alert: duvets $79.');
    expect(await messages(t)).toEqual([]);
    expect(await messages(t, { extra: { violence: ['killer deal'] } })).toEqual(['Violence or weapons on a brand account: "Killer deal"']);
  });
  test('allowed terms (list or per topic)', async () => {
    const t = post('shop', 'Brexit-proof your savings with our fixed-rate account.');
    expect(await messages(t)).toHaveLength(1);
    expect(await messages(t, { allow: ['brexit proof'] })).toEqual([]);
    expect(await messages(t, { allow: { politics: ['brexit proof'] } })).toEqual([]);
  });
  test('rejects unknown topics and options', async () => {
    await expect(messages(politics, { topics: ['alcohol'] })).rejects.toThrow(/risky-topic/);
    await expect(messages(politics, { exempts: {} })).rejects.toThrow(/unknown option 'exempts'/);
  });
  test('accounts missing from the registry are treated as brand accounts', async () => {
    expect(await run('risky-topic', draft({ platform: 'x' }, 'Basically cocaine in a cup.'))).toHaveLength(1);
  });
});

describe('risky-topic: prejudice', () => {
  test.each([
    ['cafe', 'Migrants bring crime, everyone knows it 😂'],
    ['bank', '14 #immigrationoffenders arrested in a dawn raid today'],
    ['kommune', 'Innvandrere står bak mye av volden i byen.'],
  ])('%s: %s', async (account, body) => {
    const [m] = await messages(post(account, body));
    expect(m).toMatch(/^Prejudice or a stereotype on a brand account: /);
  });
  test.each([
    ['charity', 'Violence against refugees has no place in our city. Here is how to help.'],
    ['council', 'Refugees welcome: free entry to the museum for new arrivals this weekend.'],
    ['cafe', 'Eid Mubarak to all our Muslim customers! Open as usual today.'],
    ['council', 'Court report: a Brackenford man has been jailed for six years for a knife attack.'],
    ['cafe', 'Green is the colour of spring: matcha lattes are back.'],
  ])('hard negative, %s: %s', async (account, body) => {
    expect(await messages(post(account, body))).toEqual([]);
  });
});

describe('risky-topic: sexual slang', () => {
  test('a sex act in slang', async () => {
    expect(await messages(post('cafe', 'Giving up coffee for January? Try eating ass.'))).toEqual(['Sexual content on a brand account: "eating ass"']);
  });
  test.each(['The Sextant Bar in Sussex pours a great flat white.', 'Kick ass coffee, every morning from 7.'])('hard negative: %s', async (body) => {
    expect(await messages(post('cafe', body))).toEqual([]);
  });
});

describe('risky-topic: a weapon placed against something', () => {
  test('a bomb put under something is an attack described, even though "a bomb" alone can be praise', async () => {
    expect(await messages(post('cafe', 'Somewhere out there someone is putting a bomb under a bus stop and we are selling scones.'))).toEqual(['Violence or weapons on a brand account: "putting a bomb under"']);
  });
  test.each(['Put a bath bomb in the tub and relax.', 'These brownies are a bomb in the best way.', 'Drop a seed bomb in the verge and watch it bloom.'])('hard negative: %s', async (body) => {
    expect(await messages(post('cafe', body))).toEqual([]);
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
ruleTester('risky-topic', { config: TABLE_BRANDS, front: { account: 'cafe', platform: 'x' } }).run(
  {
    valid: [
      'Not to brag, but the brown butter cookies are the bomb. Back at every cafe starting Saturday.',
      'Our photo shoot for the autumn menu is on Saturday: come and be in the pictures!',
      'Killer deal: two pastries for £3 all week.',
      'Eid Mubarak to everyone celebrating! Our opening hours are unchanged.',
      'Polling day: our Mill Lane café is a polling station, so it opens at noon.',
      { name: 'a personal account may talk politics', body: 'Voted Green this morning.', front: { account: 'mira' } },
    ],
    invalid: [
      {
        body: "New on the menu: the Triple Threat. Three shots of espresso, basically cocaine in a cup. You've been warned.",
        errors: [{ message: 'Illegal drugs on a brand account: "basically cocaine"', text: 'basically cocaine', severity: 'error' }],
      },
      {
        body: 'Our rates are so low, the Chancellor should be arrested 😂',
        errors: [{ message: 'Party politics on a brand account: "the Chancellor" in a joke ("😂")', text: 'the Chancellor', severity: 'error' }],
      },
      {
        body: 'Vote Reform and keep more of your money!',
        errors: [{ message: 'Party politics on a brand account: "Vote Reform"', text: 'Vote Reform', severity: 'error' }],
      },
      {
        body: 'Our new cold brew is sexier than your ex 😏',
        errors: [{ message: 'Sexual content on a brand account: "sexier" in a joke ("😏")', text: 'sexier', severity: 'error' }],
      },
    ],
  },
);

// Held-out posts, set A (first written as test/brand-heldout.test.ts, rounds 1 and 2; see
// test/support/brand-sets.ts): each runs with all five brand rules, the others quiet unless `others` says.
const A = heldout(SET_A);
ruleTester('risky-topic', setDefaults(SET_A)).run(
  {
    valid: [
      A({ id: 'g01-deadlift-platform', account: 'ironpeakgym', body: 'Our new deadlift platforms are in! Book a slot at reception 💪' }),
      A({ id: 'g02-killer-legs', account: 'ironpeakgym', body: 'Killer leg workout Thursday at 6pm with Coach Ana. Bring water, leave your excuses at the door.' }),
      A({ id: 'g03-dead-good-drizzle', account: 'hearthloaf', body: 'Our lemon drizzle is dead good, even if we do say so ourselves. In every shop from Monday.' }),
      A({ id: 'g04-death-by-chocolate', account: 'harborviewhotel', body: "Our chef's new Death by Chocolate dessert joins the menu on Friday 🍫" }),
      A({ id: 'g05-dead-battery', account: 'lumenmobile', body: "Don't get caught with a dead battery: our 20,000mAh power bank is $25 this week." }),
      A({ id: 'g06-shot-of-week', account: 'tidelinebus', body: 'Shot of the week: the 5.40am number 9 crossing the Tidemoor viaduct at sunrise 📸' }),
      A({ id: 'g07-museum-plague', account: 'caldermuseum', note: 'A history exhibition about a medieval plague is not a current tragedy, and free entry is not profiting from a death.', body: 'Our new gallery tells the story of the Black Death in medieval Calder: the plague, the burial pits and the people who survived. Free entry.' }),
      A({ id: 'g08-museum-weapons', account: 'caldermuseum', body: 'New on loan: rifles, bayonets and trench clubs from the Somme, with letters from the soldiers who carried them.' }),
      A({ id: 'g09-bomb-chew-toys', account: 'pawpantry', body: 'Ruff day? Our new squeaky chew toys are the bomb 🐶' }),
      A({ id: 'g10-catnip-legal', account: 'pawpantry', body: 'Catnip: 100% legal and 100% loved. Our organic catnip mice are back in stock.' }),
      A({ id: 'g11-drug-resistance', account: 'northfielduni', body: 'Congratulations to Dr Priya Nair, whose research on drug resistance in malaria has won this year’s Royal Society medal.' }),
      A({ id: 'g12-fight-night', account: 'ironpeakgym', body: 'Fight night on the big screens Saturday: free entry for members, doors at 8pm 🥊' }),
      A({ id: 'g13-nb-dodsgod', account: 'bergvikhotell', body: 'Kokken vår har laget en dødsgod sjokoladekake til helgens brunsj 🍰' }),
      A({ id: 'g14-diwali', account: 'hearthloaf', body: 'Happy Diwali to everyone celebrating! Our Leicester shop has mithai boxes all week ✨' }),
      A({ id: 'g15-nb-paske', account: 'bergvikhotell', body: 'God påske! Resepsjonen er åpen hele påsken, og frokosten serveres til kl. 11.' }),
      A({ id: 'g16-bridal-suite', account: 'harborviewhotel', body: 'Yes, the Bridal Suite has a rainfall shower and a view of the harbour. Book your wedding night with us 💍' }),
      A({ id: 'g17-polling-day-buses', account: 'tidelinebus', body: 'Polling day on Thursday: route 7 runs every 10 minutes past the Town Hall polling station until 10pm.' }),
      A({ id: 'g18-su-elections', account: 'northfielduni', body: "Students' Union elections: voting opens Monday at 9am. Read every candidate's manifesto on the SU website." }),
      A({ id: 'g19-nb-valg', account: 'fjordtele', body: 'Stortingsvalget: vi har ekstra kapasitet i mobilnettet rundt valglokalene på valgdagen.' }),
      A({ id: 'g20-middlesex-campus', account: 'northfielduni', body: 'Our Middlesex campus hosts a free coding bootcamp for Year 12s all of August.' }),
      A({ id: 'g21-cathedral-venue', account: 'caldermuseum', body: 'Late opening: our choir concert moves to Calder Cathedral next door on Friday. Tickets are still £8.' }),
      A({ id: 'r2-g01-brewery-new-ipa', account: 'copperkettlebrew', note: 'A brewery selling its own beer is a product post; alcohol is not a risky topic.', body: 'Our new hazy IPA is on tap from Friday 🍺 Grab a pint in the taproom or a four-pack to take home.' }),
      A({ id: 'r2-g02-cinema-horror', account: 'reelhouse', body: 'Horror week starts Friday: chainsaws, zombies and a killer soundtrack. Not for the faint-hearted 🔪🎬' }),
      A({ id: 'r2-g03-cinema-die-hard', account: 'reelhouse', body: 'Die Hard is back on the big screen for one night only, December 23. Yippee-ki-yay 🎄' }),
      A({ id: 'r2-g06-dentist-drill', account: 'smilewell', body: 'No drill, no fill: our new laser treatment is painless for most patients. Ask at your next check-up.' }),
      A({ id: 'r2-g07-dentist-numb', account: 'smilewell', body: "Feeling numb after a filling is normal. Don't eat anything hot until the feeling comes back." }),
      A({ id: 'r2-g08-nb-grocery-17mai', account: 'kystmat', body: 'Gratulerer med dagen! Alle butikkene våre holder stengt 17. mai og åpner som normalt 18. mai.' }),
      A({ id: 'r2-g11-energy-election', account: 'brightwatt', body: 'Whatever the result of the general election, your fixed price stays fixed until 2029.' }),
      A({ id: 'r2-g14-energy-killer-question', account: 'brightwatt', body: 'The killer question everyone asks: will my bill go up in April? Here is how the price cap works.' }),
    ],
    invalid: [
      {
        ...A({ id: 'r01-preworkout-high', account: 'ironpeakgym', body: "Our new pre-workout is so strong it should be a controlled substance. One scoop and you'll be higher than a kite 🚀😂" }),
        errors: [{ message: 'Illegal drugs on a brand account: "controlled substance" in a joke ("😂")', text: 'controlled substance', severity: 'error' }],
      },
      {
        ...A({ id: 'r02-hot-cross-jesus', account: 'hearthloaf', body: 'Our hot cross buns are so good even Jesus would rise again for one 😜 Easter weekend only, in every shop.' }),
        errors: [{ message: 'Religion on a brand account: "Jesus" in a joke ("😜")', text: 'Jesus', severity: 'error' }],
      },
      {
        ...A({ id: 'r03-telecom-partisan', account: 'lumenmobile', body: "5G in every rural county by 2028. Unlike the Democrats' broken promises on broadband, we actually deliver." }),
        errors: [{ message: 'Party politics on a brand account: "Democrats"', text: 'Democrats', severity: 'error' }],
      },
      {
        ...A({ id: 'r04-honeymoon-innuendo', account: 'harborviewhotel', body: 'Our honeymoon suite has thin walls, so please keep the screaming to a minimum 😏🍆' }),
        errors: [{ message: 'Sexual content on a brand account: "thin walls" with "😏"', text: 'thin walls', severity: 'error' }],
      },
      {
        ...A({ id: 'r05-bus-hide-body', account: 'tidelinebus', body: "Driver went past your stop? Don't worry, we've only ever had to hide one body 🔪😂" }),
        errors: [{ message: 'Violence or weapons on a brand account: "hide one body" in a joke ("Don\'t worry")', text: 'hide one body', severity: 'error' }],
      },
      {
        ...A({ id: 'r06-catnip-tripping', account: 'pawpantry', body: 'Our organic catnip is so potent your cat will be tripping balls for hours 😵‍💫 Back in stock now.' }),
        errors: [{ message: 'Illegal drugs on a brand account: "tripping" with "😵‍💫"', text: 'tripping', severity: 'error' }],
      },
      {
        ...A({ id: 'r07-uni-voted-party', account: 'northfielduni', body: 'Thank you to everyone who voted Labour last week: at last a government that will fund universities properly.' }),
        errors: [{ message: 'Party politics on a brand account: "voted Labour"', text: 'voted Labour', severity: 'error' }],
      },
      {
        ...A({ id: 'r08-nb-frp-joke', account: 'fjordtele', body: 'Dekningen vår holder bedre enn valgløftene til Frp 😂 Bytt til Fjordtele i dag!' }),
        errors: [{ message: 'Party politics on a brand account: "Frp"', text: 'Frp', severity: 'error' }],
      },
      {
        ...A({ id: 'r09-gym-brass-knuckles', account: 'ironpeakgym', body: "Self-defence Saturdays: learn to break a mugger's jaw in three moves. Bring your own brass knuckles 😂🔪" }),
        errors: [{ message: 'Violence or weapons on a brand account: "break a mugger\'s jaw" in a joke ("😂")', text: "break a mugger's jaw", severity: 'error' }],
      },
      {
        ...A({ id: 'r10-museum-nun-innuendo', account: 'caldermuseum', body: 'Our medieval chastity belt is back on display. Naughty monks need not apply 😉🍑' }),
        errors: [{ message: 'Sexual content on a brand account: "Naughty" with "🍑"', text: 'Naughty', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-r01-cinema-popcorn-high', account: 'reelhouse', body: 'Our new caramel popcorn is basically crack in a bucket. One handful and you are hooked for life 😂🍿' }),
        errors: [{ message: 'Illegal drugs on a brand account: "basically crack"', text: 'basically crack', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-r02-energy-tory', account: 'brightwatt', body: 'Bills are finally coming down, no thanks to the Tories who let prices run wild for years.' }),
        errors: [{ message: 'Party politics on a brand account: "Tories"', text: 'Tories', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-r03-dentist-innuendo', account: 'smilewell', body: "Open wide 😏 Our hygienists are gentle, thorough and they always finish what they start, if you know what we mean 🍆" }),
        errors: [{ message: 'Sexual content on a brand account: "Open wide" and "finish what they start"', text: 'Open wide', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-r04-nb-grocery-jesus', account: 'kystmat', body: 'Prisene våre er så lave at selv Jesus ville ha handlet her 😂 Velkommen innom!' }),
        errors: [{ message: 'Religion on a brand account: "Jesus" in a joke ("😂")', text: 'Jesus', severity: 'error' }],
      },
    ],
  },
  'risky-topic: held-out posts, set A',
);

// Held-out posts, set B (first written as test/brand-heldout-3.test.ts, round 3; see
// test/support/brand-sets.ts): each runs with all five brand rules, the others quiet unless `others` says.
const B = heldout(SET_B);
ruleTester('risky-topic', setDefaults(SET_B)).run(
  {
    valid: [
      B({ id: 'g13-shoes-killer-heels', account: 'stridewell', body: 'Killer heels, killer price 👠 The new Stiletto range is 20% off this weekend.' }),
      B({ id: 'g14-club-fight-every-ball', account: 'redhavenrovers', body: "We'll fight for every ball on Saturday. Tickets still available, grab yours now ⚽" }),
      B({ id: 'g15-startup-kill-tabs', account: 'quillstack', body: 'Kill your zombie tabs: our new extension closes idle tabs for you. Free for 30 days.' }),
      B({ id: 'g16-zoo-lion-feed', account: 'oakridgezoo', body: 'Lion feeding is at 2pm daily: watch them tear into their dinner from the big-cat viewing deck 🦁' }),
      B({ id: 'g17-pharmacy-flu-shots', account: 'greenleafpharmacy', body: 'Flu jabs and boosters now available in every branch. Walk in, no appointment needed 💉' }),
      B({ id: 'g18-park-fright-nights', account: 'thunderbay', body: 'Fright Nights are back: zombies, chainsaws and screaming every Friday in October 🎃' }),
      B({ id: 'g19-streaming-murder-mystery', account: 'loopflix', body: 'Who killed Lady Ashworth? Season 2 of the murder mystery everyone is talking about is here 🔍' }),
      B({ id: 'g20-shoes-drop', account: 'stridewell', body: 'The Blizzard drop is live. Grab yours before they are gone ❄️👟' }),
      B({ id: 'g21-club-shootout', account: 'redhavenrovers', body: 'Through to the quarter-finals after a nervy penalty shoot-out! What a keeper 🧤' }),
      B({ id: 'g22-ferry-lifeboat-drill', account: 'westsoundferries', body: 'Our crew ran a full abandon-ship drill this morning. Safety first, always.' }),
      B({ id: 'g23-paper-crime-report', account: 'dunmoregazette', body: 'Court report: a Dunmore man has been jailed for six years for a knife attack outside a nightclub in March.' }),
      B({ id: 'g24-supermarket-easter', account: 'freshfield', body: 'Easter eggs are in! And hot cross buns baked fresh every morning 🐣' }),
      B({ id: 'g25-ngo-polling-lifts', account: 'openhands', body: "Polling day on Thursday: our volunteers are offering free lifts to polling stations for older residents. Call us to book." }),
      B({ id: 'g26-paper-election-night', account: 'dunmoregazette', body: 'Election night: our reporters will be at the count from 10pm with live results from every ward.' }),
      B({ id: 'g27-ngo-pride', account: 'openhands', body: 'Happy Pride! Everyone is welcome at our food bank, today and every day 🏳️‍🌈' }),
      B({ id: 'g28-zoo-breeding', account: 'oakridgezoo', body: 'Big news: our breeding programme has welcomed two red panda cubs this spring 🐼' }),
      B({ id: 'g29-paper-eid', account: 'dunmoregazette', body: "Eid Mubarak to all our readers celebrating today. See our gallery of this morning's prayers in Dunmore Park." }),
    ],
    invalid: [
      {
        ...B({ id: 'rk01-club-stabbed', account: 'redhavenrovers', body: "Derby day. Someone's getting stabbed tonight and it won't be us 🔪 #COYR" }),
        errors: [{ message: 'Violence or weapons on a brand account: "stabbed" with "🔪"', text: 'stabbed', severity: 'error' }],
      },
      {
        ...B({ id: 'rk02-park-praying', account: 'thunderbay', body: "Our new drop tower is so scary you'll be praying to Allah, Jesus and Buddha all the way down 😂" }),
        errors: [{ message: 'Religion on a brand account: "Allah" in a joke ("😂")', text: 'Allah', severity: 'error' }],
      },
      {
        ...B({ id: 'rk03-supermarket-tories', account: 'freshfield', body: "Prices so low even the Tories couldn't mess them up 😂 Big Price Drop on 500 lines from today." }),
        errors: [{ message: 'Party politics on a brand account: "Tories"', text: 'Tories', severity: 'error' }],
      },
      {
        ...B({ id: 'rk04-insurer-vote-candidate', account: 'shieldwise', body: 'On Tuesday, vote Maria Reyes for governor. Lower premiums for Ohio families start with her.' }),
        errors: [{ message: 'Party politics on a brand account: "vote Maria Reyes for governor"', text: 'vote Maria Reyes for governor', severity: 'error' }],
      },
      {
        ...B({ id: 'rk05-streaming-shoot-somebody', account: 'loopflix', body: "The season finale is so infuriating you'll want to grab a gun and shoot somebody 🔫" }),
        errors: [{ message: 'Violence or weapons on a brand account: "gun" with "🔫"', text: 'gun', severity: 'error' }],
      },
      {
        ...B({ id: 'rk06-zoo-innuendo', account: 'oakridgezoo', body: 'Our gorillas have been very busy making babies this spring, if you know what we mean 😏🍆' }),
        errors: [{ message: 'Sexual content on a brand account: "very busy making" with "if you know what we mean"', text: 'very busy making', severity: 'error' }],
      },
      {
        ...B({ id: 'rk07-shoes-cocaine', account: 'stridewell', body: "New Blizzard colourway: so white it's basically cocaine for your feet ❄️👟" }),
        errors: [{ message: 'Illegal drugs on a brand account: "basically cocaine"', text: 'basically cocaine', severity: 'error' }],
      },
      {
        ...B({ id: 'rk08-ferry-titanic', account: 'westsoundferries', body: "Bit choppy out there today. If you're feeling seasick, remember: at least you're not on the Titanic 😂🧊" }),
        errors: [{ message: 'Death or tragedy on a brand account: "Titanic" in a joke ("😂")', text: 'Titanic', severity: 'error' }],
      },
    ],
  },
  'risky-topic: held-out posts, set B',
);

// A bank's account (en-GB), posts written after the rule (first test/brand-probe-2.test.ts).
ruleTester('risky-topic', BANK).run(
  {
    valid: [
      'The Budget is on Wednesday: here is what the changes to ISA allowances mean for you.',
      'Our branches are polling stations on Thursday; normal service resumes on Friday.',
      'Killer rate alert: 5.1% on our 1-year fixed saver.',
      'We want to reform how overdraft fees work: no more surprise charges.',
      'Sexy new heels for the party season, from £49.',
      'Savings so good they are basically a religion. Pray to the ISA gods 🙏😂',
    ],
    invalid: [
      {
        body: 'Our rates are so low, the Chancellor should be arrested 😂',
        errors: [{ message: 'Party politics on a brand account: "the Chancellor" in a joke ("😂")', text: 'the Chancellor', severity: 'error' }],
      },
      {
        body: 'Vote Reform and keep more of your money!',
        errors: [{ message: 'Party politics on a brand account: "Vote Reform"', text: 'Vote Reform', severity: 'error' }],
      },
      {
        body: 'Our new card is sexier than your ex 😏',
        errors: [{ message: 'Sexual content on a brand account: "sexier" in a joke ("😏")', text: 'sexier', severity: 'error' }],
      },
      {
        body: 'Interest rates going up faster than a crack addict at payday 😂',
        errors: [{ message: 'Illegal drugs on a brand account: "crack addict"', text: 'crack addict', severity: 'error' }],
      },
    ],
  },
  'risky-topic: a bank (en-GB), posts written after the rule',
);

// A Norwegian (nb) shop, posts written after the rule (first test/brand-nb-unseen.test.ts).
ruleTester('risky-topic', NB_SHOP).run(
  {
    valid: [
      'Sommersalget er her: 30 % på alle jakker denne uka!',
    ],
    invalid: [
      {
        body: 'Så billig at du skal tro vi har ranet en bank 🔫😂',
        errors: [{ message: 'Violence or weapons on a brand account: "🔫" in a joke ("😂")', text: '🔫', severity: 'error' }],
      },
    ],
  },
  'risky-topic: a Norwegian (nb) shop, posts written after the rule',
);

// Risky topics on a gym's account, and posts whose words only look risky, written after the rule
// (first test/risky-topic-unseen.test.ts).
ruleTester('risky-topic', { config: { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Brightside Gym', lang: 'en', platforms: ['x', 'instagram'] }] }, front: { account: 'brand', platform: 'x' } }).run(
  {
    valid: [
      'Our photo shoot for the new kit is this Saturday: come and be in the pictures!',
      'Killer abs workout at 7pm, open to all levels.',
      'Polling day: the sports hall is a polling station until 10pm, so the 6pm class moves to studio 2.',
      'Eid Mubarak to everyone celebrating! Our opening hours are unchanged.',
      'Our members voted: the new chairman of the club committee is Sam Patel.',
      'Our smoothie bar is the bomb. Try the mango one!',
      'A happy ending to the season: the under-12s won the cup!',
      "We're at war with clutter this spring: 20% off all storage boxes.",
      'Skipping lunch again? Grab a protein bar on your way out.',
      'Festival toilets are no place for your new white trainers. Pack wellies!',
    ],
    invalid: [
      {
        body: 'Leg day so brutal you will want to shoot yourself 😂 See you at 6am!',
        errors: [{ message: 'Violence or weapons on a brand account: "shoot yourself"', text: 'shoot yourself', severity: 'error' }],
      },
      {
        body: 'Our protein shakes are stronger than anything you can score in a nightclub toilet 😉',
        errors: [{ message: 'Illegal drugs on a brand account: "nightclub toilet" in a joke ("😉")', text: 'nightclub toilet', severity: 'error' }],
      },
      {
        body: 'Vote Conservative on Thursday, because lower taxes mean cheaper memberships!',
        errors: [{ message: 'Party politics on a brand account: "Vote Conservative"', text: 'Vote Conservative', severity: 'error' }],
      },
      {
        body: 'Jesus had abs of steel, and with our core class so can you 🙏😂',
        errors: [{ message: 'Religion on a brand account: "Jesus" in a joke ("😂")', text: 'Jesus', severity: 'error' }],
      },
      {
        body: 'New spin class so hot it should come with a safe word 😏',
        errors: [{ message: 'Sexual content on a brand account: "safe word" in a joke ("😏")', text: 'safe word', severity: 'error' }],
      },
      {
        body: 'Train like the country is going to war. Because it might be 💣',
        errors: [{ message: 'Violence or weapons on a brand account: "going to war" with "💣"', text: 'going to war', severity: 'error' }],
      },
      {
        body: 'Nothing says Ramadan like skipping lunch and still smashing deadlifts 😂',
        errors: [{ message: 'Religion on a brand account: "Ramadan" with "skipping lunch", in a joke ("😂")', text: 'Ramadan', severity: 'error' }],
      },
      {
        body: 'Gun show in studio 2: come and pump up those arms like you are loading a rifle.',
        errors: [{ message: 'Violence or weapons on a brand account: "loading a rifle"', text: 'loading a rifle', severity: 'error' }],
      },
    ],
  },
  'risky-topic: a gym, posts written after the rule',
);
