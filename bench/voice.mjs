// Voice-rule benchmark: wrong-account and tone over a few thousand ordinary drafts
// (brand posts and replies in en, en-GB and nb, a few personal ones), in process.
// Run after `npm run build`:  node bench/voice.mjs   (BENCH_DRAFTS=5000 to change the count)
// Prints ms/post for the two rules (their run minus a run of the cheap front-matter rule over the
// same files, so parsing and file reading are not counted), and for all five brand rules when the
// other three are built.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../dist/src/index.js';
import { BUILTIN_RULES } from '../dist/rules/index.js';
import { rng } from './gen.mjs';

const N = Number(process.env.BENCH_DRAFTS ?? 4000);
const RUNS = 3;

const r = rng(7);
const pick = (xs) => xs[Math.floor(r() * xs.length)];

const ACCOUNTS = [
  { handle: 'kettle', kind: 'brand', name: 'Kettle & Crumb', voice: 'we', lang: 'en', platforms: ['x', 'instagram', 'facebook'] },
  { handle: 'skylark', kind: 'brand', name: 'Skylark Air', voice: 'we', lang: 'en', platforms: ['x', 'facebook'] },
  { handle: 'harbour', kind: 'brand', name: 'Harbourside Bank', voice: 'we', lang: 'en-GB', platforms: ['x', 'linkedin'] },
  { handle: 'council', kind: 'brand', name: 'Brackenford City Council', voice: 'we', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'kommune', kind: 'brand', name: 'Havnøy kommune', voice: 'vi', lang: 'nb', platforms: ['facebook', 'x'] },
  { handle: 'mira', kind: 'personal', lang: 'en', platforms: ['x'] },
];

const EN = [
  'Our autumn menu is here 🍂 Pumpkin bread, maple lattes and a spiced apple turnover we cannot stop eating. Available at all three cafes from Monday.',
  'Flights to Lisbon and Porto start June 5, with fares from $189 one way. Book by March 31 in the app or at {url}.',
  'Behind the scenes at yesterday\'s shoot for our spring collection 📸 Huge thanks to the team who made it happen. #BehindTheScenes',
  'We\'re hiring baristas and shift leads in Northgate. Full training, flexible hours and free coffee on every shift. Apply: {url}',
  'Storm update ❄️ Flights to Denver may be delayed today. You can change your flight for free until Sunday: {url}',
  'Thank you to the 40 volunteers who sorted 4,800 pounds of food on Saturday 🧡 Shifts for next month are open now.',
  'Not to brag, but the brown butter cookies are the bomb. Back at every cafe on Saturday 🍪 #CookieSeason',
  'Meet Sam, our head roaster: "I still get excited every morning when the first batch comes out." Come say hi this weekend.',
];
const GB = [
  'Bin collections move by one day over the bank holiday. Check your new day and organise your recycling early: {url}',
  'Our Regular Saver pays 5.25% AER (fixed) on up to £300 a month. Terms apply: {url}',
  'Roadworks on Queen Street start on Monday for two weeks. Buses will be diverted via Park Row. Sorry for the disruption.',
  'WHAT A NIGHT 🔥 Into the County Cup final after a penalty shoot-out. Take a bow, Sam Okoro! #UpTheMoor',
  'The library\'s summer reading challenge is back 📚 Children who read six books get a medal. Sign up at any branch.',
];
const NB = [
  'Åpningstider i påsken 🐣 Servicetorget er stengt fra skjærtorsdag til og med andre påskedag.',
  'Fra mandag er det nye rutetider på båtene til Kvalholmen. Se hele rutetabellen på {url}',
  'Takk til alle som stilte på dugnad i helgen! 🙌 Lysløypa er ryddet, og klubbhuset har fått ny maling.',
  'Sommerlesingen er i gang! 📚 Hent lesekortet ditt på biblioteket og les så mye du vil i sommer.',
];
const REPLIES_EN = [
  'We\'re so sorry, {name}. That\'s not the trip you should have had. Your bag will be delivered by 6 p.m. today, and we\'ve refunded your bag fee.',
  'Thanks for checking with us! To clarify, the fee applies only to the optional Premier account. Full details: {url}',
  'Sorry about that, {name}. That style runs small, and we\'ve added a note to the product page. We\'ll send you a free exchange label.',
  'Hi {name}, sorry you\'re having trouble. Our status page shows no outages, so could you DM us your organization name? We\'ll dig in today.',
];
const REPLIES_NB = ['Beklager, {name}! Hentedagen ble flyttet til fredag, og det burde vi ha varslet tydeligere. Søppelbilen kommer i morgen.'];
// A few that should fire, so the reporting path is timed too.
const BAD = [
  'ugh my ex just walked in and ordered a pumpkin spice latte lol',
  'Can\'t wait to get home and pour a massive glass of wine 🍷🍷',
];
const BAD_REPLIES = ['Maybe try reading the menu next time? It\'s clearly marked.', 'You should have checked the size chart. That\'s on you.'];

function draft(i) {
  const reply = i % 3 === 0;
  const acct = i % 20 === 19 ? ACCOUNTS[5] : ACCOUNTS[i % 5];
  const lang = acct.lang;
  const fill = (s) => s.replace('{url}', `https://example.test/p/${i}`).replace('{name}', pick(['Jess', 'Owen', 'Dana', 'Kari']));
  let body;
  if (reply) body = i % 50 === 0 ? pick(BAD_REPLIES) : lang === 'nb' ? pick(REPLIES_NB) : pick(REPLIES_EN);
  else body = i % 50 === 1 ? pick(BAD) : lang === 'nb' ? pick(NB) : lang === 'en-GB' ? pick(GB) : pick(EN);
  const fm = [`account: ${acct.handle}`, `platform: ${acct.platforms[0]}`, `lang: ${lang}`];
  if (reply) fm.push('reply_to:', '  author: "@customer"', '  text: "This is the third time this month. Not happy."');
  return `---\n${fm.join('\n')}\n---\n${fill(body)}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'postlint-voice-'));
try {
  for (let i = 0; i < N; i++) {
    const sub = join(dir, `b${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `p${i}.md`), draft(i));
  }
  const config = { accounts: ACCOUNTS, rules: { 'wrong-account': 'error', tone: 'error' } };
  const time = async (only) => {
    const runs = [];
    let summary;
    for (let k = 0; k < RUNS; k++) {
      const t = performance.now();
      summary = await lintFiles([dir], { config, cwd: dir, only, noCache: true, offline: true });
      runs.push(performance.now() - t);
    }
    return { ms: Math.min(...runs), summary };
  };
  await time(['wrong-account', 'tone']); // warm-up: module loads, data files, twitter-text
  const base = await time(['front-matter']);
  const mine = await time(['wrong-account', 'tone']);
  const fired = new Map();
  for (const f of mine.summary.results) for (const m of f.messages) fired.set(m.ruleId, (fired.get(m.ruleId) ?? 0) + 1);
  const per = (ms) => (ms / N).toFixed(4);
  console.log(`${N} drafts (${Math.round(N / 3)} replies), best of ${RUNS} runs`);
  console.log(`  front-matter only (parse + read baseline): ${base.ms.toFixed(0)} ms  = ${per(base.ms)} ms/post`);
  console.log(`  wrong-account + tone:                      ${mine.ms.toFixed(0)} ms  = ${per(mine.ms)} ms/post`);
  console.log(`  wrong-account + tone, minus baseline:      ${per(Math.max(0, mine.ms - base.ms))} ms/post`);
  console.log(`  findings: ${[...fired].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  const five = ['risky-topic', 'hashtag-hijack', 'tragedy-promo', 'wrong-account', 'tone'];
  if (five.every((id) => id in BUILTIN_RULES)) {
    await time(five);
    const all = await time(five);
    console.log(`  all five brand rules, minus baseline:      ${per(Math.max(0, all.ms - base.ms))} ms/post`);
  } else console.log(`  (five-rule figure skipped: ${five.filter((id) => !(id in BUILTIN_RULES)).join(', ')} not built yet)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
