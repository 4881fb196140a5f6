import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';

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
