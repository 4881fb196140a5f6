import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';

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
