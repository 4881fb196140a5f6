import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';

const BETTER = 'better: acknowledge the problem, apologise for their experience, take it to a private channel and say what will be done';
const BETTER_POST = 'better: say what you disagree with without the verdict on the person, or do not post it';

const accounts = [
  { handle: 'kettleandcrumb', kind: 'brand', name: 'Kettle & Crumb', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'skylarkair', kind: 'brand', name: 'Skylark Air', lang: 'en', platforms: ['x'] },
  { handle: 'stackwise', kind: 'brand', name: 'Stackwise', lang: 'en', platforms: ['x'] },
  { handle: 'mapleandmain', kind: 'brand', name: 'Maple & Main', lang: 'en', platforms: ['x', 'facebook'] },
  { handle: 'harboursidebank', kind: 'brand', name: 'Harbourside Bank', lang: 'en-GB', platforms: ['x'] },
  { handle: 'brackenfordcc', kind: 'brand', name: 'Brackenford City Council', lang: 'en-GB', platforms: ['x'] },
  { handle: 'eastmoorafc', kind: 'brand', name: 'Eastmoor Athletic FC', lang: 'en-GB', platforms: ['x'] },
  { handle: 'havnoykommune', kind: 'brand', voice: 'vi', name: 'Havnøy kommune', lang: 'nb', platforms: ['facebook'] },
  { handle: 'havnoyil', kind: 'brand', voice: 'vi', name: 'Havnøy IL', lang: 'nb', platforms: ['facebook'] },
];
const config = { accounts };

const reply = (account: string, body: string, complaint = 'This is the third time this has happened. Not happy.', extra: Record<string, unknown> = {}) =>
  draft({ account, platform: account.startsWith('havnoy') ? 'facebook' : 'x', reply_to: { author: '@someone', text: complaint }, ...extra }, body);
const check = (account: string, body: string, complaint?: string, opts: Record<string, unknown> = {}) => run('tone', reply(account, body, complaint), { config: { ...config, ...opts } });

describe('tone: exact findings', () => {
  test('a legal threat, with what to do instead', async () => {
    const t = reply('skylarkair', 'Please note that further defamatory posts about Skylark Air will be referred to our legal team.', 'Skylark lost my bag. Worst airline ever.');
    const ms = await run('tone', t, { config });
    expect(ms).toHaveLength(1);
    const [m] = ms;
    expect(m.message).toBe(`reply threatens legal action: "further defamatory posts about Skylark Air will be", "referred to our legal team"; ${BETTER}`);
    expect(slice(t, m)).toBe('further defamatory posts about Skylark Air will be');
    expect(m.why).toMatch(/screenshotted/);
    expect(m.hint).toMatch(/^Take it private instead: acknowledge the problem, apologise for their experience/);
  });

  test('sarcasm about reading the menu', async () => {
    const t = reply('kettleandcrumb', 'Maybe try reading the menu next time? Oat milk is clearly marked +75¢ right above the register.');
    const [m, ...rest] = await run('tone', t, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe(`reply belittles the person (sarcasm or an insult): "try reading", "next time", "is clearly marked"; ${BETTER}`);
    expect(slice(t, m)).toBe('try reading');
  });

  test('two kinds in one reply are two findings, in text order', async () => {
    const ms = await check('mapleandmain', "You should have measured the doorway before ordering. Nobody's forcing you to keep the sofa 🤷");
    expect(ms.map((m) => m.message)).toEqual([
      `reply blames the customer: "You should have measured", "before ordering" (also "🤷"); ${BETTER}`,
      `reply dismisses the complaint: "Nobody's forcing you"; ${BETTER}`,
    ]);
  });
});

describe('tone: bad replies', () => {
  test.each([
    ['skylarkair', 'Per our policy, which you agreed to at booking, refunds are not available. End of discussion.', 'dismisses the complaint'],
    ['kettleandcrumb', "If you can't handle a little spice, maybe stick to plain toast 😂", 'belittles the person'],
    ['stackwise', 'Sounds like a you problem. Our API works fine for everyone else.', 'belittles the person'],
    ['mapleandmain', "Calm down, it's just a delay.", 'belittles the person'],
    ['brackenfordcc', "Any further comments like this will be reported and you'll be blocked.", 'threatens legal action'],
    ['harboursidebank', "With respect, you've got it wrong. Do check your facts before tweeting.", 'argues with the person'],
    ['stackwise', "We're not going to respond to trolls.", 'belittles the person'],
    ['eastmoorafc', 'Ever heard of a calendar? The fixture dates were posted weeks ago.', 'belittles the person'],
    ['kettleandcrumb', 'Not sure what you expected for $5.', 'belittles the person'],
    ['mapleandmain', 'You get what you pay for.', 'belittles the person'],
    ['stackwise', 'Honestly our app is garbage, I just work here 🤷', 'runs the brand down'],
    ['skylarkair', 'Sorry you feel that way, but rules are rules.', 'dismisses the complaint'],
    ['skylarkair', "There's nothing we can do. Goodbye.", 'dismisses the complaint'],
    ['harboursidebank', 'We can\'t help you. Try another bank.', 'dismisses the complaint'],
    ['kettleandcrumb', 'Thanks for the lesson in manners. Our page, our rules.', 'belittles the person'],
    ['harboursidebank', 'That is simply false. Maybe read the terms and conditions before complaining.', 'argues with the person'],
    ['eastmoorafc', "That's your own fault for not renewing on time.", 'blames the customer'],
  ])('%s: %s', async (account, body, what) => {
    const ms = await check(account, body);
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.map((m) => m.message).join(' | ')).toContain(`reply ${what}`);
  });

  test.each([
    ['harboursidebank', 'Our solicitors will be in touch.', 'threatens legal action'],
    ['skylarkair', 'We are considering our legal options regarding these comments.', 'threatens legal action'],
    ['kettleandcrumb', 'Wow, what a shock, someone complaining on the internet.', 'belittles the person'],
    ['kettleandcrumb', 'Thanks for the five-star essay 🙄', 'belittles the person'],
    ['skylarkair', 'The bag was clearly over the weight limit. Rules apply to everyone.', 'dismisses the complaint'],
    ['stackwise', 'Yeah, our app is a joke, we know 😂', 'runs the brand down'],
    ['mapleandmain', "Don't like it? Don't come back.", 'belittles the person'],
    ['stackwise', 'Have you considered that maybe the problem is you?', 'belittles the person'],
    ['eastmoorafc', "Mate, it's a £3 pie. Chill.", 'dismisses the complaint'],
    ['harboursidebank', "We've apologised once already. Not sure what else you want.", 'belittles the person'],
  ])('more wording, %s: %s', async (account, body, what) => {
    const ms = await check(account, body);
    expect(ms.map((m) => m.message).join(' | ')).toContain(`reply ${what}`);
  });

  test.each([
    ['havnoykommune', 'Det står tydelig på nettsidene våre. Les før du spør.', 'belittles the person'],
    ['havnoyil', 'Ingen tvinger deg til å kjøpe billett.', 'dismisses the complaint'],
    ['havnoykommune', 'Vi har advokater som ser på slike innlegg.', 'threatens legal action'],
    ['havnoykommune', 'Det er ikke vårt problem at du ikke leste vilkårene.', 'dismisses the complaint'],
    ['havnoyil', 'Slutt å syte.', 'belittles the person'],
    ['havnoykommune', 'Vi har vært gjennom dette før. Svaret er fortsatt nei.', 'dismisses the complaint'],
    ['havnoykommune', 'Kanskje du burde lese tømmekalenderen før du klager?', 'argues with the person'],
    ['havnoykommune', 'Du burde ha sjekket tømmekalenderen. Den ligger på nett.', 'blames the customer'],
  ])('nb %s: %s', async (account, body, what) => {
    const ms = await check(account, body, 'Hvorfor ble ikke søpla hentet?');
    expect(ms.map((m) => m.message).join(' | ')).toContain(`reply ${what}`);
  });
});

describe('tone: real incidents', () => {
  test.each([
    ["Amy's Baking Company (2013)", "WE ARE NOT FREAKING OUT. I AM GODS CHILD. PISS OFF ALL OF YOU. F*CK REDDITS, F*CK YELP AND F*CK ALL OF YOU. BRING IT. WE WILL FIGHT BACK.", 'belittles the person'],
    ['Nestlé (2010), sarcasm', 'Thanks for the lesson in manners. Consider yourself embraced.', 'belittles the person'],
    ['Nestlé (2010), our page', "Oh please .. it's our page, we set the rules, it was ever thus.", 'belittles the person'],
    ['Cooks Source (2010)', "But honestly Monica - the web is considered 'public domain' and you should be happy we just didn't lift your whole article and put someone else's name on it!", 'belittles the person'],
    ['Ryanair (2012)', 'We think Mrs McLeod should pay €60 for being so stupid.', 'belittles the person'],
  ])('%s', async (_, body, what) => {
    const ms = await check('kettleandcrumb', body);
    expect(ms.map((m) => m.message).join(' | ')).toContain(`reply ${what}`);
  });
});

describe('tone: fine replies', () => {
  test.each([
    ['"you should have received" is not blame', 'mapleandmain', "You should have received an email with your tracking number. If it's not there, DM us and we'll resend it."],
    ['"you shouldn\'t have to" is empathy', 'harboursidebank', "You shouldn't have to chase us for this, Priya. Sorry! We've added a £20 credit to your account."],
    ['pointing at the size guide while owning it', 'mapleandmain', "Please check the size guide on the product page, as that style runs small. We're happy to swap it for free."],
    ['a polite correction with facts', 'harboursidebank', "To be clear, the fee only applies to the Premier account, and that hasn't changed. Here are the details: https://harbourside.example/fees"],
    ['a correction with an apology', 'stackwise', "That's not quite right: our status page shows no outage this week. Sorry you're having trouble, though! Could you DM us your org name?"],
    ['a decline with an alternative', 'kettleandcrumb', "We're sorry, we can't offer refunds on sale items, but we can exchange it for any size in store."],
    ['laughing along with a compliment', 'kettleandcrumb', "Haha, we can't argue with that! 😂 See you Saturday."],
    ['"Cheers, mate"', 'eastmoorafc', 'Cheers, mate! Glad you enjoyed the match 💙'],
    ['owning a mistake plainly', 'skylarkair', "You're right, and we dropped the ball here. We're sorry, Sam. A replacement is on its way."],
    ['"nothing beats"', 'kettleandcrumb', 'Nothing beats a fresh croissant, we agree! 🥐'],
    ['the bad reply quoted back in an apology', 'eastmoorafc', 'Our earlier reply, "Nobody\'s forcing you to buy it", was wrong, and we\'re sorry. Your feedback goes to the kit vote.'],
    ['a legal team that helps', 'mapleandmain', "Our legal team has confirmed your model is covered by the recall, so you're entitled to a full refund. DM us your order number."],
    ['fair enough, not everyone will love it', 'eastmoorafc', "Fair enough, not everyone will love it! We'll run the supporter vote again for next season's kit."],
    ['a name that is also an insult word', 'kettleandcrumb', "Thanks, Karen! We'll pass that on to the team."],
    ['"Relax"', 'skylarkair', "Relax, we've got you covered: free rebooking is open until Sunday."],
    ['"if you don\'t like it, return it"', 'mapleandmain', "If it doesn't fit, you can return it free within 30 days. Sorry it didn't work out!"],
    ['a boundary with an offer of help', 'skylarkair', "Please note we do not respond to abusive messages. If you'd like help, DM us and we'll take a look."],
    ['an exception to the policy', 'mapleandmain', "Our policy is 30 days for returns, but we'll make an exception this time. DM us your order number!"],
    ['setting the record straight, kindly', 'kettleandcrumb', "Just to set the record straight: we haven't changed our recipe. We know it tastes different to you, though, so DM us the batch code and we'll check it."],
    ['"that\'s on us, not you"', 'kettleandcrumb', "We hear you, Maya. The queue was way too long today and that's on us, not you."],
    ['"nothing we can do" with an alternative', 'skylarkair', "Nothing we can do about the weather, sadly, but we've made rebooking free until Sunday: https://skylark.example/rebook"],
    ['"you should have had" (British)', 'harboursidebank', "Apologies, you should have had a text yesterday. DM us and we'll sort it."],
    ['a correction of the record, kindly', 'stackwise', 'Totally fair! For the record, the fee change only affects new customers, and existing plans keep their price.'],
    ['a decline with a way round it (British)', 'eastmoorafc', "Sorry, Dave. We're not able to refund match tickets, but you can pass yours to a friend through the ticket exchange."],
    ['"no one\'s forcing anyone"', 'stackwise', "No one's forcing anyone to upgrade: the old plan stays available, and nothing changes for you."],
  ])('%s', async (_, account, body) => {
    expect(await check(account, body)).toEqual([]);
  });

  test.each([
    ['an apology that explains', 'havnoykommune', 'Beklager ventetiden! Vi har sendt saken videre, og du får svar innen fredag.'],
    ['a gentle correction', 'havnoykommune', 'Det stemmer ikke helt: avgiften gjelder bare for hytter. Beklager om det var uklart!'],
    ['"du burde ha fått" is not blame', 'havnoykommune', 'Du burde ha fått en SMS i går. Hvis ikke, send oss en melding!'],
    ['an apology that owns it', 'havnoykommune', 'Hei Kari! Hentedagen ble flyttet til fredag, og det burde vi ha varslet tydeligere. Beklager!'],
    ['"see you next time"', 'havnoyil', 'Takk for at du kom! Vi ses neste gang 💙'],
  ])('nb: %s', async (_, account, body) => {
    expect(await check(account, body, 'Hvorfor ble ikke søpla hentet?')).toEqual([]);
  });
});

describe('tone: scope and options', () => {
  test('every post is checked by default; scope: replies checks only replies', async () => {
    const t = draft({ account: 'skylarkair', platform: 'x' }, "Storm update: there's nothing we can do about the weather, deal with it.");
    const ms = await run('tone', t, { config });
    expect(ms[0].message).toBe(`post dismisses the complaint: "nothing we can do", "deal with it"; ${BETTER_POST}`);
    expect(await run('tone', t, { config: { ...config, rules: { tone: ['error', { scope: 'replies' }] } } })).toEqual([]);
  });

  test('one reply phrase alone does not fire on a post that answers nobody', async () => {
    const t = draft({ account: 'skylarkair', platform: 'x' }, 'Sometimes you need to get away from it all: book a city break this spring.');
    expect(await run('tone', t, { config })).toEqual([]);
  });

  test('allow drops a category', async () => {
    const opts = { rules: { tone: ['warn', { allow: ['legal'] }] } };
    expect(await check('skylarkair', 'This has been referred to our legal team.', undefined, opts)).toEqual([]);
  });

  test('extra phrases', async () => {
    const opts = { rules: { tone: ['error', { extra: [{ phrases: ['per my last message'], category: 'argue', weight: 3, lang: 'en' }] }] } };
    const [m] = await check('stackwise', 'Per my last message, the export is in Settings.', undefined, opts);
    expect(m.message).toBe(`reply argues with the person: "Per my last message"; ${BETTER}`);
  });

  test('a personal account\'s reply is checked too', async () => {
    const t = draft({ account: 'devon', platform: 'x', reply_to: { author: '@x' } }, 'Do your research before posting.');
    const ms = await run('tone', t, { config: { accounts: [{ handle: 'devon', kind: 'personal', platforms: ['x'] }] } });
    expect(ms).toHaveLength(1);
  });

  test('a configured warning stays a warning', async () => {
    const ms = await check('stackwise', 'Do your research.', undefined, { rules: { tone: 'warn' } });
    expect(ms[0].severity).toBe(1);
  });
});

describe('tone: contempt and arguing in a post that replies to nobody', () => {
  const post = (body: string) => draft({ account: 'stackwise', platform: 'x' }, body);
  test('"you\'ve got a nerve" said to a named official is contempt', async () => {
    const text = post('Mayor Briggs you have got a nerve telling us to cut costs while the town hall gets a new roof.');
    const [m, ...rest] = await run('tone', text, { config });
    expect(rest).toEqual([]);
    expect(slice(text, m)).toBe('you have got a nerve');
  });
  test('a challenging question tag plus "the truth is" argues with the person', async () => {
    const text = post('You don\'t seriously think the app sells your data, do you? The truth is that we never have.');
    const [m] = await run('tone', text, { config });
    expect(m.message).toMatch(/^post (argues with the person|belittles the person|runs someone down)/);
  });
  test.each([
    'The truth is, we love Mondays: fresh pastries from 7.',
    'Nobody likes a cold coffee, do they? Ours stays hot for six hours.',
    'Our nurses have got a nerve of steel and hearts of gold.',
  ])('hard negative: %s', async (body) => {
    expect(await run('tone', post(body), { config })).toEqual([]);
  });
});
