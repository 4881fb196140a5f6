// Brand-safety benchmark: risky-topic, hashtag-hijack and tragedy-promo over a few thousand
// ordinary drafts (brand and personal accounts, en, en-GB and nb, hashtags, prices, a few sensitive
// posts), in process. Run after `npm run build`:
//   node bench/brand.mjs                 (BENCH_DRAFTS=10000 to change the count)
// Prints ms/post for the three rules together and one by one: each run minus a run of the cheap
// front-matter rule over the same files, so reading and parsing are not counted. When wrong-account
// and tone are built too, it also prints all five brand rules together.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../dist/src/index.js';
import { BUILTIN_RULES } from '../dist/rules/index.js';
import { rng } from './gen.mjs';

const N = Number(process.env.BENCH_DRAFTS ?? 4000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MINE = ['risky-topic', 'hashtag-hijack', 'tragedy-promo'];
const FIVE = [...MINE, 'wrong-account', 'tone'];

const r = rng(11);
const pick = (xs) => xs[Math.floor(r() * xs.length)];

const ACCOUNTS = [
  { handle: 'kettle', kind: 'brand', name: 'Kettle & Crumb', industry: 'coffee shop', lang: 'en', platforms: ['x', 'instagram', 'facebook'] },
  { handle: 'skylark', kind: 'brand', name: 'Skylark Air', industry: 'airline', lang: 'en', platforms: ['x', 'facebook'] },
  { handle: 'maple', kind: 'brand', name: 'Maple & Main', industry: 'retailer', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'harbour', kind: 'brand', name: 'Harbourside Bank', industry: 'bank', lang: 'en-GB', platforms: ['x', 'linkedin'] },
  { handle: 'council', kind: 'brand', name: 'Brackenford City Council', industry: 'city council', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'charity', kind: 'brand', name: 'Harvest Commons', industry: 'charity (food bank)', lang: 'en', platforms: ['facebook'] },
  { handle: 'kommune', kind: 'brand', name: 'Havnøy kommune', industry: 'kommune', lang: 'nb', platforms: ['facebook', 'x'] },
  { handle: 'mira', kind: 'personal', lang: 'en', platforms: ['x'] },
];
const BY_LANG = { en: ['kettle', 'skylark', 'maple', 'charity', 'mira'], 'en-GB': ['harbour', 'council'], nb: ['kommune'] };

const EN = [
  'Our autumn menu is here 🍂 Pumpkin bread, maple lattes and a spiced apple turnover we cannot stop eating. Available at all three cafes from Monday.',
  'Flights to Lisbon and Porto start June 5, with fares from $189 one way. Book by March 31 in the app or at {url}.',
  "Behind the scenes at yesterday's shoot for our spring collection 📸 Huge thanks to the team who made it happen. #BehindTheScenes",
  "We're hiring baristas and shift leads in Northgate. Full training, flexible hours and free coffee on every shift. Apply: {url}",
  'Storm update ❄️ Flights to Denver may be delayed today. You can change your flight for free until Sunday: {url}',
  'Thank you to the 40 volunteers who sorted 4,800 pounds of food on Saturday 🧡 Shifts for next month are open now. #GivingTuesday',
  'Not to brag, but the brown butter cookies are the bomb. Back at every cafe on Saturday 🍪 #CookieSeason',
  'Killer deal alert 🚨 Linen duvet covers are $79 (usually $129) through Sunday, in every size. {url}',
  'Our summer sale starts now: up to 40% off throws, linen and tableware, online and in store. #Sale #ShopNow',
  'Checking in is dead simple: open the app, tap your trip, done. Your boarding pass lands in your wallet 24 hours before departure.',
  'Salted caramel cold foam is back, and it is honestly to die for. Add it to any cold drink for $1. #MondayMotivation',
  'Free flu shots at our Northgate pantry this Thursday from 10 a.m. No appointment or insurance needed.',
];
const GB = [
  'Bin collections move by one day over the bank holiday. Check your new day and organise your recycling early: {url}',
  'Our Regular Saver pays 5.25% AER (fixed) on up to £300 a month. Terms apply: {url}',
  'Roadworks on Queen Street start on Monday for two weeks. Buses will be diverted via Park Row. Sorry for the disruption.',
  'Polling stations are open today from 7am to 10pm for the council election 🗳️ Remember to bring photo ID: {url}',
  "The library's summer reading challenge is back 📚 Children who read six books get a medal. Sign up at any branch.",
];
// Posted on their own (a remembrance notice next to a savings rate would rightly be flagged).
const SOLO = ['On Sunday we will gather at the war memorial for the Remembrance service, with a two-minute silence at 11am. #LestWeForget'];
const NB = [
  'Åpningstider i påsken 🐣 Servicetorget er stengt fra skjærtorsdag til og med andre påskedag.',
  'Fra mandag er det nye rutetider på båtene til Kvalholmen. Se hele rutetabellen på {url}',
  'Takk til alle som stilte på dugnad i helgen! 🙌 Lysløypa er ryddet, og klubbhuset har fått ny maling.',
  'Valglokalene er åpne fra 09.00 til 21.00 på valgdagen 🗳️ Husk legitimasjon!',
  'Sommerlesingen er i gang! 📚 Hent lesekortet ditt på biblioteket og les så mye du vil i sommer. #SommerPåHavnøy',
];
// A few in a hundred are the kind the rules exist for.
const SENSITIVE = [
  'Our hearts are with everyone affected by the Alder River floods 💙 This weekend, 10% of every sale goes to the families.',
  '#PrayForCarrowRidge 🙏 Stay safe: our wool throws are 20% off this week.',
  'New on the menu: the Triple Threat, basically cocaine in a cup. You have been warned.',
  '#WhyIStayed: the cinnamon rolls. Obviously.',
];

const url = () => `https://example.org/${Math.floor(r() * 1e6)}`;

function draft(i) {
  const lang = pick(['en', 'en', 'en', 'en-GB', 'nb']);
  const account = pick(BY_LANG[lang]);
  const pool = lang === 'nb' ? NB : lang === 'en-GB' ? GB : EN;
  let body = r() < 0.03 && lang !== 'nb' ? pick(SENSITIVE) : pick(pool);
  if (lang === 'en-GB' && r() < 0.05) body = SOLO[0];
  else if (r() < 0.5 && !SENSITIVE.includes(body)) body += ` ${pick(pool)}`;
  body = body.replace(/\{url\}/g, url);
  const day = String(1 + (i % 28)).padStart(2, '0');
  const fm = [`account: ${account}`, `platform: ${ACCOUNTS.find((a) => a.handle === account).platforms[0]}`, `lang: ${lang}`, `publish_at: 2027-08-${day}T09:00:00+01:00`];
  return `---\n${fm.join('\n')}\n---\n${body}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'postlint-brand-bench-'));
try {
  mkdirSync(join(dir, 'posts'));
  for (let i = 0; i < N; i++) writeFileSync(join(dir, 'posts', `post-${i}.md`), draft(i));
  const config = {
    accounts: ACCOUNTS,
    sensitive_hashtags: [{ tag: '#SafeStreetsForAmara', context: 'Road-safety campaign after a cyclist was killed.', kind: 'activist', expires: '2028-02-14' }],
    sensitive_events: [
      { name: 'Carrow Ridge wildfires', place: 'Carrow Ridge', date: '2027-08-19', hashtags: ['#PrayForCarrowRidge'] },
      { name: 'Alder River floods', place: 'Alder River valley', date: '2027-04-11' },
      { name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08', hashtags: ['#BrackenfordStrong'] },
    ],
    rules: Object.fromEntries(FIVE.map((id) => [id, 'error'])),
  };
  const now = new Date('2027-08-15T12:00:00Z');

  async function time(only) {
    const times = [];
    let messages = 0;
    for (let k = 0; k < RUNS; k++) {
      const t0 = performance.now();
      const s = await lintFiles([join(dir, 'posts')], { config, cwd: dir, now, only, noCache: true });
      times.push(performance.now() - t0);
      messages = s.results.reduce((n, x) => n + x.messages.length, 0);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], messages };
  }

  await time(['front-matter']); // warm up: module loading, twitter-text, data files
  await time(MINE);
  const base = await time(['front-matter']);
  const per = (t) => ((t.ms - base.ms) / N).toFixed(3);
  const all = await time(MINE);
  console.log(`postlint brand-safety bench: ${N} drafts, median of ${RUNS} runs, Node ${process.version}`);
  console.log(`  baseline (front-matter only): ${(base.ms / N).toFixed(3)} ms/post`);
  console.log(`  risky-topic + hashtag-hijack + tragedy-promo: ${per(all)} ms/post (${all.messages} findings)`);
  for (const id of MINE) {
    const t = await time([id]);
    console.log(`    ${id.padEnd(15)} ${per(t)} ms/post (${t.messages} findings)`);
  }
  if (FIVE.every((id) => id in BUILTIN_RULES)) {
    const five = await time(FIVE);
    console.log(`  all five brand rules (+ wrong-account, tone): ${per(five)} ms/post (${five.messages} findings)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
