import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';
import { COFFEE, NB_SHOP, SET_A, SET_B, heldout, setDefaults } from '../support/brand-sets.js';

const accounts = [
  { handle: 'shop', kind: 'brand', name: 'Maple & Main', industry: 'home goods retailer', lang: 'en', platforms: ['x', 'instagram', 'facebook'] },
  { handle: 'cafe', kind: 'brand', name: 'Kettle & Crumb', industry: 'coffee shop', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'air', kind: 'brand', name: 'Skylark Air', industry: 'airline', lang: 'en', platforms: ['x', 'linkedin'] },
  { handle: 'bank', kind: 'brand', name: 'Harbourside Bank', industry: 'retail bank (UK)', lang: 'en-GB', platforms: ['x'] },
  { handle: 'saas', kind: 'brand', name: 'Stackwise', industry: 'SaaS', lang: 'en', platforms: ['x'] },
  { handle: 'charity', kind: 'brand', name: 'Harvest Commons', industry: 'charity (food bank)', lang: 'en', platforms: ['x'] },
  { handle: 'council', kind: 'brand', name: 'Brackenford City Council', industry: 'city council', lang: 'en-GB', platforms: ['x'] },
  { handle: 'klubb', kind: 'brand', name: 'Havnøy IL', industry: 'idrettslag', lang: 'nb', platforms: ['facebook'] },
  { handle: 'kommune', kind: 'brand', name: 'Havnøy kommune', industry: 'kommune', lang: 'nb', platforms: ['facebook'] },
  { handle: 'mira', kind: 'personal', lang: 'en', platforms: ['x'] },
];
const config = {
  accounts,
  sensitive_events: [
    { name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08', hashtags: ['#BrackenfordStrong', '#PrayForBrackenford'] },
    { name: 'Hurricane Delia', date: '2027-09-02' },
    { name: 'Halden Street fire', place: 'Northgate', date: '2017-03-12', anniversary: true },
    { name: 'Skarvdalen landslide (raset i Skarvdalen)', place: 'Havnøy', date: '2022-01-19', anniversary: true },
  ],
};
const NOW = new Date('2027-06-01T12:00:00Z');
const post = (account: string, body: string, extra: Record<string, unknown> = {}) => draft({ account, platform: accounts.find((a) => a.handle === account)!.platforms[0], ...extra }, body);
const lint = (text: string, opts: { options?: Record<string, unknown>; now?: Date } = {}) =>
  run('tragedy-promo', text, { config: { ...config, rules: { 'tragedy-promo': opts.options ? ['error', opts.options] : 'error' } }, now: opts.now ?? NOW });
const messages = async (text: string, opts?: Parameters<typeof lint>[1]) => (await lint(text, opts)).map((m) => m.message);

describe('tragedy-promo: promotion next to a tragedy', () => {
  test('anniversary of a deadly fire plus a price offer: names the event, its anniversary and the offer', async () => {
    const t = post('cafe', 'Ten years ago today, the Halden Street fire took six of our neighbors. We will never forget them. 🕯️\n\nTo remember them, all drip coffee is $1 today.', { publish_at: '2027-03-12T08:00:00-05:00' });
    const [m, ...rest] = await lint(t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('promotion in a post about the Halden Street fire (its 10th anniversary): a price offer ("is $1")');
    expect(slice(t, m)).toBe('is $1');
    expect(m.severity).toBe(2);
    expect(m.why).toMatch(/profiting from grief/);
    expect(m.hint).toMatch(/on its own/);
  });

  test('a share of sales for the victims is still a sales hook, and the message says so', async () => {
    const t = post('cafe', 'Our hearts are with everyone hit by the floods 💙 This weekend, 10% of every sale goes to families who lost their homes, so come in, grab a latte and help out!');
    const [m] = await lint(t);
    expect(m.message).toBe('promotion in a post about a tragedy ("Our hearts are with"): a share of sales ("10% of every sale")');
    expect(slice(t, m)).toBe('10% of every sale');
    expect(m.hint).toMatch(/Donate a fixed amount yourself/);
  });

  test.each([
    ['shop', 'Hurricane Delia is headed our way 🌀 Stock up on candles, lanterns and cozy throws now, with free shipping on orders over $50!', 'promotion in a post about Hurricane Delia: a free-with-purchase offer ("free shipping")'],
    ['air', 'Our thoughts are with the families of those lost on Aeroval Flight 212. Skylark Air has flown for 30 years without a fatal accident. Book with confidence.', 'promotion in a post about a tragedy ("Our thoughts are with"): a call to buy ("Book with confidence")'],
    ['bank', 'Our thoughts remain with everyone affected by the Corran Bridge collapse. If the closure has you rethinking your commute, our car finance starts from 6.9% APR representative.', 'promotion in a post about the Corran Bridge collapse: a rate or finance offer ("finance starts from")'],
    ['saas', 'RIP Jo Tran, whose open-source work quietly powered half the internet. Honor their legacy and ship faster: 30% off annual plans with code JOTRAN30 🙏', 'promotion in a post about a death ("RIP"): a discount ("30% off")'],
    ['shop', 'RIP to a legend. Honor his memory with our limited edition tee, link in bio.', 'promotion in a post about a death ("RIP"): a call to buy ("limited edition")'],
    ['shop', "We're deeply saddened by the crash of Flight 88. Our travel pillows are 2 for $30 this week.", 'promotion in a post about a tragedy ("deeply saddened by"): a discount ("2 for $30")'],
    ['shop', 'Remember Pearl Harbor 🇺🇸 Our sale ends tonight!', 'promotion in a post about an attack ("Pearl Harbor"): a discount ("Our sale")'],
    ['shop', 'Nothing says 9/11 like 9.11% off everything today 🇺🇸', 'promotion in a post about an attack ("9/11"): a discount ("9.11% off")'],
    ['cafe', 'As the wildfire smoke clears, stock up on cold brew: 30% off all week.', 'promotion in a post about a disaster ("wildfire"): a discount ("30% off")'],
    ['cafe', "Storm's coming, so stay safe and stock up on our hot chocolate, 20% off.", 'promotion in a post about a disaster ("Storm\'s"): a discount ("20% off")'],
    ['cafe', 'We are deeply saddened by the passing of our founder. To honour him, all lattes are half price today.', 'promotion in a post about a tragedy ("deeply saddened by"): a discount ("half price")'],
  ])('%s: %s', async (account, body, message) => {
    expect(await messages(post(account, body))).toEqual([message]);
  });

  test('en-GB: a named disaster and a sale', async () => {
    const t = post('bank', 'Remembering the 72 lives lost in the tower block fire, five years ago today. Our summer sale on savings starts now: 5% AER on balances from £1.');
    expect(await messages(t)).toEqual(['promotion in a post about a death ("72 lives lost"): a discount ("summer sale")']);
  });

  test('nb: the anniversary of a landslide and a discount', async () => {
    const t = post('klubb', 'I dag er det fem år siden raset i Skarvdalen. Vi minnes de tre som omkom. 🕯️\n\nHusk også at sesongkortene til skianlegget er 20 % billigere ut uka!', { lang: 'nb', publish_at: '2027-01-19T10:00:00+01:00' });
    const [m] = await lint(t);
    expect(m.message).toBe('promotion in a post about the Skarvdalen landslide (raset i Skarvdalen) (its 5th anniversary): a discount ("20 % billigere")');
    expect(slice(t, m)).toBe('20 % billigere');
  });

  test('nb: sympathy after a landslide and a discount code', async () => {
    expect(await messages(post('klubb', 'Tankene våre går til alle som er rammet av raset. Bruk rabattkoden STERK for 20 % rabatt.', { lang: 'nb' }))).toEqual([
      'promotion in a post about a tragedy ("Tankene våre går til"): a discount ("20 % rabatt")',
    ]);
  });

  test('nb: more shapes (a fire anniversary, a flood, a death), and what stays fine', async () => {
    const nb = { lang: 'nb' };
    expect(await messages(post('kommune', 'Det er ti år siden brannen som tok fire liv. Vi minnes dem. Svømmehallen har gratis inngang og 50 % rabatt i kafeen i dag!', nb))).toEqual([
      'promotion in a post about a death ("tok fire liv"): a discount ("50 % rabatt")',
    ]);
    expect(await messages(post('klubb', 'Våre tanker går til alle som ble rammet av flommen. Medlemskontingenten er halv pris ut måneden!', nb))).toHaveLength(1);
    expect(await messages(post('klubb', 'Hvil i fred, Ola. Kjøp minnedrakten hans i klubbutikken nå, kun 499 kr.', nb))).toEqual([
      'promotion in a post about a death ("Hvil i fred"): a price offer ("kun 499 kr")',
    ]);
    expect(await messages(post('kommune', 'Etter uværet: kommunen deler ut gratis sandsekker ved brannstasjonen. Ta vare på hverandre.', nb))).toEqual([]);
    expect(await messages(post('klubb', 'Vi sender varme tanker til familien til Ola, som gikk bort i helgen. Det blir ett minutts stillhet før kampen søndag.', nb))).toEqual([]);
    expect(await messages(post('klubb', 'Brann–Havnøy 2–1 i går. Tøff kamp, men vi kommer sterkere tilbake! Billetter til neste kamp fra 150 kr.', nb))).toEqual([]);
  });

  test('a tragic hashtag tied to the sale by sympathy words fires; the hashtag alone does not (that is hashtag-hijack)', async () => {
    expect(await messages(post('shop', '#PrayForBrackenford 🙏 Stay safe and stay cozy: our wool throws are 20% off this week.'))).toEqual([
      'promotion in a post about the Corran Bridge collapse: a discount ("20% off")',
    ]);
    expect(await messages(post('shop', 'Our new throws have landed, 20% off this week. #BrackenfordStrong'))).toEqual([]);
  });

  test("a sensitive event's place counts near its date, and on its anniversary, not months later", async () => {
    const body = 'Thinking of everyone in Brackenford today. Our stores are open as usual, with 20% off all bedding.';
    expect(await messages(post('shop', body, { publish_at: '2027-06-10T09:00:00+01:00' }))).toEqual([
      'promotion in a post about the Corran Bridge collapse: a discount ("20% off")',
    ]);
    expect(await messages(post('shop', body, { publish_at: '2027-11-10T09:00:00+00:00' }))).toEqual([]);
    const anniversary = 'Ten years on, Northgate, we remember. Every latte is $2 today.';
    expect(await messages(post('cafe', anniversary, { publish_at: '2027-03-12T08:00:00-05:00' }))).toEqual([
      'promotion in a post about the Halden Street fire (its 10th anniversary): a price offer ("is $2")',
    ]);
    expect(await messages(post('cafe', anniversary, { publish_at: '2027-05-12T08:00:00-05:00' }))).toEqual([]);
  });

  test('without publish_at the run clock (--now) decides the window', async () => {
    const body = 'Stay safe, Brackenford. Free delivery on all orders this week.';
    expect(await messages(post('shop', body), { now: new Date('2027-06-09T12:00:00Z') })).toHaveLength(1);
    expect(await messages(post('shop', body), { now: new Date('2027-08-01T12:00:00Z') })).toEqual([]);
  });
});

describe('tragedy-promo: hard negatives', () => {
  test.each([
    ['cafe', "Our hearts are with everyone affected by the Alder River floods 💙 We've donated $5,000 to @harvestcommons for emergency food boxes. If you'd like to help too, please give to them directly: http://127.0.0.1:4873/ok/donate"],
    ['air', 'Winter storm update ❄️ Flights to and from Denver today may be delayed or canceled. You can change your flight for free until Sunday. Check your flight status: http://127.0.0.1:4873/ok/alerts'],
    ['air', 'Due to the storm, all flights from Denver are cancelled today. You can rebook for free in our app. Stay safe.'],
    ['charity', 'Families in the Alder River valley lost homes and food in this week\'s floods. Our trucks are delivering emergency boxes every day. If you can, donate at http://127.0.0.1:4873/ok/donate. $25 feeds a family for three days.'],
    ['charity', 'We are heartbroken to share that Walt Brenner, who volunteered with us for 14 years, died last week at 81. A memorial will be held at Northgate Community Hall on Saturday at 2 p.m. All are welcome.'],
    ['shop', 'Memorial Day weekend sale 🇺🇸 Take 20% off outdoor furniture, planters and picnic gear, Friday through Monday.'],
    ['cafe', "We're turning 10 on Saturday 🎂 Free cookie with every drink, live music from noon. Happy anniversary to us!"],
    ['shop', 'Avoid a moving-day disaster 📦 Our free room-by-room packing checklist covers everything. 15% off boxes this week.'],
    ['saas', 'Stackwise CLI 2.3 is out: we fixed a crash when a pipeline had more than 99 steps. Upgrade today, and get 20% off annual plans.'],
    ['saas', "Sorry to everyone affected by yesterday's outage. We've credited your accounts, and code SORRY20 takes 20% off your next month."],
    ['cafe', 'Never forget your reusable cup! Bring any cup to the counter and get 25¢ off every drink.'],
    ['cafe', 'Salted caramel cold foam is back, and it is honestly to die for. Add it to any cold drink for $1.'],
    ['shop', 'Killer deal alert 🚨 Our linen duvet covers are $79 (usually $129) through Sunday.'],
    ['shop', 'Beat the heatwave with 2-for-1 ice lollies all weekend!'],
    ['shop', 'Earthquake-proof your shelves: 20% off our wall anchors this week.'],
    ['council', 'Corran Bridge update: the bridge remains closed. Support for affected residents is available at the Civic Centre from 9am.'],
    ['kommune', 'I kveld holdes en minnestund i Havnøy kirke for de tre som omkom i raset i Skarvdalen for fem år siden. Alle er velkomne.'],
    ['klubb', 'Stort salg i klubbutikken i helgen! 30 % rabatt på alle jakker.'],
    ['shop', 'Happy Veterans Day! 20% off for all veterans with military ID.'],
    ['shop', 'Our Black Friday deals are a massacre 😂 prices slashed on everything.'],
    ['shop', "Thoughts and prayers won't fix your wardrobe, but our sale will 🙏😂"],
    ['shop', "Don't let a wardrobe tragedy happen: 20% off all coats."],
    ['shop', 'Order funeral flowers and sympathy cards online, with free same-day delivery.'],
    ['cafe', 'Praying for the sun to come out! Ice cream 2 for 1 today.'],
    ['shop', "We're in shock at how low these prices are. 40% off everything."],
    ['bank', "If you've been affected by the floods, we can help: interest-free payment holidays and fee-free overdrafts for affected customers. Call us on 0800 123 456."],
    ['charity', 'Our flood appeal is open: text FLOOD to 70070 to give £5, or donate online.'],
    ['shop', "We're donating 10,000 meals to families affected by the wildfire. Round up at the checkout to add your own gift."],
    ['air', 'Hurricane Delia: we have issued a travel waiver. Rebook your flight at no cost in our app.'],
    ['bank', 'Fraud alert: scammers are using the floods to target customers. We will never ask for your PIN.'],
    ['council', 'The flood recovery fund is open. Residents whose homes were damaged can apply for grants of up to £2,000.'],
    ['air', "Hurricane Delia update: we've added extra flights out of Miami and waived change fees until Sunday. Stay safe."],
  ])('%s: %s', async (account, body) => {
    expect(await messages(post(account, body, accounts.find((a) => a.handle === account)!.lang === 'nb' ? { lang: 'nb' } : {}))).toEqual([]);
  });
});

describe('tragedy-promo: options', () => {
  const body = 'RIP to a legend. Our tribute tee is $25, link in bio.';
  test('accounts: brand skips personal accounts (all accounts by default)', async () => {
    expect(await messages(post('mira', body))).toHaveLength(1);
    expect(await messages(post('mira', body), { options: { accounts: 'brand' } })).toEqual([]);
  });
  test('allow: phrases that are never promotion', async () => {
    const t = post('charity', 'Our hearts are with everyone hit by the floods. Shop our relief kits at any pantry: every kit goes to a family.');
    expect(await messages(t)).toHaveLength(1);
    expect(await messages(t, { options: { allow: ['shop our relief kits'] } })).toEqual([]);
  });
  test('promotion and tragedy: extra phrases', async () => {
    expect(await messages(post('shop', 'Our thoughts are with Lisbon today. Meet the Porto throw.'), { options: { promotion: ['meet the {cap} throw'] } })).toEqual([
      'promotion in a post about a tragedy ("Our thoughts are with"): a product plug ("Meet the Porto throw")',
    ]);
    expect(await messages(post('shop', 'After the Millbrook flood-out, 20% off this week.'), { options: { tragedy: ['flood-out'] } })).toEqual([
      'promotion in a post about a disaster ("flood-out"): a discount ("20% off")',
    ]);
  });
  test('rejects unknown options', async () => {
    await expect(messages(post('shop', 'Hi'), { options: { windowDays: 3 } })).rejects.toThrow(/unknown option 'windowDays'/);
  });
});

describe('tragedy-promo: allusions and engagement', () => {
  test.each([
    ['shop', 'For every retweet, we will give $1 to the earthquake victims, up to $50K.', 'a donation that depends on engagement ("For every retweet, we")'],
    ['shop', 'Remember Lena Hart by downloading her last album over at our store.', 'a call to buy ("by downloading")'],
    ['shop', 'We have paused the rest of our Twitter party due to the events in Millbrook. Our new toys can wait.', 'a product plug ("Twitter party")'],
  ])('%s: %s', async (account, body, promo) => {
    const [m, ...rest] = await messages(post(account, body));
    expect(rest).toEqual([]);
    expect(m).toMatch(new RegExp(`: ${promo.replace(/[()$]/g, '\\$&')}$`));
  });
  test.each([
    ['charity', 'Our thoughts are with everyone in Millbrook. Donate to the relief fund directly: https://redcross.example/millbrook'],
    ['shop', 'A memorial for Lena Hart will be held on Saturday at 2 in the town hall. Everyone is welcome.'],
    ['shop', 'For every tree you plant this spring, the planet says thank you. Happy Earth Day!'],
  ])('hard negative, %s: %s', async (account, body) => {
    expect(await messages(post(account, body))).toEqual([]);
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
ruleTester('tragedy-promo', { config: { ...TABLE_BRANDS, sensitive_events: [{ name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08', hashtags: ['#BrackenfordStrong', '#PrayForBrackenford'] }] }, now: '2027-06-10T12:00:00Z', front: { account: 'cafe', platform: 'x' } }).run(
  {
    valid: [
      "Our hearts are with everyone affected by the Corran Bridge collapse. We've donated $5,000 to the relief fund; if you'd like to help too, please give to them directly.",
      'Today we remember the people who died in the Corran Bridge collapse. Our cafés will fall silent at 11am.',
      'Half-price lattes all weekend to celebrate our 10th birthday!',
      'Our coffee disaster of the week: someone ordered an oat latte with extra cheese.',
      'Our Brackenford café is open as a warm place to charge phones, with free hot drinks for anyone who needs them.',
    ],
    invalid: [
      {
        body: 'After the Corran Bridge collapse, treat yourself: 20% off every latte with code STRONG20.',
        errors: [{ message: 'promotion in a post about the Corran Bridge collapse: a discount ("20% off")', text: '20% off', severity: 'error' }],
      },
      {
        body: 'Hurricane Delia is headed our way 🌀 Stock up on coffee beans now, with free shipping on orders over $50!',
        errors: [{ message: 'promotion in a post about a disaster ("Hurricane Delia"): a free-with-purchase offer ("free shipping")', text: 'free shipping', severity: 'error' }],
      },
      {
        body: 'RIP to a legend. To honour him, all pastries are buy one get one free today.',
        errors: [{ message: 'promotion in a post about a death ("RIP"): a discount ("buy one get one")', text: 'buy one get one', severity: 'error' }],
      },
    ],
  },
);

// Held-out posts, set A (first written as test/brand-heldout.test.ts, rounds 1 and 2; see
// test/support/brand-sets.ts): each runs with all five brand rules, the others quiet unless `others` says.
const A = heldout(SET_A);
ruleTester('tragedy-promo', setDefaults(SET_A)).run(
  {
    valid: [
      A({ id: 'g22-storm-outage-update', account: 'lumenmobile', publish_at: '2027-05-29T08:00:00-04:00', body: 'Storm Freya update: some customers in Millbrook have no mobile signal. Engineers are on site, and we will credit affected accounts automatically.' }),
      A({ id: 'g23-free-data-relief', account: 'lumenmobile', publish_at: '2027-05-23T10:00:00-04:00', body: "Our thoughts are with everyone in Millbrook. We've made calls and data free for all customers in the area until the end of the month." }),
      A({ id: 'g24-museum-closes-memorial', account: 'caldermuseum', publish_at: '2027-05-29T09:00:00+01:00', body: 'Today we remember the 23 people who died in the Millbrook tram derailment. The museum closes at 2pm so staff can attend the memorial service.' }),
      A({ id: 'g25-nb-solvik-memorial', account: 'bergvikhotell', publish_at: '2027-06-05T09:00:00+02:00', body: 'I dag er det ett år siden brannen på Solvik. Vi minnes de som omkom, og flagget ved hotellet er på halv stang.' }),
      A({ id: 'g26-bus-storm-diversions', account: 'tidelinebus', publish_at: '2027-05-28T06:00:00+01:00', body: 'Storm Freya: routes 3 and 9 are diverted away from the seafront today. Tickets bought for cancelled journeys will be refunded.' }),
      A({ id: 'g27-hotel-rooms-for-families', account: 'harborviewhotel', publish_at: '2027-05-27T09:00:00-04:00', body: 'Families travelling to Kestrel for the funerals this week can stay with us free of charge. Call the front desk and we will take care of the rest.' }),
      A({ id: 'g28-gym-birthday', account: 'ironpeakgym', body: 'Ironpeak turns five! To celebrate our anniversary, every class is $5 this week 🎉' }),
      A({ id: 'g29-black-friday', account: 'lumenmobile', body: 'Black Friday is here: 50% off every SIM-only plan until Monday.' }),
      A({ id: 'r2-g04-energy-storm-safety', account: 'brightwatt', publish_at: '2027-05-28T07:00:00+01:00', body: 'Storm Freya: if you see a fallen power line, stay 10 metres away and call 105. Our engineers are working to restore supply as fast as it is safe to.' }),
      A({ id: 'r2-g05-energy-winter-fund', account: 'brightwatt', body: 'Struggling with your bills this winter? Our hardship fund can help: apply now at http://127.0.0.1:4873/ok/hardship' }),
      A({ id: 'r2-g09-nb-grocery-minnes', account: 'kystmat', body: 'Vi minnes de som omkom i flommen i Gudbrandsdalen. Vi har gitt 200 000 kroner til Røde Kors, og du kan også gi direkte til dem.' }),
    ],
    invalid: [
      {
        ...A({ id: 't01-storm-spa-code', account: 'harborviewhotel', publish_at: '2027-05-29T09:00:00-04:00', body: 'Storm Freya may have knocked out your power, but our spa is fully open! Treat yourself to a massage: 20% off with code FREYA20.' }),
        errors: [{ message: 'promotion in a post about Storm Freya: a discount ("20% off")', text: '20% off', severity: 'error' }],
      },
      {
        ...A({ id: 't02-derailment-phone', account: 'lumenmobile', publish_at: '2027-05-24T09:00:00-04:00', body: 'After the Millbrook tram derailment, stay close to the people you love. Upgrade to the Nova X today for just $1 down.' }),
        errors: [{ message: 'promotion in a post about the Millbrook tram derailment: a price offer ("just $1")', text: 'just $1', severity: 'error' }],
      },
      {
        ...A({ id: 't03-shooting-join-gym', account: 'ironpeakgym', publish_at: '2027-05-27T07:00:00-04:00', body: 'The Kestrel Mall shooting reminded all of us that life is short. Live every day: join this week and pay no joining fee.' }),
        errors: [{ message: 'promotion in a post about the Kestrel Mall shooting: a call to buy ("join this week and")', text: 'join this week and', severity: 'error' }],
      },
      {
        ...A({ id: 't04-ashby-anniversary-cupcake', account: 'hearthloaf', publish_at: '2027-06-03T08:00:00+01:00', body: 'Eight years since the Ashby Tower fire. We remember every one of them. Pop in today for a free cupcake with any hot drink 🧁' }),
        errors: [{ message: 'promotion in a post about the Ashby Tower fire (its 8th anniversary): a free-with-purchase offer ("free cupcake with any hot")', text: 'free cupcake with any hot', severity: 'error' }],
      },
      {
        ...A({ id: 't05-rip-comedian-code', account: 'pawpantry', body: 'RIP Dale Moss, who made us laugh for forty years. Stock up on our giggle-worthy dog treats: 15% off with code DALE15.' }),
        errors: [{ message: 'promotion in a post about a death ("RIP"): a discount ("15% off")', text: '15% off', severity: 'error' }],
      },
      {
        ...A({ id: 't06-bus-never-derail', account: 'tidelinebus', publish_at: '2027-05-25T08:00:00+01:00', body: 'Our thoughts are with Millbrook after the tram derailment. Remember, buses never leave the rails: day tickets just £4.50 this week.' }),
        errors: [{ message: 'promotion in a post about the Millbrook tram derailment: a price offer ("tickets just £4.50")', text: 'tickets just £4.50', severity: 'error' }],
      },
      {
        ...A({ id: 't07-nb-solvik-anniversary', account: 'bergvikhotell', publish_at: '2027-06-05T09:00:00+02:00', body: 'I dag er det ett år siden brannen på Solvik. Vi minnes de som omkom. Husk sommertilbudet vårt: 30 % på alle rom hele juni!' }),
        errors: [{ message: 'promotion in a post about Solvik-brannen (brannen på Solvik) (its 1st anniversary): a discount ("sommertilbudet")', text: 'sommertilbudet', severity: 'error' }],
      },
      {
        ...A({ id: 't08-uni-shooting-apply', account: 'northfielduni', publish_at: '2027-05-28T09:00:00+01:00', body: 'We are heartbroken by the Kestrel Mall shooting. Applications for September close on Friday: apply now and start your future with us.' }),
        errors: [{ message: 'promotion in a post about the Kestrel Mall shooting: a call to buy ("apply now and start")', text: 'apply now and start', severity: 'error' }],
      },
      {
        ...A({ id: 't09-museum-hurricane-tickets', account: 'caldermuseum', body: 'Hurricane Ines is battering the coast tonight, so why not shelter with the mummies instead? Tickets half price all weekend!' }),
        errors: [{ message: 'promotion in a post about a disaster ("Hurricane Ines"): a discount ("half price")', text: 'half price', severity: 'error' }],
      },
      {
        ...A({ id: 't10-earthquake-sale', account: 'harborviewhotel', body: 'Our hearts go out to everyone affected by the earthquake in Valdoria. Escape it all with 25% off weekend stays, this week only.' }),
        errors: [{ message: 'promotion in a post about a tragedy ("Our hearts go out to"): a discount ("25% off")', text: '25% off', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-t01-energy-storm-fixed', account: 'brightwatt', publish_at: '2027-05-29T09:00:00+01:00', body: 'Storm Freya has left thousands without power. Make sure it never happens to you: switch to our Fixed Saver tariff today.' }),
        errors: [{ message: 'promotion in a post about Storm Freya: a call to buy ("switch to our Fixed Saver tariff")', text: 'switch to our Fixed Saver tariff', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-t02-cinema-shooting-tickets', account: 'reelhouse', publish_at: '2027-05-26T12:00:00-04:00', body: 'Our hearts are with Kestrel after the shooting. Escape for a couple of hours: all tickets $5 this weekend.' }),
        errors: [{ message: 'promotion in a post about the Kestrel Mall shooting: a price offer ("tickets $5")', text: 'tickets $5', severity: 'error' }],
      },
      {
        ...A({ id: 'r2-t03-nb-grocery-flom', account: 'kystmat', body: 'Tankene går til alle som er rammet av flommen i Gudbrandsdalen. Denne uka får du 20 % rabatt på all tørrmat og hermetikk.' }),
        errors: [{ message: 'promotion in a post about a tragedy ("Tankene går til"): a discount ("20 % rabatt")', text: '20 % rabatt', severity: 'error' }],
      },
    ],
  },
  'tragedy-promo: held-out posts, set A',
);

// Held-out posts, set B (first written as test/brand-heldout-3.test.ts, round 3; see
// test/support/brand-sets.ts): each runs with all five brand rules, the others quiet unless `others` says.
const B = heldout(SET_B);
ruleTester('tragedy-promo', setDefaults(SET_B)).run(
  {
    valid: [
      B({ id: 'g01-insurer-storm-claims', account: 'shieldwise', publish_at: '2027-05-30T09:00:00-05:00', body: "Storm Odile: if your home has been damaged, you can start a claim online 24/7 and we'll call you back within a day. Please stay safe." }),
      B({ id: 'g02-ferry-storm-cancellations', account: 'westsoundferries', publish_at: '2027-05-30T06:00:00+01:00', body: 'Because of Storm Odile, all sailings from Portmere are cancelled today. You can move your ticket to any sailing this week free of charge.' }),
      B({ id: 'g03-ngo-quake-appeal', account: 'openhands', publish_at: '2027-05-19T09:00:00-05:00', note: "A charity's own relief appeal (corpus good-52).", body: 'Families in Greyton have lost everything in the earthquake. $25 buys a shelter kit for one night. Please donate now: http://127.0.0.1:4873/ok/greyton' }),
      B({ id: 'g04-club-minutes-applause', account: 'redhavenrovers', body: "Before Saturday's game there will be a minute's applause in memory of Tommy Reid, our 1970s captain, who passed away on Sunday. Rest in peace, Tommy." }),
      B({ id: 'g05-paper-live-blog', account: 'dunmoregazette', publish_at: '2027-05-26T14:00:00+01:00', note: "Judgement call: a newspaper's own news coverage is not a sale or a product plug.", body: 'Westgate school shooting: police have confirmed four people died. Follow our live blog for the latest updates: http://127.0.0.1:4873/ok/live/westgate' }),
      B({ id: 'g06-zoo-birthday', account: 'oakridgezoo', body: 'Happy 50th birthday to us! 🎉 To celebrate our anniversary, kids go free all week.' }),
      B({ id: 'g07-supermarket-closed-respect', account: 'freshfield', publish_at: '2027-05-19T07:00:00+01:00', body: 'Our Greyton stores will stay closed today as a mark of respect for those who died in the earthquake. Our thoughts are with the whole community.' }),
      B({ id: 'g08-pharmacy-heatwave', account: 'greenleafpharmacy', body: 'Heatwave this weekend ☀️ Drink plenty of water, check on older neighbours, and ask our pharmacists if your medicines need to be kept cool.' }),
      B({ id: 'g09-park-disaster-canyon', account: 'thunderbay', note: 'Judgement call: a ride name, no real disaster.', body: 'Disaster Canyon opens Saturday! Get soaked on the wildest water ride in the state 🌊 Book now and skip the queue.' }),
      B({ id: 'g10-ngo-flood-volunteers', account: 'openhands', body: 'Thank you to the 300 volunteers who filled sandbags in Riverton this week. If you need a hot meal or a bed tonight, our shelter on 5th Street is open.' }),
      B({ id: 'g11-insurer-flood-guide', account: 'shieldwise', body: "Flood insurance explained: what's covered, what isn't, and how to check your own policy in two minutes. Read our guide." }),
      B({ id: 'g12-shoes-remembrance-run', account: 'stridewell', publish_at: '2027-05-27T09:00:00-05:00', body: 'Our Westgate store is closed today. Our team will join the community vigil tonight. We are thinking of every family in Westgate.' }),
    ],
    invalid: [
      {
        ...B({ id: 'tp01-insurer-wildfire-quote', account: 'shieldwise', body: 'Wildfires are tearing through Pine County tonight. Is your home covered? Get a quote in five minutes and save 15% when you switch.' }),
        errors: [{ message: 'promotion in a post about a disaster ("Wildfires"): a discount ("save 15%")', text: 'save 15%', severity: 'error' }],
      },
      {
        ...B({ id: 'tp02-park-quake-passes', account: 'thunderbay', publish_at: '2027-05-21T09:00:00-05:00', body: 'Our thoughts are with everyone affected by the Greyton earthquake. Need a break from the news? Season passes are 30% off until Sunday 🎢' }),
        errors: [{ message: 'promotion in a post about the Greyton earthquake: a discount ("30% off")', text: '30% off', severity: 'error' }],
      },
      {
        ...B({ id: 'tp03-supermarket-storm-delivery', account: 'freshfield', publish_at: '2027-05-29T08:00:00+01:00', body: 'Storm Odile hits tomorrow and it could be a nasty one, so stock up now! Free delivery on every order over £40 this weekend 🛒' }),
        errors: [{ message: 'promotion in a post about Storm Odile: a free-with-purchase offer ("Free delivery")', text: 'Free delivery', severity: 'error' }],
      },
      {
        ...B({ id: 'tp04-streaming-actor-dies', account: 'loopflix', body: 'RIP Marco Bellini, the voice of a generation 💔 Every one of his films is streaming now. First month free with code MARCO.' }),
        errors: [{ message: 'promotion in a post about a death ("RIP"): a discount code ("with code")', text: 'with code', severity: 'error' }],
      },
      {
        ...B({ id: 'tp05-shoes-bombing-anniversary', account: 'stridewell', body: 'Five years ago today, the Lakeport marathon bombing took three runners from us. Lace up in their honour: our new Tempo 3 is here 👟' }),
        errors: [{ message: 'promotion in a post about an attack ("bombing"): a call to buy ("our new Tempo 3 is here")', text: 'our new Tempo 3 is here', severity: 'error' }],
      },
      {
        ...B({ id: 'tp06-pharmacy-sinking-kits', account: 'greenleafpharmacy', publish_at: '2027-05-22T09:00:00+01:00', body: 'Our hearts go out to everyone caught up in the Harlow Bay ferry sinking. Be prepared: first-aid kits are 20% off in every branch this week.' }),
        errors: [{ message: 'promotion in a post about the Harlow Bay ferry sinking: a discount ("20% off")', text: '20% off', severity: 'error' }],
      },
      {
        ...B({ id: 'tp07-zoo-school-shooting', account: 'oakridgezoo', publish_at: '2027-05-27T09:00:00-05:00', body: "Heartbroken by what happened in Westgate. Hug your little ones a bit tighter this weekend, and bring them to see the lions: kids go free Saturday and Sunday 🦁" }),
        errors: [{ message: 'promotion in a post about the Westgate school shooting: a call to buy ("kids go free")', text: 'kids go free', severity: 'error' }],
      },
      {
        ...B({ id: 'tp08-startup-flooding-trial', account: 'quillstack', body: "Flooding in Riverton has shut offices across the city. Don't let your team miss a beat: try Quillstack free for 60 days. Limited time only." }),
        errors: [{ message: 'promotion in a post about a disaster ("Flooding in Riverton"): a free-with-purchase offer ("free for 60 days")', text: 'free for 60 days', severity: 'error' }],
      },
      {
        ...B({ id: 'tp09-club-crash-tickets', account: 'redhavenrovers', body: "Thoughts with everyone affected by last night's coach crash on the M6. Don't miss Saturday's match: tickets from £15, grab yours now." }),
        errors: [{ message: 'promotion in a post about a tragedy ("Thoughts with everyone"): a price offer ("tickets from £15")', text: 'tickets from £15', severity: 'error' }],
      },
      {
        ...B({ id: 'tp10-shoes-hurricane-swipe', account: 'stridewell', body: 'Hurricane Dana is making landfall on the Gulf Coast tonight 🌀 Stay safe out there, and swipe up to shop our waterproof boots before they sell out!' }),
        errors: [{ message: 'promotion in a post about a disaster ("Hurricane Dana"): a call to buy ("swipe up")', text: 'swipe up', severity: 'error' }],
      },
      {
        ...B({ id: 'tp11-supermarket-mill-fire', account: 'freshfield', publish_at: '2027-06-01T08:00:00+01:00', body: 'Twenty years on, we remember the nine workers who died in the Pennick Mill fire. Treat yourself to something sweet today: doughnuts are 2 for £1.' }),
        errors: [{ message: 'promotion in a post about the Pennick Mill fire (its 20th anniversary): a discount ("2 for £1")', text: '2 for £1', severity: 'error' }],
      },
      {
        ...B({ id: 'tp12-streaming-in-memory', account: 'loopflix', body: "In memory of Tasha Greene, who passed away this morning at 54. Binge all six seasons of Northern Lights tonight, and don't forget: new subscribers get 50% off for three months." }),
        errors: [{ message: 'promotion in a post about a death ("passed away"): a discount ("50% off")', text: '50% off', severity: 'error' }],
      },
      {
        ...B({ id: 'tp13-ferry-quake-getaway', account: 'westsoundferries', publish_at: '2027-05-19T09:00:00+01:00', body: 'Devastating scenes from Greyton after the earthquake. Sometimes you need to get away from it all: book now and save 25% on island breaks.' }),
        errors: [{ message: 'promotion in a post about the Greyton earthquake: a discount ("save 25%")', text: 'save 25%', severity: 'error' }],
      },
    ],
  },
  'tragedy-promo: held-out posts, set B',
);

// A coffee chain, posts written after the rule (first test/brand-probe-3.test.ts).
ruleTester('tragedy-promo', COFFEE).run(
  {
    valid: [
      'Remembering the victims of the Marlow train crash one year on. Our cafés will fall silent at 9:14am.',
      "After this week's tornado, our Eastbrook café is a warm place to charge phones and get free hot drinks for anyone who needs them.",
      'Our new pumpkin spice latte is out now. Autumn has officially started 🍂',
      'Our coffee disaster of the week: someone ordered an oat latte with extra cheese. We made it anyway.',
      'Half-price lattes all weekend to celebrate our 10th birthday!',
      'Stampede of customers for our new croissant this morning 😅',
      'Double loyalty points all week: thanks for ten years, Northgate!',
    ],
    invalid: [
      {
        body: 'Remembering the victims of the Marlow train crash one year on. Today only: free muffin with every coffee.',
        errors: [{ message: 'promotion in a post about a disaster ("train crash"): a free-with-purchase offer ("free muffin with every coffee")', text: 'free muffin with every coffee', severity: 'error' }],
      },
      {
        body: "Stay strong, Eastbrook. After this week's tornado, you deserve a treat: half-price lattes all weekend.",
        errors: [{ message: 'promotion in a post about a disaster ("tornado"): a discount ("half-price")', text: 'half-price', severity: 'error' }],
      },
      {
        body: 'Heartbroken by the news of the stadium stampede. Our new pumpkin spice latte is out now.',
        errors: [{ message: 'promotion in a post about a disaster ("stadium stampede"): a product plug ("Our new")', text: 'Our new', severity: 'error' }],
      },
      {
        body: 'As the wildfires rage on, keep cool with our iced range. Order on the app!',
        errors: [{ message: 'promotion in a post about a disaster ("wildfires"): a call to buy ("Order on the app")', text: 'Order on the app', severity: 'error' }],
      },
      {
        body: 'Rest in peace to the legendary singer we lost today. Play her songs loud and grab a 2-for-1 cappuccino.',
        errors: [{ message: 'promotion in a post about a death ("Rest in peace"): a discount ("2-for-1")', text: '2-for-1', severity: 'error' }],
      },
      {
        body: "Our thoughts are with the victims of yesterday's attack. Don't forget: loyalty points double this week.",
        errors: [{ message: 'promotion in a post about a tragedy ("Our thoughts are with"): a call to buy ("loyalty points double")', text: 'loyalty points double', severity: 'error' }],
      },
    ],
  },
  'tragedy-promo: a coffee chain, posts written after the rule',
);

// A Norwegian (nb) shop, posts written after the rule (first test/brand-nb-unseen.test.ts).
ruleTester('tragedy-promo', NB_SHOP).run(
  {
    valid: [
      'Tankene våre går til alle som er rammet av flommen i Vestdalen. Butikken i sentrum holder stengt i dag.',
    ],
    invalid: [
      {
        body: 'Tankene våre går til alle som er rammet av flommen i Vestdalen. Bruk koden FLOM20 for 20 % på regntøy.',
        errors: [{ message: 'promotion in a post about a tragedy ("Tankene våre går til"): a discount code ("Bruk koden")', text: 'Bruk koden', severity: 'error' }],
      },
    ],
  },
  'tragedy-promo: a Norwegian (nb) shop, posts written after the rule',
);

// Promotion next to a tragedy, and posts that mention one without selling on it, written after the
// rule (first test/tragedy-promo-unseen.test.ts).
ruleTester('tragedy-promo', { config: { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Pinecrest Outdoors', lang: 'en', platforms: ['x', 'instagram'] }] }, front: { account: 'brand', platform: 'x' } }).run(
  {
    valid: [
      'Our hearts go out to everyone affected by the earthquake in Valmora. We have donated 500 tents to the Red Cross; please give to them directly.',
      'Because of the storm, all our stores close at 2pm today. Stay safe and stay home.',
      "Five years since the mine collapse. Our stores will close for a minute's silence at 11am.",
      'Spring sale: 20% off all tents and sleeping bags this weekend.',
      'Our Disaster Preparedness Guide is free to download: what to pack in a 72-hour kit.',
      'Customers affected by the flood can return or exchange anything bought in the last 90 days, no receipt needed.',
    ],
    invalid: [
      {
        body: 'Our hearts go out to everyone affected by the earthquake in Valmora. Stay safe, and remember our tents are 30% off this week.',
        errors: [{ message: 'promotion in a post about a tragedy ("Our hearts go out to"): a discount ("30% off")', text: '30% off', severity: 'error' }],
      },
      {
        body: 'Thoughts with the families after the ferry sinking. Use code STRONG15 for 15% off all life jackets.',
        errors: [{ message: 'promotion in a post about a tragedy ("Thoughts with the"): a discount ("15% off")', text: '15% off', severity: 'error' }],
      },
      {
        body: 'RIP to a legend of the trail. To honour him, all hiking boots are buy one get one half price today.',
        errors: [{ message: 'promotion in a post about a death ("RIP"): a discount ("buy one get one")', text: 'buy one get one', severity: 'error' }],
      },
      {
        body: 'After the wildfire, we are all shaken. Treat yourself to something cosy: free delivery on all fleeces.',
        errors: [{ message: 'promotion in a post about a disaster ("wildfire"): a free-with-purchase offer ("free delivery")', text: 'free delivery', severity: 'error' }],
      },
      {
        body: 'Five years since the mine collapse. Remember the 12 miners with us, and shop our memorial collection now.',
        errors: [{ message: 'promotion in a post about a disaster ("mine collapse"): a call to buy ("shop our")', text: 'shop our', severity: 'error' }],
      },
      {
        body: 'Hurricane Ivo is coming. Stock up on camping stoves before it hits, link in bio!',
        errors: [{ message: 'promotion in a post about a disaster ("Hurricane Ivo"): a call to buy ("Stock up")', text: 'Stock up', severity: 'error' }],
      },
      {
        body: "Tragic news from the school shooting in Lakeview. Our summer sale still ends Sunday, don't miss it.",
        errors: [{ message: 'promotion in a post about an attack ("school shooting"): a discount ("summer sale")', text: 'summer sale', severity: 'error' }],
      },
      {
        body: 'The flood has devastated the valley. Grab yours now: waterproof boots from $49.',
        errors: [{ message: 'promotion in a post about a disaster ("devastated the"): a price offer ("from $49")', text: 'from $49', severity: 'error' }],
      },
    ],
  },
  'tragedy-promo: an outdoor shop, posts written after the rule',
);
